#!/usr/bin/env node
/**
 * Generates the JSON Schema of the afsprakenset manifest from src/manifest/types.ts with
 * typescript-json-schema (DESIGN.md §1: types are the source of truth). Deterministic: same types,
 * same bytes. Run by `npm run build` after tsc; test/schema-drift.test.ts checks the shipped file.
 *
 * Usage: node scripts/build-schema.mjs [outDir]   (default: packages/core/schema)
 */
/* global URL */
import { fileURLToPath } from 'node:url';
import * as TJS from 'typescript-json-schema';
import {
  GENERATOR_SETTINGS,
  generateTypeSchemas,
  publishSchema,
  runSchemaScript,
  tsProgram,
} from '@edustandaard/codegen/schema';
import { IDENTIFIER_TYPES, PGN_REGELS } from '@edustandaard/identifiers';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));

/** The schemas this package ships: file name → root type (or, for the central models, the list of types). */
export const SCHEMAS = {
  'manifest.json': 'AfsprakensetManifest',
  'central-models.json': 'CENTRAL_MODELS',
};

/**
 * The central AMIGO models (src/models, DESIGN.md §6), one definition each. The generic
 * `Identificatie<T>` is emitted per instantiation (typescript-json-schema cannot emit an open
 * generic): `PersoonIdentificatie`, `OrganisatieIdentificatie` and the narrower ones the
 * organisation levels use.
 */
export const CENTRAL_MODEL_TYPES = [
  'Persoon',
  'Onderwijsdeelnemer',
  'Onderwijsmedewerker',
  'Onderwijsorganisatie',
  'Onderwijsbestuur',
  'Onderwijsaanbieder',
  'Onderwijslocatie',
  'Adres',
  'Communicatie',
  'PersoonIdentificatie',
  'OrganisatieIdentificatie',
  'Periode',
  'Toets',
  'Toetsresultaat',
];

/**
 * The JSON Schema of a branded identifier string: the pattern of its term (IDENTIFIER_TYPES) or,
 * for a PGN, nine digits (an onderwijsnummer starts with 10).
 * @param {string} name - the brand's type name
 * @param {string | undefined} description - the TSDoc of the type
 * @param {string | undefined} term - the identifier term the brand carries
 */
function brandSchema(name, description, term) {
  const info = term ? IDENTIFIER_TYPES[term] : undefined;
  const pgn = { Bsn: PGN_REGELS.BSN, Onderwijsnummer: PGN_REGELS.onderwijsnummer }[name];
  const prefix = pgn?.prefix ?? '';
  const pattern =
    info?.format.pattern ?? (pgn ? `^${prefix}[0-9]{${9 - prefix.length}}$` : undefined);
  const text = info
    ? `${info.type} (${term}): ${info.format.description}`
    : pgn
      ? `${pgn.naam}: ${pgn.beschrijving}`
      : description;
  return {
    type: 'string',
    minLength: 1,
    ...(pattern ? { pattern } : {}),
    ...(text ? { description: text } : {}),
  };
}

/**
 * The central models as one schema with a definition per type: branded identifier strings become
 * plain strings (the brand is a compile-time marker), `Identificatie<"A"|"B">` is named
 * `Identificatie_A_B`, and every definition gets its type name as title.
 * @returns {object} the schema
 */
function centralModelsSchema() {
  const program = tsProgram(pkgDir, ['src/models/index.ts']);
  const generator = TJS.buildGenerator(program, GENERATOR_SETTINGS);
  if (!generator) throw new Error('typescript-json-schema kon de centrale modellen niet lezen');
  const raw = generator.getSchemaForSymbols(CENTRAL_MODEL_TYPES);
  // Which brand carries which identifier term: from the type `IdentifierValueMap` itself.
  const valueMap = generator.getSchemaForSymbol('IdentifierValueMap');
  const termOfBrand = Object.fromEntries(
    Object.entries(valueMap.properties ?? {}).map(([term, ref]) => [
      String(ref.$ref).replace('#/definitions/', ''),
      term,
    ]),
  );
  let text = JSON.stringify(raw.definitions);
  for (const name of Object.keys(raw.definitions)) {
    const m = /^Identificatie<(.+)>$/.exec(name);
    if (!m) continue;
    const clean = `Identificatie_${m[1].replace(/"/g, '').split('|').sort().join('_')}`;
    text = text.split(JSON.stringify(name).slice(1, -1)).join(clean);
    text = text.split(encodeURIComponent(name)).join(clean);
  }
  const definitions = JSON.parse(text);
  for (const [name, def] of Object.entries(definitions)) {
    // A Brand<string, B> is `string & { [brand]: B }`: typescript-json-schema sees an empty object.
    // It becomes a string with the format @edustandaard/identifiers publishes for the term (the
    // normalised value; check characters such as the elfproef are not expressible in a pattern).
    if (def.type === 'object' && def.properties && Object.keys(def.properties).length === 0)
      definitions[name] = brandSchema(name, def.description, termOfBrand[name]);
    definitions[name] = { title: name, ...definitions[name] };
  }
  const sorted = Object.fromEntries(
    Object.keys(definitions)
      .sort()
      .map((k) => [k, definitions[k]]),
  );
  return {
    title: 'Centrale AMIGO-modellen',
    description:
      'De centrale gegevensmodellen (AMIGO) waarvan de domeinmodellen van OSO, RIO en OKE zijn afgeleid: Persoon, Onderwijsdeelnemer, Onderwijsmedewerker, Onderwijsorganisatie (bestuur, aanbieder, locatie), Adres, Communicatie, Identificatie, Periode, Toets en Toetsresultaat. Valideer tegen `#/definitions/<Naam>`.',
    anyOf: CENTRAL_MODEL_TYPES.map((t) => ({ $ref: `#/definitions/${t}` })),
    definitions: sorted,
  };
}

/**
 * Generates every schema as formatted JSON text.
 * @returns {Record<string, string>} file name → JSON text (with trailing newline)
 */
export function generateSchemas() {
  const { 'central-models.json': _central, ...fromTypes } = SCHEMAS;
  const out = generateTypeSchemas({
    pkg: 'core',
    pkgDir,
    sources: ['src/manifest/types.ts'],
    schemas: fromTypes,
  });
  out['central-models.json'] = publishSchema(centralModelsSchema(), {
    pkg: 'core',
    file: 'central-models.json',
    title: 'Centrale AMIGO-modellen',
  });
  return Object.fromEntries(Object.keys(SCHEMAS).map((f) => [f, out[f]]));
}

runSchemaScript(import.meta.url, generateSchemas, {
  defaultDir: `${pkgDir}schema`,
  keep: ['profile-document.json'],
});
