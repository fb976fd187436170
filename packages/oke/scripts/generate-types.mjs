#!/usr/bin/env node
/**
 * Dev-time generator: NED-OOAPI (OKE MBO-toetsafname, OOAPI v5) YAML → TypeScript.
 *
 * Reads the unbundled `v5/spec.yaml` tree (the source the bundled `ooapiv5_MBO.yaml` is made
 * from with `redocly bundle -d`, see flows/Testing.md) so that every `$ref` keeps its schema's
 * name, and writes
 *   - src/generated/ooapi.ts       one TS type per schema file reachable from spec.yaml, with the
 *                                  spec's constraints as typescript-json-schema JSDoc annotations
 *                                  (@format, @pattern, @minItems, @maxLength, @minimum, @TJS-type
 *                                  integer, @additionalProperties false where the spec closes an
 *                                  object), plus `…MergePatch` variants for PATCH bodies;
 *   - src/generated/operations.ts  the 21 operations (method, path, parameters, request and
 *                                  response body type per status code) as data.
 *
 * OKE profile rules applied here (and nowhere else):
 *   - consumers: in `ConsumerOn*` lists the generic Consumer branch becomes `OtherConsumer`
 *     (consumerKey ≠ "nl-test-admin") and the NL-TEST-ADMIN extension's consumerKey is the
 *     literal "nl-test-admin", so an `nl-test-admin` entry is always checked against its extension.
 *   - PATCH (application/merge-patch+json, RFC 7396 as the spec's PATCH descriptions say):
 *     properties optional; an optional single value may be null (removes it); a list may be
 *     empty (removes it) even when the spec says minItems 1; nested objects are patches too;
 *     list items stay complete objects (merge patch replaces lists whole).
 *   - oneOf is emitted as a TS union (JSON Schema anyOf): typescript-json-schema has no oneOf.
 *
 * Usage: node scripts/generate-types.mjs [path/to/reference/oke] [outDir]
 * Deterministic: same input, byte-identical output.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
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

const isConsumerFile = (f) => f.includes('/consumers/NL-TEST-ADMIN/');
/** A `consumers` list schema (ConsumerOnOffering.yaml, …): in a PATCH its entries are patches keyed by consumerKey. */
const isConsumerList = (f) => /\/ConsumerOn\w+\.yaml$/.test(f);

