/**
 * The 1e-niveau hash of a persoonsgebonden nummer (PGN) with which a leerlingadministratiesysteem
 * requests a stampseudoniem (and from it an ECK iD) from the Kennisnet Nummervoorziening
 * (Edu-V Identiteiten, bijlage ECK iD, stap 3; "Voorschrift NV-1").
 *
 * As the Nummervoorziening reference implementations compute it (EckID `scrypter/Constants` and
 * `ScryptUtil.generateHexHash`): scrypt over the UTF-8 bytes of the lower-cased PGN, salt = the
 * base64-decoded salt Kennisnet issues per environment, N = 131072, r = 8, p = 4, 32-byte key,
 * rendered as lower-case hexadecimal.
 *
 * Only `node:crypto` is used (through ./scrypt.ts; the browser build has none). The PGN never appears
 * in an error message.
 */
import { scrypt, scryptSync } from './scrypt.js';
import { BRON_NUMMERVOORZIENING } from './data/sources.js';
import { IdentifierError } from './errors.js';
import type { Bron } from './types.js';

/** scrypt cost parameters. */
export interface ScryptParameters {
  /** CPU/memory cost: a power of two greater than 1. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelisation. */
  p: number;
  /** Length of the derived key in bytes. */
  keyLength: number;
}

/** The parameters the Nummervoorziening prescribes for the ECK iD stampseudoniem. */
export const NUMMERVOORZIENING_SCRYPT: Readonly<ScryptParameters> = Object.freeze({
  N: 131072,
  r: 8,
  p: 4,
  keyLength: 32,
});

/** Source of {@link NUMMERVOORZIENING_SCRYPT}. */
export const NUMMERVOORZIENING_SCRYPT_BRON: Bron = BRON_NUMMERVOORZIENING;

/** Upper bound on the scrypt working memory (128 × N × r bytes) this package will allocate: 1 GiB. */
export const MAX_SCRYPT_MEMORY = 1024 * 1024 * 1024;

/**
 * Upper bound on the scrypt work (N × r × p, proportional to the time it takes): 4× the
 * Nummervoorziening parameters (131072 × 8 × 4), a few seconds on a current machine. Larger
 * parameters are refused before any work starts, so `--p 1024` cannot tie up a CPU for minutes.
 */
export const MAX_SCRYPT_WORK = 4 * 131072 * 8 * 4;

/** Upper bound on the decoded salt: 1 KiB (the Nummervoorziening salt is 32 bytes or so). */
export const MAX_SALT_BYTES = 1024;

