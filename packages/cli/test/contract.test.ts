/**
 * The CLI contract vendors script against (issue #13), each item through the real binary
 * (`bin/edustandaard.js`, spawned): many inputs with a missing file, a quoted glob, a directory
 * with -r, reports in input order, SARIF 2.1.0 checked against the official schema, JUnit XML
 * read back by a JUnit parser, EPIPE, a usage error's exact stderr line, JSON dossiers, `render`
 * to stdout, and the `select` help examples for every profile.
 */
import { spawnSync } from 'node:child_process';
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
import { BIN, readJunit, readSarif, spawnBin } from './support/spawn.js';
import type { BatchReport } from '../src/format/index.js';
import { SELECT_EXAMPLES } from '../src/commands/swv.js';

const PAO = fileURLToPath(
  new URL('../../../../shared/reference/oso/2019.1/examples/PaO/', import.meta.url),
);
const HAVE = existsSync(PAO);
if (!HAVE) console.warn(`SKIP: ../shared/reference absent (${PAO}); CLI contract tests skipped.`);
const tmp = mkdtempSync(join(tmpdir(), 'cli-contract-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the built binary (in the test's temporary directory unless told). */
const bin = (args: string[], options: { cwd?: string; input?: string | Buffer } = {}) =>
  spawnBin(args, { ...options, cwd: options.cwd ?? tmp });

const paoFiles = () =>
  HAVE
    ? readdirSync(PAO)
        .sort()
        .map((f) => join(PAO, f))
    : [];

describe('usage errors: one Dutch line on stderr, exit 2', () => {
  it('an invalid --format value: the exact line, and the value typed is not echoed', () => {
    const r = bin(['swv', 'validate', 'x.xml', '--format', '229854382']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'E_USAGE swv validate --format: ongeldige waarde; kies uit text, json, sarif, junit\n',
    );
    expect(r.out).toBe('');
  });
  it('an unknown option, a missing argument, an unknown command', () => {
    expect(bin(['swv', 'validate', 'x.xml', '--bogus']).err).toBe(
      'E_USAGE swv validate --bogus: onbekende optie; zie --help\n',
    );
    expect(bin(['swv', 'validate']).err).toBe(
      'E_USAGE swv validate <files>: verplicht argument ontbreekt\n',
    );
    expect(bin(['swv', 'select', 'x.xml', '-o', 'y.xml']).err).toBe(
      'E_USAGE swv select --profile: verplichte optie ontbreekt\n',
    );
    const u = bin(['no-such-command']);
    expect([u.code, u.err]).toEqual([
      2,
      'E_USAGE no-such-command: onbekende opdracht; zie --help\n',
    ]);
  });
  it('parser messages are Dutch: no "text data outside of root node"', () => {
    const xml = '<dossier xmlns="http://www.edustandaard.nl/oso_gegevensset/2019/dossier"/>x';
    for (const cmd of [
      ['swv', 'validate', '-'],
      ['oso', 'validate', '-'],
      ['swv', 'render', '-'],
    ]) {
      const r = bin(cmd, { input: xml });
      expect(r.code).toBe(2);
      expect(r.err).toContain('E_XML_MALFORMED -:1:');
      expect(r.err).toContain('Geen goedgevormde XML: tekst buiten het hoofdelement.');
      expect(r.err + r.out).not.toMatch(/text data|root node/);
    }
  });

  it('id check: a BSN-like type string is not echoed, also with separators (#17 item 6)', () => {
    for (const t of ['229854382', '229 854 382', '229.854.382']) {
      const r = bin(['id', 'check', t, 'x']);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^E_USAGE <type>: onbekend identificatietype; kies uit: /);
      expect(r.err.replace(/\D/g, '')).toBe('');
    }
  });

  it('a digit run typed as an option name is not echoed either', () => {
    const r = bin(['id', 'check', '--229854382']);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/229854382/);
  });
});

