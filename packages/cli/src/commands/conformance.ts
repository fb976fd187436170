/**
 * `edustandaard conformance run`: runs the conformance suite of `@edustandaard/conformance` (#15 item 2)
 * against a vendor's own command — the same protocol as the suite's `run.py` for those without Node.
 *
 *   edustandaard conformance run --exporter <cmd> [--suite <dir>] [--only <regex>] [--stdin] [--format text|json]
 *   edustandaard conformance run --importer <cmd> [--suite <dir>] [--stdin] [--format text|json]
 *
 * Exporter: per case `<cmd> <dossier.xml>` (or `{input}` in cmd; `--stdin` pipes the XML), with
 * `{profile}`, `{version}`, `{afsprakenset}` replaced and set as `EDUSTANDAARD_PROFILE|VERSION|AFSPRAKENSET`;
 * it prints `{ valid, issues: [{ code, path, severity }] }` (expected-findings or our report, also in a
 * one-element list). Compared: `valid` and the multiset of (code, path, severity).
 * Importer (§2.7 "toont alle ontvangen gegevens"): `<cmd> <dossier.xml>` prints text or HTML in which
 * every leaf value of the dossier appears (HTML entities decoded, whitespace normalised; dates also as
 * d-m-jjjj, booleans as ja/nee; an attachment by its bestandsnaam).
 * Exit: 0 all pass, 1 a case fails, 2 unusable suite or usage.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import { EdustandaardError, parseXmlTree, type RawElement } from '@edustandaard/core';
import { formatOption } from '../program.js';
import { EXIT_FINDINGS, EXIT_OK } from '../exit.js';

interface SuiteCase {
  id: string;
  afsprakenset?: string;
  profile?: string;
  version?: string;
  rule?: string;
  input: string;
  expected?: string;
}
interface SuiteIndex {
  cases: SuiteCase[];
  importer: SuiteCase[];
}
interface Finding {
  code: string;
  path: string;
  severity: string;
}
interface CaseResult {
  id: string;
  ok: boolean;
  error?: string;
  missing?: Finding[];
  unexpected?: Finding[];
  valid?: boolean;
  expectedValid?: boolean;
  absent?: { element: string; value: string }[];
}

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

function locateSuite(dir: string | undefined): string {
  if (dir) return dir;
  try {
    return join(
      dirname(createRequire(import.meta.url).resolve('@edustandaard/conformance/package.json')),
      'suite',
    );
  } catch {
    throw new EdustandaardError(
      'E_USAGE',
      'geen suite gevonden: installeer @edustandaard/conformance of geef --suite <map>',
    );
  }
}

function runCommand(
  cmd: string,
  path: string,
  c: SuiteCase,
  stdin: boolean,
  timeout: number,
): string {
  const values: Record<string, string> = {
    profile: c.profile ?? '',
    version: c.version ?? '',
    afsprakenset: c.afsprakenset ?? '',
    input: quote(path),
  };
  let line = cmd.replace(/\{(profile|version|afsprakenset|input)\}/g, (_, k: string) => values[k]!);
  if (!cmd.includes('{input}') && !stdin) line += ` ${quote(path)}`;
  const p = spawnSync(line, {
    shell: true,
    input: stdin ? readFileSync(path) : undefined,
    env: {
      ...process.env,
      EDUSTANDAARD_PROFILE: values.profile,
      EDUSTANDAARD_VERSION: values.version,
      EDUSTANDAARD_AFSPRAKENSET: values.afsprakenset,
    },
    timeout: timeout * 1000,
    maxBuffer: 256 * 1024 * 1024,
  });
  // EPIPE: the command did not read the piped dossier; its output still counts.
  if (p.error && (p.error as NodeJS.ErrnoException).code !== 'EPIPE')
    throw new Error(p.error.message);
  const out = p.stdout.toString('utf8');
  const err = p.stderr.toString('utf8').trim();
  // An empty answer says nothing: pass on what the command said on stderr.
  if (out.trim() === '' && err) throw new Error(`geen uitvoer; stderr: ${err.slice(-300)}`);
  return out;
}

/** The vendor's findings: an object with `valid` and `issues`, or a list holding one. */
function reportOf(stdout: string): { valid: boolean; issues: Finding[] } {
  let doc = JSON.parse(stdout) as unknown;
  if (Array.isArray(doc)) {
    if (doc.length !== 1)
      throw new Error(`één rapport verwacht, een lijst van ${doc.length} gekregen`);
    doc = doc[0];
  }
  const r = doc as { valid?: unknown; issues?: unknown };
  if (
    typeof r !== 'object' ||
    r === null ||
    typeof r.valid !== 'boolean' ||
    !Array.isArray(r.issues)
  )
    throw new Error('een object met "valid" (boolean) en "issues" (lijst) verwacht');
  return r as { valid: boolean; issues: Finding[] };
}

