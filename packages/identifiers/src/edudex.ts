/**
 * EDU-DEX keys in RIO ("Synchronisatie RIO en SIS voor de OOAPI-koppeling", §4, Let op 1):
 *
 * - an AangebodenOpleiding.Code (not the eigen sleutel) registered through EDU-DEX is a UUID that starts
 *   with `ED0C`, upper case only;
 * - an EigenOpleidingseenheidSleutel registered through EDU-DEX is a UUID that starts with `ED0B`,
 *   upper case only.
 *
 * The document gives the patterns `[ED0C]{4}[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12}`
 * (and the same with `[ED0B]`): the four prefix characters replace the first four hexadecimal characters of
 * the UUID's first group. Read literally, `[ED0C]{4}` is a character class (it would also accept `DDDD`);
 * this package follows the document's prose, "een UUID die start met ED0C", and requires the literal prefix.
 */
import { BRON_RIO_OOAPI_SYNC } from './data/sources.js';
import { fail, ok, trimmed, type Brand, type ParseResult } from './result.js';
import type { Bron } from './types.js';
import { deepFreeze } from './data/freeze.js';

/** An EDU-DEX AangebodenOpleiding code: `ED0C` + the upper-case rest of a UUID. */
export type EduDexAangebodenOpleidingCode = Brand<string, 'EduDexAangebodenOpleidingCode'>;
/** An EDU-DEX opleidingseenheid key: `ED0B` + the upper-case rest of a UUID. */
export type EduDexOpleidingseenheidSleutel = Brand<string, 'EduDexOpleidingseenheidSleutel'>;

/** Which EDU-DEX key a value is. */
export type EduDexSoort = 'aangebodenOpleiding' | 'opleidingseenheid';

/** The recognition rules as data. */
export interface EduDexRegel {
  soort: EduDexSoort;
  /** RIO field the rule applies to. */
  veld: string;
  prefix: 'ED0C' | 'ED0B';
  /** The pattern as published in the source document (verbatim). */
  gepubliceerdPatroon: string;
  /** The anchored ECMAScript pattern this package applies. */
  pattern: string;
  bron: Bron;
}

const REST = '[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12}';

export const EDU_DEX_REGELS: Readonly<Record<EduDexSoort, EduDexRegel>> = deepFreeze({
  aangebodenOpleiding: {
    soort: 'aangebodenOpleiding',
    veld: 'AangebodenOpleiding.Code (niet de eigen sleutel)',
    prefix: 'ED0C',
    gepubliceerdPatroon: `[ED0C]{4}${REST}`,
    pattern: `^ED0C${REST}$`,
    bron: BRON_RIO_OOAPI_SYNC,
  },
  opleidingseenheid: {
    soort: 'opleidingseenheid',
    veld: 'EigenOpleidingseenheidSleutel',
    prefix: 'ED0B',
    gepubliceerdPatroon: `[ED0B]{4}${REST}`,
    pattern: `^ED0B${REST}$`,
    bron: BRON_RIO_OOAPI_SYNC,
  },
});

const UUID_ANY_CASE =
  /^[0-9A-Fa-f]{4}[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
const REST_RE = new RegExp(`^${REST}$`);

function parseKey<T>(value: unknown, soort: EduDexSoort): ParseResult<T> {
  const regel = EDU_DEX_REGELS[soort];
  const label =
    soort === 'aangebodenOpleiding'
      ? 'EDU-DEX AangebodenOpleiding-code'
      : 'EDU-DEX opleidingseenheidsleutel';
  const t = trimmed(value, label);
  if (!t.ok) return t;
  const v = t.value;
  if (v.length !== 36)
    return fail(
      'lengte',
      `${label}: moet 36 tekens zijn (UUID-vorm 8-4-4-4-12), heeft er ${v.length}`,
    );
  const other =
    soort === 'aangebodenOpleiding'
      ? EDU_DEX_REGELS.opleidingseenheid
      : EDU_DEX_REGELS.aangebodenOpleiding;
  if (v.startsWith(other.prefix)) {
    return fail(
      'prefix',
      `${label}: begint met ${other.prefix}; dat is de EDU-DEX-vorm van ${other.veld}, niet van ${regel.veld}`,
    );
  }
  if (!v.startsWith(regel.prefix)) {
    if (v.toUpperCase().startsWith(regel.prefix))
      return fail('hoofdletters', `${label}: moet uitsluitend hoofdletters bevatten`);
    return fail('prefix', `${label}: moet beginnen met ${regel.prefix}`);
  }
  const rest = v.slice(4);
  if (!REST_RE.test(rest)) {
    if (UUID_ANY_CASE.test(`0000${rest}`))
      return fail('hoofdletters', `${label}: moet uitsluitend hoofdletters bevatten (A-F)`);
    return fail(
      'formaat',
      `${label}: na ${regel.prefix} moet de rest van een UUID volgen (4-4-4-4-12 hexadecimale tekens A-F, 0-9, gescheiden door koppeltekens)`,
    );
  }
  return ok<T>(v);
}

/**
 * Parses an EDU-DEX AangebodenOpleiding code (`ED0C` + upper-case UUID rest).
 * @param value - the AangebodenOpleiding.Code
 */
export function parseEduDexAangebodenOpleidingCode(
  value: unknown,
): ParseResult<EduDexAangebodenOpleidingCode> {
  return parseKey(value, 'aangebodenOpleiding');
}

/**
 * Parses an EDU-DEX opleidingseenheid key (`ED0B` + upper-case UUID rest).
 * @param value - the EigenOpleidingseenheidSleutel
 */
export function parseEduDexOpleidingseenheidSleutel(
  value: unknown,
): ParseResult<EduDexOpleidingseenheidSleutel> {
  return parseKey(value, 'opleidingseenheid');
}

/**
 * Which EDU-DEX key `value` is, or `null` when it is none (no trimming: RIO values are compared as stored).
 * @param value - a RIO code or key
 */
export function eduDexSoort(value: unknown): EduDexSoort | null {
  if (typeof value !== 'string' || value.length !== 36) return null;
  if (value.startsWith('ED0C') && REST_RE.test(value.slice(4))) return 'aangebodenOpleiding';
  if (value.startsWith('ED0B') && REST_RE.test(value.slice(4))) return 'opleidingseenheid';
  return null;
}

/**
 * True when `value` was registered through EDU-DEX (and therefore must not be synchronised while EDU-DEX
 * keeps managing it). With `soort`, only that kind of key matches.
 * @param value - a RIO AangebodenOpleiding.Code or EigenOpleidingseenheidSleutel
 * @param soort - restrict to one kind
 */
export function isEduDexKey(value: unknown, soort?: EduDexSoort): boolean {
  const s = eduDexSoort(value);
  return s !== null && (soort === undefined || s === soort);
}
