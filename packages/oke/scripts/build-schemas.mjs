#!/usr/bin/env node
/**
 * Build step: NED-OOAPI OpenAPI files → JSON Schema (schema/*.json, scripts/schemas-lib.mjs) →
 * precompiled ajv standalone validators (generated/validators.js + .d.ts; src and dist both
 * import ../generated/validators.js). Deterministic: same input, byte-identical output.
 *
 * Usage: node scripts/build-schemas.mjs [--check] [path/to/reference/oke]
 *   --check: fail when schema/ or generated/ would change.
 * Without the reference folder (a packed tarball, a CI without ../shared) the committed
 * schema/ and generated/ are kept as they are.
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApiSchemas, defaultRefDir, readOps, SCHEMA_ID } from './schemas-lib.mjs';
import { createRequire } from 'node:module';

// ajv and ajv-formats must share one ajv copy, else the format code references render wrongly.
const requireFromFormats = createRequire(createRequire(import.meta.url).resolve('ajv-formats'));
const addFormats = createRequire(import.meta.url)('ajv-formats');
const Ajv = requireFromFormats('ajv').default;
const standaloneCode = requireFromFormats('ajv/dist/standalone').default;

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const refDir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? defaultRefDir(pkg);
if (!existsSync(resolve(refDir, 'v5/spec.yaml'))) {
  console.log(`no NED-OOAPI reference at ${refDir}: schema/ and generated/ kept as committed`);
  process.exit(0);
}
const { files, combined, roots, rootNames, alternatives } = await buildOpenApiSchemas(
  refDir,
  readOps(pkg),
);

const schemaDir = resolve(pkg, 'schema');
mkdirSync(schemaDir, { recursive: true });
let drift = [];
for (const [name, text] of Object.entries(files)) {
  const f = resolve(schemaDir, name);
  const old = existsSync(f) ? readFileSync(f, 'utf8') : null;
  if (old !== text) {
    drift.push(name);
    if (!check) writeFileSync(f, text);
  }
}
for (const f of readdirSync(schemaDir)) if (!(f in files)) drift.push(`${f} (stale)`);
if (check && drift.length) {
  console.error(
    `schema/ is out of date: ${drift.join(', ')}; run npm run build -w @edustandaard/oke`,
  );
  process.exit(1);
}
if (!check)
  for (const f of readdirSync(schemaDir))
    if (!(f in files)) (await import('node:fs')).rmSync(resolve(schemaDir, f));

// ajv standalone: one module, one exported validator per body/payload type.
const ajv = new Ajv({
  code: { source: true, esm: true, lines: false },
  allErrors: true,
  strict: false,
  allowUnionTypes: true,
  inlineRefs: false,
  // verbose: an alternative's error carries its parent schema, whose $comment names the
  // alternative (schemas-lib.mjs), so findings can re-run each branch apart.
  verbose: true,
});
addFormats(ajv);
ajv.addSchema(combined, SCHEMA_ID);
// One validator per root and direction (`validate<Name>`: the response view or the only one;
// `validateRequest<Name>` where a type is both sent and answered), and one per branch of every
// alternative (oneOf/anyOf), so findings can list each branch's errors apart.
const exportsMap = {};
const rootIndex = [];
for (const n of rootNames) {
  const e = roots.get(n);
  const entry = [];
  for (const dir of ['response', 'request']) {
    if (!e[dir]) continue;
    const fn = dir === 'request' && e.response ? `validateRequest${n}` : `validate${n}`;
    exportsMap[fn] = `${SCHEMA_ID}#/definitions/${e[dir]}`;
    entry.push(`${dir}: ${fn}`);
  }
  rootIndex.push(`  ${JSON.stringify(n)}: { ${entry.join(', ')} },`);
}
const altIndex = [];
Object.keys(alternatives)
  .sort()
  .forEach((ptr, i) => {
    const branches = alternatives[ptr].map((b, j) => {
      exportsMap[`alt${i}_${j}`] = `${SCHEMA_ID}${b.pointer}`;
      return `{ title: ${JSON.stringify(b.title)}, validate: alt${i}_${j} }`;
    });
    altIndex.push(`  ${JSON.stringify(ptr)}: [${branches.join(', ')}],`);
  });
// ajv's ESM standalone output still calls require() for its runtime helpers (the format checks
// of ajv-formats, ucs2length). The module must load in a browser too (#16: the `browser` export
// condition, no `node:` import), so each becomes an ES import or a local function; any other
// require() fails the build.
const RUNTIME = {
  'require("ajv-formats/dist/formats").fullFormats': '__fullFormats',
  'require("ajv/dist/runtime/ucs2length").default': '__ucs2length',
};
let body = standaloneCode(ajv, exportsMap).replace(/^"use strict";/, '');
for (const [from, to] of Object.entries(RUNTIME)) body = body.split(from).join(to);
if (/\brequire\(/.test(body)) {
  console.error(
    `ajv standalone code requires an unknown helper: ${/require\([^)]*\)/.exec(body)[0]}`,
  );
  process.exit(1);
}
const runtime =
  `import { fullFormats as __fullFormats } from 'ajv-formats/dist/formats.js';\n` +
  `/** String length in code points, as ajv's runtime/ucs2length counts it (minLength/maxLength). */\n` +
  `function __ucs2length(str) { let n = 0; for (const _ of str) n++; return n; }\n`;
const code =
  `/* eslint-disable */\n// GENERATED by scripts/build-schemas.mjs (ajv standalone). Do not edit.\n${runtime}${body}\n` +
  `/** Root type → validator per direction. */\nexport const ROOTS = {\n${rootIndex.join('\n')}\n};\n` +
  `/** Schema path of an alternative (oneOf/anyOf) → one validator per branch. */\nexport const ALTERNATIVES = {\n${altIndex.join('\n')}\n};\n`;
