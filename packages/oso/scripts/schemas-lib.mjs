/**
 * Shared by the build (build-schemas.mjs) and the drift test: JSON Schema per OSO version from the
 * generated TS types (src/generated/types-<v>.ts, type `Dossier`) with typescript-json-schema.
 * Deterministic: keys sorted, stable settings.
 */
import { resolve } from 'node:path';
import * as TJS from 'typescript-json-schema';

export const VERSIONS = ['2019.1', '2024.1'];
/** `$id` of a version's schema. */
export const schemaId = (v) =>
  `https://edustandaard.github.io/edustandaard-ts/oso/schema/oso-${v}.json`;

const sortKeys = (v) => {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (!v || typeof v !== 'object') return v;
  const keys = Object.keys(v).filter((k) => !(v.$ref && k === 'additionalProperties'));
  return Object.fromEntries(keys.sort().map((k) => [k, sortKeys(v[k])]));
};

/**
 * @param pkg - the package folder
 * @returns file name → JSON text, and per version the schema object
 */
export function generateSchemas(pkg) {
  const files = {};
  const schemas = {};
  for (const v of VERSIONS) {
    const file = resolve(pkg, `src/generated/types-${v}.ts`);
    // One program per version: both files declare the same interface names.
    const program = TJS.getProgramFromFiles(
      [file],
      { strictNullChecks: true, skipLibCheck: true, lib: ['lib.es2022.d.ts'] },
      pkg,
    );
    const gen = TJS.buildGenerator(
      program,
      {
        required: true,
        noExtraProps: true,
        ref: true,
        topRef: false,
        titles: false,
        defaultNumberType: 'number',
        validationKeywords: ['minLength', 'maxLength', 'pattern', 'minimum', 'maximum'],
        uniqueNames: false,
        strictNullChecks: true,
        id: schemaId(v),
      },
      [file],
    );
    if (!gen) throw new Error('typescript-json-schema: the program has errors');
    const symbols = gen.getMainFileSymbols(program, [file]);
    if (!symbols.includes('Dossier')) throw new Error(`no Dossier type in ${file}`);
    const schema = gen.getSchemaForSymbol('Dossier');
    schema.$id = schemaId(v);
    schema.title = `OSO gegevensset ${v}: dossier (inhoud van het root-element <dossier>)`;
    schema.description =
      `Generated from the TypeScript types of @edustandaard/oso (${v === '2019.1' ? 'OSO_gegevensset_2019.1.xsd' : 'OSO_gegevensset_2019.1.xsd + changes-2024.1.json'}). ` +
      'Decimals are strings (exact lexical form), repeating elements are arrays, simple content with attributes is { $value, <attribute> }.';
    const sorted = sortKeys(schema);
    schemas[v] = sorted;
    files[`oso-${v}.json`] = `${JSON.stringify(sorted, null, 2)}\n`;
  }
  return { files, schemas };
}
