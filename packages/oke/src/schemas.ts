/**
 * The precompiled validators (ajv standalone, generated at build time from the JSON Schemas in
 * `schema/`, which typescript-json-schema generates from the types in `generated/ooapi.ts`).
 * Importing this module compiles nothing.
 */
import { EdustandaardError, type Finding } from '@edustandaard/core';
import * as V from '../generated/validators.js';
import type { PrecompiledValidator } from '../generated/validators.js';
import { findingsFromAjv } from './schema-findings.js';
import { SPEC_SOURCE } from './version.js';

const table: ReadonlyMap<string, PrecompiledValidator> = new Map(
  Object.entries(V as Record<string, PrecompiledValidator>)
    .filter(([k]) => k.startsWith('validate'))
    .map(([k, v]) => [k.slice('validate'.length), v]),
);

/** Names of every type with a JSON Schema (`schema/<Name>.json`) and a precompiled validator. */
export const SCHEMA_TYPES: readonly string[] = [...table.keys()].sort();

/**
 * True when `name` has a precompiled validator.
 * @param name - a schema type name
 */
export function hasSchema(name: string): boolean {
  return table.has(name);
}

/**
 * Validates a parsed value against one OOAPI/OKE type.
 * @param type - a name from {@link SCHEMA_TYPES}, e.g. `ComponentOffering`
 * @param value - the parsed JSON value
 * @param base - JSON-pointer prefix for the findings' paths
 * @returns findings (empty when valid); an unknown type name throws `E_USAGE`
 */
export function validateSchema(type: string, value: unknown, base = ''): Finding[] {
  const v = table.get(type);
  if (!v) throw new EdustandaardError('E_USAGE', `onbekend OKE-schema: ${type}`);
  if (v(value)) return [];
  return findingsFromAjv(v.errors, { ...SPEC_SOURCE, section: `components/schemas ${type}` }, base);
}
