/**
 * Base validation beyond the XSD: code lists, OG.* and OS.cat* rules (exact codes and paths), and
 * the migration report. Each case breaks one thing in an official example (decoded object).
 */
import { describe, expect, it } from 'vitest';
import { migrate, read, validate, OSO_RULES_2019_1, type Dossier2019 } from '../src/index.js';
import { HAS_REFERENCE, SKIP_REASON, officialExamples } from './reference.js';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const L = '/dossier/huidigeschool/leerling';

function base(): Any {
  const ex = officialExamples().find((e) => e.name === 'Voorbeelddossier_OV_POVO_full.xml')!;
  return JSON.parse(JSON.stringify(read(ex.bytes).dossier)) as Any;
}
const findings = (d: Any) =>
  validate(d as Dossier2019, { version: '2019.1' }).issues.map((i) => [i.code, i.path]);

describe.skipIf(!HAS_REFERENCE)(
  `base validation rules (${HAS_REFERENCE ? 'reference present' : SKIP_REASON})`,
  () => {
    it('the unmodified example is clean', () => expect(findings(base())).toEqual([]));

    it('OSO.CODELIJST.14: geslacht outside code list 14', () => {
      const d = base();
      d.huidigeschool.leerling.geslacht = 7;
      expect(findings(d)).toEqual([['OSO.CODELIJST.14', `${L}/geslacht`]]);
    });

    it('OSO.CODELIJST.48: a category value outside VERPLICHT/OPTIONEEL/OPT-UIT/VERBODEN', () => {
      const d = base();
      d.metadata.categorie_uitlevering.cat_verzuim = 'UIT';
      expect(findings(d)).toEqual([
        ['OSO.CODELIJST.48', '/dossier/metadata/categorie_uitlevering/cat_verzuim'],
      ]);
    });

    it('OG.01: an e-mail address without @ and shorter than 4', () => {
      const d = base();
      const c = d.huidigeschool.communicatielijst.communicatie.find(
        (x: Any) => x.soort === 'e-mail',
      );
      c.nummer = 'abc';
      const i = d.huidigeschool.communicatielijst.communicatie.indexOf(c) + 1;
      const p = `/dossier/huidigeschool/communicatielijst/communicatie[${i}]/nummer`;
      expect(findings(d)).toEqual([
        ['OG.01', p],
        ['OG.01', p],
      ]);
    });

    it('OG.02: standaardversie must be 2019.1', () => {
      const d = base();
      d.metadata.standaardversie = '2018.1';
      expect(
        validate(d as Dossier2019, { version: '2019.1' }).issues.map((i) => [
          i.code,
          i.path,
          i.message,
        ]),
      ).toEqual([
        [
          'OG.02',
          '/dossier/metadata/standaardversie',
          OSO_RULES_2019_1.find((r) => r.code === 'OG.02')!.message,
        ],
      ]);
    });

    it('OG.04: overlijdensdatum without overleden gives both messages, with overleden=false one', () => {
      const d = base();
      d.huidigeschool.leerling.verzorger[0].overlijdensdatum = '2020-01-01';
      delete d.huidigeschool.leerling.verzorger[0].overleden;
      expect(findings(d)).toEqual([
        ['OG.04', `${L}/verzorger[1]/overlijdensdatum`],
        ['OG.04', `${L}/verzorger[1]/overlijdensdatum`],
      ]);
      const e = base();
      // keep XSD order: overleden precedes overlijdensdatum
      e.huidigeschool.leerling.verzorger[0] = {
        ...e.huidigeschool.leerling.verzorger[0],
        overleden: false,
        overlijdensdatum: '2020-01-01',
      };
      expect(findings(e)).toEqual([['OG.04', `${L}/verzorger[1]/overlijdensdatum`]]);
    });

    it('OG.05: a huisarts must not have geslacht', () => {
      const d = base();
      d.huidigeschool.leerling.huisarts.geslacht = 1;
      expect(findings(d)).toEqual([['OG.05', `${L}/huisarts/geslacht`]]);
    });

    it('OS.cat10: an opted-out category carries no data; a mandatory one must', () => {
      const d = base();
      expect(d.huidigeschool.leerling.verzuim).toBeDefined();
      d.metadata.categorie_uitlevering.cat_verzuim = 'OPT-UIT';
      expect(findings(d)).toEqual([['OS.cat10', `${L}/verzuim`]]);
      d.metadata.categorie_uitlevering.cat_verzuim = 'VERBODEN';
      expect(findings(d)).toEqual([['OS.cat10', `${L}/verzuim`]]);
      d.metadata.categorie_uitlevering.cat_verzuim = 'VERPLICHT';
      delete d.huidigeschool.leerling.verzuim;
      expect(findings(d)).toEqual([
        ['OS.cat10', '/dossier/metadata/categorie_uitlevering/cat_verzuim'],
      ]);
    });

    it('OS.cat09 checks toelichting_onderwijsbehoeften (divergence from the dead 2019.1 check, recorded as data)', () => {
      const rule = OSO_RULES_2019_1.find(
        (r) =>
          r.code === 'OS.cat09' &&
          r.paths.some((p) => p.endsWith('toelichting_onderwijsbehoeften')) &&
          r.message.includes('uitgezet'),
      )!;
      expect(rule.divergence?.summary).toMatch(/toelichting_onderwijsbehoefte/);
    });
  },
);

