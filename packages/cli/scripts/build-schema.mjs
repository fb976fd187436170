#!/usr/bin/env node
/**
 * Generates the JSON Schemas of the objects `swv select`, `oso migrate` and `rio sync` print with
 * `--format json`, from src/results.ts with typescript-json-schema (DESIGN.md §1: types are the
 * source of truth). Deterministic; `.ci/run` checks the shipped files are unchanged by the build.
 *
 * Usage: node scripts/build-schema.mjs [outDir]   (default: packages/cli/schema)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as TJS from 'typescript-json-schema';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');

/** The schemas this package ships: file name → root type in src/results.ts. */
export const SCHEMAS = {
  'select-summary.json': 'SelectSummary',
  'migrate-summary.json': 'MigrateSummary',
  'sync-summary.json': 'SyncSummary',
};

/**
 * `noExtraProps` also closes `Record<string, unknown>` (e.g. a finding's `params`), which has no
 * declared properties: such an object is open by definition.
 * @param {unknown} node - a schema node, walked recursively
 */
function openRecords(node) {
  if (Array.isArray(node)) return node.forEach(openRecords);
  if (node === null || typeof node !== 'object') return;
  if (node.type === 'object' && node.additionalProperties === false && !node.properties)
    delete node.additionalProperties;
  Object.values(node).forEach(openRecords);
}

/** @returns {Record<string, string>} file name → JSON text (with trailing newline) */
export function generateSchemas() {
  const program = TJS.getProgramFromFiles(
    [join(pkg, 'src/results.ts')],
    {
      strict: true,
      strictNullChecks: true,
      skipLibCheck: true,
      // Bundler resolution keeps definition names free of absolute paths (machine-independent).
      module: 'ESNext',
      moduleResolution: 'Bundler',
      target: 'ES2022',
    },
    pkg,
  );
  const out = {};
  for (const [file, type] of Object.entries(SCHEMAS)) {
    const schema = TJS.generateSchema(program, type, {
      required: true,
      noExtraProps: true,
      strictNullChecks: true,
      ref: true,
      titles: false,
      ignoreErrors: false,
      uniqueNames: false,
    });
    if (!schema) throw new Error(`typescript-json-schema gaf geen schema voor ${type}`);
    openRecords(schema);
    const withId = {
      $schema: schema.$schema,
      $id: `https://edustandaard.github.io/edustandaard-ts/schema/cli/${file}`,
      title: type,
      ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
    };
    out[file] = JSON.stringify(withId, null, 2) + '\n';
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(pkg, 'schema'));
  mkdirSync(outDir, { recursive: true });
  for (const [file, text] of Object.entries(generateSchemas())) {
    writeFileSync(join(outDir, file), text);
    console.log(`schema: ${relative(process.cwd(), join(outDir, file))}`);
  }
}
