import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { generate, FOCUS_HO, FOCUS_NFO } from '../scripts/generate-duo.mjs';
import {
  PLAN_CATEGORIEEN,
  PLAN_CLASSIFIERS,
  PLAN_REGELS,
  planSync,
  planToCsv,
  writePlan,
  type SyncConfig,
  type SyncPlan,
} from '../src/index.js';

interface Truth {
  categorie: string;
  entiteit: string;
  rioCode: string;
  rioCohortcode?: string;
  sisSleutel?: string;
  cohorten?: string[];
}

const project = (p: SyncPlan): string[] =>
  p.items
    .map((i) =>
      JSON.stringify({
        categorie: i.categorie,
        entiteit: i.entiteit,
        rioCode: i.rioCode,
        rioCohortcode: i.rioCohortcode,
        sisSleutel:
          i.categorie === 'edu-dex' ||
          i.categorie === 'handmatig' ||
          i.categorie === 'verouderd' ||
          i.categorie === 'ontbreekt-in-sis'
            ? undefined
            : i.sisSleutel,
        cohorten: i.cohorten,
      }),
    )
    .sort();
const projectTruth = (t: Truth[]): string[] =>
  t
    .map((i) =>
      JSON.stringify({
        categorie: i.categorie,
        entiteit: i.entiteit,
        rioCode: i.rioCode,
        rioCohortcode: i.rioCohortcode,
        sisSleutel: i.sisSleutel,
        cohorten: i.cohorten,
      }),
    )
    .sort();