function jsdoc(lines, indent = '') {
  const ls = lines.filter((l) => l !== undefined && l !== null);
  if (!ls.length) return '';
  const body = ls
    .flatMap((l) => String(l).replace(/\*\//g, '*\\/').split('\n'))
    .map((l) => l.trimEnd())
    .filter((l, i, a) => !(l === '' && (i === 0 || i === a.length - 1)));
  return `${indent}/**\n${body.map((l) => `${indent} *${l ? ' ' + l : ''}`).join('\n')}\n${indent} */\n`;
}

/** The typescript-json-schema annotations that carry a schema's constraints. */
function annotations(s, { patch = false } = {}) {
  const a = [];
  if (!s || typeof s !== 'object' || s.$ref) return a;
  if (s.format && s.format !== 'binary') a.push(`@format ${s.format}`);
  if (s.pattern) a.push(`@pattern ${s.pattern}`);
  for (const k of [
    'minLength',
    'maxLength',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'maxItems',
    'uniqueItems',
  ])
    if (s[k] !== undefined && typeof s[k] !== 'boolean') a.push(`@${k} ${s[k]}`);
    else if (s[k] === true) a.push(`@${k} true`);
  if (s.minItems !== undefined && s.minItems > 0 && !patch) a.push(`@minItems ${s.minItems}`);
  if (s.type === 'integer') a.push('@TJS-type integer');
  if (s.additionalProperties === false) a.push('@additionalProperties false');
  if (s.default !== undefined) a.push(`@default ${JSON.stringify(s.default)}`);
  return a;
}

const hasAnn = (s, o) => annotations(s, o).length > 0;
const propKey = (k) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : JSON.stringify(k));

/**
 * A TS type expression for schema `s` found in `file`. `hint` names hoisted sub-types;
 * `patch` makes it a merge-patch variant.
 */
function expr(s, file, hint, patch = false) {
  if (s === undefined || s === null || s === true) return 'unknown';
  if (s.$ref) {
    const target = resolveRef(file, s.$ref);
    const tn = nameForFile(target);
    return patch ? patchName(tn) : tn;
  }
  if (s.allOf) {
    const parts = s.allOf.map((p, i) => expr(p, file, `${hint}${i}`, patch));
    if (s.properties) parts.push(objectLiteral(s, file, hint, patch));
    return parts.length === 1
      ? parts[0]
      : parts.map((p) => (p.includes('|') ? `(${p})` : p)).join(' & ');
  }
  const alts = s.oneOf ?? s.anyOf;
  if (alts) {
    const okeConsumers = alts.some((x) => x.$ref && isConsumerFile(resolveRef(file, x.$ref)));
    const parts = alts.map((p, i) => {
      if (okeConsumers && p.$ref && resolveRef(file, p.$ref).endsWith('/schemas/Consumer.yaml'))
        return otherConsumer(resolveRef(file, p.$ref));
      if (!p.$ref && hasAnn(p, { patch })) return hoist(p, file, `${hint}Option${i}`, patch);
      return expr(p, file, `${hint}Option${i}`, patch);
    });
    return [...new Set(parts)].join(' | ');
  }
  if (s.enum)
    return (
      s.enum.map((v) => JSON.stringify(v)).join(' | ') +
      (s.nullable && !s.enum.includes(null) ? ' | null' : '')
    );
  let t;
  switch (s.type) {
    case 'string':
      t = 'string';
      break;
    case 'integer':
    case 'number':
      t = 'number';
      break;
    case 'boolean':
      t = 'boolean';
      break;
    case 'array': {
      const it = s.items ?? {};
      // Items are complete: a merge patch replaces a list as a whole (RFC 7396 §2). Except the
      // entries of a `consumers` list, which OKE patches per consumerKey (flow 2.5, flow 4.1).
      const itemPatch = patch && isConsumerList(file);
      const inner =
        !it.$ref && hasAnn(it)
          ? hoist(it, file, `${hint}Item`, itemPatch)
          : expr(it, file, `${hint}Item`, itemPatch);
      t = /^[A-Za-z0-9_]+$/.test(inner) ? `${inner}[]` : `Array<${inner}>`;
      break;
    }
    case 'object':
    default:
      t = s.properties || s.type === 'object' ? objectLiteral(s, file, hint, patch) : 'unknown';
  }
  return s.nullable ? `${t} | null` : t;
}

function objectLiteral(s, file, hint, patch) {
  // consumerKey identifies the entry a consumer patch applies to, so it stays required.
  const req = new Set(patch ? (isConsumerFile(file) ? ['consumerKey'] : []) : (s.required ?? []));
  const lines = [];
  for (const [k, ps] of Object.entries(s.properties ?? {})) {
    let t;
    const consumerKeyLiteral = k === 'consumerKey' && isConsumerFile(file) && !ps.$ref;
    if (consumerKeyLiteral) t = JSON.stringify(CONSUMER_KEY);
    else t = expr(ps, file, `${hint}${pascal(k)}`, patch);
    const optional = !req.has(k);
    // PATCH: null removes an optional single value (not a list: an empty list removes a list).
    if (
      patch &&
      optional &&
      !(s.required ?? []).includes(k) &&
      !t.endsWith('| null') &&
      ps.type !== 'array'
    )
      t = `${t} | null`;
    const desc = ps.description;
    const ann = consumerKeyLiteral
      ? []
      : [...annotations(ps, { patch }), ...liftedFromUnion(ps, file)];
    lines.push(jsdoc([desc, ...ann], '  ') + `  ${propKey(k)}${optional ? '?' : ''}: ${t};`);
  }
  // Open objects stay open: OOAPI objects allow additional properties unless the spec says false.
  return `{\n${lines.join('\n')}\n}`;
}

/**
 * typescript-json-schema drops the annotations of a primitive alias used in a union
 * (`person: personId | Person` loses `format: uuid`). String-, number- and array-only keywords
 * are lifted onto the property when exactly one alternative has that JSON type: JSON Schema
 * applies them to instances of that type only, so the other alternatives are unaffected.
 */
function liftedFromUnion(ps, file) {
  const alts = ps.oneOf ?? ps.anyOf;
  if (!alts) return [];
  const resolved = alts.map((a) => (a.$ref ? load(resolveRef(file, a.$ref)) : a));
  const typeOf = (x) => x.type ?? (x.properties || x.allOf ? 'object' : undefined);
  const out = [];
  const groups = {
    string: ['format', 'pattern', 'minLength', 'maxLength'],
    number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'],
    array: ['minItems', 'maxItems'],
  };
  for (const [type, keys] of Object.entries(groups)) {
    const same = resolved.filter((x) =>
      type === 'number' ? ['number', 'integer'].includes(typeOf(x)) : typeOf(x) === type,
    );
    if (same.length !== 1) continue;
    const x = same[0];
    for (const k of keys)
      if (x[k] !== undefined && !(k === 'format' && x[k] === 'binary')) out.push(`@${k} ${x[k]}`);
  }
  return out;
}

function hoist(s, file, hint, patch) {
  const name = uniqueName(hint);
  named.set(name, { file, schema: s, kind: 'synthetic', patch });
  queue.push(name);
  return name;
}

function uniqueName(base) {
  let n = base;
  for (let i = 2; named.has(n); i++) n = `${base}${i}`;
  return n;
}

function otherConsumer(consumerFile) {
  if (!named.has('OtherConsumer')) {
    const base = load(consumerFile);
    const s = structuredClone(base);
    s.description = `${base.description}\nOKE: an entry for any other consumer than "${CONSUMER_KEY}"; "${CONSUMER_KEY}" entries must match the NL-TEST-ADMIN extension.`;
    s.properties.consumerKey = { ...s.properties.consumerKey, pattern: `^(?!${CONSUMER_KEY}$)` };
    named.set('OtherConsumer', { file: consumerFile, schema: s, kind: 'synthetic' });
    queue.push('OtherConsumer');
  }
  return 'OtherConsumer';
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

function declaration(name) {
  const e = named.get(name);
  const s = e.schema;
  const patch = e.kind === 'patch' || e.patch === true;
  const head = [
    s.description?.trim(),
    e.kind === 'patch'
      ? `JSON merge patch (RFC 7396) of {@link ${e.of}}: every property optional, null removes an optional value, an empty list removes a list.`
      : undefined,
    e.kind !== 'synthetic' || e.file
      ? `Source: NED-OOAPI specification/${relative(refDir, e.file).replace(/\\/g, '/')}`
      : undefined,
  ];
  const plainObject =
    (s.type === 'object' || s.properties) && !s.allOf && !s.oneOf && !s.anyOf && !s.nullable;
  if (plainObject) {
    const lit = objectLiteral(s, e.file, name, patch);
    const ann = s.additionalProperties === false && !patch ? ['@additionalProperties false'] : [];
    return jsdoc([...head, ...ann]) + `export interface ${name} ${lit}\n`;
  }
  const t = expr(s, e.file, name, patch);
  const ann = annotations(s, { patch }).filter((a) => a !== '@additionalProperties false');
  return jsdoc([...head, ...ann]) + `export type ${name} = ${t};\n`;
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
    const bodyType = (schema, suffix, patch) => {
      if (!schema) return null;
      if (schema.$ref) {
        const n = nameForFile(resolveRef(itemFile, schema.$ref));
        return patch ? patchName(n) : n;
      }
      const n = `${opName}${suffix}`;
      named.set(n, { file: itemFile, schema, kind: 'synthetic', patch });
      queue.push(n);
      return n;
    };
    let requestBody = null;
    if (op.requestBody) {
      const [contentType, media] = Object.entries(op.requestBody.content)[0];
      const patch = contentType === 'application/merge-patch+json';
      requestBody = {
        contentType,
        type: bodyType(media.schema, 'Request', patch),
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
        else if (sch) type = bodyType(sch, `Response${status}`, false);
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

// The other consumers' extension schemas, so their examples can be checked too.
const extraTypes = EXTRA.map((f) => nameForFile(resolve(v5, f)));

// Emit every named type reachable from the operations (breadth-first, so order is stable).
const decls = [];
for (let i = 0; i < queue.length; i++) decls.push(declaration(queue[i]));

const header = (what) =>
  `/* eslint-disable */\n// GENERATED by scripts/generate-types.mjs from NED-OOAPI specification/v5 (OOAPI ${spec.info.version}, consumer ${CONSUMER_KEY} V1).\n// Do not edit: change the generator and run \`npm run generate -w @edustandaard/oke\`. ${what}\n\n`;
mkdirSync(outDir, { recursive: true });
writeFileSync(
  resolve(outDir, 'ooapi.ts'),
  header('Types of the OOAPI v5 payloads OKE uses.') + decls.join('\n'),
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

// The same OpenAPI through a maintained generator (openapi-typescript): `paths`, `components`,
// `operations` as the specification states them, without OKE's profile rules. The types above
// (with the merge-patch and consumers rules) are checked against these at compile time
// (test/openapi-types.ts). The unbundled tree is read: the bundled ooapiv5_MBO.yaml repeats
// circular schemas as YAML aliases, on which the generator's resolver recurses without end.
const ast = await openapiTS(new URL(`file://${resolve(v5, 'spec.yaml')}`), { alphabetize: true });
writeFileSync(
  resolve(outDir, 'openapi.ts'),
  header('Types of ooapiv5 (specification/v5/spec.yaml) by openapi-typescript.') + astToString(ast),
);
console.log(
  `generated ${named.size} types, ${operations.length} operations, ${rootTypes.length} body types → ${relative(process.cwd(), outDir)}`,
);
