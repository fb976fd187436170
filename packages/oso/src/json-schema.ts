/**
 * JSON Schema validation of a dossier object with the ajv validators precompiled at build time
 * (ajv standalone, generated/validators.js): no schema compilation on import. A separate entry
 * point (`@edustandaard/oso/json-schema`) so that the main entry does not load the validator code.
 * The schemas themselves ship as `@edustandaard/oso/schema/oso-<version>.json`.
 */
import type { Finding } from '@edustandaard/core';
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
 * `schema/oso-<version>.json`. Findings have code `OSO.JSON.<ajv keyword>` and a JSON-pointer path.
 * @param value - the object to check
 * @param version - `2019.1` or `2024.1`
 */
export function validateJsonSchema(value: unknown, version: OsoVersion): Finding[] {
  const v = VALIDATORS[assertVersion(version)];
  if (v(value)) return [];
  return (v.errors ?? []).map((e) => ({
    code: `OSO.JSON.${e.keyword}`,
    severity: 'fout' as const,
    path: e.instancePath || '/',
    message: `Voldoet niet aan schema/oso-${version}.json: ${e.message ?? e.keyword}.`,
    source: { document: `schema/oso-${version}.json`, version },
    params: { ...e.params },
  }));
}
