#!/usr/bin/env node
/**
 * Generates the JSON Schema of the afsprakenset manifest from src/manifest/types.ts with
 * typescript-json-schema (DESIGN.md §1: types are the source of truth). Deterministic: same types,
 * same bytes. Run by `npm run build` after tsc; test/schema-drift.test.ts checks the shipped file.
 *
 * Usage: node scripts/build-schema.mjs [outDir]   (default: packages/core/schema)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as TJS from 'typescript-json-schema';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');

/** The schemas this package ships: file name → root type in src/manifest/types.ts. */
export const SCHEMAS = { 'manifest.json': 'AfsprakensetManifest' };

/**
 * Generates every schema as formatted JSON text.
 * @returns {Record<string, string>} file name → JSON text (with trailing newline)
 */
export function generateSchemas() {
  const program = TJS.getProgramFromFiles(
    [join(pkg, 'src/manifest/types.ts')],
    {
      strict: true,
      strictNullChecks: true,
      skipLibCheck: true,
      // Bundler resolution: NodeNext makes typescript-json-schema name definitions after absolute
      // file paths (`import("/abs/path").Type`), which would make the output machine-dependent.
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
    const withId = {
      $schema: schema.$schema,
      $id: `https://edustandaard.github.io/edustandaard-ts/schemas/core/${file}`,
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
