/**
 * Shared by the build (build-schemas.mjs) and the drift test: generates the JSON Schemas from
 * src/generated/ooapi.ts with typescript-json-schema, deterministically.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as TJS from 'typescript-json-schema';

/** `$id` of the combined schema; validators reference `${SCHEMA_ID}#/definitions/<Type>`. */
export const SCHEMA_ID =
  'https://edustandaard.github.io/edustandaard-ts/oke/schema/oke-ooapi-v5.json';

/** Payload types shipped as their own schema file besides the request/response bodies. */
export const PAYLOAD_TYPES = [
  'Component',
  'Offering',
  'ComponentOffering',
  'Association',
  'ComponentOfferingAssociation',
  'ProgramOfferingAssociation',
  'Person',
  'Group',
  'MembershipItem',
  'Organization',
  'Result',
  'ComponentResult',
  'Problem',
  'Service',
  'NlTestAdminComponent',
  'NlTestAdminOffering',
  'NlTestAdminAssociation',
  'NlTestAdminPerson',
  'NlTestAdminResult',
  'ConsumerOnComponent',
  'ConsumerOnOffering',
  'ConsumerOnAssociation',
  'ConsumerOnPerson',
  'ConsumerOnResult',
];

/**
 * Sorts keys (determinism) and drops validation keywords typescript-json-schema copies from an
 * interface's JSDoc next to a `$ref` to it (`{ $ref, additionalProperties: false }` would close
 * the referencing property to every attribute, since ajv applies $ref siblings).
 */
const sortKeys = (v) => {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (!v || typeof v !== 'object') return v;
  const keys = Object.keys(v).filter((k) => !(v.$ref && k === 'additionalProperties'));
  return Object.fromEntries(keys.sort().map((k) => [k, sortKeys(v[k])]));
};

/**
 * @param pkg - the package folder
 * @returns file name → JSON text, the combined schema object, and the root type names
 */
export function generateSchemas(pkg) {
  const typesFile = resolve(pkg, 'src/generated/ooapi.ts');
  const opsText = readFileSync(resolve(pkg, 'src/generated/operations.ts'), 'utf8');
  const body = JSON.parse(/BODY_TYPES = (\[[\s\S]*?\]) as const/.exec(opsText)[1]);
  const typesText = readFileSync(typesFile, 'utf8');
  const declared = new Set(
    [...typesText.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]),
  );
  const other = JSON.parse(/OTHER_CONSUMER_TYPES = (\[[\s\S]*?\]) as const/.exec(opsText)[1]);
  const roots = [
    ...new Set([...body, ...other, ...PAYLOAD_TYPES.filter((t) => declared.has(t))]),
  ].sort();
  const program = TJS.getProgramFromFiles(
    [typesFile],
    { strictNullChecks: true, skipLibCheck: true, lib: ['lib.es2022.d.ts'] },
    pkg,
  );
  const settings = {
    required: true,
    ref: true,
    aliasRef: false,
    strictNullChecks: true,
    noExtraProps: false,
    titles: false,
    ignoreErrors: false,
    uniqueNames: false,
    constAsEnum: false,
  };
  const gen = TJS.buildGenerator(program, settings);
  if (!gen)
    throw new Error(
      'typescript-json-schema could not build a generator (type errors in src/generated/ooapi.ts)',
    );
  const files = {};
  const combined = sortKeys({ ...gen.getSchemaForSymbols([...declared].sort()), $id: SCHEMA_ID });
  files['oke-ooapi-v5.json'] = JSON.stringify(combined, null, 2) + '\n';
  for (const n of roots) {
    const s = sortKeys({
      ...gen.getSchemaForSymbol(n),
      $id: SCHEMA_ID.replace('oke-ooapi-v5.json', `${n}.json`),
    });
    files[`${n}.json`] = JSON.stringify(s, null, 2) + '\n';
  }
  return { files, combined, roots };
}
