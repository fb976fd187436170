#!/usr/bin/env node
/**
 * Dev-time generator: NED-OOAPI (OKE MBO-toetsafname, OOAPI v5) → TypeScript, with a maintained
 * generator (#14: "types generated from the same OpenAPI with a maintained generator").
 *
 * Reads the unbundled `v5/spec.yaml` tree (the source the bundled `ooapiv5_MBO.yaml` is made
 * from with `redocly bundle -d`, see flows/Testing.md) so that every `$ref` keeps its schema's
 * name, and writes
 *   - src/generated/openapi.ts     `paths`, `components`, `operations` by openapi-typescript;
 *   - src/generated/ooapi.ts       the package's named types: one alias per schema file reachable
 *                                  from spec.yaml (`components['schemas'][Name]`), per request and
 *                                  response body (`operations[id]…`), and `…MergePatch` variants
 *                                  for PATCH bodies (the `MergePatch<T>` mapping of merge-patch.ts);
 *   - src/generated/operations.ts  the 21 operations (method, path, parameters, request and
 *                                  response body type per status code) as data.
 *
 * openapi-typescript reads a copy of the tree with two changes that keep every constraint
 * (they are JSON Schema equivalences, not readings of ours):
 *   - every schema file reachable from spec.yaml is named in `components.schemas` (the spec has
 *     none), so the generator names each after its file as the package does (`NlTestAdminOffering`);
 *   - an `allOf` member that only says `required` (ComponentOffering, ProgramOffering, …) gets the
 *     required names as properties with the empty schema `{}`: openapi-typescript turns a member
 *     without properties into `Record<string, never>` (nothing assignable) and drops its `required`;
 *     `{}` constrains nothing, so the member means exactly what it meant.
 * The JSON Schemas and validators do not use these types (scripts/build-schemas.mjs reads the
 * OpenAPI files directly); OKE's profile rules (consumers dispatch, kinds, merge patch) live
 * there and in SCHEMA_READINGS.
 *
 * Usage: node scripts/generate-types.mjs [path/to/reference/oke] [outDir]
 * Deterministic: same input, byte-identical output.
 */
