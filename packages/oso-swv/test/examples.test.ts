/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit decoded dossiers in place */
/**
 * The official 2019.1 PaO examples against the 2019.1 profiles, and their 2024.1 migrations against
 * the 2024.1 profiles (read from ../shared/reference; skipped with a message when it is absent).
 */
import { describe, expect, it } from 'vitest';
import { migrate as migrateOso, read } from '@edustandaard/oso';
import { migrate, validate } from '../src/index.js';
import { HAVE_REFERENCE, example } from './helpers.js';

const L = '/dossier/huidigeschool/leerling';

/** What each official example reports: no fout/waarschuwing; exactly these recommendations. */
const EXPECTED: Readonly<Record<string, { profile: string; aanbevelingen: string[] }>> = {
  'Voorbeelddossier_PaO_POSWV_full.xml': {
    profile: 'PO-SWV',
    aanbevelingen: [`PaO.OV02 ${L}/verzorger[5]`],
  },
  'Voorbeelddossier_PaO_POSWV_opt_out.xml': {
    profile: 'PO-SWV',
    aanbevelingen: [`PaO.OV02 ${L}/verzorger[5]`],
  },
  'Voorbeelddossier_PaO_VOSWV_full.xml': {
    profile: 'VO-SWV',
    aanbevelingen: [
      `SWV.T2.handelingsplan ${L}/onderwijsondersteuning/handelingsplan[1]`,
      `PaO.OV02 ${L}/verzorger[5]`,
    ],
  },
  'Voorbeelddossier_PaO_VOSWV_opt_out.xml': {
    profile: 'VO-SWV',
    aanbevelingen: [`PaO.OV02 ${L}/verzorger[5]`],
  },
};

const list = (r: ReturnType<typeof validate>) => r.issues.map((i) => `${i.code} ${i.path}`);

describe.skipIf(!HAVE_REFERENCE)('official PaO examples', () => {
  for (const [file, exp] of Object.entries(EXPECTED)) {
    it(`${file} is valid against ${exp.profile} 2019.1 (profile and version inferred)`, () => {
      const r = validate(example(file), { file });
      expect(r).toMatchObject({
        valid: true,
        afsprakenset: 'OSO-SWV',
        version: '2019.1',
        profile: exp.profile,
        file,
      });
      expect(r.issues.filter((i) => i.severity !== 'aanbeveling')).toEqual([]);
      expect(list(r)).toEqual(exp.aanbevelingen);
    });

    it(`${file}: its 2024.1 migration is valid against ${exp.profile} 2024.1`, () => {
      const m = migrate(example(file));
      const r = validate(m.dossier, { file });
      expect(r).toMatchObject({ valid: true, version: '2024.1', profile: exp.profile });
      expect(list(r)).toEqual(exp.aanbevelingen);
      // The secret telephone value of the document is mapped once, by the gegevensset migration.
      expect(
        m.report
          .filter((e) => 'change' in e && e.change === 'geheimwaarde-telefoon')
          .map((e) => e.from),
      ).toEqual([`${L}/communicatielijst/communicatie[1]/nummer`]);
    });

    it(`${file}: the gegevensset migration alone (oso, as \`edustandaard oso migrate\` runs it) is valid against ${exp.profile} 2024.1 too`, () => {
      const d = read(example(file)).dossier;
      const m = migrateOso(d as never, '2024.1');
      const r = validate(m.dossier as never, { file, version: '2024.1' });
      expect(r.issues.filter((i) => i.severity !== 'aanbeveling')).toEqual([]);
    });
  }

  it('the profile can be forced; a PO example validated as VO-SWV reports the profile differences', () => {
    const r = validate(example('Voorbeelddossier_PaO_POSWV_full.xml'), { profile: 'vo-swv' });
    expect(r.profile).toBe('VO-SWV');
    expect(r.valid).toBe(false);
    const codes = new Set(r.issues.map((i) => i.code));
    for (const c of [
      'PaO.SO02',
      'PaO.VV01',
      'PaO.VV02',
      'PaO.VV03',
      'PaO.VV04',
      'SWV.F4.categorie',
    ])
      expect(codes.has(c), c).toBe(true);
  });

  it('no finding message or param echoes the secret number or a BSN', () => {
    const d = read(example('Voorbeelddossier_PaO_POSWV_full.xml')).dossier as unknown as Record<
      string,
      any
    >;
    d.huidigeschool.leerling.communicatielijst.communicatie[0].nummer = '0612345678';
    d.huidigeschool.leerling.bsn = '111222333';
    const r = validate(d, { version: '2019.1' });
    const text = JSON.stringify(r);
    expect(text).not.toContain('0612345678');
    expect(text).not.toContain('111222333');
    expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['PaO.LL08', 'PaO.LL12']));
  });
});

