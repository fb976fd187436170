#!/usr/bin/env node
/**
 * Generates the JSON Schemas of the objects `swv select`, `oso migrate` and `rio sync` print with
 * `--format json`, from src/results.ts (DESIGN.md §1: types are the source of truth), with the
 * monorepo's one schema generator (@edustandaard/codegen/schema). Deterministic; `.ci/run` checks
 * the shipped files are unchanged by the build.
 *
 * Usage: node scripts/build-schema.mjs [outDir]   (default: packages/cli/schema)
 */
/* global URL */
import { fileURLToPath } from 'node:url';
import { generateTypeSchemas, runSchemaScript } from '@edustandaard/codegen/schema';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));

/** The schemas this package ships: file name → root type in src/results.ts. */
export const SCHEMAS = {
  'select-summary.json': 'SelectSummary',
  'migrate-summary.json': 'MigrateSummary',
  'sync-summary.json': 'SyncSummary',
};

/** @returns {Record<string, string>} file name → JSON text (with trailing newline) */
export function generateSchemas() {
  return generateTypeSchemas({ pkg: 'cli', pkgDir, sources: ['src/results.ts'], schemas: SCHEMAS });
}

runSchemaScript(import.meta.url, generateSchemas, { defaultDir: `${pkgDir}schema` });
