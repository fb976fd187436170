/**
 * Checks for the persoonsgebonden nummer (PGN): the burgerservicenummer (BSN) and the onderwijsnummer
 * DUO issues to an onderwijsdeelnemer without a (verifiable) BSN (Edu-V Identiteiten, bijlage ECK iD,
 * stap 2). Reasons never contain the number itself.
 *
 * Both use the weighted sum of the nine digits with weights 9, 8, 7, 6, 5, 4, 3, 2, -1:
 * - BSN (elfproef): sum mod 11 = 0, and not 000000000.
 * - Onderwijsnummer: starts with `10`, and sum mod 11 = 5 (the elfproef variant with remainder 5),
 *   so that no onderwijsnummer is also a valid BSN.
 */
import { BRON_BSN, BRON_ONDERWIJSNUMMER } from './data/sources.js';
import { fail, ok, trimmed, type Brand, type ParseResult } from './result.js';
import type { Bron } from './types.js';
import { deepFreeze } from './data/freeze.js';

/** A nine-digit burgerservicenummer that passes the elfproef. */
export type Bsn = Brand<string, 'BSN'>;
/** A nine-digit onderwijsnummer that passes the onderwijsnummer check. */
export type Onderwijsnummer = Brand<string, 'onderwijsnummer'>;
/** A persoonsgebonden nummer: BSN or onderwijsnummer. */
export type Pgn = Bsn | Onderwijsnummer;

/** The weights of the elfproef, position 1 to 9. */
export const ELFPROEF_GEWICHTEN: readonly number[] = [9, 8, 7, 6, 5, 4, 3, 2, -1];

/** The check rules as data (for the specification site). */
export interface PgnRegel {
  naam: 'BSN' | 'onderwijsnummer';
  beschrijving: string;
  gewichten: readonly number[];
  /** Required remainder of the weighted sum modulo 11. */
  rest: number;
  /** Required prefix, or `null`. */
  prefix: string | null;
  bron: Bron;
}

export const PGN_REGELS: Readonly<Record<'BSN' | 'onderwijsnummer', PgnRegel>> = deepFreeze({
  BSN: {
    naam: 'BSN',
    beschrijving:
      '9 cijfers (met voorloopnul); 9×c1 + 8×c2 + 7×c3 + 6×c4 + 5×c5 + 4×c6 + 3×c7 + 2×c8 − 1×c9 is deelbaar door 11 (elfproef); 000000000 is geen BSN.',
    gewichten: ELFPROEF_GEWICHTEN,
    rest: 0,
    prefix: null,
    bron: BRON_BSN,
  },
  onderwijsnummer: {
    naam: 'onderwijsnummer',
    beschrijving:
      '9 cijfers, beginnend met 10; 9×c1 + 8×c2 + 7×c3 + 6×c4 + 5×c5 + 4×c6 + 3×c7 + 2×c8 − 1×c9 geeft bij deling door 11 rest 5.',
    gewichten: ELFPROEF_GEWICHTEN,
    rest: 5,
    prefix: '10',
    bron: BRON_ONDERWIJSNUMMER,
  },
});

/**
 * The weighted sum modulo 11 (0..10) of a nine-digit string; the caller guarantees the shape.
 * @param digits - exactly nine ASCII digits
 */
export function elfproefRest(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (ELFPROEF_GEWICHTEN[i] ?? 0);
  return ((sum % 11) + 11) % 11;
}

function nineDigits(
  value: unknown,
  label: string,
):
  | { ok: true; value: string }
  | { ok: false; code: 'type' | 'leeg' | 'lengte' | 'formaat'; reason: string } {
  const t = trimmed(value, label);
  if (!t.ok) return t as { ok: false; code: 'type' | 'leeg'; reason: string };
  const v = t.value;
  if (!/^[0-9]*$/.test(v))
    return { ok: false, code: 'formaat', reason: `${label}: mag alleen cijfers bevatten` };
  if (v.length !== 9) {
    const hint = v.length === 8 ? ' (een 8-cijferig nummer krijgt een voorloopnul)' : '';
    return {
      ok: false,
      code: 'lengte',
      reason: `${label}: moet 9 cijfers hebben, heeft er ${v.length}${hint}`,
    };
  }
  return { ok: true, value: v };
}

/**
 * Checks a burgerservicenummer with the elfproef. Surrounding whitespace is removed; nothing else is
 * changed (an 8-digit number is reported, not padded).
 * @param value - the candidate BSN
 * @returns the BSN, or a Dutch reason that does not contain the number
 */
export function parseBsn(value: unknown): ParseResult<Bsn> {
  const d = nineDigits(value, 'BSN');
  if (!d.ok) return fail(d.code, d.reason);
  if (d.value === '000000000') return fail('formaat', 'BSN: 000000000 is geen burgerservicenummer');
  if (elfproefRest(d.value) !== 0) return fail('controle', 'BSN: voldoet niet aan de elfproef');
  return ok<Bsn>(d.value);
}

/**
 * Checks an onderwijsnummer: nine digits starting with `10`, weighted sum modulo 11 equals 5.
 * @param value - the candidate onderwijsnummer
 * @returns the onderwijsnummer, or a Dutch reason that does not contain the number
 */
export function parseOnderwijsnummer(value: unknown): ParseResult<Onderwijsnummer> {
  const d = nineDigits(value, 'onderwijsnummer');
  if (!d.ok) return fail(d.code, d.reason);
  if (!d.value.startsWith('10')) return fail('formaat', 'onderwijsnummer: moet beginnen met 10');
  const rest = elfproefRest(d.value);
  if (rest !== 5) {
    const bsn =
      rest === 0 && d.value !== '000000000'
        ? ' (het voldoet wel aan de elfproef voor een BSN)'
        : '';
    return fail(
      'controle',
      `onderwijsnummer: de gewogen som geeft rest ${rest} bij deling door 11, vereist is rest 5${bsn}`,
    );
  }
  return ok<Onderwijsnummer>(d.value);
}

/** True when `value` is a valid BSN. @param value - the candidate BSN */
export function isBsn(value: unknown): boolean {
  return parseBsn(value).ok;
}

/** True when `value` is a valid onderwijsnummer. @param value - the candidate onderwijsnummer */
export function isOnderwijsnummer(value: unknown): boolean {
  return parseOnderwijsnummer(value).ok;
}

/**
 * Parses a persoonsgebonden nummer: a BSN or an onderwijsnummer, and says which.
 * @param value - the candidate PGN
 */
export function parsePgn(
  value: unknown,
):
  | { ok: true; value: Pgn; soort: 'BSN' | 'onderwijsnummer' }
  | { ok: false; code: string; reason: string } {
  const b = parseBsn(value);
  if (b.ok) return { ok: true, value: b.value, soort: 'BSN' };
  const o = parseOnderwijsnummer(value);
  if (o.ok) return { ok: true, value: o.value, soort: 'onderwijsnummer' };
  if (b.code === 'controle')
    return {
      ok: false,
      code: 'controle',
      reason: 'PGN: geen geldig BSN (elfproef) en geen geldig onderwijsnummer',
    };
  return { ok: false, code: b.code, reason: b.reason.replace(/^BSN/, 'PGN') };
}
