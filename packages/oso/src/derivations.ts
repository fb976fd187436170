/**
 * Where OSO elements derive from the central AMIGO concepts of @edustandaard/core (DESIGN.md §6),
 * for the cross-afsprakenset matrix on the site: the derived rows of the resolved tables in
 * `central/` (every element of each version is covered there, derived or domain-specific).
 */
import { lazyDerivationMap, type DerivationMap } from '@edustandaard/core';
import { osoResolvedDerivations } from './central/index.js';

export {
  OSO_DERIVATION_DATA_2019_1,
  OSO_DERIVATION_DATA_2024_1,
  osoResolvedDerivations,
  OSO_ADRES,
  OSO_AFGENOMENDOOR,
  OSO_COMMUNICATIE,
  OSO_DOORSTROOMTOETSRESULTAAT,
  OSO_LEERLING,
  OSO_PERSOON,
  OSO_SCHOOL,
  OSO_TOETS,
  OSO_RULES,
  carriedIdentifier,
  osoToCentral,
  osoLeerlingFromCentral,
  osoSchoolFromCentral,
  type OsoCentral,
} from './central/index.js';

/** OSO 2019.1 elements and the central concepts they derive from. */
export const OSO_DERIVATIONS_2019_1: DerivationMap = lazyDerivationMap('OSO', '2019.1', () =>
  osoResolvedDerivations('2019.1'),
);

/** OSO 2024.1 elements and the central concepts they derive from. */
export const OSO_DERIVATIONS_2024_1: DerivationMap = lazyDerivationMap('OSO', '2024.1', () =>
  osoResolvedDerivations('2024.1'),
);
