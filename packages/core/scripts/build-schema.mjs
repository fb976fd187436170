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
import { IDENTIFIER_TYPES, PGN_REGELS } from '@edustandaard/identifiers';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');

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

const COMPILER = {
  strict: true,
  strictNullChecks: true,
  skipLibCheck: true,
  // Bundler resolution: NodeNext makes typescript-json-schema name definitions after absolute
  // file paths (`import("/abs/path").Type`), which would make the output machine-dependent.
  module: 'ESNext',
  moduleResolution: 'Bundler',
  target: 'ES2022',
};

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
  const program = TJS.getProgramFromFiles([join(pkg, 'src/models/index.ts')], COMPILER, pkg);
  const generator = TJS.buildGenerator(program, {
    required: true,
    noExtraProps: true,
    strictNullChecks: true,
    ref: true,
    ignoreErrors: false,
    uniqueNames: false,
  });
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
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://edustandaard.github.io/edustandaard-ts/schema/core/central-models.json',
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
  const program = TJS.getProgramFromFiles([join(pkg, 'src/manifest/types.ts')], COMPILER, pkg);
  const out = {};
  for (const [file, type] of Object.entries(SCHEMAS)) {
    if (type === 'CENTRAL_MODELS') {
      out[file] = JSON.stringify(centralModelsSchema(), null, 2) + '\n';
      continue;
    }
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
