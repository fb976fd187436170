/**
 * The one error type this package throws, for programming and usage errors only (bad salt, bad scrypt
 * parameters, an empty PGN). Invalid identifier values are returned, not thrown. Messages are Dutch and
 * never contain a PGN or BSN. `@edustandaard/core` and the CLI map `code` onto their own error codes.
 */

/** Stable codes (extend, never rename). */
export type IdentifierErrorCode =
  | 'E_USAGE'
  | 'E_IDENTIFIER_INVALID'
  | 'E_IDENTIFIER_TYPE_UNKNOWN'
  | 'E_SCRYPT_PARAMETERS'
  | 'E_SALT_INVALID';

export class IdentifierError extends Error {
  override readonly name = 'IdentifierError';
  readonly code: IdentifierErrorCode;

  /**
   * @param code - stable error code
   * @param message - Dutch message; must never contain a PGN or BSN
   */
  constructor(code: IdentifierErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * Type guard that also works across duplicated module instances.
 * @param e - anything caught
 */
export function isIdentifierError(e: unknown): e is IdentifierError {
  return (
    e instanceof IdentifierError ||
    (e instanceof Error && e.name === 'IdentifierError' && 'code' in e)
  );
}