const key = (i: Finding): string =>
  JSON.stringify([String(i.code), String(i.path), String(i.severity)]);
const unkey = (k: string): Finding => {
  const [code, path, severity] = JSON.parse(k) as string[];
  return { code: code!, path: path!, severity: severity! };
};

/** Items of `a` not matched by an item of `b` (multiset difference). */
function minus(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const left = new Map<string, number>();
  for (const i of b) left.set(key(i), (left.get(key(i)) ?? 0) + 1);
  const out: Finding[] = [];
  for (const i of a) {
    const n = left.get(key(i)) ?? 0;
    if (n > 0) left.set(key(i), n - 1);
    else out.push(unkey(key(i)));
  }
  return out;
}

/** Every leaf value of a dossier (element texts and attribute values), whitespace normalised. */
function leaves(el: RawElement, out: { element: string; value: string }[] = []): typeof out {
  const name = el.name.split(':').pop()!;
  for (const [k, v] of Object.entries(el.attributes))
    if (!k.startsWith('xmlns') && !k.includes(':'))
      out.push({ element: `${name}/@${k}`, value: norm(v) });
  const kids = el.children.filter((c): c is RawElement => typeof c !== 'string');
  if (kids.length === 0) {
    const text = norm(el.children.filter((c) => typeof c === 'string').join(''));
    if (text && name !== 'bestandsinhoud') out.push({ element: name, value: text });
  }
  for (const k of kids) leaves(k, out);
  return out;
}

const norm = (s: string): string => s.split(/\s+/).filter(Boolean).join(' ');

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};
function unescapeHtml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
        )
      : (NAMED[e.toLowerCase()] ?? m),
  );
}

function alternatives(v: string): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const out = [v];
  if (m) out.push(`${m[3]}-${m[2]}-${m[1]}`, `${Number(m[3])}-${Number(m[2])}-${m[1]}`);
  if (v === 'true') out.push('ja');
  if (v === 'false') out.push('nee');
  return out;
}

function exporterCase(c: SuiteCase, suite: string, o: RunOptions): CaseResult {
  const expected = JSON.parse(readFileSync(join(suite, c.expected!), 'utf8')) as {
    valid: boolean;
    issues: Finding[];
  };
  try {
    const got = reportOf(runCommand(o.exporter!, join(suite, c.input), c, o.stdin, o.timeout));
    const missing = minus(expected.issues, got.issues);
    const unexpected = minus(got.issues, expected.issues);
    const ok = missing.length === 0 && unexpected.length === 0 && got.valid === expected.valid;
    return { id: c.id, ok, missing, unexpected, valid: got.valid, expectedValid: expected.valid };
  } catch (e) {
    return { id: c.id, ok: false, error: `onbruikbare uitvoer: ${(e as Error).message}` };
  }
}

function importerCase(c: SuiteCase, suite: string, o: RunOptions): CaseResult {
  const path = join(suite, c.input);
  try {
    const shown = norm(unescapeHtml(runCommand(o.importer!, path, c, o.stdin, o.timeout)));
    const absent = leaves(parseXmlTree(readFileSync(path))).filter(
      (l) => !alternatives(l.value).some((a) => shown.includes(a)),
    );
    return { id: c.id, ok: absent.length === 0, absent };
  } catch (e) {
    return { id: c.id, ok: false, error: (e as Error).message };
  }
}