/** Options of {@link hashPgn} / {@link hashPgnAsync}. */
export interface HashPgnOptions extends Partial<ScryptParameters> {
  /** The salt Kennisnet issues for the environment, base64-encoded (RFC 4648 §4, with padding). */
  salt: string;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decodes a base64 salt strictly (Buffer's own decoder silently skips bad characters).
 * @param salt - base64 text
 * @throws IdentifierError `E_SALT_INVALID` when it is not canonical base64, decodes to nothing or is too long
 */
export function decodeSalt(salt: string): Uint8Array {
  if (typeof salt !== 'string')
    throw new IdentifierError('E_SALT_INVALID', 'salt ontbreekt (base64-tekst verwacht)');
  // Checked before the pattern test, so a huge salt costs no regex work.
  if (salt.length > Math.ceil((MAX_SALT_BYTES * 4) / 3) + 8)
    throw new IdentifierError('E_SALT_INVALID', `salt is langer dan ${MAX_SALT_BYTES} bytes`);
  const s = salt.trim();
  if (s === '' || !BASE64.test(s)) {
    throw new IdentifierError(
      'E_SALT_INVALID',
      'salt is geen geldige base64 (A-Z, a-z, 0-9, +, /, met =-opvulling tot een veelvoud van 4 tekens)',
    );
  }
  const bytes = Buffer.from(s, 'base64');
  if (bytes.length === 0)
    throw new IdentifierError('E_SALT_INVALID', 'salt is leeg na base64-decodering');
  if (bytes.length > MAX_SALT_BYTES)
    throw new IdentifierError('E_SALT_INVALID', `salt is langer dan ${MAX_SALT_BYTES} bytes`);
  return new Uint8Array(bytes);
}

function isInt(n: unknown, min: number, max: number): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
}

/**
 * Completes and checks scrypt parameters (defaults: {@link NUMMERVOORZIENING_SCRYPT}).
 * @param params - overrides
 * @throws IdentifierError `E_SCRYPT_PARAMETERS` for a parameter out of range, too much memory or too much work
 */
export function resolveScryptParameters(
  params: Partial<ScryptParameters> = {},
): ScryptParameters & { maxmem: number } {
  const { N, r, p, keyLength } = { ...NUMMERVOORZIENING_SCRYPT, ...stripUndefined(params) };
  if (!isInt(N, 2, 2 ** 30) || (N & (N - 1)) !== 0)
    throw new IdentifierError(
      'E_SCRYPT_PARAMETERS',
      'scrypt-parameter N moet een macht van 2 zijn, groter dan 1',
    );
  if (!isInt(r, 1, 1024))
    throw new IdentifierError(
      'E_SCRYPT_PARAMETERS',
      'scrypt-parameter r moet een geheel getal van 1 tot en met 1024 zijn',
    );
  if (!isInt(p, 1, 1024))
    throw new IdentifierError(
      'E_SCRYPT_PARAMETERS',
      'scrypt-parameter p moet een geheel getal van 1 tot en met 1024 zijn',
    );
  if (!isInt(keyLength, 1, 1024))
    throw new IdentifierError(
      'E_SCRYPT_PARAMETERS',
      'sleutellengte moet een geheel getal van 1 tot en met 1024 bytes zijn',
    );
  const memory = 128 * N * r;
  if (memory > MAX_SCRYPT_MEMORY) {
    throw new IdentifierError(
      'E_SCRYPT_PARAMETERS',
      `scrypt-parameters vragen ${Math.round(memory / 2 ** 20)} MiB geheugen (128 × N × r); de grens is ${MAX_SCRYPT_MEMORY / 2 ** 20} MiB`,
    );
  }
  if (N * r * p > MAX_SCRYPT_WORK) {
    throw new IdentifierError(
      'E_SCRYPT_PARAMETERS',
      `scrypt-parameters vragen ${((N * r * p) / (131072 * 8 * 4)).toFixed(1)}× het werk van de Nummervoorziening-parameters (N × r × p); de grens is 4×`,
    );
  }
  // Node rejects when (roughly) 128 × N × r exceeds maxmem (default 32 MiB); N = 131072, r = 8 needs
  // 128 MiB, so pass the working set plus the B buffer (128 × r × p) and a margin.
  const maxmem = memory + 128 * r * p + 2 * 1024 * 1024;
  return { N, r, p, keyLength, maxmem };
}

function stripUndefined(o: Partial<ScryptParameters>): Partial<ScryptParameters> {
  const out: Partial<ScryptParameters> = {};
  for (const k of ['N', 'r', 'p', 'keyLength'] as const) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

function pgnBytes(pgn: string): Buffer {
  if (typeof pgn !== 'string')
    throw new IdentifierError('E_IDENTIFIER_INVALID', 'PGN ontbreekt (tekst verwacht)');
  if (pgn.trim() === '') throw new IdentifierError('E_IDENTIFIER_INVALID', 'PGN is leeg');
  if (pgn !== pgn.trim()) {
    // The reference implementation hashes the value as given; surrounding whitespace would silently
    // produce a different stampseudoniem, so it is refused rather than trimmed.
    throw new IdentifierError(
      'E_IDENTIFIER_INVALID',
      'PGN heeft witruimte aan het begin of eind; verwijder die eerst',
    );
  }
  return Buffer.from(pgn.toLowerCase(), 'utf8');
}

/**
 * Hashes a PGN for a stampseudoniem request, synchronously (blocks the thread ~1 s with the default parameters).
 * @param pgn - the BSN or onderwijsnummer (or other PGN value) exactly as registered; lower-cased before hashing
 * @param options - `salt` (base64) and optional scrypt overrides `N`, `r`, `p`, `keyLength`
 * @returns lower-case hexadecimal of the derived key (64 characters by default)
 * @throws IdentifierError `E_SALT_INVALID` for a bad salt, `E_SCRYPT_PARAMETERS` for bad parameters, `E_IDENTIFIER_INVALID` for an empty PGN
 */
export function hashPgn(pgn: string, options: HashPgnOptions): string {
  const salt = decodeSalt(options?.salt);
  const { N, r, p, keyLength, maxmem } = resolveScryptParameters(options);
  const input = pgnBytes(pgn);
  try {
    return scryptSync(input, salt, keyLength, { N, r, p, maxmem }).toString('hex');
  } catch (err) {
    throw new IdentifierError(
      'E_SCRYPT_PARAMETERS',
      `scrypt mislukt (${(err as NodeJS.ErrnoException).code ?? 'onbekend'})`,
    );
  } finally {
    input.fill(0);
  }
}

/**
 * Hashes a PGN for a stampseudoniem request on the libuv thread pool.
 * @param pgn - the BSN or onderwijsnummer (or other PGN value) exactly as registered; lower-cased before hashing
 * @param options - `salt` (base64) and optional scrypt overrides `N`, `r`, `p`, `keyLength`
 * @returns a promise of the lower-case hexadecimal derived key
 */
export function hashPgnAsync(pgn: string, options: HashPgnOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    let salt: Uint8Array;
    let params: ReturnType<typeof resolveScryptParameters>;
    let input: Buffer;
    try {
      salt = decodeSalt(options?.salt);
      params = resolveScryptParameters(options);
      input = pgnBytes(pgn);
    } catch (e) {
      reject(e);
      return;
    }
    const { N, r, p, keyLength, maxmem } = params;
    const failed = (err: unknown) =>
      new IdentifierError(
        'E_SCRYPT_PARAMETERS',
        `scrypt mislukt (${(err as NodeJS.ErrnoException).code ?? 'onbekend'})`,
      );
    try {
      scrypt(input, salt, keyLength, { N, r, p, maxmem }, (err, key) => {
        input.fill(0);
        if (err) reject(failed(err));
        else resolve(key.toString('hex'));
      });
    } catch (err) {
      // Node validates the parameters synchronously; report that the same way.
      input.fill(0);
      reject(failed(err));
    }
  });
}
