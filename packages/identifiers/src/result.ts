/**
 * Branded string types and the result union every `parse` function returns.
 *
 * Invalid input is a returned value, never a throw (STYLE.md "Worth absorbing" 5): callers switch on
 * `ok`, read the Dutch `reason`, and may script against the stable `code`.
 */

declare const brand: unique symbol;

/** A string that passed the parser of identifier type `B`; only `parse` functions create one. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** Stable reason codes (extend, never rename). */
export type ParseFailureCode =
  /** Not a string. */
  | 'type'
  /** Empty after trimming. */
  | 'leeg'
  /** Wrong length. */
  | 'lengte'
  /** Wrong characters or structure. */
  | 'formaat'
  /** Wrong letter case where the standard prescribes one. */
  | 'hoofdletters'
  /** Wrong fixed prefix (ECK iD base URL, EDU-DEX prefix). */
  | 'prefix'
  /** Check digit / elfproef fails. */
  | 'controle';

/** Result of a `parse` function: the normalised, branded value, or a precise Dutch reason. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: ParseFailureCode; readonly reason: string };

/** @internal */
export function ok<T>(value: string): ParseResult<T> {
  return { ok: true, value: value as T };
}

/** @internal */
export function fail<T>(code: ParseFailureCode, reason: string): ParseResult<T> {
  return { ok: false, code, reason };
}

/**
 * Common first step of every parser: a string, trimmed, not empty.
 * @internal
 */
export function trimmed(
  value: unknown,
  label: string,
): { ok: true; value: string } | { ok: false; code: ParseFailureCode; reason: string } {
  if (typeof value !== 'string')
    return { ok: false, code: 'type', reason: `${label}: waarde is geen tekst` };
  const t = value.trim();
  if (t === '') return { ok: false, code: 'leeg', reason: `${label}: waarde is leeg` };
  return { ok: true, value: t };
}
