/**
 * Finding messages come from catalogues (#10 item 4): every finding a representative set of inputs
 * gives through oso, oso-swv, oso-overstap, oke and rio has a template — in its package's catalogue,
 * core's generic catalogues or the rule declaration that emitted it — and its message is that
 * template rendered from the finding's own params, with no placeholder left; no source builds a
 * finding with a message written inline.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DERIVATION_MESSAGES,
  MANIFEST_MESSAGES,
  PROFILE_CATALOGUE,
  SCHEMA_MESSAGES,
  XSD_MESSAGES,
  buildDerivationMatrix,
  checkManifest,
  messageCode,
  placeholders,
  renderMessage,
  type Catalogue,
  type Finding,
} from '@edustandaard/core';
import * as oso from '@edustandaard/oso';
import * as swv from '@edustandaard/oso-swv';
import * as ov from '@edustandaard/oso-overstap';
import * as oke from '@edustandaard/oke';
import * as rio from '@edustandaard/rio';
import { scanPackages, scanSource } from './support/inline-messages.js';

const EXAMPLES = new URL('../../../../shared/reference/oso/2019.1/examples/', import.meta.url);
const HAVE = existsSync(EXAMPLES);
if (!HAVE)
  console.warn(`SKIP: ../shared/reference absent (${EXAMPLES.pathname}); OSO inputs skipped.`);
const example = (f: string): string => readFileSync(new URL(f, EXAMPLES), 'utf8');

/** Catalogues keyed by finding code (or code#variant; `X.*` for any code under `X.`, `*` for any). */
const CATALOGUES: readonly Catalogue[] = [
  PROFILE_CATALOGUE,
  MANIFEST_MESSAGES,
  DERIVATION_MESSAGES,
  swv.SWV_MESSAGES,
  oke.OKE_MESSAGES,
  rio.RIO_MESSAGES,
];

/** Rule declarations (profile rules, flow duties): code → templates. */
const RULES = new Map<string, string[]>();
const addRule = (code: string, message: string): void => {
  RULES.set(code, [...(RULES.get(code) ?? []), message]);
};
for (const p of [...oso.OSO_BASE_PROFILES, ...swv.SWV_PROFILES, ...ov.OV_PROFILES])
  for (const r of p.rules) addRule(r.code, r.message);
for (const d of oke.OKE_DUTIES) addRule(d.code, d.message);

const covers = (code: string, findingCode: string): boolean =>
  code === findingCode || (code.endsWith('.*') && findingCode.startsWith(code.slice(0, -1)));

/**
 * Every template a finding's message may come from.
 * @param f - a finding
 */
function templatesFor(f: Finding): string[] {
  const out: string[] = [];
  for (const c of CATALOGUES)
    for (const [id, t] of Object.entries(c.nl)) if (covers(messageCode(id), f.code)) out.push(t);
  const xsd = /\.XSD\.([A-Za-z]+)$/.exec(f.code);
  if (xsd) {
    const wording: Record<string, string> = f.code.startsWith('OSO.')
      ? { ...XSD_MESSAGES.nl, ...oso.OSO_XSD_MESSAGES.nl }
      : XSD_MESSAGES.nl;
    for (const [id, t] of Object.entries(wording)) if (messageCode(id) === xsd[1]) out.push(t);
    // The summary of a capped code keeps that code (issue #17 item 4); its template is `summary`.
    if (f.params?.summary === true) out.push(wording.summary!);
  }
  const schema = /\.(?:SCHEMA|JSON)\.([A-Za-z]+)$/.exec(f.code);
  if (schema)
    for (const [id, t] of Object.entries(SCHEMA_MESSAGES.nl))
      if (messageCode(id) === schema[1] || id === '*') out.push(t);
  const detail = oke.OKE_MESSAGES.nl['*#detail'];
  for (const t of RULES.get(f.code) ?? []) out.push(t, t + detail);
  return out;
}

/** Findings of one input, named for the failure message. */
type Run = [name: string, findings: () => Finding[] | Promise<Finding[]>];

