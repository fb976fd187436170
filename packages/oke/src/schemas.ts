/**
 * The precompiled validators (ajv standalone, generated at build time from the JSON Schemas in
 * `schema/`, which scripts/schemas-lib.mjs takes from the NED-OOAPI OpenAPI files).
 * Importing this module compiles nothing.
 */
import {
  EdustandaardError,
  findingsFromSchemaErrors,
  type Finding,
  type SchemaBranch,
  type SchemaError,
} from '@edustandaard/core';
import { ROOTS, ALTERNATIVES } from '../generated/validators.js';
import { SPEC_SOURCE } from './version.js';

/** Code prefix of schema findings: `OKE.SCHEMA.required`, `OKE.SCHEMA.enum`, … */
export const SCHEMA_CODE = 'OKE.SCHEMA';

/** `$comment` prefix the build puts on every alternative (scripts/schemas-lib.mjs ALT_COMMENT). */
const ALT_COMMENT = 'oke-alternative ';

/**
 * The branches of an alternative (oneOf/anyOf) as the build precompiled them: the alternative's
 * schema names itself in its `$comment`, `ALTERNATIVES` holds one validator per branch. A
 * `consumers` entry is dispatched on its consumerKey (`if`/`then`), so a wrong enum inside an
 * `nl-test-admin` entry is reported where it is (`/consumers/0/offeringState`).
 */
function branchesOf(e: SchemaError): readonly SchemaBranch[] | undefined {
  const comment = (e.parentSchema as { $comment?: unknown } | undefined)?.$comment;
  return typeof comment === 'string' && comment.startsWith(ALT_COMMENT)
    ? ALTERNATIVES[comment.slice(ALT_COMMENT.length)]
    : undefined;
}

/** Names of every type with a JSON Schema (`schema/<Name>.json`) and a precompiled validator. */
export const SCHEMA_TYPES: readonly string[] = Object.keys(ROOTS).sort();

/**
 * Which view of a schema: `response` (what a provider answers; readOnly properties may be
 * required, writeOnly ones not) or `request` (what a consumer sends: readOnly properties are not
 * required; a PATCH body is a merge patch). Types used in one direction only have one view.
 */
export type SchemaView = 'request' | 'response';

/**
 * True when `name` has a precompiled validator.
 * @param name - a schema type name
 */
export function hasSchema(name: string): boolean {
  return Object.hasOwn(ROOTS, name);
}

/**
 * Validates a parsed value against one OOAPI/OKE type.
 * @param type - a name from {@link SCHEMA_TYPES}, e.g. `ComponentOffering`
 * @param value - the parsed JSON value
 * @param base - JSON-pointer prefix for the findings' paths
 * @param view - `response` (default) or `request`; a type with one view uses that one
 * @returns every finding at once (empty when valid); an unknown type name throws `E_USAGE`
 */
export function validateSchema(
  type: string,
  value: unknown,
  base = '',
  view: SchemaView = 'response',
): Finding[] {
  const r = Object.hasOwn(ROOTS, type) ? ROOTS[type] : undefined;
  const v = r?.[view] ?? r?.response ?? r?.request;
  if (!v) throw new EdustandaardError('E_USAGE', `onbekend OKE-schema: ${type}`);
  if (v(value)) return [];
  return findingsFromSchemaErrors(v.errors, {
    codePrefix: SCHEMA_CODE,
    source: { ...SPEC_SOURCE, section: `components/schemas ${type}` },
    base,
    branches: branchesOf,
  });
}
