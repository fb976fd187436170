/**
 * The profile data against its sources: every rule code the 2024.1 document names exists as data
 * (found by a regex over the seed text), every rule is either executable, enforced by a table row or
 * explicitly documented as not machine-checkable, and the tables match the document's notation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATEGORIEEN,
  PO_SWV_2019_1,
  PO_SWV_2024_1,
  SWV_PROFILES,
  SWV_RULES,
  TABEL_1,
  TABEL_2,
  TABEL_3,
  VO_SWV_2019_1,
  VO_SWV_2024_1,
} from '../src/profiles-index.js';

const SEED = new URL('../../../../shared/seeds/oso-swv-profielen-2024.1.txt', import.meta.url);
const INVENTORY = new URL(
  '../../../../shared/reference/oso/2019.1/business-rules-2019.1.json',
  import.meta.url,
);

describe('rule codes named by the 2024.1 document', () => {
  it.skipIf(!existsSync(SEED))(
    'every PaO.* code in the seed text is a rule of the 2024.1 profiles (seed: ../shared/seeds)',
    () => {
      const text = readFileSync(SEED, 'utf8');
      const codes = [...new Set([...text.matchAll(/PaO\.[A-Z]{2}\d{2}/g)].map((m) => m[0]))].sort();
      // Tabel 1 and 2 name exactly these 31 codes (PaO.SL01 twice).
      expect(codes).toEqual([
        'PaO.CL01',
        'PaO.EB01',
        'PaO.EB02',
        'PaO.LL01',
        'PaO.LL02',
        'PaO.LL03',
        'PaO.LL04',
        'PaO.LL05',
        'PaO.LL06',
        'PaO.LL07',
        'PaO.LL08',
        'PaO.LL09',
        'PaO.LL10',
        'PaO.LL11',
        'PaO.LL12',
        'PaO.MD01',
        'PaO.MD02',
        'PaO.MD03',
        'PaO.OV01',
        'PaO.OV02',
        'PaO.OV03',
        'PaO.OV04',
        'PaO.SL01',
        'PaO.SL02',
        'PaO.SO01',
        'PaO.SO02',
        'PaO.SO03',
        'PaO.VV01',
        'PaO.VV02',
        'PaO.VV03',
        'PaO.VV04',
      ]);
      const data = new Set(SWV_RULES['2024.1'].map((r) => r.code));
      expect(codes.filter((c) => !data.has(c))).toEqual([]);
      // …and also of 2019.1 (the 2024.1 tables are the 2019.1 tables plus the §1.3 changes).
      const data2019 = new Set(SWV_RULES['2019.1'].map((r) => r.code));
      expect(codes.filter((c) => !data2019.has(c))).toEqual([]);
      // Every BR nr printed in Tabel 1/2 is in the transcribed table rows.
      const tableCodes = new Set([...TABEL_1, ...TABEL_2].flatMap((r) => r.br));
      expect(codes.filter((c) => !tableCodes.has(c))).toEqual([]);
    },
  );

  it.skipIf(!existsSync(INVENTORY))(
    'every PaO.* rule of the 2019.1 validation is a rule of the 2019.1 profiles, with its exact message',
    () => {
      const inv = JSON.parse(readFileSync(INVENTORY, 'utf8')) as {
        code: string;
        melding: string;
        bestand: string;
      }[];
      const pao = inv.filter((r) => r.bestand.startsWith('PaO/'));
      expect(pao.length).toBe(42);
      const rules = SWV_RULES['2019.1'];
      for (const r of pao) {
        const codes = r.code.split('/'); // "PaO.LL08/PaO.OV04"
        for (const code of codes) {
          const mine = rules.filter((x) => x.code === code);
          expect(mine.length, code).toBeGreaterThan(0);
          if (codes.length === 1)
            expect(
              mine.map((m) => m.message),
              code,
            ).toContain(r.melding);
        }
      }
      // The combined secret-value messages are rendered from one template per code.
      const ll08 = rules.find((r) => r.code === 'PaO.LL08')!;
      for (const r of pao.filter((x) => x.code === 'PaO.LL08/PaO.OV04')) {
        const soort = r.melding.includes('telefoon') ? 'telefoon' : 'e-mail';
        const waarde = soort === 'telefoon' ? '9999999999' : 'geheim@geheim.geheim';
        expect(ll08.message.replace('{soort}', soort).replace('{geheimwaarde}', waarde)).toBe(
          r.melding,
        );
      }
    },
  );
});

describe('every rule is a declaration: a vocabulary check, a table row, or documented as not checkable', () => {
  for (const p of SWV_PROFILES) {
    it(`${p.id} ${p.version}`, () => {
      const linked = new Set(p.elements.flatMap((e) => (e.rule ? [e.rule] : [])));
      const data = SWV_RULES[p.version as '2019.1' | '2024.1'];
      for (const r of p.rules) {
        const d = data.find((x) => x.code === r.code && x.paths.join() === r.paths.join())!;
        const ok = r.check !== undefined || linked.has(r.code) || d.nietToetsbaar !== undefined;
        expect(ok, `${r.code} has no check, no row and no reason`).toBe(true);
        // No logic outside the declaration: a bespoke predicate only with a reason in data.
        if (r.test !== undefined) expect(r.bespoke, `${r.code} bespoke`).toBeTruthy();
        if (d.nietToetsbaar !== undefined) expect(r.check ?? r.test).toBeUndefined();
      }
    });
  }
  it('a rule code is declared once per version and profile (a duplicate fails unless data records why)', () => {
    for (const version of ['2019.1', '2024.1'] as const) {
      for (const id of ['PO-SWV', 'VO-SWV'] as const) {
        const rules = SWV_RULES[version].filter((r) => r.profiles.includes(id));
        const counts = new Map<string, number>();
        for (const r of rules) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
        for (const [code, n] of counts) {
          if (n === 1) continue;
          // The document itself numbers two rules PaO.SL01 (school address, schoolloopbaan); both
          // declarations must say so in their divergence.
          const decl = rules.filter((r) => r.code === code);
          expect(
            decl.every((r) => r.divergence?.summary.includes(code) === true),
            `${version} ${id} ${code} declared ${n} times`,
          ).toBe(true);
        }
        expect([...counts].filter(([, n]) => n > 1).map(([c]) => c)).toEqual(
          version === '2019.1' ? ['PaO.SL01'] : ['PaO.SL01'],
        );
      }
    }
  });
  it('the duplicate-code check fails on a declaration copied under an existing code', () => {
    const rules = [
      ...SWV_RULES['2024.1'],
      { ...SWV_RULES['2024.1'].find((r) => r.code === 'PaO.LL06')! },
    ];
    const n = rules.filter((r) => r.code === 'PaO.LL06').length;
    expect(n).toBe(2);
    expect(
      rules.filter((r) => r.code === 'PaO.LL06').every((r) => r.divergence !== undefined),
    ).toBe(false);
  });
  it('dead 2019.1 rules are documentation only (PaO.ZB01/ZB02 test <zorg>, absent from the XSD)', () => {
    expect(
      PO_SWV_2019_1.rules.filter((r) => r.code.startsWith('PaO.ZB')).map((r) => [r.code, r.test]),
    ).toEqual([
      ['PaO.ZB01', undefined],
      ['PaO.ZB02', undefined],
    ]);
    expect(PO_SWV_2024_1.rules.some((r) => r.code.startsWith('PaO.ZB'))).toBe(false);
  });
});

describe('tables', () => {
  it('profile-specific rows follow the PO/VO columns (VVE only PO, doorstroomtoets only VO)', () => {
    const card = (p: typeof PO_SWV_2024_1, path: string) =>
      p.elements.find((e) => e.path === path)?.cardinality;
    const L = '/dossier/huidigeschool/leerling';
    expect(card(PO_SWV_2024_1, `${L}/vroegschools`)).toBe('*');
    expect(card(VO_SWV_2024_1, `${L}/vroegschools`)).toBe('0');
    expect(card(PO_SWV_2024_1, `${L}/doorstroomtoets`)).toBe('0');
    expect(card(VO_SWV_2024_1, `${L}/doorstroomtoets`)).toBe('?');
    expect(card(PO_SWV_2019_1, `${L}/eindtoets_basisonderwijs`)).toBe('0');
    expect(card(VO_SWV_2019_1, `${L}/eindtoets_basisonderwijs`)).toBe('?');
    expect(card(PO_SWV_2019_1, `${L}/bevorderd`)).toBe('0');
    expect(card(VO_SWV_2019_1, `${L}/bevorderd`)).toBeUndefined();
    for (const p of SWV_PROFILES) {
      for (const el of [
        'geboorteplaats',
        'nationaliteit',
        'bsn',
        'onderwijsnummer',
        'geboortemaand',
        'postcode4adres',
      ]) {
        expect(card(p, `${L}/${el}`), `${p.id} ${p.version} ${el}`).toBe('0');
      }
    }
  });

  it('Tabel 3 "verplicht volgens profiel" elements are mandatory rows of both profiles', () => {
    for (const r of TABEL_3.filter((x) => x['PO-SWV'].startsWith('Verplicht volgens profiel'))) {
      for (const p of [PO_SWV_2024_1, VO_SWV_2024_1]) {
        const row = p.elements.find((e) => e.path === r.path);
        expect(row && ['1', '+'].includes(row.cardinality), `${r.xmlTag} in ${p.id}`).toBe(true);
      }
    }
  });

  it('Figuur 4: one category row per categorie_uitlevering element, statuses as printed', () => {
    expect(
      CATEGORIEEN.filter((c) => c.inFiguur4).map(
        (c) => `${c.categorie}:${c['PO-SWV']}${c['VO-SWV']}`,
      ),
    ).toEqual([
      'Metadata:vv',
      'Ouderinzage:oo',
      'School:vv',
      'Leerling:vv',
      'Ouders/Verzorgers:vv',
      'VVE:ox',
      'Schoolloopbaan:vv',
      'Overstapadvies:oo',
      'Onderwijsondersteuning:vv',
      'Handelingsplannen:oo',
      'Verzuim:oo',
      'Doorstroomtoets:xo',
      'Toetsresultaten:oo',
      'Cijferlijsten:oo',
      'Bijlagedocumenten:oo',
    ]);
    const cat = VO_SWV_2024_1.elements.find((e) => e.path.endsWith('/cat_vve'))!;
    expect(cat.allowedValues).toEqual(['VERBODEN']);
    expect(
      PO_SWV_2019_1.elements.find((e) => e.path.endsWith('/cat_eindtoetsbo'))!.allowedValues,
    ).toEqual(['VERBODEN']);
  });

  it('every divergence cites at least two sources, and the secret telephone value differs per version as documented', () => {
    for (const r of [...SWV_RULES['2019.1'], ...SWV_RULES['2024.1']]) {
      if (r.divergence) expect(r.divergence.sources.length, r.code).toBeGreaterThanOrEqual(2);
    }
    const ll08 = (v: '2019.1' | '2024.1') => SWV_RULES[v].find((r) => r.code === 'PaO.LL08')!;
    expect(ll08('2024.1').divergence!.summary).toContain('999999999');
    expect(ll08('2024.1').divergence!.sources[0]!.version).toBe('2024.1');
  });

  it('profiles are JSON data (only the predicates are dropped)', () => {
    const json = JSON.parse(JSON.stringify(PO_SWV_2024_1)) as {
      rules: { code: string }[];
      elements: unknown[];
    };
    expect(json.rules.length).toBe(PO_SWV_2024_1.rules.length);
    expect(json.elements.length).toBe(PO_SWV_2024_1.elements.length);
  });
});

describe('manifest', () => {
  it('both manifests pass core checkManifest', async () => {
    const { checkManifest } = await import('@edustandaard/core');
    const { OSO_SWV_MANIFEST_2019_1, OSO_SWV_MANIFEST_2024_1, PRINCIPES } =
      await import('../src/profiles-index.js');
    expect(checkManifest(OSO_SWV_MANIFEST_2024_1)).toEqual([]);
    expect(checkManifest(OSO_SWV_MANIFEST_2019_1)).toEqual([]);
    expect(PRINCIPES.map((p) => p.nummer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
