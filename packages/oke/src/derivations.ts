/**
 * Where the OKE payloads derive from the central AMIGO concepts of @edustandaard/core (DESIGN.md §6),
 * for the cross-afsprakenset matrix on the site: the derived rows of the resolved table in
 * `central/` (every property of the schema bundle is covered there, derived or domain-specific).
 * Paths are `/<Definition>/<property>` of `schema/oke-ooapi-v5.json`.
 */
import { lazyDerivationMap, type DerivationMap } from '@edustandaard/core';
import { okeResolvedDerivations } from './central/index.js';
import { OKE_VERSION } from './version.js';

export {
  OKE_ADDRESS,
  OKE_COMPONENT,
  OKE_DERIVATION_DATA,
  OKE_ORGANIZATION,
  okeResolvedDerivations,
  OKE_RESULT,
  OKE_RULES,
  OKE_SCHEMA_ELEMENTS,
  OKE_STAFF,
  OKE_STAFF_ROLES,
  OKE_STUDENT,
  okeOrganizationFromCentral,
  okeOrganizationToCentral,
  okePersonFromCentral,
  okePersonPayload,
  okePersonToCentral,
  resolveOkeDerivations,
  schemaElements,
  type OkeCentralPerson,
  type OkePersonPayload,
} from './central/index.js';

/** The derivation map of OKE 1.1. */
export const OKE_DERIVATIONS: DerivationMap = lazyDerivationMap(
  'OKE',
  OKE_VERSION,
  okeResolvedDerivations,
);
