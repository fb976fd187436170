import { describe, expect, it } from 'vitest';
import {
  ELFPROEF_GEWICHTEN,
  elfproefRest,
  isBsn,
  isOnderwijsnummer,
  parseBsn,
  parseOnderwijsnummer,
  parsePgn,
} from '../src/index.js';
import { int, mulberry32, str } from './prng.js';

/** Independent (string-arithmetic) reference: Σ w_i·d_i with w = 9..2, −1, reduced mod 11. */
function reference(d: string): number {
  let s = 0;
  for (let i = 0; i < 8; i++) s += (9 - i) * Number(d[i]);
  s -= Number(d[8]);
  return ((s % 11) + 11) % 11;
}

/** Generates a valid number with the given first digits and required remainder, or null when no last digit fits. */
function complete(first8: string, rest: number): string | null {
  for (let d = 0; d <= 9; d++) {
    const c = first8 + String(d);
    if (reference(c) === rest) return c;
  }
  return null;
}

function generate(rnd: () => number, rest: number, prefix = ''): string {
  for (;;) {
    const c = complete(prefix + str(rnd, '0123456789', 8 - prefix.length), rest);
    if (c && c !== '000000000') return c;
  }
}

describe('BSN (elfproef)', () => {
  it('accepts known valid numbers', () => {
    expect(parseBsn('123456782')).toEqual({ ok: true, value: '123456782' });
    expect(parseBsn(' 111222333 ')).toEqual({ ok: true, value: '111222333' });
  });

  it.each([
    ['', 'leeg', 'BSN: waarde is leeg'],
    ['   ', 'leeg', 'BSN: waarde is leeg'],
    [
      '12345678',
      'lengte',
      'BSN: moet 9 cijfers hebben, heeft er 8 (een 8-cijferig nummer krijgt een voorloopnul)',
    ],
    ['1234567820', 'lengte', 'BSN: moet 9 cijfers hebben, heeft er 10'],
    ['12345678a', 'formaat', 'BSN: mag alleen cijfers bevatten'],
    ['1234.56.782', 'formaat', 'BSN: mag alleen cijfers bevatten'],
    ['١٢٣٤٥٦٧٨٢', 'formaat', 'BSN: mag alleen cijfers bevatten'],
    ['000000000', 'formaat', 'BSN: 000000000 is geen burgerservicenummer'],
    ['123456789', 'controle', 'BSN: voldoet niet aan de elfproef'],
  ])('rejects %j with code %s', (input, code, reason) => {
    expect(parseBsn(input)).toEqual({ ok: false, code, reason });
  });

  it('rejects non-strings', () => {
    expect(parseBsn(123456782)).toEqual({
      ok: false,
      code: 'type',
      reason: 'BSN: waarde is geen tekst',
    });
  });

  it('agrees with an independent implementation on 20 000 random 9-digit strings', () => {
    const rnd = mulberry32(2024);
    for (let i = 0; i < 20_000; i++) {
      const s = str(rnd, '0123456789', 9);
      expect(elfproefRest(s)).toBe(reference(s));
      expect(isBsn(s)).toBe(s !== '000000000' && reference(s) === 0);
    }
  });

  it('property: every generated valid BSN passes; every single-digit change fails', () => {
    const rnd = mulberry32(42);
    for (let i = 0; i < 1_000; i++) {
      const bsn = generate(rnd, 0);
      expect(isBsn(bsn)).toBe(true);
      for (let pos = 0; pos < 9; pos++) {
        for (let delta = 1; delta <= 9; delta++) {
          const digit = (Number(bsn[pos]) + delta) % 10;
          const mutated = bsn.slice(0, pos) + String(digit) + bsn.slice(pos + 1);
          // Weights 9..2 and −1 are all non-zero mod 11 and |Δ| < 11, so the elfproef detects every single-digit error.
          expect(isBsn(mutated)).toBe(false);
        }
      }
    }
  });

  it('property: every transposition of two different adjacent digits fails', () => {
    const rnd = mulberry32(7);
    let checked = 0;
    for (let i = 0; i < 2_000; i++) {
      const bsn = generate(rnd, 0);
      for (let pos = 0; pos < 8; pos++) {
        if (bsn[pos] === bsn[pos + 1]) continue;
        const swapped = bsn.slice(0, pos) + bsn[pos + 1] + bsn[pos] + bsn.slice(pos + 2);
        expect(isBsn(swapped)).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('exposes the weights as data', () => {
    expect(ELFPROEF_GEWICHTEN).toEqual([9, 8, 7, 6, 5, 4, 3, 2, -1]);
  });
});

describe('onderwijsnummer (elfproef with remainder 5, prefix 10)', () => {
  it('accepts the published example and rejects the published counter-example', () => {
    // python-stdnum / stdnum-js test data: 1012.22.331 valid, 100252333 invalid checksum.
    expect(parseOnderwijsnummer('101222331')).toEqual({ ok: true, value: '101222331' });
    expect(parseOnderwijsnummer('100252333')).toMatchObject({ ok: false, code: 'controle' });
  });

  it.each([
    ['', 'leeg'],
    ['10122233', 'lengte'],
    ['1012.22.331', 'formaat'],
    ['201222331', 'formaat'],
    ['123456782', 'formaat'],
  ])('rejects %j with code %s', (input, code) => {
    expect(parseOnderwijsnummer(input)).toMatchObject({ ok: false, code });
  });

  it('says when the number would be a valid BSN instead', () => {
    const rnd = mulberry32(99);
    const bsnLike = generate(rnd, 0, '10');
    expect(parseOnderwijsnummer(bsnLike)).toEqual({
      ok: false,
      code: 'controle',
      reason:
        'onderwijsnummer: de gewogen som geeft rest 0 bij deling door 11, vereist is rest 5 (het voldoet wel aan de elfproef voor een BSN)',
    });
  });

  it('property: generated onderwijsnummers pass, are never BSNs, and every single-digit change fails', () => {
    const rnd = mulberry32(5);
    for (let i = 0; i < 2_000; i++) {
      const n = generate(rnd, 5, '10');
      expect(isOnderwijsnummer(n)).toBe(true);
      expect(isBsn(n)).toBe(false);
      for (let pos = 0; pos < 9; pos++) {
        const digit = (Number(n[pos]) + 1 + int(rnd, 9)) % 10;
        const mutated = n.slice(0, pos) + String(digit) + n.slice(pos + 1);
        expect(isOnderwijsnummer(mutated)).toBe(false);
      }
    }
  });

  it('agrees with the reference rule on 20 000 random numbers starting with 10', () => {
    const rnd = mulberry32(11);
    for (let i = 0; i < 20_000; i++) {
      const s = '10' + str(rnd, '0123456789', 7);
      expect(isOnderwijsnummer(s)).toBe(reference(s) === 5);
    }
  });
});

describe('parsePgn', () => {
  it('classifies BSN and onderwijsnummer', () => {
    expect(parsePgn('123456782')).toEqual({ ok: true, value: '123456782', soort: 'BSN' });
    expect(parsePgn('101222331')).toEqual({
      ok: true,
      value: '101222331',
      soort: 'onderwijsnummer',
    });
    expect(parsePgn('123456789')).toEqual({
      ok: false,
      code: 'controle',
      reason: 'PGN: geen geldig BSN (elfproef) en geen geldig onderwijsnummer',
    });
    expect(parsePgn('12')).toMatchObject({
      ok: false,
      code: 'lengte',
      reason: 'PGN: moet 9 cijfers hebben, heeft er 2',
    });
  });

  it('never puts the number in a reason', () => {
    const rnd = mulberry32(3);
    for (let i = 0; i < 500; i++) {
      const s = str(rnd, '0123456789', 9);
      for (const r of [parseBsn(s), parseOnderwijsnummer(s), parsePgn(s)]) {
        if (!r.ok) expect(r.reason).not.toContain(s);
      }
    }
  });
});