describe.skipIf(!HAVE)('many inputs', () => {
  it('a missing file among valid ones: its own exit-2 report, every other file validated', () => {
    const files = paoFiles();
    const r = bin(['swv', 'validate', files[0]!, 'missing.xml', files[1]!, '--format', 'json']);
    expect(r.code).toBe(2);
    const reports = JSON.parse(r.out) as BatchReport[];
    expect(reports.map((x) => [x.file, x.valid, x.error?.code])).toEqual([
      [files[0], true, undefined],
      ['missing.xml', false, 'E_IO'],
      [files[1], true, undefined],
    ]);
    expect(reports[1]!.issues[0]).toMatchObject({ code: 'E_IO', severity: 'fout' });
    expect(r.err).toContain('E_IO missing.xml: kan bestand niet lezen (bestaat niet)\n');
    expect(r.err).toContain('3 bestanden: 2 geldig, 0 ongeldig, 1 onbruikbaar');
  });

  it('a quoted glob is expanded by the tool, sorted', () => {
    mkdirSync(join(tmp, 'glob'), { recursive: true });
    for (const f of paoFiles()) copyFileSync(f, join(tmp, 'glob', f.split('/').at(-1)!));
    const r = bin(['swv', 'validate', 'glob/*_full.xml', '--format', 'json'], { cwd: tmp });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as BatchReport[]).map((x) => x.file)).toEqual([
      'glob/Voorbeelddossier_PaO_POSWV_full.xml',
      'glob/Voorbeelddossier_PaO_VOSWV_full.xml',
    ]);
    const none = bin(['swv', 'validate', 'glob/*.nope']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('E_IO glob/*.nope: geen bestanden gevonden voor dit patroon');
  });

  it('a directory: walked with -r; without -r it is a usage error for that input', () => {
    mkdirSync(join(tmp, 'tree/sub'), { recursive: true });
    const [a, b] = paoFiles();
    copyFileSync(a!, join(tmp, 'tree/a.xml'));
    copyFileSync(b!, join(tmp, 'tree/sub/b.xml'));
    writeFileSync(join(tmp, 'tree/notes.txt'), 'geen dossier');
    const r = bin(['swv', 'validate', '-r', 'tree', '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as BatchReport[]).map((x) => x.file)).toEqual([
      'tree/a.xml',
      'tree/sub/b.xml',
    ]);
    const flat = bin(['swv', 'validate', 'tree']);
    expect(flat.code).toBe(2);
    expect(flat.err).toContain('E_USAGE tree: is een map; gebruik -r om de map te doorlopen');
  });

  it('many files (worker threads): reports in input order, text closes with a summary', () => {
    // More files than WORKER_THRESHOLD (32), so worker threads take part.
    const files = Array.from({ length: 40 }, (_, i) => paoFiles()[i % 4]!);
    const r = bin(['swv', 'validate', ...files]);
    expect(r.code).toBe(0);
    const heads = r.out.split('\n').filter((l) => / geldig \(/.test(l));
    expect(heads.map((l) => l.split(':')[0])).toEqual(files);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe(
      '40 bestanden: 40 geldig, 0 ongeldig, 0 onbruikbaar',
    );
    expect(r.err).toBe(''); // no progress line when stderr is not a terminal
  });

  it('workers started early for 32 arguments that turn out fewer files are ended: the run exits', () => {
    // 32 arguments start the workers before the program loads (startEarly); two are directories
    // without -r (a usage error each), so 30 files remain, below WORKER_THRESHOLD: the batch closes
    // the early pool and validates in one thread, and the process ends.
    mkdirSync(join(tmp, 'map'), { recursive: true });
    const files = Array.from({ length: 32 }, (_, i) =>
      i === 5 || i === 20 ? join(tmp, 'map') : paoFiles()[i % 4]!,
    );
    const r = bin(['swv', 'validate', ...files, '--format', 'json']);
    expect(r.code).toBe(2);
    const reports = JSON.parse(r.out) as BatchReport[];
    expect(reports.map((x) => x.file)).toEqual(files);
    expect(reports.map((x) => x.error?.code ?? x.valid)).toEqual(
      files.map((_, i) => (i === 5 || i === 20 ? 'E_USAGE' : true)),
    );
  });

  it.skipIf(!existsSync('/usr/bin/script'))('on a terminal: a progress line on stderr', () => {
    const files = paoFiles()
      .map((f) => `"${f}"`)
      .join(' ');
    const r = spawnSync(
      'script',
      ['-qec', `"${process.execPath}" "${BIN}" swv validate ${files} --format json`, '/dev/null'],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('\r1/4 bestanden gecontroleerd…');
    expect(r.stdout).toContain('\r\x1b[K'); // cleared before the next report and at the end
  });

  it('--quiet: nothing for valid files, no summary', () => {
    const r = bin(['swv', 'validate', ...paoFiles(), '--quiet']);
    expect([r.code, r.out, r.err]).toEqual([0, '', '']);
  });

  it('swv validate accepts a JSON dossier, as oso validate does', () => {
    const json = join(tmp, 'po.json');
    expect(bin(['oso', 'convert', paoFiles()[0]!, '--to', 'json', '-o', json]).code).toBe(0);
    const r = bin(['swv', 'validate', json, '--format', 'json']);
    const [rep] = JSON.parse(r.out) as BatchReport[];
    expect(rep).toMatchObject({ file: json, afsprakenset: 'OSO-SWV', profile: 'PO-SWV' });
    expect(rep!.error).toBeUndefined();
  });
});

describe.skipIf(!HAVE)('formats for CI', () => {
  it('SARIF 2.1.0: valid against the official schema, one result per finding', () => {
    const files = [...paoFiles(), 'missing.xml'];
    const r = bin(['swv', 'validate', ...files, '--profile', 'vo-swv', '--format', 'sarif']);
    expect(r.code).toBe(2);
    const { log, errors } = readSarif(r.out);
    expect(errors).toEqual([]);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.artifacts).toHaveLength(5);
    expect(run.results.some((x) => x.ruleId === 'PaO.VV01' && x.level === 'error')).toBe(true);
    expect(run.results.some((x) => x.ruleId === 'E_IO' && x.level === 'error')).toBe(true);
    expect(run.invocations[0]!.exitCode).toBe(2);
  });

  it('JUnit XML: read back by a JUnit parser, one testcase per input', async () => {
    const files = [...paoFiles(), 'missing.xml'];
    const r = bin(['swv', 'validate', ...files, '--profile', 'vo-swv', '--format', 'junit']);
    expect(r.code).toBe(2);
    const parsed = await readJunit(r.out);
    expect([parsed.tests, parsed.errors]).toEqual([5, 1]);
    const cases = parsed.testsuite![0]!.testcase!;
    expect(cases.map((c) => c.name)).toEqual(files);
    // The PO examples fail as VO-SWV; the VO examples pass; missing.xml is an error.
    expect(cases[0]!.failure?.[0]?.type).toMatch(/^PaO\./);
    expect(cases[2]!.failure).toBeUndefined();
    expect(cases[4]!.error?.[0]?.type).toBe('E_IO');
    expect(parsed.failures).toBe(2);
  });
});

