/**
 * Every JSON Schema every package ships, outside ajv (#15 "javac compiles the generated classes of
 * every shipped schema"): the `schema/` folders are discovered from the workspaces (a new package
 * or schema cannot escape), and each schema
 * - declares `$schema` and the one `$id` scheme (`schemaId(package, file)`, where the site serves it),
 *   with every `$ref` relative and resolvable inside the file (usable offline);
 * - is a valid draft-07 schema for Python `jsonschema` (Debian python3-jsonschema);
 * - gives Java classes with quicktype (one run per package over all its schemas) that `javac`
 *   compiles (one run over every package), with no generic or encoded names as class names;
 * or is listed, with the reason, in its package's `schema/known-limits.json` (`toolchain`), which the
 * site shows. A listed schema must still fail, so the list cannot go stale.
 * Python `jsonschema` over real examples runs in the packages that have them (oso's
 * other-toolchain test, conformance's suite test).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaId, SCHEMA_DRAFT } from '../src/schema.mjs';
import { shippedSchemaFolders, type KnownLimits, type ToolchainLimit } from '../src/shipped.mjs';
import { javac, quicktypeJava } from '../src/toolchain.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FOLDERS = shippedSchemaFolders(ROOT);

const readJson = (f: string): unknown => JSON.parse(readFileSync(f, 'utf8'));
const knownLimits = (f: (typeof FOLDERS)[number]): KnownLimits =>
  f.knownLimits ? (readJson(f.knownLimits) as KnownLimits) : {};
/** Listed limits of a package: its known-limits file. */
const limitsOf = (f: (typeof FOLDERS)[number], tool: ToolchainLimit['tool']): ToolchainLimit[] =>
  (knownLimits(f).toolchain ?? []).filter((l) => l.tool === tool);
const listed = (f: (typeof FOLDERS)[number], tool: ToolchainLimit['tool'], schema: string) =>
  limitsOf(f, tool).some((l) => l.schema === schema || l.schema === '*');

describe('the shipped schemas are discovered', () => {
  it('every published package with a ./schema/* export, each folder with schemas', () => {
    expect(FOLDERS.map((f) => f.pkg)).toEqual(
      expect.arrayContaining(['cli', 'conformance', 'core', 'oke', 'oso', 'rio']),
    );
    for (const f of FOLDERS) {
      expect(f.schemas.length, f.pkg).toBeGreaterThan(0);
      const files = (readJson(join(f.dir, 'package.json')) as { files?: string[] }).files ?? [];
      expect(files, `${f.name} publishes its schema folder`).toContain('schema');
    }
  });

  it('each known-limits file names only its own schemas, with a reason per entry', () => {
    for (const f of FOLDERS) {
      const k = knownLimits(f);
      for (const s of k.schemas ?? []) expect(f.schemas, `${f.pkg}: ${s}`).toContain(s);
      for (const l of k.toolchain ?? []) {
        expect(f.schemas, `${f.pkg}: ${l.schema}`).toContain(l.schema);
        expect(['quicktype-java', 'id-scheme']).toContain(l.tool);
        expect(l.reason, `${f.pkg}: ${l.schema}`).toMatch(/\w{4}/);
      }
      for (const l of k.limits ?? []) {
        expect([l.what, l.why, l.validatorCode].every(Boolean), `${f.pkg}: ${l.id}`).toBe(true);
        for (const s of l.schemas ?? [])
          if (s !== '*') expect(f.schemas, `${f.pkg}: ${s}`).toContain(s);
      }
    }
  });
});

describe('$schema, the one $id scheme and offline $refs', { timeout: 60_000 }, () => {
  for (const f of FOLDERS)
    it(`${f.pkg}: every schema`, () => {
      const wrongId: string[] = [];
      for (const file of f.schemas) {
        const text = readFileSync(join(f.schemaDir, file), 'utf8');
        const schema = JSON.parse(text) as Record<string, unknown>;
        expect(schema.$schema, `${f.pkg}/${file}`).toBe(SCHEMA_DRAFT);
        if (schema.$id !== schemaId(f.pkg, file)) wrongId.push(file);
        for (const [, ref] of text.matchAll(/"\$ref":\s*"([^"]*)"/g)) {
          expect(ref, `${f.pkg}/${file}: $ref is relative`).toMatch(/^#/);
          const target = ref!
            .slice(1)
            .split('/')
            .slice(1)
            .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
            .reduce<unknown>(
              (node, key) =>
                node && typeof node === 'object'
                  ? (node as Record<string, unknown>)[key]
                  : undefined,
              schema,
            );
          expect(target, `${f.pkg}/${file}: ${ref} resolves in the file`).toBeDefined();
        }
      }
      const allowed = f.schemas.filter((s) => listed(f, 'id-scheme', s));
      // Listed, not yet fixed: the list must not outlive the fix.
      if (limitsOf(f, 'id-scheme').length)
        expect(
          wrongId.length,
          `${f.pkg}: every $id is right: remove the id-scheme entry from known-limits.json`,
        ).toBeGreaterThan(0);
      expect(
        wrongId.filter((s) => !allowed.includes(s)),
        `${f.pkg}: $id not ${schemaId(f.pkg, 'x.json').replace('x.json', '<file>')}`,
      ).toEqual([]);
    });
});