const MUTATIONS: ReadonlyArray<[string, (x: string) => string]> = [
  [
    'unknown element',
    (x) => x.replace('<overdrachtsoort>', '<onbekend>x</onbekend><overdrachtsoort>'),
  ],
  [
    'foreign element',
    (x) =>
      x.replace('<overdrachtsoort>', '<v:vreemd xmlns:v="urn:x">1</v:vreemd><overdrachtsoort>'),
  ],
  [
    '150 unknown elements',
    (x) => x.replace('<overdrachtsoort>', `${'<o/>'.repeat(150)}<overdrachtsoort>`),
  ],
  ['unknown attribute', (x) => x.replace('<pakketnaam>', '<pakketnaam foo="x">')],
  ['bad date', (x) => x.replace(/<datum>[^<]*<\/datum>/, '<datum>2016-13-45</datum>')],
  ['empty text', (x) => x.replace(/<pakketnaam>[^<]*</, '<pakketnaam><')],
  ['text in a complex element', (x) => x.replace('<inzage>', '<inzage>tekst')],
  ['missing element', (x) => x.replace(/<pakketnaam>[^<]*<\/pakketnaam>/, '')],
  ['misplaced element', (x) => x.replace(/(<deeldossier>)/, '<datum>2016-01-02</datum>$1')],
  ['repeated element', (x) => x.replace(/(<standaardversie>[^<]*<\/standaardversie>)/, '$1$1')],
  ['wrong version', (x) => x.replace(/<standaardversie>[^<]*</, '<standaardversie>2018.1<')],
  ['unknown code', (x) => x.replace(/<soortadres>[^<]*</, '<soortadres>xx<')],
  ['no geboortedatum', (x) => x.replace(/<geboortedatum>[^<]*<\/geboortedatum>/, '')],
  ['bsn', (x) => x.replace(/(<leerling>)/, '$1<bsn>123456782</bsn>')],
  [
    'forbidden category',
    (x) => x.replace(/<cat_eindtoetsbo>[^<]*</, '<cat_eindtoetsbo>VERPLICHT<'),
  ],
];

function osoRuns(): Run[] {
  if (!HAVE) return [];
  const runs: Run[] = [];
  const files: Array<[string, (xml: string) => Finding[]]> = [
    ['PaO/Voorbeelddossier_PaO_POSWV_full.xml', (x) => oso.validate(x).issues],
    ['PaO/Voorbeelddossier_PaO_POSWV_full.xml', (x) => swv.validate(x).issues],
    ['PaO/Voorbeelddossier_PaO_VOSWV_opt_out.xml', (x) => swv.validate(x).issues],
    ['OV/Voorbeelddossier_OV_POVO_full.xml', (x) => ov.validate(x).issues],
    ['OV/Voorbeelddossier_OV_BB_opt_out.xml', (x) => ov.validate(x).issues],
  ];
  files.forEach(([file, validate], i) => {
    const xml = example(file);
    runs.push([`${i} ${file}`, () => validate(xml)]);
    for (const [name, mutate] of MUTATIONS)
      runs.push([`${i} ${file}: ${name}`, () => validate(mutate(xml))]);
  });
  // The JSON path (validateObject): the same dossier as an object, with JSON-only problems.
  const decoded = (): Record<string, unknown> =>
    structuredClone(oso.read(example(files[0]![0])).dossier) as unknown as Record<string, unknown>;
  const objectMutations: ReadonlyArray<[string, (d: Record<string, unknown>) => void]> = [
    ['metadata not an object', (d) => void (d.metadata = 'x')],
    ['unknown member', (d) => void (d.onbekend = 1)],
    ['number for a date', (d) => void ((d.metadata as Record<string, unknown>).datum = 5)],
    ['list for a single element', (d) => void (d.overdrachtsoort = ['swv-dossier'])],
  ];
  for (const [name, mutate] of objectMutations)
    runs.push([
      `JSON: ${name}`,
      () => {
        const d = decoded();
        mutate(d);
        return oso.validate(d as never, { version: '2019.1' }).issues;
      },
    ]);
  return runs;
}

