import { describe, expect, it } from 'vitest';
import {
  EDU_DEX_REGELS,
  eduDexSoort,
  isEduDexKey,
  parseEduDexAangebodenOpleidingCode,
  parseEduDexOpleidingseenheidSleutel,
} from '../src/index.js';
import { mulberry32, str } from './prng.js';

const C = 'ED0C5A1B-3C4D-4E5F-8A9B-0C1D2E3F4A5B';
const B = 'ED0B5A1B-3C4D-4E5F-8A9B-0C1D2E3F4A5B';

describe('EDU-DEX keys', () => {
  it('accepts both kinds', () => {
    expect(parseEduDexAangebodenOpleidingCode(C)).toEqual({ ok: true, value: C });
    expect(parseEduDexOpleidingseenheidSleutel(B)).toEqual({ ok: true, value: B });
    expect(eduDexSoort(C)).toBe('aangebodenOpleiding');
    expect(eduDexSoort(B)).toBe('opleidingseenheid');
    expect(isEduDexKey(C)).toBe(true);
    expect(isEduDexKey(C, 'opleidingseenheid')).toBe(false);
    expect(isEduDexKey(B, 'opleidingseenheid')).toBe(true);
  });

  it.each([
    [
      C.toLowerCase(),
      'hoofdletters',
      'EDU-DEX AangebodenOpleiding-code: moet uitsluitend hoofdletters bevatten',
    ],
    [
      'ED0C5a1b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
      'hoofdletters',
      'EDU-DEX AangebodenOpleiding-code: moet uitsluitend hoofdletters bevatten (A-F)',
    ],
    [
      B,
      'prefix',
      'EDU-DEX AangebodenOpleiding-code: begint met ED0B; dat is de EDU-DEX-vorm van EigenOpleidingseenheidSleutel, niet van AangebodenOpleiding.Code (niet de eigen sleutel)',
    ],
    [
      '5A1B5A1B-3C4D-4E5F-8A9B-0C1D2E3F4A5B',
      'prefix',
      'EDU-DEX AangebodenOpleiding-code: moet beginnen met ED0C',
    ],
    // The published character class [ED0C]{4} would accept DDDD; the prose ("start met ED0C") does not.
    [
      'DDDD5A1B-3C4D-4E5F-8A9B-0C1D2E3F4A5B',
      'prefix',
      'EDU-DEX AangebodenOpleiding-code: moet beginnen met ED0C',
    ],
    [
      'ED0C5A1B-3C4D-4E5F-8A9B-0C1D2E3F4A5',
      'lengte',
      'EDU-DEX AangebodenOpleiding-code: moet 36 tekens zijn (UUID-vorm 8-4-4-4-12), heeft er 35',
    ],
    [
      'ED0C5A1B-3C4D-4E5F-8A9B+0C1D2E3F4A5B',
      'formaat',
      'EDU-DEX AangebodenOpleiding-code: na ED0C moet de rest van een UUID volgen (4-4-4-4-12 hexadecimale tekens A-F, 0-9, gescheiden door koppeltekens)',
    ],
    [
      'ED0C5A1B-3C4D-4E5F-8A9B-0C1D2E3F4A5G',
      'formaat',
      'EDU-DEX AangebodenOpleiding-code: na ED0C moet de rest van een UUID volgen (4-4-4-4-12 hexadecimale tekens A-F, 0-9, gescheiden door koppeltekens)',
    ],
    ['', 'leeg', 'EDU-DEX AangebodenOpleiding-code: waarde is leeg'],
  ])('AangebodenOpleiding code %j → %s', (v, code, reason) => {
    expect(parseEduDexAangebodenOpleidingCode(v)).toEqual({ ok: false, code, reason });
    expect(isEduDexKey(v)).toBe(v === B);
  });

  it('rejects an ED0C code as an opleidingseenheid key', () => {
    expect(parseEduDexOpleidingseenheidSleutel(C)).toMatchObject({ ok: false, code: 'prefix' });
  });

  it('keeps the published pattern verbatim beside the applied one', () => {
    expect(EDU_DEX_REGELS.aangebodenOpleiding.gepubliceerdPatroon).toBe(
      '[ED0C]{4}[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12}',
    );
    expect(EDU_DEX_REGELS.opleidingseenheid.gepubliceerdPatroon).toBe(
      '[ED0B]{4}[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12}',
    );
  });

  it('property: isEduDexKey agrees with the applied pattern on generated UUID-like values', () => {
    const rnd = mulberry32(17);
    const reC = new RegExp(EDU_DEX_REGELS.aangebodenOpleiding.pattern);
    const reB = new RegExp(EDU_DEX_REGELS.opleidingseenheid.pattern);
    const uuidRest = () =>
      `${str(rnd, '0123456789ABCDEF', 4)}-${str(rnd, '0123456789ABCDEF', 4)}-${str(rnd, '0123456789ABCDEF', 4)}-${str(rnd, '0123456789ABCDEF', 4)}-${str(rnd, '0123456789ABCDEF', 12)}`;
    for (let i = 0; i < 5_000; i++) {
      const v = str(rnd, 'ED0CBd', 4) + uuidRest();
      expect(isEduDexKey(v, 'aangebodenOpleiding')).toBe(reC.test(v));
      expect(isEduDexKey(v, 'opleidingseenheid')).toBe(reB.test(v));
      expect(parseEduDexAangebodenOpleidingCode(v).ok).toBe(reC.test(v));
      // A random UUID (version 4, lower case as most generators emit) is never an EDU-DEX key.
      expect(isEduDexKey(crypto.randomUUID())).toBe(false);
    }
  });
});
