/**
 * `edustandaard ov` follows the same CLI contract as `swv` (issue #13), each item through the real
 * binary (`bin/edustandaard.js`, spawned) on the official OV examples (../shared/reference): many
 * inputs with a missing file, a quoted glob, -r, standard input, SARIF 2.1.0 checked against the
 * official schema, JUnit XML read back by a JUnit parser, `render` to stdout with the validity
 * warning, and `select`'s atomic write, refusal on a `fout` unless --forceer, and --in-place.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readJunit, readSarif, spawnBin } from './support/spawn.js';
import type { BatchReport } from '../src/format/index.js';
import { schemaErrors } from './support/schema.js';

const OV = fileURLToPath(
  new URL('../../../../shared/reference/oso/2019.1/examples/OV/', import.meta.url),
);
const HAVE = existsSync(OV);
if (!HAVE) console.warn(`SKIP: ../shared/reference absent (${OV}); ov contract tests skipped.`);
const tmp = mkdtempSync(join(tmpdir(), 'ov-contract-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the built binary (in the test's temporary directory unless told). */
const bin = (args: string[], options: { cwd?: string; input?: string | Buffer } = {}) =>
  spawnBin(args, { ...options, cwd: options.cwd ?? tmp });

const ov = (name: string) => join(OV, `Voorbeelddossier_OV_${name}.xml`);
const ovFiles = () =>
  HAVE
    ? readdirSync(OV)
        .sort()
        .map((f) => join(OV, f))
    : [];

/** The POPO example declared as POVO: POVO forbids its voorschoolse data (OVa.VV01 and others). */
function invalidPovo(): string {
  const f = join(tmp, 'popo-als-povo.xml');
  const xml = readFileSync(ov('POPO_full'), 'utf8');
  expect(xml).toContain('<overstap>POPO</overstap>');
  writeFileSync(f, xml.replace('<overstap>POPO</overstap>', '<overstap>POVO</overstap>'));
  return f;
}

describe('ov usage errors: one Dutch line on stderr, exit 2', () => {
  it('an invalid --format, a missing argument, a missing --profile', () => {
    const f = bin(['ov', 'validate', 'x.xml', '--format', 'csv']);
    expect([f.code, f.err, f.out]).toEqual([
      2,
      'E_USAGE ov validate --format: ongeldige waarde; kies uit text, json, sarif, junit\n',
      '',
    ]);
    expect(bin(['ov', 'validate']).err).toBe(
      'E_USAGE ov validate <files>: verplicht argument ontbreekt\n',
    );
    expect(bin(['ov', 'select', 'x.xml', '-o', 'y.xml']).err).toBe(
      'E_USAGE ov select --profile: verplichte optie ontbreekt\n',
    );
  });
});

