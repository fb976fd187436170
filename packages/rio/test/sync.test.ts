import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { generate } from '../scripts/generate-duo.mjs';
import { planSync, planToCsv, writePlan, type SyncConfig, type SyncPlan } from '../src/index.js';

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
let gen: { bestuur: string; truth: Truth[]; config: SyncConfig; sizes: Record<string, number> };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rio-sync-'));
  gen = generate({ outDir: dir, scale: 0.003, per: 3, seed: 7, besturen: 200 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('planSync over a generated set with a known truth', () => {
  it('produces exactly the truth, every category present', async () => {
    const plan = await planSync({
      bestuur: gen.bestuur,
      rioDir: dir,
      sisFile: join(dir, 'sis.json'),
      config: gen.config,
    });
    expect(project(plan)).toEqual(projectTruth(gen.truth));
    for (const c of [
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
    ])
      expect(plan.samenvatting[c as keyof typeof plan.samenvatting], c).toBeGreaterThan(0);
    expect(plan.items.some((i) => i.entiteit === 'cohort' && i.categorie === 'koppelen')).toBe(
      true,
    );
    const kandidaat = plan.items.find((i) => i.categorie === 'kandidaat')!;
    expect(kandidaat.bewijs![0]).toMatchObject({ code: expect.any(Boolean), datum: true, naam: 1 });
    expect(plan.bronnen.map((b) => b.file.split('/').pop()).sort()).toHaveLength(6);
  });

  it('writes JSON and CSV a job can run from', async () => {
    const plan = await planSync({
      bestuur: gen.bestuur,
      rioDir: dir,
      sisFile: join(dir, 'sis.json'),
      config: gen.config,
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
    const sis = JSON.parse(readFileSync(join(dir, 'sis.json'), 'utf8'));
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
    const plan = await planSync({
      bestuur: gen.bestuur,
      rioDir: dir,
      sisFile: csv,
      config: gen.config,
    });
    expect(project(plan)).toEqual(projectTruth(gen.truth));
  });
});