function okeRuns(): Run[] {
  const runs: Run[] = oke.DUTY_EXAMPLES.map((e): Run => [
    `OKE ${e.code}`,
    () =>
      oke.OKE_DUTIES.find((d) => d.code === e.code)?.scope === 'chain'
        ? oke.checkChainDuties(e.interaction, e.violating.chain ?? {})
        : oke.check(e.interaction, e.direction, e.violating.message).issues,
  ]);
  const first = oke.INTERACTIONS[0]!.id;
  const withBody = oke.DUTY_EXAMPLES.find((e) => e.direction === 'request')!.interaction;
  runs.push(
    [
      // The conformance kit against the reference server with a planted wrong status, then down.
      'OKE conformance run',
      async () => {
        const s = await oke.startReferenceServer({
          role: 'TPL',
          faults: { status: { partialUpdateAssociationById: 204 } },
        });
        const steps = (await oke.runConformance('TPL', s.url, { seed: 7 })).steps;
        await s.close();
        const down = await oke.runConformance('TPL', s.url, { seed: 8, timeoutMs: 1000 });
        return [...steps, ...down.steps].flatMap((x) => x.issues);
      },
    ],
    ['OKE wrong shape', () => oke.check(withBody, 'request', { onbekend: 1, state: 3 }).issues],
    ['OKE no body', () => oke.check(first, 'request', undefined).issues],
    ['OKE wrong status', () => oke.check(first, 'response', {}, { status: 299 }).issues],
  );
  return runs;
}

function rioRuns(): Run[] {
  const fout = (foutcode: string) =>
    `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><aanleveren_opleidingseenheid_response xmlns="${rio.NS_BEHEREN}"><requestGoedgekeurd>false</requestGoedgekeurd>${
      foutcode
        ? `<foutmelding><foutcode>${foutcode}</foutcode><fouttekst>Opleidingseenheid 123456782 bestaat niet.</fouttekst><sleutelgegeven><sleutelnaam>opleidingseenheidcode</sleutelnaam><sleutelwaarde>1234O5678</sleutelwaarde></sleutelgegeven></foutmelding>`
        : ''
    }</aanleveren_opleidingseenheid_response></s:Body></s:Envelope>`;
  const element = Object.keys(rio.RIO_EXAMPLES)[0]!;
  return [
    [
      // DUO exports (rio's generator, as the CLI's rio tests use it) with two exports missing.
      'RIO sync: exports missing, column names on assumption',
      async () => {
        const dir = duoExports();
        const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as never;
        const cut = join(dir, '..', 'cut');
        cpSync(dir, cut, { recursive: true });
        rmSync(join(cut, 'nfo_opleidingen.csv'));
        rmSync(join(cut, 'aangeboden_nfo_opleiding_cohorten.csv'));
        return (await rio.readRioSide(cut, '100B490', { config })).findings;
      },
    ],
    ['RIO foutmelding', () => rio.responseToReport(rio.readResponse(fout('A01234'))).issues],
    ['RIO afgekeurd', () => rio.responseToReport(rio.readResponse(fout(''))).issues],
    [
      'RIO message with unknown content',
      () => rio.buildMessage(`${element}_request`, { onbekend: 'x' }).issues,
    ],
  ];
}