describe.skipIf(!HAVE)('ov validate: many inputs', () => {
  it('a missing file among valid ones: its own exit-2 report, every other file validated', () => {
    const [a, b, c] = [ov('BB_full'), ov('POPO_full'), ov('VOVO_opt_out')];
    const r = bin(['ov', 'validate', a, 'missing.xml', b, c, '--format', 'json']);
    expect(r.code).toBe(2);
    const reports = JSON.parse(r.out) as BatchReport[];
    expect(reports.map((x) => [x.file, x.afsprakenset, x.profile, x.valid, x.error?.code])).toEqual(
      [
        [a, 'OSO-OVERSTAP', 'BB', true, undefined],
        ['missing.xml', 'OSO-OVERSTAP', null, false, 'E_IO'],
        [b, 'OSO-OVERSTAP', 'POPO', true, undefined],
        [c, 'OSO-OVERSTAP', 'VOVO', true, undefined],
      ],
    );
    expect(reports[1]!.issues[0]).toMatchObject({ code: 'E_IO', severity: 'fout' });
    expect(r.err).toContain('E_IO missing.xml: kan bestand niet lezen (bestaat niet)\n');
    expect(r.err).toContain('4 bestanden: 3 geldig, 0 ongeldig, 1 onbruikbaar');
  });

  it('text: the same batch in input order, closed by the summary; an invalid file exits 1', () => {
    const bad = invalidPovo();
    const r = bin(['ov', 'validate', ov('BB_full'), bad]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${ov('BB_full')}: geldig (OSO-OVERSTAP 2019.1 BB)`);
    expect(r.out).toContain(`${bad}: ongeldig (OSO-OVERSTAP 2019.1 POVO)`);
    expect(r.out.indexOf(ov('BB_full'))).toBeLessThan(r.out.indexOf(bad));
    expect(r.out).toMatch(/fout\s+OVa\.VV01/);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe(
      '2 bestanden: 1 geldig, 1 ongeldig, 0 onbruikbaar',
    );
    const quiet = bin(['ov', 'validate', ov('BB_full'), '--quiet']);
    expect([quiet.code, quiet.out, quiet.err]).toEqual([0, '', '']);
  });

  it('many files (worker threads): every OV example five times, reports in input order', () => {
    // More files than WORKER_THRESHOLD (32), so worker threads take part.
    const files = Array.from({ length: 5 }, () => ovFiles()).flat();
    const r = bin(['ov', 'validate', ...files, '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as BatchReport[]).map((x) => [x.file, x.valid])).toEqual(
      files.map((f) => [f, true]),
    );
  });

  it('a quoted glob, a directory with -r (without -r a usage error), standard input', () => {
    mkdirSync(join(tmp, 'tree/sub'), { recursive: true });
    copyFileSync(ov('POPO_full'), join(tmp, 'tree/popo.xml'));
    copyFileSync(ov('BB_opt_out'), join(tmp, 'tree/sub/bb.xml'));
    writeFileSync(join(tmp, 'tree/notes.txt'), 'geen dossier');
    const g = bin(['ov', 'validate', 'tree/*.xml', '--format', 'json']);
    expect(g.code).toBe(0);
    expect((JSON.parse(g.out) as BatchReport[]).map((x) => x.file)).toEqual(['tree/popo.xml']);
    const r = bin(['ov', 'validate', '-r', 'tree', '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as BatchReport[]).map((x) => [x.file, x.profile])).toEqual([
      ['tree/popo.xml', 'POPO'],
      ['tree/sub/bb.xml', 'BB'],
    ]);
    const flat = bin(['ov', 'validate', 'tree']);
    expect(flat.code).toBe(2);
    expect(flat.err).toContain('E_USAGE tree: is een map; gebruik -r om de map te doorlopen');
    const stdin = bin(['ov', 'validate', '-', '--format', 'json'], {
      input: readFileSync(ov('VOVO_full')),
    });
    expect(stdin.code).toBe(0);
    expect((JSON.parse(stdin.out) as BatchReport[]).map((x) => [x.file, x.profile])).toEqual([
      ['-', 'VOVO'],
    ]);
  });

  it('a JSON dossier is validated as its XML', () => {
    const json = join(tmp, 'povo.json');
    expect(bin(['oso', 'convert', ov('POVO_full'), '--to', 'json', '-o', json]).code).toBe(0);
    const r = bin(['ov', 'validate', json, '--format', 'json']);
    const [rep] = JSON.parse(r.out) as BatchReport[];
    expect(rep).toMatchObject({ file: json, afsprakenset: 'OSO-OVERSTAP', profile: 'POVO' });
    expect(rep!.error).toBeUndefined();
    expect(r.code).toBe(0);
  });
});

describe.skipIf(!HAVE)('ov validate: formats for CI', () => {
  it('SARIF 2.1.0: valid against the official schema, one result per finding', () => {
    const files = [ov('BB_full'), invalidPovo(), 'missing.xml'];
    const r = bin(['ov', 'validate', ...files, '--format', 'sarif']);
    expect(r.code).toBe(2);
    const { log, errors } = readSarif(r.out);
    expect(errors).toEqual([]);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.artifacts).toHaveLength(3);
    expect(run.results.some((x) => x.ruleId === 'OVa.VV01' && x.level === 'error')).toBe(true);
    expect(run.results.some((x) => x.ruleId === 'E_IO' && x.level === 'error')).toBe(true);
    expect(run.invocations[0]!.exitCode).toBe(2);
  });

  it('JUnit XML: read back by a JUnit parser, one testcase per input', async () => {
    const files = [ov('BB_full'), invalidPovo(), 'missing.xml'];
    const r = bin(['ov', 'validate', ...files, '--format', 'junit']);
    expect(r.code).toBe(2);
    const parsed = await readJunit(r.out);
    expect([parsed.tests, parsed.failures, parsed.errors]).toEqual([3, 1, 1]);
    const cases = parsed.testsuite![0]!.testcase!;
    expect(cases.map((c) => c.name)).toEqual(files);
    expect(cases[0]!.failure).toBeUndefined();
    expect(cases[1]!.failure?.[0]?.type).toMatch(/^OVa\./);
    expect(cases[2]!.error?.[0]?.type).toBe('E_IO');
  });
});

describe.skipIf(!HAVE)('ov render', () => {
  it('writes to stdout by default; warns on stderr when the dossier is not valid for its profile', () => {
    const ok = bin(['ov', 'render', ov('BB_full')]);
    expect([ok.code, ok.err]).toEqual([0, '']);
    expect(ok.out).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    const bad = invalidPovo();
    const out = join(tmp, 'povo.html');
    const warn = bin(['ov', 'render', bad, '-o', out]);
    expect([warn.code, warn.out]).toEqual([0, '']);
    expect(warn.err).toMatch(
      /^waarschuwing .*popo-als-povo\.xml: het dossier is niet geldig voor POVO \(\d+ fout\); controleer het met 'edustandaard ov validate'\n$/,
    );
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('standard input: an XML error names `-` with line and column; the input is never overwritten', () => {
    const r = bin(['ov', 'render', '-'], {
      input: '<dossier xmlns="http://www.edustandaard.nl/oso_gegevensset/2019/dossier"/>x',
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^E_XML_MALFORMED -:1:/);
    const f = join(tmp, 'keep.xml');
    copyFileSync(ov('BB_full'), f);
    const same = bin(['ov', 'render', f, '-o', f]);
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/^E_OUTPUT_IS_INPUT /);
    expect(readFileSync(f, 'utf8')).toBe(readFileSync(ov('BB_full'), 'utf8'));
  });
});

describe.skipIf(!HAVE)('ov select', () => {
  it('writes a dossier that ov validate accepts, atomically (no temporary file left)', () => {
    const dir = mkdtempSync(join(tmp, 'sel-'));
    const out = join(dir, 'vovo.xml');
    const r = bin([
      'ov',
      'select',
      ov('VOVO_full'),
      '--profile',
      'vovo',
      '-o',
      out,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.err) as { file: string; output: string; profile: string };
    expect(summary).toMatchObject({ file: ov('VOVO_full'), output: out, profile: 'VOVO' });
    expect(schemaErrors('select-summary.json', summary)).toEqual([]);
    expect(readdirSync(dir)).toEqual(['vovo.xml']);
    const v = bin(['ov', 'validate', out, '--format', 'json']);
    expect(v.code).toBe(0);
    expect((JSON.parse(v.out) as BatchReport[])[0]).toMatchObject({ profile: 'VOVO', valid: true });
  });

  it('standard input to standard output', () => {
    const r = bin(['ov', 'select', '-', '--profile', 'bb', '-o', '-'], {
      input: readFileSync(ov('BB_full')),
    });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^<\?xml[^>]*\?>\s*<dossier /);
    expect(bin(['ov', 'validate', '-'], { input: r.out }).code).toBe(0);
  });

  it('an export with a fout is not written unless --forceer', () => {
    // No inzage block: OVa.IZ01 requires it and select() must not invent it.
    const xml = readFileSync(ov('POVO_full'), 'utf8');
    const without = xml.replace(
      /<inzage>\s*<voorlopigdossier>[\s\S]*?<\/toestemming>\s*<\/inzage>/,
      '',
    );
    expect(without).not.toBe(xml);
    const input = join(tmp, 'zonder-inzage.xml');
    writeFileSync(input, without);
    const out = join(tmp, 'zonder-inzage-povo.xml');
    const r = bin(['ov', 'select', input, '--profile', 'povo', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/fout\s+OVa\.IZ01\s+\/dossier\/inzage/);
    expect(r.err).toContain(`niet geschreven ${out}: het overstapdossier heeft`);
    expect(existsSync(out)).toBe(false);
    const forced = bin(['ov', 'select', input, '--profile', 'povo', '-o', out, '--forceer']);
    expect(forced.code).toBe(1);
    expect(existsSync(out)).toBe(true);
    expect(bin(['ov', 'validate', out]).code).toBe(1);
  });

  it('the input is replaced only with --in-place; a malformed input names its file', () => {
    const f = join(tmp, 'inplace.xml');
    copyFileSync(ov('POPO_full'), f);
    const refused = bin(['ov', 'select', f, '--profile', 'popo', '-o', f]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/E_OUTPUT_IS_INPUT /);
    expect(readFileSync(f, 'utf8')).toBe(readFileSync(ov('POPO_full'), 'utf8'));
    const done = bin([
      'ov',
      'select',
      f,
      '--profile',
      'popo',
      '--opt-out',
      'vve',
      '-o',
      f,
      '--in-place',
    ]);
    expect(done.code).toBe(0);
    expect(readFileSync(f, 'utf8')).toContain('<cat_vve>OPT-UIT</cat_vve>');
    const broken = join(tmp, 'broken.xml');
    writeFileSync(broken, '<x');
    const m = bin(['ov', 'select', broken, '--profile', 'popo', '-o', join(tmp, 'b-out.xml')]);
    expect(m.code).toBe(2);
    expect(m.err).toMatch(
      new RegExp(`^E_XML_MALFORMED ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:`),
    );
  });
});
