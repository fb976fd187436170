/**
 * Shared by the build (build-schemas.mjs) and the drift test: the JSON Schemas of the OKE
 * messages, taken from the NED-OOAPI OpenAPI files directly (#14).
 *
 * The unbundled `v5/spec.yaml` tree is the source `ooapiv5_MBO.yaml` is bundled from
 * (`redocly bundle -d`, flows/Testing.md); it is resolved with @apidevtools/json-schema-ref-parser,
 * and every schema file becomes one definition named after its file, so shared schemas are
 * compiled once and findings can name them. OpenAPI 3.0 schema objects are turned into draft-07
 * JSON Schema without losing a constraint:
 *   - `allOf` stays `allOf` (a `required` list in a member without properties is kept);
 *   - `oneOf` stays `oneOf`, `anyOf` stays `anyOf`;
 *   - `nullable: true` becomes a `null` type / enum member;
 *   - readOnly / writeOnly per direction (OpenAPI 3.0.3 §4.7.25): a readOnly property is not
 *     required in a request, a writeOnly one not in a response; every definition therefore
 *     exists in a response view (`Name`) and, where a request reaches it, a request view
 *     (`request.Name`);
 *   - examples, discriminators and `x-` extensions are dropped (they are not constraints).
 *
 * OKE profile rules applied here, and nowhere else (each is a divergence from the plain
 * OpenAPI reading, stated in data in src/data/schema-profile.ts):
 *   - consumers: a `ConsumerOn*` list says `anyOf: [Consumer, nl-test-admin-X]`; since Consumer is
 *     an open object every entry matches it, and the extension would never be checked. An entry
 *     with consumerKey "nl-test-admin" is checked against the extension (`if`/`then`/`else`), any
 *     other against Consumer; the extension's consumerKey is the literal "nl-test-admin".
 *   - PATCH (application/merge-patch+json, RFC 7396, as the spec's PATCH descriptions say): the
 *     body is a patch view (`patch.Name`): nothing required except a consumer entry's
 *     consumerKey, null removes an optional single value, an empty list removes a list; list
 *     items stay complete objects (request view) except `consumers` entries, which OKE patches
 *     per consumerKey (flow 2.5, flow 4.1).
 *
 * Deterministic: same input, byte-identical output.
 */
import { readFileSync } from 'node:fs';
import { resolve, dirname, basename } from 'node:path';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { parse as parseYaml } from 'yaml';
import { SCHEMA_BASE as SCHEMAS } from '@edustandaard/codegen/schema';

/**
 * Base of every oke schema's `$id`: the one scheme of all packages (#15),
 * `https://edustandaard.github.io/edustandaard-ts/schemas/<package>/<file>.json`, where the site
 * serves the file; `$ref`s inside a file are relative (`#/definitions/<Type>`), so a schema
 * resolves offline. The scheme is the one of every package (@edustandaard/codegen/schema).
 */
export const SCHEMA_BASE = `${SCHEMAS}oke/`;
/** `$id` of the combined schema; validators reference `${SCHEMA_ID}#/definitions/<Type>`. */
export const SCHEMA_ID = `${SCHEMA_BASE}oke-ooapi-v5.json`;
export const CONSUMER_KEY = 'nl-test-admin';
/** `$comment` prefix that names an alternative (oneOf/anyOf) for schema-findings.ts. */
export const ALT_COMMENT = 'oke-alternative ';

