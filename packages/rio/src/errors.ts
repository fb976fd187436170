/**
 * The error codes of `@edustandaard/rio`: core's closed base plus what only RIO raises (DUO's CSV
 * exports, the RIO model and webservice faults). A closed union, so a misspelt code fails to compile.
 */
import { EdustandaardError, type CoreErrorCode, type ErrorLocation } from '@edustandaard/core';

/** Codes only rio raises, in the order they were introduced (extend, never rename). */
export const RIO_ERROR_CODES = [
  'E_CSV_MALFORMED',
  'E_CSV_TRUNCATED',
  'E_CSV_COLUMN_MISSING',
  'E_CSV_ENCODING',
  'E_CSV_DUPLICATE_KEY',
  'E_RIO_MODEL',
  'E_RIO_FAULT',
  /** A bestuur or RIO code that is not a valid identifier (as `@edustandaard/identifiers` names it). */
  'E_IDENTIFIER_INVALID',
  /** A value that cannot be trusted (a date that is not JJJJ-MM-DD), with file, line and column. */
  'E_CSV_VALUE',
  /** No row of the bestuur in an export that must have some (wrong OB_ID, wrong file or a cut-off download). */
  'E_CSV_NO_MATCH',
] as const;

/** Every code a rio function can throw. */
export type RioErrorCode = CoreErrorCode | (typeof RIO_ERROR_CODES)[number];

/** An {@link EdustandaardError} with a rio code. */
export type RioError = EdustandaardError<RioErrorCode>;

/**
 * Creates a rio error (the same class as core's, so `isEdustandaardError` and the CLI treat it alike).
 * @param code - a {@link RioErrorCode}
 * @param message - Dutch message; never echoes a BSN or a RIO faultstring verbatim
 * @param location - file, line, column or path
 * @param options - `cause`
 */
export function rioError(
  code: RioErrorCode,
  message: string,
  location?: ErrorLocation,
  options?: { cause?: unknown },
): RioError {
  return new EdustandaardError<RioErrorCode>(code, message, location, options);
}
