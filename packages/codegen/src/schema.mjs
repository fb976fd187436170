/**
 * TypeScript types → JSON Schema for every package that ships one (#15): the one `$id` scheme, the
 * typescript-json-schema settings, the clean-ups that make the output usable outside ajv (maps as
 * maps, definition names a code generator turns into class names, relative `$ref`s) and the small
 * command-line wrapper the packages' `scripts/build-schema.mjs` use. Deterministic: same types,
 * same bytes.
 */
/* global process, console, structuredClone */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as TJS from 'typescript-json-schema';

/** Where the site serves the schemas: `<SCHEMA_BASE><package>/<file>.json`. */
export const SCHEMA_BASE = 'https://edustandaard.github.io/edustandaard-ts/schemas/';

/** The draft every shipped schema declares in `$schema`. */
export const SCHEMA_DRAFT = 'http://json-schema.org/draft-07/schema#';

/**
 * The `$id` of a shipped schema: one scheme for every package (#15 item 3), the URL the site serves
 * the file at, so the `$id` resolves (`/schemas/<package>/<file>`).
 * @param {string} pkg - the package's short name (`rio`, `core`, `oso`)
 * @param {string} file - the file name in the package's `schema/` folder (`sync-plan.json`)
 * @returns {string} the absolute `$id`
 */
export function schemaId(pkg, file) {
  if (!/^[a-z][a-z0-9-]*$/.test(pkg)) throw new Error(`schemaId: geen pakketnaam: ${pkg}`);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/.test(file))
    throw new Error(`schemaId: geen schemabestand: ${file}`);
  return `${SCHEMA_BASE}${pkg}/${file}`;
}

/**
 * The site path a `$id` of {@link schemaId} is served at, or null for another URL.
 * @param {string} id - a `$id`
 * @returns {{ pkg: string, file: string, path: string } | null}
 */
export function schemaLocation(id) {
  if (!id.startsWith(SCHEMA_BASE)) return null;
  const m = /^([a-z][a-z0-9-]*)\/([A-Za-z0-9][A-Za-z0-9._-]*\.json)$/.exec(
    id.slice(SCHEMA_BASE.length),
  );
  return m ? { pkg: m[1], file: m[2], path: `/schemas/${m[1]}/${m[2]}` } : null;
}

/**
 * Compiler options for typescript-json-schema. Bundler resolution: NodeNext makes it name
 * definitions after absolute file paths (`import("/abs/path").Type`), which would make the output
 * machine-dependent.
 */
export const COMPILER_OPTIONS = {
  strict: true,
  strictNullChecks: true,
  skipLibCheck: true,
  module: 'ESNext',
  moduleResolution: 'Bundler',
  target: 'ES2022',
};

/** Generator settings: required members, closed objects, named definitions. */
export const GENERATOR_SETTINGS = {
  required: true,
  noExtraProps: true,
  strictNullChecks: true,
  ref: true,
  titles: false,
  ignoreErrors: false,
  uniqueNames: false,
};

/**
 * A TypeScript program over a package's source files.
 * @param {string} pkgDir - the package folder
 * @param {string[]} files - source files, relative to `pkgDir`
 */
export function tsProgram(pkgDir, files) {
  return TJS.getProgramFromFiles(
    files.map((f) => join(pkgDir, f)),
    COMPILER_OPTIONS,
    pkgDir,
  );
}

const PRIMITIVE = { string: 'string', number: 'number', boolean: 'boolean' };

/**
 * `noExtraProps` also closes objects without declared properties (`Record<string, unknown>`, a
 * finding's `params`), which then accept nothing ("empty object only", #15): such an object is open
 * by definition.
 * @param {unknown} node - a schema node, walked recursively (changed in place)
 */
export function openRecords(node) {
  if (Array.isArray(node)) return node.forEach(openRecords);
  if (node === null || typeof node !== 'object') return;
  if (node.type === 'object' && node.additionalProperties === false && !node.properties)
    delete node.additionalProperties;
  Object.values(node).forEach(openRecords);
}

/**
 * The value schema of a map definition typescript-json-schema named `Record<string,V>`, when `V` is
 * `unknown`, a primitive or another definition; undefined otherwise.
 * @param {string} name - the definition name
 * @param {Record<string, unknown>} definitions - all definitions
 */
function mapValue(name, definitions) {
  const m = /^Record<string,([A-Za-z_][A-Za-z0-9_]*)>$/.exec(name);
  if (!m) return undefined;
  if (m[1] === 'unknown' || m[1] === 'any') return true;
  if (PRIMITIVE[m[1]]) return { type: PRIMITIVE[m[1]] };
  return m[1] in definitions ? { $ref: `#/definitions/${m[1]}` } : undefined;
}

/**
 * Definition names a code generator can use as class names (#15): typescript-json-schema names
 * instantiated generics literally (`Record<string,unknown>`, `Partial<X>`), which quicktype and
 * @cfworker/json-schema cannot resolve. Such a definition is inlined where it is referenced; a
 * `Record<string,V>` becomes a map (`additionalProperties: V`), as the type means.
 * @param {{ definitions?: Record<string, any> }} schema - changed in place
 */
