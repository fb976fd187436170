/**
 * JSON Schema validation of a dossier object with the ajv validators precompiled at build time
 * (ajv standalone, generated/validators.js): no schema compilation on import. A separate entry
 * point (`@edustandaard/oso/json-schema`) so that the main entry does not load the validator code.
 * The schemas themselves ship as `@edustandaard/oso/schema/oso-<version>.json`.
 */
import { findingsFromSchemaErrors, type Finding } from '@edustandaard/core';
import {
  validateDossier2019_1,
  validateDossier2024_1,
  type PrecompiledValidator,
} from '../generated/validators.js';
import { assertVersion, type OsoVersion } from './versions.js';

const VALIDATORS: Readonly<Record<OsoVersion, PrecompiledValidator>> = {
  '2019.1': validateDossier2019_1,
  '2024.1': validateDossier2024_1,
};

/**
 * Validates a dossier object (the content of `<dossier>`, e.g. parsed from JSON) against
 * `schema/oso-<version>.json`. Findings come from core's one ajv adapter: code
 * `OSO.JSON.<ajv keyword>`, a JSON-pointer path at the problem (`/metadata/pakketnaam` for a
 * missing member), a Dutch message.
 * @param value - the object to check
 * @param version - `2019.1` or `2024.1`
 */
export function validateJsonSchema(value: unknown, version: OsoVersion): Finding[] {
  const v = VALIDATORS[assertVersion(version)];
  if (v(value)) return [];
  return findingsFromSchemaErrors(v.errors, {
    codePrefix: 'OSO.JSON',
    source: { document: `schema/oso-${version}.json`, version },
  });
}