// The first Python on PATH may be another installation (pyenv) than Debian's, where
// python3-jsonschema installs the module: use whichever has it.
const PYTHON = ['python3', '/usr/bin/python3'].find(
  (py) => spawnSync(py, ['-c', 'import jsonschema'], { encoding: 'utf8' }).status === 0,
);
if (!PYTHON)
  console.warn('SKIP: python3 with jsonschema (apt-get install python3-jsonschema) absent.');

describe.skipIf(!PYTHON)('Python jsonschema', { timeout: 120_000 }, () => {
  it('every shipped schema is a valid draft-07 schema', () => {
    const files = FOLDERS.flatMap((f) => f.schemas.map((s) => join(f.schemaDir, s)));
    const p = spawnSync(
      PYTHON!,
      [fileURLToPath(new URL('../python/check_schemas.py', import.meta.url))],
      { input: JSON.stringify(files), encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    expect(p.stderr).toBe('');
    const out = JSON.parse(p.stdout) as Record<string, string | null>;
    expect(Object.keys(out)).toHaveLength(files.length);
    expect(Object.entries(out).filter(([, e]) => e !== null)).toEqual([]);
  });
});

const HAVE_JAVAC = spawnSync('javac', ['-version'], { encoding: 'utf8' }).status === 0;
if (!HAVE_JAVAC) console.warn('SKIP: javac (apt-get install default-jdk-headless) absent.');

describe.skipIf(!HAVE_JAVAC)('Java classes of every shipped schema (quicktype + javac)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'codegen-java-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  /** quicktype over schema files into `<tmp>/<name>/`. */
  const qt = (name: string, javaPackage: string, files: string[]) =>
    quicktypeJava(files, { javaPackage, outDir: join(tmp, name) });
  const javaPackage = (pkg: string) => `nl.edustandaard.${pkg.replace(/-/g, '_')}`;
  const sources: string[] = [];

  for (const f of FOLDERS)
    it(
      `${f.pkg}: quicktype gives Java for every schema not listed (${f.schemas.length} schemas)`,
      { timeout: 120_000 },
      () => {
        const files = f.schemas.filter((s) => !listed(f, 'quicktype-java', s));
        const r = qt(
          f.pkg,
          javaPackage(f.pkg),
          files.map((s) => join(f.schemaDir, s)),
        );
        expect(
          r.stderr.split('\n').filter((l) => /error/i.test(l)),
          f.pkg,
        ).toEqual([]);
        expect(r.status, r.stderr).toBe(0);
        const classes = r.classes;
        // Names a Java team can live with: nothing from a generic or an encoded definition name.
        expect(
          classes.filter((c) => /[<>,%]|^Record/.test(c)),
          f.pkg,
        ).toEqual([]);
        // … and no numbered twin of another class (`Leerling2` beside `Leerling`, #15).
        const names = new Set(classes);
        const explained = new Set(
          (knownLimits(f).limits ?? []).flatMap((l) =>
            l.id === 'class-names' ? (l.classes ?? []) : [],
          ),
        );
        const twins = [...names].filter(
          (c) =>
            /\D\d+$/.test(c) &&
            names.has(c.replace(/\d+$/, '')) &&
            !explained.has(c.replace(/\d+$/, '')),
        );
        expect(twins, f.pkg).toEqual([]);
        expect(classes.length, f.pkg).toBeGreaterThanOrEqual(files.length);
        sources.push(...r.sources);
      },
    );

  it('javac compiles the classes of every package in one run', { timeout: 300_000 }, () => {
    expect(sources.length).toBeGreaterThan(100);
    const r = javac(sources, join(tmp, 'classes'), { nowarn: true });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it(
    'each schema listed as a quicktype limit still fails (the list cannot go stale)',
    { timeout: 300_000 },
    () => {
      for (const f of FOLDERS) {
        const own = (knownLimits(f).toolchain ?? []).filter((l) => l.tool === 'quicktype-java');
        for (const l of own) {
          const r = qt(`limit-${f.pkg}-${l.schema}`, javaPackage(f.pkg), [
            join(f.schemaDir, l.schema),
          ]);
          expect(
            r.status,
            `${f.pkg}/${l.schema} passes quicktype now: remove it from known-limits.json`,
          ).not.toBe(0);
        }
      }
    },
  );
});