export function inlineGenericDefinitions(schema) {
  const defs = schema.definitions ?? {};
  const odd = Object.keys(defs).filter((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
  if (!odd.length) return;
  const replacement = {};
  for (const name of odd) {
    const value = mapValue(name, defs);
    const def = { ...defs[name] };
    if (value !== undefined && !def.properties) {
      delete def.additionalProperties;
      replacement[name] = value === true ? def : { ...def, additionalProperties: value };
    } else replacement[name] = def;
  }
  const walk = (v, seen) => {
    if (Array.isArray(v)) return v.map((x) => walk(x, seen));
    if (!v || typeof v !== 'object') return v;
    if (typeof v.$ref === 'string' && v.$ref.startsWith('#/definitions/')) {
      const name = decodeURIComponent(v.$ref.slice('#/definitions/'.length));
      if (name in replacement) {
        if (seen.has(name)) throw new Error(`schema: ${name} verwijst naar zichzelf`);
        const { $ref: _ref, ...rest } = v;
        return { ...walk(replacement[name], new Set([...seen, name])), ...rest };
      }
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, seen)]));
  };
  for (const name of odd) delete defs[name];
  for (const [k, x] of Object.entries(schema))
    if (k !== 'definitions') schema[k] = walk(x, new Set());
  for (const [k, x] of Object.entries(defs)) defs[k] = walk(x, new Set());
  if (schema.definitions && !Object.keys(defs).length) delete schema.definitions;
}

/**
 * Makes `$ref`s relative to the schema itself (`#/definitions/…`), resolvable offline.
 * @param {unknown} node - changed in place
 * @param {string} id - the schema's `$id`
 */
export function relativeRefs(node, id) {
  if (Array.isArray(node)) return node.forEach((n) => relativeRefs(n, id));
  if (node === null || typeof node !== 'object') return;
  if (typeof node.$ref === 'string' && node.$ref.startsWith(`${id}#`))
    node.$ref = node.$ref.slice(id.length);
  Object.values(node).forEach((n) => relativeRefs(n, id));
}

/**
 * A generated schema as a shipped file: `$schema`, `$id` and `title` first, then the rest, with the
 * clean-ups of this module applied.
 * @param {Record<string, any>} schema - a schema (not changed)
 * @param {{ pkg: string, file: string, title: string }} meta - package short name, file name, title
 * @returns {string} formatted JSON with a trailing newline
 */
export function publishSchema(schema, { pkg, file, title }) {
  const id = schemaId(pkg, file);
  const copy = structuredClone(schema);
  openRecords(copy);
  inlineGenericDefinitions(copy);
  relativeRefs(copy, id);
  const rest = Object.fromEntries(
    Object.entries(copy).filter(([k]) => !['$schema', '$id', 'title'].includes(k)),
  );
  const out = { $schema: SCHEMA_DRAFT, $id: id, title: copy.title ?? title, ...rest };
  return JSON.stringify(out, null, 2) + '\n';
}

/**
 * Generates a package's schemas from its types: one file per root type.
 * @param {{ pkg: string, pkgDir: string, sources: string[], schemas: Record<string, string> }} spec -
 *   package short name, folder, source files (relative to it) and file name → root type
 * @returns {Record<string, string>} file name → JSON text
 */
export function generateTypeSchemas({ pkg, pkgDir, sources, schemas }) {
  const program = tsProgram(pkgDir, sources);
  const out = {};
  for (const [file, type] of Object.entries(schemas)) {
    const schema = TJS.generateSchema(program, type, GENERATOR_SETTINGS);
    if (!schema) throw new Error(`typescript-json-schema gaf geen schema voor ${type}`);
    out[file] = publishSchema(schema, { pkg, file, title: type });
  }
  return out;
}

/**
 * Writes generated schemas into a folder and removes `.json` files there that are no longer
 * generated (a renamed schema must not linger in the package).
 * @param {string} outDir - the folder
 * @param {Record<string, string>} texts - file name → JSON text
 * @param {{ keep?: string[] }} [options] - files to leave alone (e.g. a hand-written known-limits.json)
 */
export function writeSchemas(outDir, texts, { keep = [] } = {}) {
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir))
    if (f.endsWith('.json') && !(f in texts) && !keep.includes(f)) rmSync(join(outDir, f));
  for (const [file, text] of Object.entries(texts)) writeFileSync(join(outDir, file), text);
  console.log(
    `schema: ${Object.keys(texts).length} file(s) in ${relative(process.cwd(), outDir) || '.'}`,
  );
}

/**
 * Runs a build script as a command (`node scripts/build-schema.mjs [outDir]`) when it is the
 * process's entry point; importing the script (the drift tests) does nothing.
 * @param {string} scriptUrl - the script's `import.meta.url`
 * @param {() => Record<string, string>} generate - its generator
 * @param {{ defaultDir: string, keep?: string[] }} options - the default output folder
 */
export function runSchemaScript(scriptUrl, generate, { defaultDir, keep }) {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(scriptUrl)) return;
  writeSchemas(resolve(process.argv[2] ?? defaultDir), generate(), { keep });
}