import {
  readFileSync,
  writeFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import openapiTS, { astToString } from 'openapi-typescript';
import { EXTRA, pascal, typeNameOfFile } from './schemas-lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const refDir = resolve(process.argv[2] ?? resolve(here, '../../../../shared/reference/oke'));
const outDir = resolve(process.argv[3] ?? resolve(here, '../src/generated'));
const v5 = resolve(refDir, 'v5');
const CONSUMER_KEY = 'nl-test-admin';

const cache = new Map();
function load(file) {
  if (!cache.has(file)) cache.set(file, parse(readFileSync(file, 'utf8')));
  return cache.get(file);
}

/** name → { file, schema, kind: 'schema' | 'patch' | 'synthetic' } in emission order. */
const named = new Map();
const fileNames = new Map();
const queue = [];

function nameForFile(file) {
  if (fileNames.has(file)) return fileNames.get(file);
  // Other consumers' extensions (RIO, TEST) get their consumer as prefix: RIO/V1/Course.yaml → RioCourse.
  const name = typeNameOfFile(file);
  if (named.has(name)) throw new Error(`name clash ${name} for ${file}`);
  fileNames.set(file, name);
  named.set(name, { file, schema: load(file), kind: 'schema' });
  queue.push(name);
  return name;
}

function resolveRef(fromFile, ref) {
  const [p, pointer] = ref.trim().split('#');
  if (pointer) throw new Error(`JSON pointer refs are not supported: ${ref} in ${fromFile}`);
  return resolve(dirname(fromFile), p);
}

/** A `consumers` list schema (ConsumerOnOffering.yaml, …): in a PATCH its entries are patches keyed by consumerKey. */
const isConsumerList = (f) => /\/ConsumerOn\w+\.yaml$/.test(f);

const description = (s) => (typeof s?.description === 'string' ? s.description.trim() : undefined);

/**
 * Names every schema file `s` (found in `file`) refers to; in `patch` mode also the merge-patch
 * variants of the objects it refers to (nested objects are patches; list items stay complete,
 * except the entries of a `consumers` list, which OKE patches per consumerKey).
 */
function walk(s, file, patch = false) {
  if (!s || typeof s !== 'object') return;
  if (Array.isArray(s)) return s.forEach((x) => walk(x, file, patch));
  if (typeof s.$ref === 'string') {
    const tn = nameForFile(resolveRef(file, s.$ref));
    if (patch) patchName(tn);
    return;
  }
  for (const [k, v] of Object.entries(s)) {
    if (k === 'example' || k === 'examples') continue;
    if (k === 'items') walk(v, file, patch && isConsumerList(file));
    else if (k === 'properties') for (const p of Object.values(v ?? {})) walk(p, file, patch);
    else walk(v, file, patch);
  }
}

function uniqueName(base) {
  let n = base;
  for (let i = 2; named.has(n); i++) n = `${base}${i}`;
  return n;
}

const patchOf = new Map();
function patchName(tn) {
  const entry = named.get(tn);
  const s = entry.schema;
  const objectish =
    s.type === 'object' ||
    s.properties ||
    s.allOf ||
    s.oneOf ||
    s.anyOf ||
    (s.type === 'array' && isConsumerList(entry.file));
  if (!objectish) return tn;
  if (!patchOf.has(tn)) {
    const pn = uniqueName(`${tn}MergePatch`);
    patchOf.set(tn, pn);
    named.set(pn, { file: entry.file, schema: s, kind: 'patch', of: tn });
    queue.push(pn);
  }
  return patchOf.get(tn);
}

// ---- operations -------------------------------------------------------------------------
const spec = load(resolve(v5, 'spec.yaml'));
const specFile = resolve(v5, 'spec.yaml');
const operations = [];
for (const [path, item] of Object.entries(spec.paths)) {
  const itemFile = item.$ref ? resolveRef(specFile, item.$ref) : specFile;
  const pi = item.$ref ? load(itemFile) : item;
  for (const method of ['get', 'put', 'patch', 'post', 'delete']) {
    const op = pi[method];
    if (!op) continue;
    const opName = pascal(op.operationId);
    const parameters = [...(pi.parameters ?? []), ...(op.parameters ?? [])].map((p) => {
      const pf = p.$ref ? resolveRef(itemFile, p.$ref) : itemFile;
      const pp = p.$ref ? load(pf) : p;
      const sch = pp.schema ?? {};
      const r = sch.$ref ? load(resolveRef(pf, sch.$ref)) : sch;
      const out = {
        name: pp.name,
        in: pp.in,
        required: pp.required === true,
        type: r.type ?? 'string',
      };
      const en =
        r.enum ??
        r.items?.enum ??
        (r.items?.$ref ? load(resolveRef(pf, r.items.$ref)).enum : undefined);
      if (en) out.enum = en;
      if (r.format) out.format = r.format;
      if (pp.description) out.description = String(pp.description).trim();
      return out;
    });
    const bodyType = (schema, suffix, patch, at) => {
      if (!schema) return null;
      if (schema.$ref) {
        const n = nameForFile(resolveRef(itemFile, schema.$ref));
        return patch ? patchName(n) : n;
      }
      // An inline body schema: named after its operation, typed as openapi-typescript types it.
      const n = `${opName}${suffix}`;
      named.set(n, {
        file: itemFile,
        schema,
        kind: 'body',
        patch,
        at: { op: op.operationId, ...at },
      });
      queue.push(n);
      walk(schema, itemFile, patch);
      return n;
    };
    let requestBody = null;
    if (op.requestBody) {
      const [contentType, media] = Object.entries(op.requestBody.content)[0];
      const patch = contentType === 'application/merge-patch+json';
      requestBody = {
        contentType,
        type: bodyType(media.schema, 'Request', patch, { request: contentType }),
        required: op.requestBody.required === true,
      };
    }
    const responses = {};
    for (const [status, r0] of Object.entries(op.responses)) {
      const rf = r0.$ref ? resolveRef(itemFile, r0.$ref) : itemFile;
      const r = r0.$ref ? load(rf) : r0;
      const content = r.content ? Object.entries(r.content)[0] : undefined;
      let type = null;
      if (content) {
        const sch = content[1].schema;
        if (sch?.$ref) type = nameForFile(resolveRef(rf, sch.$ref));
        else if (sch && sch.format === 'binary') type = null;
        else if (sch)
          type = bodyType(sch, `Response${status}`, false, { status, response: content[0] });
      }
      responses[status] = {
        description: String(r.description ?? '').trim(),
        contentType: content?.[0] ?? null,
        type,
      };
    }
    const scopes = (op.security ?? []).flatMap((s) => s.oAuthFlows ?? []);
    operations.push({
      operationId: op.operationId,
      method: method.toUpperCase(),
      path,
      summary: String(op.summary ?? '').trim(),
      parameters,
      requestBody,
      responses,
      scopes,
    });
  }
}

// Every schema file reachable from what is named so far (breadth-first, so order is stable).
for (let i = 0; i < queue.length; i++) {
  const e = named.get(queue[i]);
  if (e.kind === 'schema') walk(e.schema, e.file, false);
  else if (e.kind === 'patch') walk(e.schema, e.file, true);
}

const header = (what) =>
  `/* eslint-disable */\n// GENERATED by scripts/generate-types.mjs from NED-OOAPI specification/v5 (OOAPI ${spec.info.version}, consumer ${CONSUMER_KEY} V1).\n// Do not edit: change the generator and run \`npm run generate -w @edustandaard/oke\`. ${what}\n\n`;
mkdirSync(outDir, { recursive: true });

// ---- openapi-typescript over a copy of the tree (see the header for the two changes) ----------
const work = mkdtempSync(join(tmpdir(), 'oke-openapi-'));
const copy = (f) => join(work, relative(v5, f));
/** `allOf` members that only say `required` get those names as `{}` properties. */
function requiredAsProperties(node) {
  if (!node || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map(requiredAsProperties);
  const out = {};
  for (const [k, v] of Object.entries(node)) out[k] = requiredAsProperties(v);
  if (Array.isArray(out.allOf))
    out.allOf = out.allOf.map((m) =>
      m && typeof m === 'object' && !m.$ref && Array.isArray(m.required) && !m.properties
        ? { ...m, properties: Object.fromEntries(m.required.map((r) => [r, {}])) }
        : m,
    );
  return out;
}
function copyTree(dir) {
  for (const f of readdirSync(dir)) {
    const full = join(dir, f);
    if (statSync(full).isDirectory()) copyTree(full);
    else if (f.endsWith('.yaml')) {
      mkdirSync(dirname(copy(full)), { recursive: true });
      let doc = requiredAsProperties(load(full));
      if (full === specFile) {
        const schemas = {};
        for (const [n, e] of named)
          if (e.kind === 'schema') schemas[n] = { $ref: `./${relative(v5, e.file)}` };
        doc = { ...doc, components: { ...doc.components, schemas } };
      }
      writeFileSync(copy(full), stringify(doc, { aliasDuplicateObjects: false }));
    }
  }
}
copyTree(v5);
// The unbundled tree is read: the bundled ooapiv5_MBO.yaml repeats circular schemas as YAML
// aliases, on which the generator's resolver recurses without end. `emptyObjectsUnknown`: an
// object schema without properties (`Ext`) is open in OOAPI, not `Record<string, never>`.
const ast = await openapiTS(new URL(`file://${copy(specFile)}`), {
  alphabetize: true,
  emptyObjectsUnknown: true,
});
rmSync(work, { recursive: true, force: true });
writeFileSync(
  resolve(outDir, 'openapi.ts'),
  header('Types of ooapiv5 (specification/v5/spec.yaml) by openapi-typescript.') + astToString(ast),
);

// The other consumers' extension schemas (RIO V1, TEST V1): validators check their examples, but
// they are outside the OKE operations and get no TypeScript type (RIO's Course.yaml says
// `items: string`, which no generator can type).
const extraTypes = EXTRA.map((f) => typeNameOfFile(resolve(v5, f)));

// ---- the named types: aliases of openapi-typescript's -----------------------------------------
const jsdoc = (lines) => {
  const body = lines
    .filter(Boolean)
    .flatMap((l) => String(l).replace(/\*\//g, '*\\/').split('\n'))
    .map((l) => l.trimEnd());
  return `/**\n${body.map((l) => ` *${l ? ' ' + l : ''}`).join('\n')}\n */\n`;
};
const source = (e) =>
  `Source: NED-OOAPI specification/${relative(refDir, e.file).replace(/\\/g, '/')}`;
const decls = [];
for (const name of queue) {
  const e = named.get(name);
  let t;
  if (e.kind === 'schema') t = `S[${JSON.stringify(name)}]`;
  else if (e.kind === 'patch') t = `MergePatch<${e.of}>`;
  else {
    const { op, request, status, response } = e.at;
    t = request
      ? `NonNullable<operations[${JSON.stringify(op)}]['requestBody']>['content'][${JSON.stringify(request)}]`
      : `operations[${JSON.stringify(op)}]['responses'][${status}]['content'][${JSON.stringify(response)}]`;
    if (e.patch) t = `MergePatch<${t}>`;
  }
  decls.push(
    jsdoc([
      description(e.schema),
      e.kind === 'patch'
        ? `JSON merge patch (RFC 7396) of {@link ${e.of}}: see {@link MergePatch}.`
        : undefined,
      source(e),
    ]) + `export type ${name} = ${t};\n`,
  );
}
decls.push(
  jsdoc([
    'A `consumers` entry of any other consumer than "nl-test-admin" (the spec\'s open Consumer object;',
    'the validators check "nl-test-admin" entries against the NL-TEST-ADMIN extension, SCHEMA_READINGS).',
  ]) + `export type OtherConsumer = S["Consumer"];\n`,
);
writeFileSync(
  resolve(outDir, 'ooapi.ts'),
  header(
    "The named OOAPI v5 types OKE uses: aliases of openapi-typescript's (openapi.ts), merge-patch views by MergePatch.",
  ) +
    `import type { components, operations } from './openapi.js';\nimport type { MergePatch } from '../merge-patch.js';\n\ntype S = components['schemas'];\n\n` +
    decls.join('\n'),
);

const rootTypes = [
  ...new Set(
    operations
      .flatMap((o) => [o.requestBody?.type, ...Object.values(o.responses).map((r) => r.type)])
      .filter(Boolean),
  ),
].sort();
const ops =
  header('The OOAPI operations of the OKE profile as data.') +
  `import type { OoapiOperation } from '../operation.js';\n` +
  `import type { ${[...new Set(operations.flatMap((o) => [o.requestBody?.type, ...Object.values(o.responses).map((r) => r.type)]).filter(Boolean))].sort().join(', ')} } from './ooapi.js';\n\n` +
  `/** OOAPI version of the specification these operations come from. */\nexport const OOAPI_VERSION = ${JSON.stringify(spec.info.version)};\n\n` +
  `/** Every type used as a request or response body: each has a JSON Schema in schema/ and a precompiled validator. */\n` +
  `export const BODY_TYPES = ${JSON.stringify(rootTypes, null, 2)} as const;\n\n` +
  `/** A request or response body type name. */\nexport type BodyTypeName = (typeof BODY_TYPES)[number];\n\n` +
  `/** Extension schemas of other consumers (RIO V1, TEST V1) outside the OKE operations. */\nexport const OTHER_CONSUMER_TYPES = ${JSON.stringify(extraTypes)} as const;\n\n` +
  `/** Request and success-response body types per operationId (for the typed client). */\n` +
  `export interface OperationTypes {\n${operations
    .map((o) => {
      const ok = Object.entries(o.responses)
        .filter(([st]) => st.startsWith('2'))
        .map(
          ([, r]) =>
            r.type ?? (r.contentType === 'application/octet-stream' ? 'Uint8Array' : 'undefined'),
        );
      return `  ${o.operationId}: { request: ${o.requestBody?.type ?? 'undefined'}; response: ${[...new Set(ok)].join(' | ') || 'undefined'} };`;
    })
    .join('\n')}\n}\n\n` +
  `/** The operations of ooapiv5_MBO.yaml, in the order of the specification. */\n` +
  `export const OPERATIONS: readonly OoapiOperation[] = ${JSON.stringify(operations, null, 2)};\n`;
writeFileSync(resolve(outDir, 'operations.ts'), ops);

console.log(
  `generated ${named.size} types, ${operations.length} operations, ${rootTypes.length} body types → ${relative(process.cwd(), outDir)}`,
);