let tmp: string | undefined;
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Small generated DUO exports (bestuur 100B490 with its config), made once. */
function duoExports(): string {
  tmp ??= mkdtempSync(join(tmpdir(), 'catalogue-rio-'));
  const dir = join(tmp, 'rio');
  if (existsSync(dir)) return dir;
  const generator = fileURLToPath(new URL('../../rio/scripts/generate-duo.mjs', import.meta.url));
  const args = ['--scale', '0.001', '--per', '2', '--seed', '5', '--besturen', '50'];
  const r = spawnSync(process.execPath, [generator, dir, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return dir;
}

function coreRuns(): Run[] {
  return [
    ['manifest', () => checkManifest({ id: 1, status: 'x', actors: [{}], interactions: [{}] })],
    [
      'derivations',
      () =>
        buildDerivationMatrix([
          {
            afsprakenset: 'X',
            version: '1',
            derivations: [{ element: 'a', concept: 'Nope' as never }],
          },
          { afsprakenset: 'X', version: '1', derivations: [] },
        ]).issues,
    ],
  ];
}

describe('every emitted finding message comes from a catalogue', () => {
  const runs = [...osoRuns(), ...okeRuns(), ...rioRuns(), ...coreRuns()];
  const seen = new Set<string>();
  it.each(runs)('%s', async (_name, findings) => {
    let issues: Finding[];
    try {
      issues = await findings();
    } catch (e) {
      // Unusable input is an error, not a finding: nothing to check here.
      if (e instanceof Error && e.name === 'EdustandaardError') return;
      throw e;
    }
    for (const f of issues) {
      seen.add(f.code);
      const templates = templatesFor(f);
      expect(templates.length, `${f.code}: no template`).toBeGreaterThan(0);
      const params = f.params ?? {};
      const matching = templates.filter((t) => renderMessage(t, params) === f.message);
      expect(matching, `${f.code} at ${f.path}: ${f.message}`).not.toEqual([]);
      // (c) every placeholder of the template was supplied by the emitter (a `{…}` in a value, such
      // as an OpenAPI path template, is not one).
      const unfilled = matching.map((t) =>
        placeholders(t).filter((name) => params[name] === undefined),
      );
      expect(
        unfilled.some((u) => u.length === 0),
        `${f.code}: placeholder left ${String(unfilled)}`,
      ).toBe(true);
    }
  });
  it('the set is representative: codec, rule, duty, schema, RIO and core findings occur', () => {
    const codes = [...seen];
    const expected = [
      /^OSO\.XSD\./,
      /^OSO\.CODELIJST\./,
      /^OG\./,
      /^PaO\./,
      /^OV[ab]\./,
      /^OKE\.(F|ID|KETEN)/,
      /^OKE\.SCHEMA\./,
      /^OKE\.BODY\./,
      /^OKE\.CONFORM\./,
      /^RIO\./,
      /^RIO\.SYNC\./,
      /^MANIFEST\./,
      /^DERIVATION\./,
    ];
    if (!HAVE) expected.splice(0, 5);
    for (const re of expected)
      expect(
        codes.some((c) => re.test(c)),
        String(re),
      ).toBe(true);
  });
});

describe('catalogues', () => {
  it('every template of every catalogue has a code of the grammar and well-formed placeholders', () => {
    for (const c of [...CATALOGUES, XSD_MESSAGES, SCHEMA_MESSAGES]) {
      for (const [id, t] of Object.entries(c.nl)) {
        expect(id).toMatch(/^(?:\*|[A-Za-z][A-Za-z0-9_.-]*(?:\.\*)?)(?:#[A-Za-z]+)?$/);
        // A brace that is not a placeholder is a typo in a template.
        expect(t.replace(/\{[A-Za-z_][A-Za-z0-9_]*(?::(?:quoted|json))?\}/g, ''), id).not.toMatch(
          /[{}]/,
        );
        expect(placeholders(t).length).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('no finding is built with an inline message (source scan)', () => {
  it('finds an inline message where there is one (the scan works)', () => {
    const src = [
      "const f = { code: 'X.Y', severity: 'fout', path: '/', message: `Element ${n} ontbreekt.` };",
      "out.push(structuralFinding(ctx, 'k', '/', 'Een tekst.', {}));",
      "const ok = { code: 'X.Y', message: formatMessage(C, 'X.Y', p) };",
      "const err = { code: 'E_INTERNAL', message: 'interne fout' };",
      "const rule = { code: 'PaO.X', severity: 'fout', message: 'Regel.', paths: [], check: {} };",
    ].join('\n');
    expect(scanSource('x.ts', src).map((h) => h.line)).toEqual([1, 2]);
  });
  it('every package source outside catalogues and rule data', () => {
    const packages = fileURLToPath(new URL('../../', import.meta.url));
    const scanned: string[] = [];
    const hits = scanPackages(packages, scanned).map((h) => `${h.file}:${h.line}: ${h.text}`);
    expect(hits).toEqual([]);
    // Not vacuous: the emitters of every package were read.
    for (const f of [
      'core/src/xml/decode.ts',
      'oso-swv/src/privacy.ts',
      'oke/src/check.ts',
      'rio/src/messages/read.ts',
      'rio/src/sync/rio-side.ts',
    ])
      expect(scanned).toContain(f);
  }, 60_000);
});