describe.skipIf(!HAS_REFERENCE)('migrate 2019.1 → 2024.1', () => {
  it('maps herzienadvies to definitief_schooladvies, drops advies/motivatie/toetsniveau with their values', () => {
    const d = base();
    const oa = d.huidigeschool.leerling.overstapadvies;
    d.huidigeschool.leerling.overstapadvies = {
      advies: '40',
      herzienadvies: '50',
      motivatie_herzienadvies: 'Toets hoger',
      ...Object.fromEntries(Object.entries(oa).filter(([k]) => k !== 'advies')),
    };
    const m = migrate(d as Dossier2019, '2024.1');
    expect(m.issues).toEqual([]);
    const P = `${L}/overstapadvies`;
    expect(
      m.report
        .filter((e) => e.from?.startsWith(P) || e.to?.startsWith(P))
        .map((e) => [e.action, e.from ?? null, e.to ?? null, e.value ?? null]),
    ).toEqual([
      ['mapped', `${P}/herzienadvies`, `${P}/definitief_schooladvies`, '50'],
      ['dropped', `${P}/advies`, null, '40'],
      ['dropped', `${P}/motivatie_herzienadvies`, null, 'Toets hoger'],
      ['defaulted', null, `${P}/voorlopig_schooladvies`, null],
    ]);
    const out = m.dossier.huidigeschool.leerling.overstapadvies!;
    expect(out.definitief_schooladvies).toBe('50');
    expect(Object.keys(out)[0]).toBe('definitief_schooladvies');
    const toets = m.report.find((e) => e.change === 'toetsniveau');
    expect(toets).toMatchObject({ action: 'dropped', value: 'G' });
    expect(validate(m.dossier, { version: '2024.1' }).issues).toEqual([]);
  });
  it('refuses other targets', () => {
    expect(() => migrate(base() as Dossier2019, '2019.1')).toThrow(
      expect.objectContaining({ code: 'E_VERSION_UNKNOWN' }),
    );
  });
});

describe.skipIf(!HAS_REFERENCE)('2024.1 rules on renamed and new elements', () => {
  const migrated = () => {
    const ex = officialExamples().find((e) => e.name === 'Voorbeelddossier_OV_POVO_full.xml')!;
    return JSON.parse(
      JSON.stringify(migrate(read(ex.bytes).dossier as Dossier2019, '2024.1').dossier),
    ) as Any;
  };
  const f24 = (d: Any) =>
    validate(d as Dossier2019, { version: '2024.1' }).issues.map((i) => [
      i.code,
      i.path,
      i.message,
    ]);
  it('OS.cat11 on cat_doorstroomtoets / doorstroomtoets, with the 2024.1 wording', () => {
    const d = migrated();
    expect(d.huidigeschool.leerling.doorstroomtoets).toBeDefined();
    d.metadata.categorie_uitlevering.cat_doorstroomtoets = 'OPT-UIT';
    const out = f24(d);
    expect(out.map(([c, p]) => [c, p])).toEqual([['OS.cat11', `${L}/doorstroomtoets`]]);
    expect(out[0]![2]).toContain('Doorstroomtoets');
  });
  it('code list 2 applies to voorlopig_schooladvies; OG.02 expects 2024.1', () => {
    const d = migrated();
    d.huidigeschool.leerling.overstapadvies = {
      voorlopig_schooladvies: '99',
      ...d.huidigeschool.leerling.overstapadvies,
    };
    d.metadata.standaardversie = '2019.1';
    expect(f24(d).map(([c, p]) => [c, p])).toEqual([
      ['OSO.CODELIJST.2', `${L}/overstapadvies/voorlopig_schooladvies`],
      ['OG.02', '/dossier/metadata/standaardversie'],
    ]);
  });
  it('2019.1-only elements are unexpected in 2024.1', () => {
    const d = migrated();
    d.huidigeschool.leerling.overstapadvies.herzienadvies = '40';
    expect(f24(d).map(([c, p]) => [c, p])).toEqual([
      ['OSO.XSD.unexpected', `${L}/overstapadvies/herzienadvies`],
    ]);
  });
});