describe.skipIf(!HAVE)('pipes and outputs', () => {
  it('EPIPE: `| head -1` ends quietly', () => {
    const files = Array.from({ length: 40 }, (_, i) => paoFiles()[i % 4]!);
    const r = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" "${BIN}" swv validate ${files.map((f) => `"${f}"`).join(' ')} --format json | head -c 10 >/dev/null`,
      ],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('render writes to stdout by default and warns when the dossier is not valid for its profile', () => {
    const ok = bin(['swv', 'render', paoFiles()[0]!]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^<!DOCTYPE html>/i);
    expect(ok.err).toBe('');
    // A PO-SWV dossier with a geboorteplaats (forbidden, PaO.LL10) is rendered with a warning.
    const xml = readFileSync(paoFiles()[0]!, 'utf8').replace(
      /(<geboortedatum>[^<]*<\/geboortedatum>)/,
      '$1<geboorteplaats>Utrecht</geboorteplaats>',
    );
    const bad = join(tmp, 'bad-po.xml');
    writeFileSync(bad, xml);
    const warn = bin(['swv', 'render', bad, '-o', join(tmp, 'bad.html')]);
    expect(warn.code).toBe(0);
    expect(warn.err).toMatch(/^waarschuwing .*bad-po\.xml: het dossier is niet geldig voor PO-SWV/);
  });

  it('swv select: an export with a fout is not written unless --forceer (#17 item 1)', () => {
    // Content outside the schema (another namespace) carrying a BSN-like value.
    const xml = readFileSync(paoFiles()[0]!, 'utf8').replace(
      /(<geboortedatum>[^<]*<\/geboortedatum>)/,
      '$1<opmerking xmlns="urn:other">229854382</opmerking>',
    );
    const input = join(tmp, 'leak.xml');
    writeFileSync(input, xml);
    const out = join(tmp, 'leak-swv.xml');
    const r = bin(['swv', 'select', input, '--profile', 'po-swv', '-o', out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(r.err).toContain(`niet geschreven ${out}: het SWV-dossier heeft`);
    const forced = bin(['swv', 'select', input, '--profile', 'po-swv', '-o', out, '--forceer']);
    expect(forced.code).toBe(1);
    expect(existsSync(out)).toBe(true);
  });

  it('every `swv select --help` example runs as written, for every profile', () => {
    const help = bin(['swv', 'select', '--help']).out;
    const fullFor = {
      'po-swv': 'Voorbeelddossier_PaO_POSWV_full.xml',
      'vo-swv': 'Voorbeelddossier_PaO_VOSWV_full.xml',
    };
    for (const example of SELECT_EXAMPLES) {
      expect(help).toContain(example);
      const profile = /--profile (\S+)/.exec(example)![1] as keyof typeof fullFor;
      const dir = mkdtempSync(join(tmp, 'ex-'));
      copyFileSync(join(PAO, fullFor[profile]), join(dir, 'volledig.xml'));
      const args = example.split(' ').slice(1);
      const r = bin(args, { cwd: dir });
      expect(r.code, `${example}\n${r.err}`).toBe(0);
      expect(existsSync(join(dir, 'swv.xml'))).toBe(true);
    }
  });
});
