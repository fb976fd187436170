import { describe, expect, it } from 'vitest';
import {
  GEEN_ECK_ID_SITUATIES,
  IDENTIFIER_TYPES,
  selectIdentifier,
  type Niveau,
} from '../src/index.js';

const ECK = IDENTIFIER_TYPES.eckId.example as string;

describe('selectIdentifier', () => {
  it('chooses the primary identifier first', () => {
    const r = selectIdentifier('onderwijsdeelnemer', { NEPRI: 'piet@school', eckId: ECK });
    expect(r).toMatchObject({
      ok: true,
      term: 'eckId',
      rang: 'primair',
      type: 'ECK iD',
      value: ECK,
      skipped: [],
      ignored: [],
    });
    if (r.ok)
      expect(r.explanation).toBe(
        'ECK iD (eckId) is de primaire identifier (eerste voorkeur) voor een onderwijsdeelnemer volgens de afspraak Identiteiten.',
      );
  });

  it('falls back to the first valid secondary in table order and explains why', () => {
    const r = selectIdentifier('onderwijsdeelnemer', { eduID: 'e-1', BPI: 'bp-1' });
    expect(r).toMatchObject({ ok: true, term: 'BPI', rang: 'secundair', value: 'bp-1' });
    expect(r.skipped).toEqual([
      { term: 'eckId', rang: 'primair', status: 'ontbreekt' },
      { term: 'NEPRI', rang: 'secundair', status: 'ontbreekt' },
      { term: 'NEPPI', rang: 'secundair', status: 'ontbreekt' },
    ]);
    expect(r.explanation).toContain('De primaire identifier ECK iD (eckId) is niet bekend.');
    expect(r.explanation).toContain('(NEPRI, NEPPI, BPI, ASI, eduID)');
    expect(r.explanation).toContain('Eerder in de volgorde: NEPRI ontbreekt, NEPPI ontbreekt.');
    for (const s of GEEN_ECK_ID_SITUATIES)
      expect(r.explanation.toLowerCase()).toContain(s.omschrijving.toLowerCase());
  });

  it('skips an invalid primary with its reason', () => {
    const r = selectIdentifier('onderwijsdeelnemer', {
      eckId: ECK.toUpperCase(),
      NEPPI: '95312@1.kennisnet.nl',
    });
    expect(r).toMatchObject({ ok: true, term: 'NEPPI' });
    expect(r.skipped[0]).toEqual({
      term: 'eckId',
      rang: 'primair',
      status: 'ongeldig',
      reason: 'ECK iD: de basis-URL moet exact https://ketenid.nl/201703/ zijn (kleine letters)',
    });
    expect(r.explanation).toContain('is ongeldig (ECK iD: de basis-URL moet exact');
  });

  it('treats null, undefined and blank values as unknown', () => {
    const r = selectIdentifier('onderwijsbestuur', { OB_ID: '  ', BGE_CODE: '41645' });
    expect(r).toMatchObject({ ok: true, term: 'BGE_CODE', value: '41645' });
    expect(r.skipped).toEqual([{ term: 'OB_ID', rang: 'primair', status: 'ontbreekt' }]);
    expect(
      selectIdentifier('onderwijsbestuur', { OB_ID: null, BGE_CODE: undefined }),
    ).toMatchObject({ ok: false });
  });

  it('has no primary for onderwijsmedewerkers and ignores an ECK iD there', () => {
    const r = selectIdentifier('onderwijsmedewerker', { eckId: ECK, ASI: 'k1' });
    expect(r).toMatchObject({ ok: true, term: 'ASI', rang: 'secundair', ignored: ['eckId'] });
    expect(r.explanation).toContain(
      'Voor een onderwijsmedewerker kent de afspraak geen primaire identifier',
    );
    expect(r.explanation).not.toContain('Aruba');
    expect(
      r.explanation.endsWith(
        ' Niet gebruikt voor een onderwijsmedewerker volgens de afspraak: eckId.',
      ),
    ).toBe(true);
  });

  it('normalises the chosen value', () => {
    expect(selectIdentifier('onderwijsaanbieder', { OA_ID: ' 104a158 ' })).toMatchObject({
      ok: true,
      value: '104A158',
    });
    expect(selectIdentifier('onderwijslocatie', { VE_CODE: '09qq00' })).toMatchObject({
      ok: true,
      term: 'VE_CODE',
      value: '09QQ00',
    });
  });

  it('follows the documented order for onderwijsaanbieders', () => {
    const all = { AS_ID: 'as', DD_ID: 'dd', BP_ID: 'bp', VE_CODE: '09QQ00', OIE_CODE: '09QQ' };
    const order: string[] = [];
    const known: Record<string, string> = { ...all };
    for (;;) {
      const r = selectIdentifier('onderwijsaanbieder', known);
      if (!r.ok) break;
      order.push(r.term);
      delete known[r.term];
    }
    expect(order).toEqual(['OIE_CODE', 'VE_CODE', 'BP_ID', 'DD_ID', 'AS_ID']);
  });

  it('reports when nothing usable is known', () => {
    const r = selectIdentifier('onderwijslocatie', { OL_CODE: '104A158' });
    expect(r).toEqual({
      ok: false,
      niveau: 'onderwijslocatie',
      explanation:
        'Geen bruikbare identifier voor een onderwijslocatie: geen van OL_CODE, VE_CODE is bekend en geldig (ongeldig: OL_CODE).',
      skipped: [
        {
          term: 'OL_CODE',
          rang: 'primair',
          status: 'ongeldig',
          reason:
            'OL_CODE: teken 4 moet de letter X zijn (3 cijfers, de hoofdletter X en 3 cijfers); dit lijkt een OnderwijsaanbiederID (OA_ID)',
        },
        { term: 'VE_CODE', rang: 'secundair', status: 'ontbreekt' },
      ],
      ignored: [],
    });
  });

  it('throws a RangeError for an unknown level', () => {
    expect(() => selectIdentifier('school' as Niveau, {})).toThrow(RangeError);
  });
});