describe.skipIf(!HAVE_REFERENCE)('PaO.SL01 is used twice by the standard', () => {
  it('each use keeps its own message (school address vs schoolloopbaan)', () => {
    for (const version of ['2019.1', '2024.1'] as const) {
      const d = (
        version === '2019.1'
          ? read(example('Voorbeelddossier_PaO_POSWV_full.xml')).dossier
          : migrate(example('Voorbeelddossier_PaO_POSWV_full.xml')).dossier
      ) as any;
      delete d.huidigeschool.adreslijst;
      delete d.huidigeschool.leerling.schoolloopbaanlijst;
      const sl01 = validate(d, { version }).issues.filter((i) => i.code === 'PaO.SL01');
      expect(sl01.map((i) => i.path)).toEqual([
        '/dossier/huidigeschool/adreslijst',
        `${L}/schoolloopbaanlijst`,
      ]);
      expect(sl01[0]!.message).toMatch(/adres .*school/);
      expect(sl01[1]!.message).toMatch(/schoolloopbaan .*leerling/);
    }
  });
});

describe('input errors', () => {
  it('a dossier without POSWV/VOSWV and without --profile is a typed error', () => {
    expect(() =>
      validate({ metadata: { standaardversie: '2019.1', overstap: 'POPO' } }),
    ).toThrowError(expect.objectContaining({ code: 'E_PROFILE_UNKNOWN' }));
  });
  it('an unknown profile or version is a typed error', () => {
    // A JavaScript caller is not stopped by the types (issue #13), so the run-time checks stay.
    expect(() =>
      // @ts-expect-error -- not a profile id
      validate({ metadata: { standaardversie: '2019.1' } }, { profile: 'MBO-SWV' }),
    ).toThrowError(expect.objectContaining({ code: 'E_PROFILE_UNKNOWN' }));
    // @ts-expect-error -- not a version
    expect(() => validate({ metadata: {} }, { profile: 'PO-SWV', version: '2030.1' })).toThrowError(
      expect.objectContaining({ code: 'E_VERSION_UNKNOWN' }),
    );
    expect(() => validate({ metadata: {} }, { profile: 'PO-SWV' })).toThrowError(
      expect.objectContaining({ code: 'E_VERSION_UNKNOWN' }),
    );
  });
  it('a DTD / external entity is refused with a typed error (no file access)', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE dossier [<!ENTITY x SYSTEM "file:///etc/passwd">]>' +
      '<dossier xmlns="http://www.edustandaard.nl/oso_gegevensset/2019/dossier">&x;</dossier>';
    expect(() => validate(xxe, { profile: 'PO-SWV' })).toThrowError(
      expect.objectContaining({ code: expect.stringMatching(/^E_XML_(DTD|ENTITY)$/) }),
    );
  });
  it('malformed XML is a typed error with a location', () => {
    expect(() =>
      validate(
        '<dossier xmlns="http://www.edustandaard.nl/oso_gegevensset/2019/dossier"><metadata>',
        { file: 'x.xml' },
      ),
    ).toThrowError(expect.objectContaining({ code: 'E_XML_MALFORMED' }));
  });
});
