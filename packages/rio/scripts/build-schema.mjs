#!/usr/bin/env node
/**
 * Generates the JSON Schemas of the RIO model, the action inputs, the synchronisation plan and the
 * override file from the TypeScript types with typescript-json-schema (DESIGN.md §1). Deterministic:
 * same types, same bytes. Run by `npm run build` after tsc; test/schema-drift.test.ts checks the
 * shipped files. Usage: node scripts/build-schema.mjs [outDir]   (default: packages/rio/schema)
 */
/* global process, console */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as TJS from 'typescript-json-schema';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');

/** File name → root type. */
export const SCHEMAS = {
  'opleidingseenheid.json': 'Opleidingseenheid',
  'aangeboden-opleiding.json': 'AangebodenOpleiding',
  'opleidingsrelatie.json': 'Opleidingsrelatie',
  'onderwijsbestuur.json': 'Onderwijsbestuur',
  'onderwijsaanbieder.json': 'Onderwijsaanbieder',
  'onderwijsaanbiedersgroep.json': 'Onderwijsaanbiedersgroep',
  'onderwijslocatie.json': 'Onderwijslocatie',
  'onderwijslocatiegebruik.json': 'Onderwijslocatiegebruik',
  'bevoegd-gezag-erkenning.json': 'BevoegdGezagErkenning',
  'onderwijsinstellingserkenning.json': 'Onderwijsinstellingserkenning',
  'vestigingserkenning.json': 'Vestigingserkenning',
  'aanleveren-onderwijsaanbieder.json': 'AanleverenOnderwijsaanbieder',
  'verwijderen-aangeboden-opleiding.json': 'VerwijderenAangebodenOpleiding',
  'verwijderen-onderwijsaanbieder.json': 'VerwijderenOnderwijsaanbieder',
  'verwijderen-onderwijslocatiegebruik.json': 'VerwijderenOnderwijslocatiegebruik',
  'verwijderen-opleidingseenheid.json': 'VerwijderenOpleidingseenheid',
  'verwijderen-opleidingsrelatie.json': 'VerwijderenOpleidingsrelatie',
  'opvragen-rio-identificatiecode.json': 'OpvragenRioIdentificatiecode',
  'sync-plan.json': 'SyncPlan',
  'sync-config.json': 'SyncConfig',
};

/** @returns {Record<string, string>} file name → JSON text */
export function generateSchemas() {
  const program = TJS.getProgramFromFiles(
    [
      'src/model/opleidingseenheid.ts',
      'src/model/aangeboden-opleiding.ts',
      'src/model/organisatie.ts',
      'src/model/requests.ts',
      'src/sync/plan.ts',
      'src/sync/exports.ts',
    ].map((f) => join(pkg, f)),
    {
      strict: true,
      strictNullChecks: true,
      skipLibCheck: true,
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
    out[file] =
      JSON.stringify(
        {
          $schema: schema.$schema,
          $id: `https://edustandaard.github.io/edustandaard-ts/schema/rio/${file}`,
          title: type,
          ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
        },
        null,
        2,
      ) + '\n';
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(pkg, 'schema'));
  mkdirSync(outDir, { recursive: true });
  const texts = generateSchemas();
  for (const f of readdirSync(outDir))
    if (f.endsWith('.json') && !(f in texts)) rmSync(join(outDir, f));
  for (const [file, text] of Object.entries(texts)) writeFileSync(join(outDir, file), text);
  console.log(`schema: ${Object.keys(texts).length} files in ${outDir}`);
}