/** Payload types shipped as their own schema file besides the request/response bodies. */
export const PAYLOAD_TYPES = [
  'Component',
  'Offering',
  'ComponentOffering',
  'ProgramOffering',
  'CourseOffering',
  'Association',
  'ComponentOfferingAssociation',
  'ComponentOfferingAssociationExpanded',
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

/** The other consumers' extension schemas, so their examples can be checked too. */
export const EXTRA = [
  'consumers/RIO/V1/Course.yaml',
  'consumers/RIO/V1/EducationSpecification.yaml',
  'consumers/RIO/V1/Program.yaml',
  'consumers/RIO/V1/RIO-Offering.yaml',
  'consumers/TEST/V1/TestConsumer.yaml',
];

/** `nl-test-admin-Offering.yaml` → `NlTestAdminOffering`. */
export const pascal = (s) =>
  s
    .replace(/\.yaml$/, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

/** Schema file → type name (same names as scripts/generate-types.mjs gives the TS types). */
export function typeNameOfFile(file) {
  let name = pascal(basename(file));
  const m = /\/consumers\/([^/]+)\/V\d+\/[^/]+$/.exec(file);
  if (m && m[1] !== 'NL-TEST-ADMIN') {
    const prefix = pascal(m[1].toLowerCase());
    name = prefix + pascal(basename(file).replace(new RegExp(`^${m[1]}-`, 'i'), ''));
    if (name === `${prefix}${prefix}Consumer`) name = `${prefix}Consumer`;
  }
  return name;
}

/** Offering / association kind → the type field and value that select it (see discriminate()). */
export const DISCRIMINATORS = {
  ProgramOfferingAssociation: ['associationType', 'programOfferingAssociation'],
  ProgramOfferingAssociationExpanded: ['associationType', 'programOfferingAssociation'],
  CourseOfferingAssociation: ['associationType', 'courseOfferingAssociation'],
  CourseOfferingAssociationExpanded: ['associationType', 'courseOfferingAssociation'],
  ComponentOfferingAssociation: ['associationType', 'componentOfferingAssociation'],
  ComponentOfferingAssociationExpanded: ['associationType', 'componentOfferingAssociation'],
  ProgramOffering: ['offeringType', 'program'],
  CourseOffering: ['offeringType', 'course'],
  ComponentOffering: ['offeringType', 'component'],
};

const isConsumerFile = (f) => f.includes('/consumers/NL-TEST-ADMIN/');
const isConsumerList = (f) => /\/ConsumerOn\w+\.yaml$/.test(f);
const isGenericConsumer = (f) => f.endsWith('/schemas/Consumer.yaml');
const DROP = new Set(['example', 'examples', 'discriminator', 'xml', 'externalDocs', 'nullable']);
const KEEP_FORMAT = (f) => f !== 'binary';

/**
 * @param refDir - the reference/oke folder (holds v5/spec.yaml)
 * @param opsText - text of src/generated/operations.ts (the body type names)
 * @param options - payload types shipped besides the bodies, other consumers' extension files
 * @returns the combined schema, the per-root files, the validator export map and the
 *   alternatives (oneOf/anyOf) whose branches get validators of their own
 */
export async function buildOpenApiSchemas(
  refDir,
  opsText,
  { payloadTypes = PAYLOAD_TYPES, extra = EXTRA } = {},
) {
  const v5 = resolve(refDir, 'v5');
  const specFile = resolve(v5, 'spec.yaml');
  // The `yaml` package reads a few files of the reference that the ref parser's default YAML
  // reader (js-yaml) rejects (flow-style lists with deficient indentation in path examples).
  const options = {
    parse: {
      yaml: {
        order: 1,
        canParse: ['.yaml', '.yml'],
        parse: (file) => parseYaml(String(file.data)),
      },
    },
  };
  // spec.yaml and the other consumers' extensions (not reachable from spec.yaml).
  const sets = [];
  for (const f of [specFile, ...extra.map((e) => resolve(v5, e))])
    sets.push(await new $RefParser().resolve(f, options));
  const load = (file) => {
    for (const $refs of sets) if ($refs.exists(file)) return $refs.get(file);
    throw new Error(`unresolved file ${file}`);
  };
  const target = (fromFile, ref) => {
    const [p, pointer] = ref.trim().split('#');
    if (pointer) throw new Error(`JSON pointer refs are not supported: ${ref} in ${fromFile}`);
    return resolve(dirname(fromFile), p);
  };

  /** definition key → converted schema; `fileOf` name → file. */
  const defs = new Map();
  const fileOf = new Map();
  const queue = [];
  const defKey = (name, view) => (view === 'response' ? name : `${view}.${name}`);
  /** Schedules a named schema (file or inline body) for conversion in a view; returns its $ref. */
  function want(name, file, schema, view) {
    const prev = fileOf.get(name);
    if (prev && prev.file !== file) throw new Error(`name clash ${name}: ${prev.file} / ${file}`);
    if (!prev) fileOf.set(name, { file, schema });
    const key = defKey(name, view);
    if (!defs.has(key)) {
      defs.set(key, null);
      queue.push({ key, name, view });
    }
    return { $ref: `#/definitions/${key}` };
  }
  const refTo = (file, view) => want(typeNameOfFile(file), file, load(file), view);

  /** Resolves `$ref`s (one level at a time) for the allOf bookkeeping below. */
  const deref = (s, file) => {
    while (s && s.$ref) {
      file = target(file, s.$ref);
      s = load(file);
    }
    return { s, file };
  };
  /** Every property schema an object (with its allOf members) declares. */
  function propsOf(s0, file0, out = new Map()) {
    const { s, file } = deref(s0, file0);
    if (!s || typeof s !== 'object') return out;
    for (const [k, p] of Object.entries(s.properties ?? {})) {
      // A readOnly / writeOnly beside a $ref (Offering.primaryCode, Person.primaryCode,
      // Association.remoteState) is ignored: OpenAPI 3.0.3 §4.7.23 says a Reference Object's
      // other properties SHALL be ignored, and the flows send these fields in requests (flow 2.1
      // example: primaryCode). Recorded in src/data/schema-profile.ts.
      const r = p.$ref ? (deref(p, file).s ?? {}) : p;
      out.set(k, { readOnly: r.readOnly, writeOnly: r.writeOnly });
    }
    for (const m of s.allOf ?? []) propsOf(m, file, out);
    return out;
  }
  function requiredOf(s0, file0, out = new Set()) {
    const { s, file } = deref(s0, file0);
    if (!s || typeof s !== 'object') return out;
    for (const r of s.required ?? []) out.add(r);
    for (const m of s.allOf ?? []) requiredOf(m, file, out);
    return out;
  }

  /**
   * @param s - OpenAPI schema object
   * @param file - the file it sits in (for relative $refs)
   * @param view - 'response' | 'request' | 'patch'
   * @param ctx - { props, required } of the enclosing allOf (for members without properties)
   */
  function convert(s, file, view, ctx) {
    if (s === true || s === undefined) return {};
    if (s === null || typeof s !== 'object' || Array.isArray(s)) return s;
    if (s.$ref) {
      const f = target(file, s.$ref);
      return refTo(f, view);
    }
    const out = {};
    const props =
      s.allOf || s.properties ? propsOf(s, file, new Map(ctx?.props ?? [])) : ctx?.props;
    const req = s.allOf ? requiredOf(s, file, new Set(ctx?.required ?? [])) : ctx?.required;
    for (const [k, v] of Object.entries(s)) {
      if (DROP.has(k) || k.startsWith('x-')) continue;
      switch (k) {
        case 'allOf':
          out.allOf = v.map((m) => convert(m, file, view, { props, required: req }));
          break;
        case 'oneOf':
        case 'anyOf': {
          const consumers = v.some((x) => x.$ref && isConsumerFile(target(file, x.$ref)));
          const generic = v.find((x) => x.$ref && isGenericConsumer(target(file, x.$ref)));
          if (consumers && generic && v.length === 2) {
            // Profile rule (consumers): dispatch on consumerKey instead of an open alternative.
            const ext = v.find((x) => x !== generic);
            out.if = {
              type: 'object',
              properties: { consumerKey: { const: CONSUMER_KEY } },
              required: ['consumerKey'],
            };
            out.then = convert(ext, file, view);
            out.else = convert(generic, file, view);
          } else out[k] = v.map((m) => discriminate(m, convert(m, file, view), file, view));
          break;
        }
        case 'not':
        case 'additionalProperties':
          out[k] = typeof v === 'object' ? convert(v, file, view) : v;
          break;
        case 'items': {
          // A merge patch replaces a list whole: items are complete objects (request view),
          // except `consumers` entries, patched per consumerKey.
          const itemView = view === 'patch' && !isConsumerList(file) ? 'request' : view;
          // RIO/V1 Course and Program say `items: string` (not a schema object): read as the type
          // name it plainly means (recorded in src/data/schema-profile.ts).
          out.items = typeof v === 'string' ? { type: v } : convert(v, file, itemView);
          break;
        }
        case 'properties': {
          const own = new Set(s.required ?? []);
          out.properties = {};
          for (const [pk, ps] of Object.entries(v)) {
            let c = convert(ps, file, view);
            if (pk === 'consumerKey' && isConsumerFile(file) && !ps.$ref)
              c = { ...c, const: CONSUMER_KEY };
            if (view === 'patch' && !own.has(pk) && !req?.has(pk) && pk !== 'consumerKey') {
              const r = deref(ps, file).s ?? {};
              if (r.type === 'array') delete c.minItems;
              else c = nullable(c);
            }
            out.properties[pk] = c;
          }
          break;
        }
        case 'required': {
          let r = v;
          if (view === 'patch')
            r =
              isConsumerFile(file) || isGenericConsumer(file)
                ? v.filter((x) => x === 'consumerKey')
                : [];
          const skip = view === 'response' ? 'writeOnly' : 'readOnly';
          r = r.filter((x) => !(props?.get(x)?.[skip] === true));
          if (r.length) out.required = r;
          break;
        }
        case 'format':
          if (KEEP_FORMAT(v)) out.format = v;
          break;
        case 'minItems':
          if (!(view === 'patch' && s.type === 'array')) out.minItems = v;
          break;
        default:
          out[k] = v;
      }
    }
    if (s.nullable === true) return nullable(out);
    return out;
  }
  /**
   * Profile rule (alternatives): the spec's oneOf between the offering / association kinds has no
   * discriminator, and the kinds overlap (a component association also matches
   * ProgramOfferingAssociation), so a strict oneOf would reject every valid message. Each such
   * branch is bound to its value of the type field the spec defines for it (`associationType`,
   * `offeringType`), which makes the branches exclusive as oneOf means them to be.
   */
  function discriminate(m, c, file, view) {
    const member = m.$ref ? m : (m.allOf ?? []).find((x) => x.$ref);
    const name = member ? typeNameOfFile(target(file, member.$ref)) : undefined;
    const d = name ? DISCRIMINATORS[name] : undefined;
    if (!d) return c;
    const [prop, value] = d;
    return {
      title: m.title ?? name,
      allOf: [
        {
          type: 'object',
          ...(view === 'patch' ? {} : { required: [prop] }),
          properties: { [prop]: { const: value } },
        },
        c,
      ],
    };
  }
  function nullable(c) {
    if (typeof c.type === 'string' && !c.$ref && !c.allOf && !c.oneOf && !c.anyOf && !c.if) {
      const r = { ...c, type: [c.type, 'null'] };
      if (Array.isArray(c.enum) && !c.enum.includes(null)) r.enum = [...c.enum, null];
      return r;
    }
    return { anyOf: [{ type: 'null' }, c] };
  }

  // ---- operations: the bodies, named as generate-types.mjs names them ----
  const spec = load(specFile);
  /** root name → { request?: defKey, response?: defKey } */
  const roots = new Map();
  const root = (name, dir, ref) => {
    const e = roots.get(name) ?? {};
    e[dir] = ref.$ref.slice('#/definitions/'.length);
    roots.set(name, e);
  };
  for (const item of Object.values(spec.paths)) {
    const itemFile = item.$ref ? target(specFile, item.$ref) : specFile;
    const pi = item.$ref ? load(itemFile) : item;
    for (const method of ['get', 'put', 'patch', 'post', 'delete']) {
      const op = pi[method];
      if (!op) continue;
      const opName = pascal(op.operationId);
      const body = (schema, suffix, view, file) => {
        if (schema.$ref) {
          const f = target(file, schema.$ref);
          const ref = refTo(f, view);
          return [view === 'patch' ? `${typeNameOfFile(f)}MergePatch` : typeNameOfFile(f), ref];
        }
        const n = `${opName}${suffix}`;
        return [n, want(n, file, schema, view)];
      };
      if (op.requestBody) {
        const [ct, media] = Object.entries(op.requestBody.content)[0];
        const view = ct === 'application/merge-patch+json' ? 'patch' : 'request';
        const [n, ref] = body(media.schema, 'Request', view, itemFile);
        root(n, 'request', ref);
      }
      for (const [status, r0] of Object.entries(op.responses)) {
        const rf = r0.$ref ? target(itemFile, r0.$ref) : itemFile;
        const r = r0.$ref ? load(rf) : r0;
        const content = r.content ? Object.values(r.content)[0] : undefined;
        const sch = content?.schema;
        if (!sch || sch.format === 'binary') continue;
        const [n, ref] = body(sch, `Response${status}`, 'response', rf);
        root(n, 'response', ref);
      }
    }
  }
  const bodyTypes = JSON.parse(/BODY_TYPES = (\[[\s\S]*?\]) as const/.exec(opsText)[1]);
  const missing = bodyTypes.filter((t) => !roots.has(t));
  const unknown = [...roots.keys()].filter((t) => !bodyTypes.includes(t));
  if (missing.length || unknown.length)
    throw new Error(
      `body types differ from src/generated/operations.ts: missing ${missing}, extra ${unknown}`,
    );
  // Payload types and other consumers' extensions: response view (the complete object).
  const byName = new Map();
  const visit = (s, file, seen = new Set()) => {
    if (!s || typeof s !== 'object' || seen.has(s)) return;
    seen.add(s);
    if (typeof s.$ref === 'string' && !s.$ref.startsWith('#')) {
      const f = target(file, s.$ref);
      if (!seen.has(f)) {
        seen.add(f);
        if (/\/(schemas|consumers)\//.test(f) && !f.includes('/examples/'))
          byName.set(typeNameOfFile(f), f);
        visit(load(f), f, seen);
      }
      return;
    }
    for (const v of Object.values(s)) visit(v, file, seen);
  };
  visit(spec, specFile);
  for (const f of extra) byName.set(typeNameOfFile(resolve(v5, f)), resolve(v5, f));
  const payload = [...payloadTypes, ...extra.map((f) => typeNameOfFile(resolve(v5, f)))];
  for (const n of payload) {
    const f = byName.get(n);
    if (!f) throw new Error(`payload type ${n} has no schema file`);
    root(n, 'response', refTo(f, 'response'));
  }

  for (let i = 0; i < queue.length; i++) {
    const { key, name, view } = queue[i];
    const { file, schema } = fileOf.get(name);
    const c = convert(schema, file, view);
    c.description = [
      c.description?.trim(),
      `Source: NED-OOAPI specification/${file.slice(resolve(refDir).length + 1).replace(/\\/g, '/')}${view === 'response' ? '' : ` (${view} view)`}`,
    ]
      .filter(Boolean)
      .join('\n');
    defs.set(key, c);
  }
  const definitions = Object.fromEntries([...defs.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  const combined = sortKeys({
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    description: `OKE (NED-OOAPI, OOAPI ${spec.info.version}, consumer ${CONSUMER_KEY} V1) message schemas, taken from the OpenAPI files; generated by @edustandaard/oke.`,
    definitions,
  });

  // Alternatives: every oneOf/anyOf gets one validator per branch, so a report can list each
  // branch's errors apart (schema-findings.ts).
  const alternatives = {};
  for (const [key, d] of Object.entries(combined.definitions)) {
    const walk = (s, ptr) => {
      if (!s || typeof s !== 'object') return;
      if (Array.isArray(s)) return s.forEach((x, i) => walk(x, `${ptr}/${i}`));
      for (const kw of ['oneOf', 'anyOf'])
        if (Array.isArray(s[kw]) && !isNullWrapper(s[kw])) {
          alternatives[`${ptr}/${kw}`] = s[kw].map((b, i) => ({
            pointer: `${ptr}/${kw}/${i}`,
            title: b.title ?? (b.$ref ? b.$ref.split('/').pop() : b.type ? String(b.type) : `${i}`),
          }));
          // Names the alternative in a (verbose) ajv error's parentSchema.
          s.$comment = `${ALT_COMMENT}${ptr}/${kw}`;
        }
      for (const [k, v] of Object.entries(s)) walk(v, `${ptr}/${esc(k)}`);
    };
    walk(d, `#/definitions/${esc(key)}`);
  }

  // The per-type files merge each allOf of plain objects into one object (flattenAllOf), so code
  // generators work. The validators compile `combined` as it is (the same constraints, without
  // duplicating the shared definitions' code in every kind of offering), and the bundle
  // oke-ooapi-v5.json keeps the OpenAPI structure (one definition per schema file, which the
  // derivation map of src/central names): KNOWN_LIMITS `bundle-allOf`.
  const published = { ...combined, definitions: flattenAllOf(combined.definitions) };
  const files = {};
  files['oke-ooapi-v5.json'] = JSON.stringify(combined, null, 2) + '\n';
  files['known-limits.json'] = JSON.stringify(KNOWN_LIMITS, null, 2) + '\n';
  const rootNames = [...roots.keys()].sort();
  for (const n of rootNames) {
    const e = roots.get(n);
    for (const [dir, key] of Object.entries(e)) {
      const fname = dir === 'request' && e.response ? `${n}.request.json` : `${n}.json`;
      files[fname] = JSON.stringify(standaloneFile(published, key, fname), null, 2) + '\n';
    }
  }
  return { files, combined, roots, rootNames, alternatives };
}

/**
 * What `check()` enforces that the published JSON Schemas do not, and what a code generator
 * (quicktype → Java → javac, test/other-toolchain.test.ts) cannot make of them (#15), shipped as
 * `schema/known-limits.json` for the site. `schemas` lists the files an entry is about (`*`: all).
 */
export const KNOWN_LIMITS = {
  $id: `${SCHEMA_BASE}known-limits.json`,
  description:
    'What @edustandaard/oke check() enforces beyond the JSON Schemas in schema/, and what code generators make of them. A message that passes a schema can still get these findings.',
  limits: [
    {
      id: 'flow-duties',
      schemas: ['*'],
      what: 'De plichten van de stromen (OKE_DUTIES): aanwezigheid vóór een resultaat, annuleren via de status, resultaten alleen voor wat via OKE gepland is, identificatoren (geen BSN, ECK iD-formaat, de Edu-V-selectie).',
      why: 'They depend on the interaction and on other fields or earlier messages; they are data of @edustandaard/oke (OKE_DUTIES, DUTY_EXAMPLES), checked by check(), the reference servers and the kit.',
      validatorCode: 'OKE.F2.*, OKE.F3.*, OKE.F4.*, OKE.F5.*, OKE.ID.*, OKE.KETEN.*',
    },
    {
      id: 'consumers-dispatch',
      schemas: [
        'ConsumerOnAssociation.json',
        'ConsumerOnComponent.json',
        'ConsumerOnOffering.json',
        'ConsumerOnPerson.json',
        'ConsumerOnResult.json',
      ],
      what: 'Een consumers-element met consumerKey "nl-test-admin" moet aan de NL-TEST-ADMIN-extensie voldoen (if/then/else in het schema). quicktype leest if/then/else niet: de lijst wordt List<Object> / Object[] (ook het consumers-veld van de andere typen), en deze bestanden geven zelf geen klasse.',
      why: 'JSON Schema has no other way to pick the extension by a field value without rejecting other consumers (OOAPI says anyOf [Consumer, extension], which every entry passes, SCHEMA_READINGS). For Java, generate NlTestAdmin*.json and map the entry with consumerKey "nl-test-admin" to it.',
      validatorCode: 'OKE.SCHEMA.* at /consumers/<n>/…',
    },
    {
      id: 'string-root',
      schemas: ['Url.json'],
      what: 'Een URL als tekst: er is geen klasse te maken (in Java een String).',
      why: 'The response body of GET /associations/{id}/url is a string.',
      validatorCode: 'OKE.SCHEMA.type, OKE.SCHEMA.format',
    },
    {
      id: 'allOf-merged',
      schemas: ['*'],
      what: 'In de bestanden per type is elke allOf van gewone objecten (OOAPI: allOf [Id, Properties, {required}]) samengevoegd tot één object; de beperkingen zijn dezelfde, naar de definities van de delen (OfferingId, …) wordt daar niet meer verwezen.',
      why: 'quicktype fails with "Unknown type intersection" on a recursive allOf (Component → Course → CourseProperties → Course); the merged object is the same constraint (test/other-toolchain.test.ts compares each file with the validators).',
      validatorCode: 'OKE.SCHEMA.*',
    },
    {
      id: 'bundle-allOf',
      schemas: ['oke-ooapi-v5.json'],
      what: 'De bundel met alle definities houdt de structuur van de OpenAPI-bestanden (allOf [Id, Properties, {required}], één definitie per schemabestand); quicktype faalt erop met "Unknown type intersection". Gebruik voor codegeneratie de bestanden per type.',
      why: 'The bundle is what the validators compile and what the derivation map (OKE_DERIVATIONS) names element by element; the per-type files carry the same constraints with each allOf merged.',
      validatorCode: 'OKE.SCHEMA.*',
    },
    {
      id: 'class-names',
      schemas: ['*'],
      what: 'Alternatieven zonder eigen naam (de soorten aanbod en inschrijving, Identifier | object) krijgen van quicktype gegenereerde klassennamen. Het veld organization (en person) is in OOAPI op elke plek een eigen oneOf [Identifier, Organization] met een eigen beschrijving; quicktype maakt daarvan per plek een klasse (Organization1 … Organization32, Person1) als alle bestanden in één keer worden omgezet.',
      why: 'The OpenAPI files give these unions no name; quicktype invents one per union, and numbers the per-place unions of the expandable organization/person fields.',
      validatorCode: 'OKE.SCHEMA.oneOf, OKE.SCHEMA.anyOf',
      classes: ['Organization', 'Person'],
    },
  ],
};

/** Keywords a plain object schema may have for its `allOf` to be merged into one object. */
const PLAIN_OBJECT = new Set(['type', 'properties', 'required', 'description', 'title']);
const isPlainObject = (s) =>
  s &&
  typeof s === 'object' &&
  !Array.isArray(s) &&
  (s.type === undefined || s.type === 'object') &&
  Object.keys(s).every((k) => PLAIN_OBJECT.has(k));

/**
 * Merges an `allOf` of plain objects (OpenAPI's `allOf: [$ref Id, $ref Properties, {required}]`)
 * into one object, the members' `$ref`s inlined: `properties` joined (a property two members
 * declare differently becomes the `allOf` of both), `required` joined, `type: object` when a
 * member says so. For plain objects (no `additionalProperties`, no alternatives) that is the same
 * constraint (JSON Schema: allOf is the conjunction, and properties/required apply per name), so
 * ajv's verdicts stay as they were; code generators then see one class instead of an intersection
 * — quicktype fails with "Unknown type intersection" on a recursive allOf (Component → Course →
 * CourseProperties → …), #15. An allOf with any other member is left as it is.
 */
function flattenAllOf(definitions) {
  const out = {};
  const state = new Map(); // key → 'busy' | merged schema
  const keyOf = (ref) =>
    ref.startsWith('#/definitions/') ? ref.slice('#/definitions/'.length) : undefined;
  const flatDef = (key) => {
    if (state.get(key) === 'busy') return undefined; // an allOf through itself: keep the $ref
    if (state.has(key)) return state.get(key);
    state.set(key, 'busy');
    const r = flat(definitions[key]);
    state.set(key, r);
    return r;
  };
  const flat = (s0) => {
    if (!s0 || typeof s0 !== 'object') return s0;
    if (Array.isArray(s0)) return s0.map(flat);
    // Nested schemas first (properties, items, alternatives: the offering kinds are allOfs too).
    const s = Object.fromEntries(Object.entries(s0).map(([k, v]) => [k, flat(v)]));
    if (!Array.isArray(s.allOf)) return s;
    const { allOf, ...outer } = s;
    const members = allOf.map((m) => (m?.$ref && keyOf(m.$ref) ? flatDef(keyOf(m.$ref)) : m));
    if (!isPlainObject(outer) || !members.every(isPlainObject)) return s;
    const properties = {};
    const required = [];
    let object = outer.type === 'object';
    for (const m of [...members, outer]) {
      object ||= m.type === 'object';
      for (const [k, v] of Object.entries(m.properties ?? {}))
        properties[k] =
          k in properties && JSON.stringify(properties[k]) !== JSON.stringify(v)
            ? { allOf: [properties[k], v] }
            : v;
      for (const r of m.required ?? []) if (!required.includes(r)) required.push(r);
    }
    return {
      ...(outer.description ? { description: outer.description } : {}),
      ...(outer.title ? { title: outer.title } : {}),
      ...(object ? { type: 'object' } : {}),
      properties,
      ...(required.length ? { required } : {}),
    };
  };
  for (const key of Object.keys(definitions)) out[key] = flatDef(key);
  return out;
}

const isNullWrapper = (alts) => alts.length === 2 && alts[0]?.type === 'null' && !alts[0].$ref;
const esc = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** One root as a self-contained file: the root inline, with the definitions it reaches. */
function standaloneFile(combined, key, fname) {
  const reach = new Set();
  const walk = (s) => {
    if (!s || typeof s !== 'object') return;
    if (typeof s.$ref === 'string') {
      const k = s.$ref.slice('#/definitions/'.length);
      if (!reach.has(k)) {
        reach.add(k);
        walk(combined.definitions[k]);
      }
    }
    for (const v of Object.values(s)) if (v && typeof v === 'object') walk(v);
  };
  walk(combined.definitions[key]);
  const definitions = Object.fromEntries(
    [...reach].sort().map((k) => [k, combined.definitions[k]]),
  );
  return sortKeys({
    $schema: combined.$schema,
    $id: `${SCHEMA_BASE}${fname}`,
    ...combined.definitions[key],
    ...(reach.size ? { definitions } : {}),
  });
}

/** Sorted keys for byte-stable output; `enum`/`required`/lists keep their order. */
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (!v || typeof v !== 'object') return v;
  return Object.fromEntries(
    Object.keys(v)
      .sort()
      .map((k) => [k, sortKeys(v[k])]),
  );
}

/** The reference folder default, relative to the package (../shared/reference/oke from the repo). */
export function defaultRefDir(pkg) {
  return resolve(pkg, '../../../shared/reference/oke');
}

/** Reads src/generated/operations.ts. */
export function readOps(pkg) {
  return readFileSync(resolve(pkg, 'src/generated/operations.ts'), 'utf8');
}
