/**
 * Shared by the build (build-schemas.mjs) and the drift test: JSON Schema per OSO version from the
 * generated TS types (src/generated/types-<v>.ts, type `Dossier`) with typescript-json-schema.
 * Deterministic: keys sorted, stable settings.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as TJS from 'typescript-json-schema';
import { schemaId as packageSchemaId } from '@edustandaard/codegen/schema';

export const VERSIONS = ['2019.1', '2024.1'];
/**
 * `$id` of a version's schema: one scheme for every package, `…/schemas/<package>/<file>.json`, the
 * place the site serves it (#15 item 3). `$ref`s inside are relative (`#/definitions/…`), so the file
 * resolves offline in any validator or code generator.
 */
export const schemaId = (v) => packageSchemaId('oso', `oso-${v}.json`);

/** A map of attribute name → value, where TypeScript's `Record<string,string>` gave an empty object. */
const ATTRIBUTE_MAP = {
  type: 'object',
  description: 'Attribute name → value, as written in the XML.',
  additionalProperties: { type: 'string' },
};

/**
 * Definition names a code generator turns into good class names (#15 item 3): typescript-json-schema
 * names `Record<string,string>` literally (breaks quicktype and @cfworker/json-schema). The types
 * generator already names an element's anonymous type `…Element` when a named XSD type has its name
 * (`LeerlingElement` is the type of `<leerling>`, `Leerling` is `leerlingType`); a numbered
 * anonymous type that still slips through becomes `…Element` here too.
 * @param definitions - the schema's definitions
 * @returns old name → new name
 */
function definitionNames(definitions, source) {
  const names = {};
  // The types file documents an element's anonymous type as `XSD: @<element>` (typescript-json-schema
  // drops that line: `@` starts a JSDoc tag), so the names are read from the source.
  const anonymous = new Set(
    [...source.matchAll(/XSD: @\w+ \(OSO [^)]*\)\.\n \*\/\nexport interface (\w+)/g)].map(
      (m) => m[1],
    ),
  );
  for (const name of Object.keys(definitions)) {
    if (name === 'Record<string,string>') names[name] = 'AttributeMap';
    const m = /^(.*[a-z])\d+$/.exec(name);
    if (m && anonymous.has(name)) names[name] = `${m[1]}Element`;
  }
  for (const [from, to] of Object.entries(names))
    if (to in definitions) throw new Error(`schema: renaming ${from} to ${to} would hide a type`);
  return names;
}

/** Relative `$ref`s and the names of {@link definitionNames}; typed attribute maps. */
function publishable(schema, id, source) {
  const names = definitionNames(schema.definitions, source);
  const ref = (r) => {
    const local = r.startsWith(`${id}#`) ? r.slice(id.length) : r;
    const m = /^#\/definitions\/(.+)$/.exec(local);
    if (!m) return local;
    const name = decodeURIComponent(m[1]);
    return `#/definitions/${names[name] ?? name}`;
  };
  const walk = (v) => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [
        k,
        k === '$ref' && typeof x === 'string' ? ref(x) : walk(x),
      ]),
    );
  };
  const out = walk(schema);
  out.definitions = Object.fromEntries(
    Object.entries(out.definitions).map(([k, d]) =>
      k === 'Record<string,string>' ? ['AttributeMap', ATTRIBUTE_MAP] : [names[k] ?? k, d],
    ),
  );
  return out;
}

const sortKeys = (v) => {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (!v || typeof v !== 'object') return v;
  const keys = Object.keys(v).filter((k) => !(v.$ref && k === 'additionalProperties'));
  return Object.fromEntries(keys.sort().map((k) => [k, sortKeys(v[k])]));
};

/** A JSON array literal of a generated data file (`export const X: … = [ … ];`). */
function generatedArray(pkg, file) {
  const text = readFileSync(resolve(pkg, file), 'utf8');
  return JSON.parse(text.slice(text.indexOf('= [') + 2, text.lastIndexOf(']') + 1));
}

/** The schema node of an element path (object schema after `$ref` and array items). */
function nodeAt(schema, path) {
  const deref = (node) =>
    node?.$ref ? schema.definitions[node.$ref.slice('#/definitions/'.length)] : node;
  let node = schema;
  for (const step of path.split('/').slice(2)) {
    node = deref(node);
    if (node?.type === 'array') node = deref(node.items);
    node = node?.properties?.[step];
    if (!node) return undefined;
  }
  node = deref(node);
  return node?.type === 'array' ? deref(node.items) : node;
}

/**
 * Every xs:choice as `oneOf` on its parent's schema (#15 item 3): one of the members, or none of them.
 * "None" stays allowed: the element table does not carry the choice's own minOccurs (the official
 * examples have neither `bsn` nor `onderwijsnummer`), so a required choice is a known limit.
 */
function addChoices(schema, rows) {
  const groups = new Map();
  for (const r of rows) if (r.choice) groups.set(r.choice, [...(groups.get(r.choice) ?? []), r]);
  const done = new Set();
  for (const [id, members] of groups) {
    const parent = nodeAt(schema, members[0].parent);
    if (!parent?.properties) throw new Error(`schema: no object schema for the parent of ${id}`);
    if (done.has(parent) && parent.allOf?.some((x) => x.description === id)) continue;
    done.add(parent);
    const names = members.map((m) => m.name);
    const oneOf = names.map((n) => ({ required: [n] }));
    oneOf.push({ not: { anyOf: names.map((n) => ({ required: [n] })) } });
    parent.allOf = [...(parent.allOf ?? []), { description: id, oneOf }];
    // Required members of a choice are not required on their own.
    if (parent.required) parent.required = parent.required.filter((n) => !names.includes(n));
  }
}