const dts =
  `// GENERATED by scripts/build-schemas.mjs. Do not edit.\nimport type { ErrorObject } from 'ajv';\n` +
  `/** A precompiled ajv validator; \`errors\` holds the findings of the last call. */\n` +
  `export interface PrecompiledValidator { (data: unknown): boolean; errors?: ErrorObject[] | null }\n` +
  Object.keys(exportsMap)
    .filter((k) => k.startsWith('validate'))
    .map((k) => `export declare const ${k}: PrecompiledValidator;\n`)
    .join('') +
  `/** Root type → validator per direction. */\nexport declare const ROOTS: Readonly<Record<string, { response?: PrecompiledValidator; request?: PrecompiledValidator }>>;\n` +
  `/** Schema path of an alternative (oneOf/anyOf) → one validator per branch. */\nexport declare const ALTERNATIVES: Readonly<Record<string, readonly { title: string; validate: PrecompiledValidator }[]>>;\n`;
const gen = resolve(pkg, 'generated');
if (check) {
  const same = (f, text) =>
    existsSync(resolve(gen, f)) && readFileSync(resolve(gen, f), 'utf8') === text;
  const stale = ['validators.js', 'validators.d.ts'].filter(
    (f) => !same(f, f.endsWith('.js') ? code : dts),
  );
  if (stale.length) {
    console.error(
      `generated/ is out of date: ${stale.join(', ')}; run npm run build -w @edustandaard/oke`,
    );
    process.exit(1);
  }
  console.log(
    `schema/ and generated/ are up to date (${Object.keys(files).length} schemas, ${rootNames.length} validators)`,
  );
  process.exit(0);
}
mkdirSync(gen, { recursive: true });
writeFileSync(resolve(gen, 'validators.js'), code);
writeFileSync(resolve(gen, 'validators.d.ts'), dts);
console.log(
  `schema/: ${Object.keys(files).length} files${drift.length ? ` (${drift.length} changed)` : ''}; ${Object.keys(exportsMap).length} precompiled validators`,
);
