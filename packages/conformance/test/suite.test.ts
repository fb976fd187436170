/**
 * The conformance suite as files (#15 item 2): its index and every expected-findings file are valid
 * against the shipped JSON Schemas, it holds every fixture of oso-swv and oso-overstap, and — the
 * "done when" of the issue — a fresh directory with only the packed tarball and Python runs the suite
 * against a small Python stand-in exporter and importer (no Node, no npm install).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import * as SWV from '../../oso-swv/test/fixtures/conformance.js';
import * as OV from '../../oso-overstap/test/fixtures/conformance.js';

const PKG = fileURLToPath(new URL('..', import.meta.url));
const SUITE = join(PKG, 'suite');
const HAVE_SUITE = existsSync(join(SUITE, 'index.json'));
if (!HAVE_SUITE)
  console.warn(
    `SKIP: ${SUITE} is not built (the official examples under ../shared/reference are absent).`,
  );
const schema = (f: string): object =>
  JSON.parse(readFileSync(join(PKG, 'schema', f), 'utf8')) as object;
const json = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));

interface Index {
  cases: { id: string; input: string; expected: string; rule: string; kind: string }[];
  importer: { id: string; input: string }[];
  importerCoverage: Record<
    string,
    { elements: number; of: number; attachmentKinds: number; attachmentKindsOf: number }
  >;
}

describe.skipIf(!HAVE_SUITE)('the suite as files', { timeout: 120_000 }, () => {
  const index = HAVE_SUITE ? (json(join(SUITE, 'index.json')) as Index) : undefined;

  it('index.json and every expected-findings file are valid against the shipped schemas', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const validIndex = ajv.compile(schema('index.json'));
    expect(validIndex(index) ? [] : validIndex.errors).toEqual([]);
    const validExpected = ajv.compile(schema('expected-findings.json'));
    for (const c of index!.cases) {
      expect(existsSync(join(SUITE, c.input)), c.input).toBe(true);
      const e = json(join(SUITE, c.expected));
      expect(validExpected(e) ? [] : validExpected.errors, c.expected).toEqual([]);
      // valid agrees with the findings; a twin is valid.
      const { valid, issues } = e as { valid: boolean; issues: { severity: string }[] };
      expect(valid, c.id).toBe(!issues.some((i) => i.severity === 'fout'));
      if (c.kind === 'twin') expect(valid, c.id).toBe(true);
    }
  });

  it('holds every fixture of both packages, per version, and the importer set reaches every element and attachment kind', () => {
    const count = [...SWV.FIXTURES, ...OV.FIXTURES].reduce((n, f) => n + f.versions.length, 0);
    expect(index!.cases).toHaveLength(count);
    expect(new Set(index!.cases.map((c) => c.id)).size).toBe(count);
    // 6 official full examples and 7 all-elements variants (one per member of the largest xs:choice) per version.
    expect(index!.importer).toHaveLength(26);
    for (const v of ['2019.1', '2024.1']) {
      const c = index!.importerCoverage[v]!;
      expect(c.attachmentKinds, v).toBe(c.attachmentKindsOf);
      expect(c.elements, v).toBe(c.of);
      expect(c.of, v).toBeGreaterThan(500);
    }
  });
});

describe.skipIf(!HAVE_SUITE || spawnSync('python3', ['--version']).status !== 0)(
  'a fresh directory with only the packed tarball and Python',
  { timeout: 600_000 },
  () => {
    const work = mkdtempSync(join(tmpdir(), 'edustandaard-conformance-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    const fixture = (f: string): string => join(PKG, 'test', 'fixtures', f);
    let dir = '';
    const py = (...args: string[]) =>
      spawnSync('python3', [join(dir, 'package', 'run.py'), ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      });

    it('packs and unpacks without Node tooling in the target directory', () => {
      const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
        cwd: PKG,
        encoding: 'utf8',
      });
      const { filename } = (JSON.parse(out) as { filename: string }[])[0]!;
      dir = mkdtempSync(join(work, 'vendor-'));
      execFileSync('tar', ['xzf', join(work, filename), '-C', dir]);
      expect(readdirSync(dir)).toEqual(['package']);
      expect(readdirSync(join(dir, 'package')).sort()).toEqual(
        ['LICENSE', 'README.md', 'package.json', 'run.py', 'schema', 'suite'].sort(),
      );
    });

    it('the cases of the rules the stand-in implements pass (exit 0)', () => {
      const r = py(
        '--exporter',
        `python3 ${fixture('standin_exporter.py')}`,
        '--only',
        'PaO\\.(MD01|SO03)',
      );
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('8 of 8 passed\n');
      expect(r.status).toBe(0);
    });

    it('over all PO-SWV 2019.1 cases every other violation is reported missing, with code and path (exit 1)', () => {
      const results = join(dir, 'results.json');
      const only = '^oso-swv/2019\\.1/PO-SWV/';
      const r = py(
        '--exporter',
        `python3 ${fixture('standin_exporter.py')}`,
        '--only',
        only,
        '--json',
        results,
      );
      expect(r.status).toBe(1);
      const out = json(results) as {
        passed: number;
        total: number;
        results: { id: string; ok: boolean; missing?: { code: string; path: string }[] }[];
      };
      const selected = (json(join(SUITE, 'index.json')) as Index).cases.filter((c) =>
        new RegExp(only).test(c.id),
      );
      expect(out.total).toBe(selected.length);
      // Cases without findings pass (the stand-in finds nothing there); violations of other rules fail.
      const md02 = out.results.find((x) => x.id === 'oso-swv/2019.1/PO-SWV/PaO.MD02-violation')!;
      expect(md02.ok).toBe(false);
      expect(md02.missing).toEqual([
        { code: 'PaO.MD02', path: '/dossier/metadata/validatieversie', severity: 'fout' },
      ]);
      const clean = selected.filter(
        (c) => (json(join(SUITE, c.expected)) as { issues: [] }).issues.length === 0,
      );
      expect(clean.length).toBeGreaterThan(10);
      for (const c of clean) expect(out.results.find((x) => x.id === c.id)?.ok, c.id).toBe(true);
      expect(out.passed).toBeLessThan(out.total);
      expect(r.stdout).toMatch(
        /^FAIL oso-swv\/2019\.1\/PO-SWV\/PaO\.MD02-violation\n {2}missing {4}fout/m,
      );
    });

    it('the input can come on stdin; an exporter that prints no JSON fails the case', () => {
      const stdin = py(
        '--exporter',
        `python3 ${fixture('standin_exporter.py')} /dev/stdin`,
        '--stdin',
        '--only',
        'PaO\\.MD01',
      );
      expect(stdin.stdout).toBe('4 of 4 passed\n');
      const broken = py('--exporter', 'echo kapot', '--only', 'PaO\\.MD01-twin');
      expect(broken.status).toBe(1);
      expect(broken.stdout).toMatch(/unusable output/);
    });

    it('importer (§2.7): a view with every value passes; leaving out postcode fails, naming it', () => {
      const all = py('--importer', `python3 ${fixture('standin_importer.py')}`);
      expect(all.stdout).toBe('26 of 26 passed\n');
      expect(all.status).toBe(0);
      const partial = py(
        '--importer',
        `python3 ${fixture('standin_importer.py')} {input} postcode`,
      );
      expect(partial.status).toBe(1);
      expect(partial.stdout).toMatch(/not shown {2}postcode = \w+/);
    });

    it('usage errors exit 2', () => {
      expect(py().status).toBe(2);
      expect(py('--exporter', 'true', '--suite', work).status).toBe(2);
    });
  },
);

describe('profile documents of both packages validate against core profile-document.json (#15 item 1)', () => {
  const require = createRequire(import.meta.url);
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictTypes: false,
    validateFormats: false,
  });
  const validate = ajv.compile(
    json(require.resolve('@edustandaard/core/schema/profile-document.json')) as object,
  );
  for (const [pkg, files] of [
    ['@edustandaard/oso-swv', ['po-swv', 'vo-swv']],
    ['@edustandaard/oso-overstap', ['popo', 'povo', 'vovo', 'bb']],
  ] as const)
    for (const f of files)
      for (const v of ['2019.1', '2024.1'])
        it(`${pkg}/profiles/${f}-${v}.json`, () => {
          const doc = json(require.resolve(`${pkg}/profiles/${f}-${v}.json`));
          expect(validate(doc) ? [] : validate.errors).toEqual([]);
        });
});

describe.skipIf(!HAVE_SUITE || spawnSync('python3', ['-c', 'import jsonschema']).status !== 0)(
  'the shipped schemas with Python jsonschema (#15 item 4)',
  { timeout: 120_000 },
  () => {
    it('accepts the index, every expected-findings file and every profile document; rejects a broken one', () => {
      const require = createRequire(import.meta.url);
      const index = json(join(SUITE, 'index.json')) as Index;
      const profile = require.resolve('@edustandaard/core/schema/profile-document.json');
      const docs = [
        ...['po-swv', 'vo-swv'].map((f) => `@edustandaard/oso-swv/profiles/${f}`),
        ...['popo', 'povo', 'vovo', 'bb'].map((f) => `@edustandaard/oso-overstap/profiles/${f}`),
      ].flatMap((f) => ['2019.1', '2024.1'].map((v) => require.resolve(`${f}-${v}.json`)));
      const pairs = [
        [join(PKG, 'schema', 'index.json'), join(SUITE, 'index.json')],
        ...index.cases.map((c) => [
          join(PKG, 'schema', 'expected-findings.json'),
          join(SUITE, c.expected),
        ]),
        ...docs.map((d) => [profile, d]),
      ];
      const script = [
        'import json, sys',
        'from jsonschema import Draft7Validator',
        'out = []',
        'for schema, instance in json.load(sys.stdin):',
        '    s = json.load(open(schema)); Draft7Validator.check_schema(s)',
        '    i = json.load(open(instance)) if isinstance(instance, str) else instance',
        '    out.append([e.message for e in Draft7Validator(s).iter_errors(i)][:3])',
        'print(json.dumps(out))',
      ].join('\n');
      const broken = { valid: 'ja', issues: [{ code: 'X', path: 'geen-pad', severity: 'fout' }] };
      const p = spawnSync('python3', ['-c', script], {
        input: JSON.stringify([...pairs, [join(PKG, 'schema', 'expected-findings.json'), broken]]),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(p.stderr).toBe('');
      const errors = JSON.parse(p.stdout) as string[][];
      expect(errors.slice(0, -1).filter((e) => e.length > 0)).toEqual([]);
      expect(errors.at(-1)!.length).toBe(2);
      expect(pairs.length).toBe(1 + index.cases.length + 12);
    });
  },
);
