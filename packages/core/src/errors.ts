/**
 * Typed errors for unreadable input and usage errors (DESIGN.md §3): never a stack trace to
 * the user, always a stable code and, where there is one, a location.
 *
 * Why an error's message is written where it is raised, not taken from a catalogue as a finding's
 * is (#10 item 4, decided): an `E_*` code names a class of failure, not a sentence — `E_USAGE` alone
 * covers dozens of situations (an unknown option value, a missing argument, a directory without
 * exports), each with its own facts — so a catalogue keyed by error code would need a variant per
 * raise site, i.e. the sentence moved one file away with nothing gained. Findings are different: they
 * are content problems that repeat per input, are listed in reports, shown on the site and scripted
 * against, so their text is rendered from the code and params (`createFinding`). What scripts read
 * of an error is its code and location, which are stable; the message is for the person at the
 * terminal. When English messages are wanted, errors get a catalogue keyed per raise site then.
 */

/**
 * The error codes core itself raises: usage, I/O, the hardened XML and JSON readers, versions and
 * profiles, HTTP transport. A closed list (DESIGN.md §3): each package declares its own closed
 * union on top of this base (`RioErrorCode = CoreErrorCode | 'E_CSV_TRUNCATED' | …`) and passes
 * it as the type argument of {@link EdustandaardError}, so a misspelt code fails to compile.
 * Extend, never rename: vendors script against them.
 */
export const CORE_ERROR_CODES = [
  'E_USAGE',
  'E_IO',
  'E_INTERNAL',
  'E_XML_MALFORMED',
  'E_XML_DTD',
  'E_XML_ENTITY',
  'E_XML_TOO_LARGE',
  'E_INPUT_TOO_LARGE',
  'E_XML_TOO_DEEP',
  'E_XML_TOO_MANY_NODES',
  'E_XML_NAMESPACE',
  'E_XML_ENCODING',
  'E_XML_ROOT',
  'E_JSON_MALFORMED',
  'E_JSON_TOO_LARGE',
  'E_JSON_TOO_DEEP',
  'E_JSON_PRECISION',
  'E_VERSION_UNKNOWN',
  'E_PROFILE_UNKNOWN',
  'E_HTTP',
  'E_TIMEOUT',
] as const;

/** One of {@link CORE_ERROR_CODES}. */
export type CoreErrorCode = (typeof CORE_ERROR_CODES)[number];

/** Every error code grammar: `E_` and upper-case words joined by `_` (checked by a test over every package). */
export const ERROR_CODE_PATTERN = /^E_[A-Z0-9]+(?:_[A-Z0-9]+)*$/;

/** @deprecated use {@link CoreErrorCode}; kept so existing imports compile. */
export type ErrorCode = CoreErrorCode;

/** Where in the input an error was found. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  path?: string;
}

/** An error with a stable code and an optional location; the message is Dutch and never echoes a BSN or PGN. */
export class EdustandaardError<C extends string = CoreErrorCode> extends Error {
  override readonly name = 'EdustandaardError';
  readonly code: C;
  readonly location: ErrorLocation | undefined;

  /**
   * @param code - stable error code, e.g. `E_XML_MALFORMED`; a package's own codes need its union as
   *   type argument (`new EdustandaardError<RioErrorCode>('E_CSV_TRUNCATED', …)`)
   * @param message - Dutch message for the user
   * @param location - where in the input, when known
   * @param options - `cause` for the underlying error
   */
  constructor(
    code: NoInfer<C>,
    message: string,
    location?: ErrorLocation,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.location = location;
  }

  /** `E_CODE file:line:column: message` as the CLI prints it on stderr. */
  format(): string {
    const l = this.location;
    const position = l ? [l.file, l.line, l.column].filter((x) => x !== undefined).join(':') : '';
    const where = [position, l?.path ?? ''].filter(Boolean).join(' ');
    return `${this.code}${where ? ` ${where}` : ''}: ${this.message}`;
  }

  toJSON(): { code: string; message: string; location?: ErrorLocation } {
    return {
      code: this.code,
      message: this.message,
      ...(this.location ? { location: this.location } : {}),
    };
  }
}

/**
 * Type guard that also works across duplicated module instances.
 * @param e - any caught value
 */
export function isEdustandaardError(e: unknown): e is EdustandaardError<string> {
  return (
    e instanceof EdustandaardError ||
    (e instanceof Error && e.name === 'EdustandaardError' && 'code' in e)
  );
}