let dir: string;
let gen: {
  bestuur: string;
  sisFile: string;
  truth: Truth[];
  config: SyncConfig;
  besturen: Record<string, { truth: Truth[]; config: SyncConfig; sisFile: string }>;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rio-sync-'));
  gen = generate({
    outDir: dir,
    scale: 0.003,
    per: 3,
    seed: 7,
    besturen: 200,
    focus: [
      { bestuur: FOCUS_NFO, sectors: ['NFO'] },
      { bestuur: FOCUS_HO, sectors: ['HO'] },
    ],
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ALL = [
  'koppelen',
  'al-gekoppeld',
  'edu-dex',
  'edu-dex-conflict',
  'handmatig',
  'ontbreekt-in-sis',
  'verouderd',
  'kandidaat',
  'cohortverschil',
  'ontkoppelen',
  'conflict',
] as const;

describe.each([
  ['NFO', FOCUS_NFO],
  ['HO', FOCUS_HO],
])("planSync on DUO's real layout, %s bestuur", (sector, bestuur) => {
  it('with no config file at all: the plan is the truth, every category but handmatig exercised (handmatig items planned as missing in the SIS)', async () => {
    const g = gen.besturen[bestuur]!;
    const plan = await planSync({ bestuur, rioDir: dir, sisFile: g.sisFile });
    const handmatig = new Set(g.config.handmatig);
    const want = g.truth.map((t) =>
      handmatig.has(t.rioCode) ? { ...t, categorie: 'ontbreekt-in-sis' } : t,
    );
    expect(project(plan)).toEqual(projectTruth(want));
    // handmatig is by definition the user's list (guide §4.1 Let op 2): the one category a config needs
    for (const c of ALL.filter((x) => x !== 'handmatig'))
      expect(plan.samenvatting[c], c).toBeGreaterThan(0);
    expect(plan.samenvatting.handmatig).toBe(0);
    expect(plan.items.every((i) => i.rioCode !== '')).toBe(true);
    expect(plan.bronnen.every((b) => /^[0-9a-f]{64}$/.test(b.sha256))).toBe(true);
    expect(plan.items.every((i) => i.sector === sector)).toBe(true);
    // nothing is a fout; the small files are below the guide's size indication: a waarschuwing
    expect(plan.findings.filter((f) => f.severity === 'fout')).toEqual([]);
    expect(plan.findings.map((f) => f.code)).toContain('RIO.SYNC.AANNAME');
    // (an HO bestuur reads the NFO offerings and cohorts too: to see that no file lost its rows)
    const omvang = ['/aangeboden_nfo_opleidingen', '/aangeboden_nfo_opleiding_cohorten'];
    if (sector === 'NFO') omvang.push('/nfo_opleidingen');
    expect(
      plan.findings
        .filter((f) => f.code === 'RIO.SYNC.OMVANG')
        .map((f) => f.path)
        .sort(),
    ).toEqual(omvang.sort());
  });

  it('with only the handmatig list (no sizes, no columns) gives exactly the truth, every category present', async () => {
    const g = gen.besturen[bestuur]!;
    const plan = await planSync({
      bestuur,
      rioDir: dir,
      sisFile: g.sisFile,
      config: { handmatig: g.config.handmatig! },
    });
    expect(project(plan)).toEqual(projectTruth(g.truth));
    for (const c of ALL) expect(plan.samenvatting[c], c).toBeGreaterThan(0);
  });

  it('with the override file (handmatig, expected rows) gives exactly the truth, every category present', async () => {
    const g = gen.besturen[bestuur]!;
    const plan = await planSync({ bestuur, rioDir: dir, sisFile: g.sisFile, config: g.config });
    expect(project(plan)).toEqual(projectTruth(g.truth));
    for (const c of ALL) expect(plan.samenvatting[c], c).toBeGreaterThan(0);
    expect(plan.items.some((i) => i.entiteit === 'cohort' && i.categorie === 'koppelen')).toBe(
      true,
    );
    const kandidaat = plan.items.find((i) => i.categorie === 'kandidaat')!;
    expect(kandidaat.bewijs![0]).toMatchObject({ datum: true, naam: 1 });
    // parallel NLD and ENG offerings are both current
    const parallel = plan.items.filter(
      (i) => i.entiteit === 'aangebodenOpleiding' && i.categorie === 'koppelen',
    );
    expect(parallel.length).toBeGreaterThan(2);
    for (const i of plan.items) expect(i.regel ?? 'cohort').toBeTruthy();
  });
});

describe('planSync writes', () => {
  it('writes JSON and CSV a job can run from', async () => {
    const plan = await planSync({
      bestuur: FOCUS_NFO,
      rioDir: dir,
      sisFile: gen.besturen[FOCUS_NFO]!.sisFile,
    });
    const out = join(dir, 'plan.json');
    await writePlan(plan, { json: out, csv: join(dir, 'plan.csv') });
    expect(JSON.parse(readFileSync(out, 'utf8')).items).toHaveLength(plan.items.length);
    const csv = planToCsv(plan).trimEnd().split('\r\n');
    expect(csv[0]).toBe(
      'categorie;actie;entiteit;sector;rioCode;rioCohortcode;sleutelveld;sisSleutel;rioSleutel;ooapiType;naam;cohorten;bewijs;reden',
    );
    expect(csv).toHaveLength(plan.items.length + 1);
    const link = plan.items.find(
      (i) => i.categorie === 'koppelen' && i.entiteit === 'opleidingseenheid',
    )!;
    expect(link).toMatchObject({
      actie: 'link',
      sleutelveld: 'eigenOpleidingseenheidSleutel',
      ooapiType: 'education-specifications',
    });
    const unlink = plan.items.find((i) => i.categorie === 'ontkoppelen')!;
    expect(unlink.actie).toBe('unlink');
  });
});

describe('SIS side as CSV', () => {
  it('plans the same as from OOAPI JSON', async () => {
    const g = gen.besturen[FOCUS_HO]!;
    const sis = JSON.parse(readFileSync(g.sisFile, 'utf8'));
    const rio = (o: { consumers?: Record<string, string>[] }, k: string) =>
      o.consumers?.[0]?.[k] ?? '';
    const nl = (o: { name: { value: string }[] }) => o.name[0]!.value;
    const rows = ['TYPE;SLEUTEL;RIOCODE;CODE;NAAM;BEGINDATUM;EINDDATUM;OUDER'];
    const q = (v: string) => (/[;"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    for (const e of sis.educationSpecifications)
      rows.push(
        [
          'opleidingseenheid',
          e.educationSpecificationId,
          rio(e, 'opleidingseenheidcode'),
          e.primaryCode.code,
          nl(e),
          e.validFrom ?? '',
          '',
          '',
        ]
          .map(q)
          .join(';'),
      );
    for (const p of [...sis.programs, ...sis.courses])
      rows.push(
        [
          'aangebodenOpleiding',
          p.programId ?? p.courseId,
          rio(p, 'aangebodenOpleidingCode'),
          p.primaryCode.code,
          nl(p),
          p.validFrom ?? '',
          '',
          '',
        ]
          .map(q)
          .join(';'),
      );
    for (const o of sis.offerings)
      rows.push(
        ['cohort', o.primaryCode.code, '', '', 'aanbod', o.startDate, '', o.program ?? o.course]
          .map(q)
          .join(';'),
      );
    const csv = join(dir, 'sis.csv');
    writeFileSync(csv, rows.join('\r\n') + '\r\n');
    const plan = await planSync({ bestuur: FOCUS_HO, rioDir: dir, sisFile: csv, config: g.config });
    expect(project(plan)).toEqual(projectTruth(g.truth));
  });
});

describe('the plan decision table (#10 item 1)', () => {
  it('every rule has a classifier and every classifier a rule; every category is reachable', () => {
    expect(Object.keys(PLAN_CLASSIFIERS).sort()).toEqual(PLAN_REGELS.map((r) => r.id).sort());
    const reached = new Set([...PLAN_REGELS.map((r) => r.categorie), 'koppelen', 'cohortverschil']);
    for (const c of PLAN_CATEGORIEEN) expect(reached.has(c.categorie), c.categorie).toBe(true);
    for (const r of PLAN_REGELS) expect(r.voorwaarde.length).toBeGreaterThan(20);
  });

  it('every plan item names the rule that decided it', async () => {
    const g = gen.besturen[FOCUS_HO]!;
    const plan = await planSync({
      bestuur: FOCUS_HO,
      rioDir: dir,
      sisFile: g.sisFile,
      config: g.config,
    });
    const ids = new Set(PLAN_REGELS.map((r) => r.id));
    for (const i of plan.items.filter(
      (x) => x.entiteit !== 'cohort' && x.categorie !== 'cohortverschil',
    ))
      expect(ids.has(i.regel!), `${i.rioCode} ${i.regel}`).toBe(true);
  });
});
