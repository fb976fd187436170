/**
 * The eight official OV examples (../shared/reference/oso/2019.1/examples/OV): each validates clean
 * against its 2019.1 profile; its 2024.1 migration against 2024.1, except that a POVO dossier has no
 * voorlopig_schooladvies (not in 2019.1), which 2024.1 requires — reported, not hidden.
 */
import { describe, expect, it } from 'vitest';
import { migrate, read } from '@edustandaard/oso';
import { parseProfileId, validate, OV_RULES } from '../src/index.js';
import { HAVE_REFERENCE, example, ovExamples, profileOf } from './helpers.js';

const L = '/dossier/huidigeschool/leerling';

describe.skipIf(!HAVE_REFERENCE)('official OV examples', () => {
  it('there are eight: full and opt-out for POPO, POVO, VOVO and BB', () => {
    expect(ovExamples().map(profileOf).sort()).toEqual(
      ['BB', 'BB', 'POPO', 'POPO', 'POVO', 'POVO', 'VOVO', 'VOVO'].sort(),
    );
  });

  for (const file of ovExamples()) {
    const profile = profileOf(file);

    it(`${file}: valid against ${profile} 2019.1, the profile inferred from the dossier`, () => {
      const r = validate(example(file), { file });
      expect(r.issues).toEqual([]);
      expect(r).toMatchObject({
        file,
        valid: true,
        afsprakenset: 'OSO-OVERSTAP',
        version: '2019.1',
        profile,
      });
      expect(validate(example(file), parseProfileId(profile.toLowerCase())).issues).toEqual([]);
    });

    it(`${file}: its 2024.1 migration against ${profile} 2024.1`, () => {
      const m = migrate(read(example(file)).dossier as never, '2024.1');
      expect(m.issues).toEqual([]);
      const r = validate(m.dossier as never, { file });
      expect(r).toMatchObject({ version: '2024.1', profile });
      if (profile !== 'POVO') {
        expect(r.issues).toEqual([]);
        expect(r.valid).toBe(true);
        return;
      }
      // §1.3: "Veld 'Voorlopig schooladvies' is verplicht bij POVO-overstap"; a 2019.1 dossier has none.
      const rule = OV_RULES['2024.1'].find((x) => x.code === 'OVa.OA02')!;
      expect(r.valid).toBe(false);
      expect(r.issues).toEqual([
        {
          code: 'OVa.OA02',
          severity: 'fout',
          path: `${L}/overstapadvies/voorlopig_schooladvies`,
          message: 'Het veld "Voorlopig schooladvies" is verplicht bij POVO-overstap.',
          source: rule.source,
          params: { element: 'voorlopig_schooladvies' },
        },
      ]);
      // The migration says so too: the value could not be derived.
      expect(m.report.find((e) => e.change === 'voorlopig_schooladvies')).toMatchObject({
        action: 'defaulted',
      });
    });
  }

  it('a POVO migration with a voorlopig schooladvies is clean', () => {
    const m = migrate(
      read(example('Voorbeelddossier_OV_POVO_full.xml')).dossier as never,
      '2024.1',
    );
    const d = m.dossier as unknown as { huidigeschool: { leerling: { overstapadvies: object } } };
    d.huidigeschool.leerling.overstapadvies = {
      voorlopig_schooladvies: '40',
      ...d.huidigeschool.leerling.overstapadvies,
    };
    expect(validate(d as never).issues).toEqual([]);
  });

  it('the profile follows overdrachtsoort first: a binnen-brin dossier with overstap POPO is BB', () => {
    const d = read(example('Voorbeelddossier_OV_BB_full.xml')).dossier as unknown as {
      metadata: { overstap: string };
    };
    expect(d.metadata.overstap).toBe('POPO');
    expect(validate(d as never).profile).toBe('BB');
  });

  it('a forced profile reports the differences (POPO example validated as POVO)', () => {
    const r = validate(example('Voorbeelddossier_OV_POPO_full.xml'), { profile: 'POVO' });
    expect(r.profile).toBe('POVO');
    expect(r.valid).toBe(false);
    expect(new Set(r.issues.map((i) => i.code))).toEqual(
      new Set(['OVa.OS02', 'OV.categorie', 'OVa.VV01', 'OVa.VV02']),
    );
  });

  it('an SWV dossier has no overstapprofiel: a typed error that names the fields', () => {
    const xml = readSwv();
    expect(() => validate(xml)).toThrow(
      expect.objectContaining({
        code: 'E_PROFILE_UNKNOWN',
        location: expect.objectContaining({ path: '/dossier/overdrachtsoort' }),
      }),
    );
    // A JavaScript caller is not stopped by the types (issue #13), so the run-time checks stay.
    // @ts-expect-error -- not an overstapprofiel
    expect(() => validate(xml, { profile: 'popo-swv' })).toThrow(
      expect.objectContaining({ code: 'E_PROFILE_UNKNOWN' }),
    );
    // @ts-expect-error -- not a version
    expect(() => validate(xml, { version: '2020.1' })).toThrow(
      expect.objectContaining({ code: 'E_VERSION_UNKNOWN' }),
    );
  });
});

function readSwv(): Buffer {
  return example('../PaO/Voorbeelddossier_PaO_POSWV_full.xml');
}