/**
 * The numbered, enforced code lists of a version (src/generated/codelijsten-<v>.ts holds them as a
 * JSON array literal, written by generate-from-xsd.mjs).
 */
function codeLists(pkg, v) {
  return generatedArray(pkg, `src/generated/codelijsten-${v}.ts`).filter((l) => l.id && l.actief);
}

/**
 * Code lists as `enum` (#15 item 3): the leaf schema of each element path of an enforced numbered
 * list gets the codes, and its labels in `x-enumNames` (where the list has labels). A schema node
 * shared by paths with different lists keeps no enum and is reported in `conflicts`.
 */
function addCodeLists(schema, lists) {
  const leafOf = (path) => {
    const node = nodeAt(schema, path);
    // Simple content with attributes: the value is `$value`.
    const leaf = node?.properties?.$value ?? node;
    return leaf?.type === 'string' ? leaf : undefined;
  };
  const owner = new Map();
  const conflicts = [];
  for (const list of lists)
    for (const path of list.paths) {
      const leaf = leafOf(path);
      if (!leaf) continue;
      const prev = owner.get(leaf);
      if (prev && prev !== list.id) {
        conflicts.push(`${path}: ${prev} and ${list.id}`);
        continue;
      }
      owner.set(leaf, list.id);
      leaf.enum = list.codes.map((c) => c.code);
      if (list.codes.some((c) => c.label))
        leaf['x-enumNames'] = list.codes.map((c) => c.label ?? c.code);
      leaf.description = `${leaf.description ? `${leaf.description}\n` : ''}Codelijst ${list.nummer} (${list.naam}), ${list.id}.`;
    }
  for (const [leaf, id] of owner)
    if (conflicts.some((c) => c.includes(id))) {
      delete leaf.enum;
      delete leaf['x-enumNames'];
    }
  return conflicts;
}

/**
 * What the validator checks that `schema/oso-<v>.json` does not express (#15 item 3), shipped as
 * `schema/known-limits.json` for the site. Each entry: what, why, and the finding code the validator
 * gives instead. test/other-toolchain.test.ts shows one (`lexical`) with Python `jsonschema`; xs:choice is `oneOf`.
 */
export const KNOWN_LIMITS = {
  $id: packageSchemaId('oso', 'known-limits.json'),
  description:
    'What @edustandaard/oso validate() checks that the JSON Schemas oso-2019.1.json and oso-2024.1.json do not. A dossier that passes the schema can still get these findings.',
  schemas: ['oso-2019.1.json', 'oso-2024.1.json'],
  limits: [
    {
      id: 'codelijsten',
      what: 'Alleen de genummerde, door de validatie gehandhaafde codelijsten zijn een enum (met labels in x-enumNames); niet-genummerde waardecontroles en codelijsten die de 2019.1-validatie niet handhaaft (actief: false) niet.',
      why: 'Those checks are data of @edustandaard/oso (codelijsten(), actief/nummer) and depend on context; validate() reports them.',
      validatorCode: 'OSO.CODELIJST.<nr>',
      example:
        'overdrachtsoort "iets" is rejected by the schema (enum) and by validate() (OSO.CODELIJST.29).',
    },
    {
      id: 'xs:choice-required',
      what: 'Een xs:choice is een oneOf van "één van de leden of geen": dat een keuze verplicht is (minOccurs van de choice) staat niet in het schema.',
      why: "The element table the schema is built from has the members' cardinality, not the choice's own minOccurs; the XML reader checks it against the XSD.",
      validatorCode: 'OSO.XSD.choice',
    },
    {
      id: 'business-rules',
      what: 'Bedrijfsregels van de gegevensset (OS.*, afhankelijkheden tussen elementen, categorie_uitlevering) en van de profielen (SWV, overstap).',
      why: 'Rules across elements are beyond JSON Schema draft-07 as generated; they are declared as data in the profiles (@edustandaard/oso-swv/profiles/*.json, @edustandaard/oso-overstap/profiles/*.json).',
      validatorCode: 'OS.*, PaO.*, OVa.*, OVb.*',
    },
    {
      id: 'element-order',
      what: 'De volgorde van elementen (xs:sequence) en het aantal herhalingen binnen een reeks.',
      why: 'A JSON object has no order; the XML reader checks the order against the XSD.',
      validatorCode: 'OSO.XSD.*',
    },
    {
      id: 'lexical',
      what: 'xs:date en xs:decimal zijn strings met een patroon; datumgeldigheid (30 februari) en totalDigits/fractionDigits controleert de validator.',
      why: 'JSON Schema patterns check the form, not the calendar; format "date" is not asserted by every validator.',
      validatorCode: 'OSO.XSD.type',
    },
  ],
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
    const published = publishable(schema, schemaId(v), readFileSync(file, 'utf8'));
    const conflicts = addCodeLists(published, codeLists(pkg, v));
    addChoices(published, generatedArray(pkg, `src/generated/elements-${v}.ts`));
    if (conflicts.length)
      throw new Error(`schema ${v}: code lists share a schema node: ${conflicts.join('; ')}`);
    const sorted = sortKeys(published);
    schemas[v] = sorted;
    files[`oso-${v}.json`] = `${JSON.stringify(sorted, null, 2)}\n`;
  }
  files['known-limits.json'] = `${JSON.stringify(KNOWN_LIMITS, null, 2)}\n`;
  return { files, schemas };
}
