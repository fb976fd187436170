#!/usr/bin/env node
/**
 * Generates the JSON Schemas of the RIO model, the action inputs, the synchronisation plan and the
 * override file from the TypeScript types (DESIGN.md §1), with the monorepo's one schema generator
 * (@edustandaard/codegen/schema). Deterministic: same types, same bytes. Run by `npm run build`
 * after tsc; test/schema-drift.test.ts checks the shipped files.
 *
 * Usage: node scripts/build-schema.mjs [outDir]   (default: packages/rio/schema)
 */
/* global URL */
import { fileURLToPath } from 'node:url';
import { generateTypeSchemas, runSchemaScript } from '@edustandaard/codegen/schema';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));

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

/** Source files the root types are declared in (relative to the package). */
export const SOURCES = [
  'src/model/opleidingseenheid.ts',
  'src/model/aangeboden-opleiding.ts',
  'src/model/organisatie.ts',
  'src/model/requests.ts',
  'src/sync/plan.ts',
  'src/sync/exports.ts',
];

/** @returns {Record<string, string>} file name → JSON text */
export function generateSchemas() {
  return generateTypeSchemas({ pkg: 'rio', pkgDir, sources: SOURCES, schemas: SCHEMAS });
}

runSchemaScript(import.meta.url, generateSchemas, {
  defaultDir: `${pkgDir}schema`,
  keep: ['known-limits.json'],
});
