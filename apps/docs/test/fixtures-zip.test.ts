/**
 * The conformance fixtures as zips (#15): one per afsprakenset and version, byte-identical across
 * builds and time zones, and runnable as they are: unzipped with Python's `zipfile` into an empty
 * folder, `python3 run.py` reads the narrowed suite (a usage run and an importer run with a stand-in
 * that prints every value).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { buildFixtureZips, fixtureZips } from '../src/data/fixtures-zip.ts';

const require = createRequire(import.meta.url);
const DIR = dirname(require.resolve('@edustandaard/conformance/package.json'));
const HAVE_SUITE = existsSync(join(DIR, 'suite', 'index.json'));
if (!HAVE_SUITE) console.warn('SKIP: @edustandaard/conformance suite not built.');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const tmp = mkdtempSync(join(tmpdir(), 'docs-zip-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!HAVE_SUITE)('conformance fixtures zip per afsprakenset and version', () => {
  // Read only with the suite: a skipped describe's body still runs.
  const zips = HAVE_SUITE ? fixtureZips(DIR) : [];
  const index = (
    HAVE_SUITE ? JSON.parse(readFileSync(join(DIR, 'suite', 'index.json'), 'utf8')) : { cases: [] }
  ) as {
    cases: { afsprakenset: string; version: string; input: string; expected: string }[];
  };

  it('one zip per afsprakenset and version of the suite, every case in exactly one', () => {
    expect(zips.map((z) => z.file)).toEqual([
      'conformance-oso-overstap-2019.1.zip',
      'conformance-oso-overstap-2024.1.zip',
      'conformance-oso-swv-2019.1.zip',
      'conformance-oso-swv-2024.1.zip',
    ]);
    let n = 0;
    for (const z of zips) {
      const files = unzipSync(new Uint8Array(z.body));
      const root = z.file.replace(/\.zip$/, '');
      expect(Object.keys(files).sort()).toEqual(z.entries);
      const narrowed = JSON.parse(Buffer.from(files[`${root}/suite/index.json`]!).toString()) as {
        cases: { afsprakenset: string; version: string; input: string; expected: string }[];
      };
      expect(narrowed.cases.length).toBeGreaterThan(50);
      for (const c of narrowed.cases) {
        expect([c.afsprakenset, c.version]).toEqual([z.afsprakenset, z.version]);
        expect(files[`${root}/suite/${c.input}`], c.input).toBeDefined();
        expect(
          Buffer.from(files[`${root}/suite/${c.expected}`]!).equals(
            readFileSync(join(DIR, 'suite', c.expected)),
          ),
        ).toBe(true);
      }
      for (const f of ['run.py', 'schema/expected-findings.json', 'schema/index.json'])
        expect(files[`${root}/${f}`], f).toBeDefined();
      n += narrowed.cases.length;
    }
    expect(n).toBe(index.cases.length);
  });

  it('is deterministic: the same bytes from a second build and in another time zone', () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Auckland';
      expect(buildFixtureZips(DIR).map((z) => sha(z.body))).toEqual(zips.map((z) => sha(z.body)));
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
    // Every local header stores DOS date 1980-01-01 00:00 (time 0x0000, date 0x0021).
    for (const z of zips) {
      let headers = 0;
      for (
        let i = z.body.indexOf('PK\x03\x04');
        i !== -1;
        i = z.body.indexOf('PK\x03\x04', i + 4)
      ) {
        if (headers >= 3) break;
        expect(z.body.readUInt16LE(i + 10), z.file).toBe(0);
        expect(z.body.readUInt16LE(i + 12), z.file).toBe(0x21);
        headers++;
      }
      expect(headers).toBe(3);
    }
  });

  const PY = spawnSync('python3', ['--version']).status === 0;
  it.skipIf(!PY)(
    'unzipped with Python alone, run.py runs the importer side over its dossiers',
    () => {
      const z = zips.find((x) => x.file === 'conformance-oso-swv-2024.1.zip')!;
      const zipFile = join(tmp, z.file);
      writeFileSync(zipFile, z.body);
      const unzip = spawnSync('python3', ['-m', 'zipfile', '-e', zipFile, tmp], {
        encoding: 'utf8',
      });
      expect(unzip.status, unzip.stderr).toBe(0);
      const root = join(tmp, z.file.replace(/\.zip$/, ''));
      // A stand-in importer that shows every text value of the dossier it is given.
      const viewer = join(tmp, 'view.py');
      writeFileSync(
        viewer,
        'import sys, xml.etree.ElementTree as ET\n' +
          'for e in ET.parse(sys.argv[1]).iter():\n' +
          '    t = (e.text or "").strip()\n' +
          '    if t: print(t)\n' +
          '    for v in e.attrib.values(): print(v)\n',
      );
      const run = spawnSync(
        'python3',
        [join(root, 'run.py'), '--importer', `python3 ${viewer} {input}`],
        {
          encoding: 'utf8',
          cwd: tmp,
          maxBuffer: 64 << 20,
        },
      );
      expect(run.stderr).not.toMatch(/E_SUITE/);
      expect(run.status, run.stdout.slice(-2000) + run.stderr.slice(-2000)).toBe(0);
      const usage = spawnSync('python3', [join(root, 'run.py')], { encoding: 'utf8' });
      expect(usage.status).toBe(2);
    },
  );
});