interface RunOptions {
  exporter?: string;
  importer?: string;
  suite?: string;
  only?: string;
  stdin: boolean;
  timeout: number;
  format: 'text' | 'json';
}

function formatText(results: readonly CaseResult[]): string {
  const lines: string[] = [];
  for (const r of results.filter((x) => !x.ok)) {
    lines.push(`FAIL ${r.id}`);
    if (r.error) lines.push(`  ${r.error}`);
    for (const m of r.missing ?? [])
      lines.push(`  ontbreekt    ${m.severity.padEnd(12)} ${m.code.padEnd(22)} ${m.path}`);
    for (const m of r.unexpected ?? [])
      lines.push(`  onverwacht   ${m.severity.padEnd(12)} ${m.code.padEnd(22)} ${m.path}`);
    if (r.valid !== undefined && r.valid !== r.expectedValid)
      lines.push(`  valid: ${r.valid}, verwacht ${r.expectedValid}`);
    for (const a of (r.absent ?? []).slice(0, 50))
      lines.push(`  niet getoond ${a.element} = ${a.value}`);
  }
  lines.push(`${results.filter((r) => r.ok).length} van ${results.length} geslaagd`);
  return lines.join('\n') + '\n';
}

/** Registers `edustandaard conformance run`. */
export function registerConformance(program: Command): void {
  const conformance = program
    .command('conformance')
    .description(
      'De conformiteitssuite (@edustandaard/conformance) tegen een eigen exporter of importer draaien.',
    );
  conformance
    .command('run')
    .description(
      'Draai de suite: --exporter <cmd> vergelijkt bevindingen, --importer <cmd> controleert dat alle ontvangen gegevens getoond worden (§2.7).',
    )
    .addOption(
      new Option(
        '--exporter <cmd>',
        'commando dat een dossier valideert en JSON-bevindingen print',
      ).conflicts('importer'),
    )
    .addOption(
      new Option('--importer <cmd>', 'commando dat een ontvangen dossier als tekst of HTML toont'),
    )
    .option('--suite <dir>', 'map van de suite (standaard: suite/ van @edustandaard/conformance)')
    .option('--only <regex>', 'alleen gevallen waarvan id of regel hierop past')
    .option('--stdin', 'het dossier op standaardinvoer geven in plaats van als pad', false)
    .addOption(
      new Option('--timeout <seconds>', 'seconden per geval').default(120).argParser(Number),
    )
    .addOption(formatOption())
    .action((o: RunOptions) => {
      if (!o.exporter && !o.importer)
        throw new EdustandaardError('E_USAGE', 'geef --exporter <cmd> of --importer <cmd>');
      const suite = locateSuite(o.suite);
      let index: SuiteIndex;
      try {
        index = JSON.parse(readFileSync(join(suite, 'index.json'), 'utf8')) as SuiteIndex;
      } catch (e) {
        throw new EdustandaardError(
          'E_USAGE',
          `suite onleesbaar (${join(suite, 'index.json')}): ${(e as Error).message}`,
        );
      }
      const only = o.only ? new RegExp(o.only) : undefined;
      const selected = (o.exporter ? index.cases : index.importer).filter(
        (c) => !only || only.test(c.id) || only.test(c.rule ?? ''),
      );
      if (selected.length === 0) throw new EdustandaardError('E_USAGE', 'geen geval geselecteerd');
      const results = selected.map((c) =>
        o.exporter ? exporterCase(c, suite, o) : importerCase(c, suite, o),
      );
      const passed = results.filter((r) => r.ok).length;
      process.stdout.write(
        o.format === 'json'
          ? JSON.stringify({ passed, total: results.length, results }, null, 2) + '\n'
          : formatText(results),
      );
      process.exitCode = passed === results.length ? EXIT_OK : EXIT_FINDINGS;
    });
}
