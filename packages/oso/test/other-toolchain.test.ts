/**
 * The JSON Schemas outside ajv (#15 item 4): Python `jsonschema` (Debian `python3-jsonschema`) accepts
 * every official example converted to JSON (2019.1 as read, 2024.1 after `migrate`), rejects each
 * mutation exactly when ajv (the precompiled validators) does, at a path ajv also names, and accepts
 * what the schema cannot express — which `schema/known-limits.json` lists.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { migrate, read, type OsoVersion } from '../src/index.js';
import { validateJsonSchema } from '../src/json-schema.js';
import { HAS_REFERENCE, officialExamples } from './reference.js';

const schemaFile = (f: string): string => fileURLToPath(new URL(`../schema/${f}`, import.meta.url));
// The first Python on PATH may be another installation (pyenv) than Debian's, where
// python3-jsonschema installs the module: use whichever has it.
const PYTHON = ['python3', '/usr/bin/python3'].find(
  (py) => spawnSync(py, ['-c', 'import jsonschema'], { encoding: 'utf8' }).status === 0,
);
const HAVE_PY = PYTHON !== undefined;
if (!HAVE_PY)
  console.warn('SKIP: python3 with jsonschema (apt-get install python3-jsonschema) absent.');

type Obj = Record<string, unknown>;
interface PyResult {
  valid: boolean;
  paths: string[];
}

/** Runs every case through Python `jsonschema` in one process. */
function python(cases: { schema: OsoVersion; instance: unknown }[]): PyResult[] {
  const input = JSON.stringify({
    schemas: { '2019.1': schemaFile('oso-2019.1.json'), '2024.1': schemaFile('oso-2024.1.json') },
    cases,
  });
  const p = spawnSync(
    PYTHON!,
    [createRequire(import.meta.url).resolve('@edustandaard/codegen/python/jsonschema_check.py')],
    { input, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
  );
  expect(p.stderr).toBe('');
  return JSON.parse(p.stdout) as PyResult[];
}

/** The examples as JSON (a JSON round trip: what a non-JS tool receives). */
function examples(): { name: string; version: OsoVersion; dossier: Obj }[] {
  return officialExamples().flatMap(({ name, bytes }) => {
    const d = read(bytes, { file: name }).dossier as unknown as Obj;
    const m = migrate(d as never, '2024.1').dossier as unknown as Obj;
    return [
      { name, version: '2019.1' as const, dossier: JSON.parse(JSON.stringify(d)) as Obj },
      { name, version: '2024.1' as const, dossier: JSON.parse(JSON.stringify(m)) as Obj },
    ];
  });
}

/** Mutations: what the schema rejects, and what only the validator catches (`rejects: false`). */
const MUTATIONS: { name: string; rejects: boolean; apply: (d: Obj) => void }[] = [
  { name: 'metadata ontbreekt', rejects: true, apply: (d) => delete d.metadata },
  { name: 'onbekende eigenschap', rejects: true, apply: (d) => (d.onbekend = 'x') },
  {
    name: 'validatieversie als getal',
    rejects: true,
    apply: (d) => ((d.metadata as Obj).validatieversie = 5),
  },
  {
    name: 'geboortedatum in de vorm dd-mm-jjjj',
    rejects: true,
    apply: (d) => (((d.huidigeschool as Obj).leerling as Obj).geboortedatum = '01-02-2010'),
  },
  {
    name: 'lege achternaam',
    rejects: true,
    apply: (d) => (((d.huidigeschool as Obj).leerling as Obj).achternaam = ''),
  },
  {
    name: 'known limit lexical: 30 februari',
    rejects: false,
    apply: (d) => (((d.huidigeschool as Obj).leerling as Obj).geboortedatum = '2010-02-30'),
  },
  {
    name: 'attribuut buiten de gegevensset ($attributes, een map)',
    rejects: false,
    apply: (d) => (d.$attributes = { 'xsi:schemaLocation': 'urn:x oso.xsd' }),
  },
  {
    name: 'codelijst als enum: overdrachtsoort "iets"',
    rejects: true,
    apply: (d) => (d.overdrachtsoort = 'iets'),
  },
  {
    name: 'xs:choice als oneOf: geboortedatum én geboortemaand',
    rejects: true,
    apply: (d) => (((d.huidigeschool as Obj).leerling as Obj).geboortemaand = '2010-05'),
  },
];

describe.skipIf(!HAS_REFERENCE || !HAVE_PY)(
  'the OSO JSON Schemas with Python jsonschema',
  { timeout: 120_000 },
  () => {
    const all = examples();

    it('accepts every official example converted to JSON, as ajv does (2019.1 and 2024.1)', () => {
      expect(all).toHaveLength(24);
      const py = python(all.map((e) => ({ schema: e.version, instance: e.dossier })));
      all.forEach((e, i) => {
        expect(py[i], `${e.version} ${e.name}`).toEqual({ valid: true, paths: [] });
        expect(validateJsonSchema(e.dossier, e.version), `${e.version} ${e.name}`).toEqual([]);
      });
    });

    it('rejects each mutation exactly when ajv does, at a path ajv names', () => {
      const cases = all
        .filter((e) => e.name.endsWith('_full.xml'))
        .flatMap((e) =>
          MUTATIONS.map((m) => {
            const d = structuredClone(e.dossier);
            m.apply(d);
            return { label: `${e.version} ${e.name}: ${m.name}`, m, version: e.version, d };
          }),
        );
      const py = python(cases.map((c) => ({ schema: c.version, instance: c.d })));
      cases.forEach((c, i) => {
        const ajv = validateJsonSchema(c.d, c.version);
        expect(py[i]!.valid, c.label).toBe(ajv.length === 0);
        expect(py[i]!.valid, c.label).toBe(!c.m.rejects);
        // Python names the object a `required` member is missing from; core's ajv adapter names the
        // missing member itself (`/metadata` under `/`): the same place, one level deeper.
        const ajvPaths = ajv.map((f) => f.path);
        for (const p of py[i]!.paths) {
          const under = p === '/' ? '/' : `${p}/`;
          const named = ajvPaths.some(
            (a) => a === p || (a.startsWith(under) && !a.slice(under.length).includes('/')),
          );
          expect(named, `${c.label}: ${p}`).toBe(true);
        }
      });
    });

    it('what the schema cannot express is listed in schema/known-limits.json', () => {
      const limits = JSON.parse(readFileSync(schemaFile('known-limits.json'), 'utf8')) as {
        schemas: string[];
        limits: { id: string; what: string; why: string; validatorCode: string }[];
      };
      expect(limits.schemas).toEqual(['oso-2019.1.json', 'oso-2024.1.json']);
      expect(limits.limits.map((l) => l.id)).toEqual(
        expect.arrayContaining(['codelijsten', 'business-rules', 'lexical']),
      );
      for (const l of limits.limits)
        expect([l.what, l.why, l.validatorCode].every(Boolean)).toBe(true);
    });

    it('every $ref resolves offline (relative) and the $id follows …/schemas/oso/<file>.json', () => {
      for (const v of ['2019.1', '2024.1']) {
        const text = readFileSync(schemaFile(`oso-${v}.json`), 'utf8');
        const schema = JSON.parse(text) as { $id: string; definitions: Record<string, unknown> };
        expect(schema.$id).toBe(
          `https://edustandaard.github.io/edustandaard-ts/schemas/oso/oso-${v}.json`,
        );
        const refs = [...text.matchAll(/"\$ref": "([^"]*)"/g)].map((m) => m[1]!);
        expect(refs.length).toBeGreaterThan(50);
        for (const r of refs) {
          expect(r).toMatch(/^#\/definitions\/[A-Za-z][A-Za-z0-9]*$/);
          expect(schema.definitions[r.slice('#/definitions/'.length)], r).toBeDefined();
        }
      }
    });
  },
);

// quicktype → Java → javac over these schemas (and every other package's) runs in
// packages/codegen/test/other-toolchain.test.ts, one quicktype run per package and one javac run.
