/**
 * A general-purpose, hardened JSON reader (DESIGN.md §3: unreadable input is a typed error with a
 * code and a location, never a crash or hang). Used by the RIO, OKE and CLI packages.
 *
 * One validating pass over the text checks the RFC 8259 grammar, the nesting depth and duplicate
 * keys and locates the first problem by line and column; `JSON.parse` then builds the value.
 * Nothing is silently changed: duplicate keys (where `JSON.parse` keeps the last) and integers
 * beyond 2^53 (which `JSON.parse` rounds) are errors unless the caller opts in.
 */
import { EdustandaardError, type ErrorCode } from './errors.js';

/** Options for {@link readJson}. */
export interface JsonReadOptions {
  /** Maximum input size in UTF-8 bytes (default 64 MiB). */
  maxBytes?: number;
  /** Maximum nesting depth of arrays and objects (default 256). */
  maxDepth?: number;
  /** File name for error locations. */
  file?: string;
  /** `error` (default): a key repeated in one object is `E_JSON_MALFORMED`; `last`: keep the last, like `JSON.parse`. */
  duplicateKeys?: 'error' | 'last';
  /** `error` (default): an integer outside ±(2^53−1) is `E_JSON_PRECISION`; `allow`: let `JSON.parse` round it. */
  unsafeIntegers?: 'error' | 'allow';
}

/** Default limits of {@link readJson}. */
export const JSON_DEFAULT_LIMITS = { maxBytes: 64 * 1024 * 1024, maxDepth: 256 } as const;

/** Line and 1-based column of a UTF-16 offset in `text`. */
function locate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** Offset of the first invalid UTF-8 sequence, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    // Continuation bytes and minimum code point per lead byte (RFC 3629 §4).
    const n =
      c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0) return i;
    const min = n === 1 ? 0x80 : n === 2 ? 0x800 : 0x10000;
    if (i + n >= b.length) return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/** Line/column of a byte offset in UTF-8 bytes (column counts characters). */
function locateBytes(b: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const c = b[i]!;
    if (c === 10) {
      line++;
      column = 1;
    } else if ((c & 0xc0) !== 0x80) column++;
  }
  return { line, column };
}

/**
 * UTF-8 length of a string without Node's `Buffer` (core also runs in browsers). A lone surrogate
 * counts as the 3 bytes of U+FFFD, as `TextEncoder` would write it.
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (
      c >= 0xd800 &&
      c <= 0xdbff &&
      i + 1 < s.length &&
      (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const WS = new Uint8Array(128);
WS[0x20] = WS[0x09] = WS[0x0a] = WS[0x0d] = 1;

/**
 * Reads JSON text with limits.
 * @param input - the JSON text, or its UTF-8 bytes (a leading BOM is removed)
 * @param options - `maxBytes`, `maxDepth`, `file`, `duplicateKeys`, `unsafeIntegers`
 * @returns the parsed value; throws `EdustandaardError` with `E_JSON_TOO_LARGE`, `E_JSON_MALFORMED`
 *   (also for invalid UTF-8 and duplicate keys), `E_JSON_TOO_DEEP` or `E_JSON_PRECISION`, located by line and column
 */
export function readJson(input: string | Uint8Array, options: JsonReadOptions = {}): unknown {
  const maxBytes = options.maxBytes ?? JSON_DEFAULT_LIMITS.maxBytes;
  const maxDepth = options.maxDepth ?? JSON_DEFAULT_LIMITS.maxDepth;
  const file = options.file;
  let text: string;
  if (typeof input === 'string') {
    // A UTF-16 unit is at most 3 UTF-8 bytes: only count exactly when the quick bound is inconclusive.
    if (input.length * 3 > maxBytes) {
      const size = utf8Length(input);
      if (size > maxBytes) tooLarge(size);
    }
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    if (input.byteLength > maxBytes) tooLarge(input.byteLength);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input); // removes a BOM
    } catch {
      const at = Math.max(0, firstInvalidUtf8(input));
      throw new EdustandaardError('E_JSON_MALFORMED', 'Ongeldige UTF-8 in JSON-invoer', {
        file,
        ...locateBytes(input, at),
      });
    }
  }
  scan(text, maxDepth, options.duplicateKeys ?? 'error', options.unsafeIntegers ?? 'error', file);
  return JSON.parse(text) as unknown;

  function tooLarge(size: number): never {
    throw new EdustandaardError(
      'E_JSON_TOO_LARGE',
      `JSON-invoer is ${size} bytes; de grens is ${maxBytes} bytes`,
      file ? { file } : undefined,
    );
  }
}

/** Validates the grammar, depth, duplicate keys and integer precision; throws at the first problem. */
function scan(
  text: string,
  maxDepth: number,
  dupes: 'error' | 'last',
  unsafe: 'error' | 'allow',
  file: string | undefined,
): void {
  const n = text.length;
  let i = 0;
  // Runs of string characters that need no attention (not `"`, `\\` or a control character).
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must stop the run (RFC 8259 §7)
  const PLAIN = /[^"\\\u0000-\u001f]*/y;
  // Container stack: 1 = array, 2 = object. Keys per open object, only when duplicates are checked.
  const stack: number[] = [];
  const keys: (Set<string> | null)[] = [];

  const fail = (code: ErrorCode, message: string, at: number): never => {
    throw new EdustandaardError(code, message, { ...(file ? { file } : {}), ...locate(text, at) });
  };
  const describe = (at: number): string =>
    at >= n
      ? 'onverwacht einde van de invoer'
      : `onverwacht teken '${text[at] === '\n' ? '\\n' : text[at]}'`;
  const ws = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128 && WS[c] === 1) i++;
      else break;
    }
  };
  const string = (): number => {
    // at opening quote; returns offset after closing quote
    const start = i++;
    for (;;) {
      PLAIN.lastIndex = i;
      PLAIN.test(text);
      i = PLAIN.lastIndex;
      if (i >= n) fail('E_JSON_MALFORMED', 'Onafgesloten tekenreeks', start);
      const c = text.charCodeAt(i);
      if (c === 34) return ++i;
      if (c < 0x20) fail('E_JSON_MALFORMED', 'Stuurteken in tekenreeks; gebruik een escape', i);
      if (c === 92) {
        const e = text.charCodeAt(i + 1);
        if (e === 117) {
          for (let k = 2; k < 6; k++) {
            const h = text.charCodeAt(i + k);
            if (!((h >= 48 && h <= 57) || (h >= 65 && h <= 70) || (h >= 97 && h <= 102)))
              fail('E_JSON_MALFORMED', 'Ongeldige \\u-escape', i);
          }
          i += 6;
        } else if (
          e === 34 ||
          e === 92 ||
          e === 47 ||
          e === 98 ||
          e === 102 ||
          e === 110 ||
          e === 114 ||
          e === 116
        )
          i += 2;
        else fail('E_JSON_MALFORMED', 'Ongeldige escape in tekenreeks', i);
      } else i++;
    }
  };
  const digits = (): number => {
    const s = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) i++;
      else break;
    }
    return i - s;
  };
  const number = (): void => {
    const start = i;
    if (text.charCodeAt(i) === 45) i++;
    const c = text.charCodeAt(i);
    if (c === 48) i++;
    else if (c >= 49 && c <= 57) digits();
    else fail('E_JSON_MALFORMED', `Ongeldig getal: ${describe(i)}`, i);
    let integer = true;
    if (text.charCodeAt(i) === 46) {
      i++;
      integer = false;
      if (digits() === 0) fail('E_JSON_MALFORMED', `Ongeldig getal: ${describe(i)}`, i);
    }
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      i++;
      integer = false;
      const s = text.charCodeAt(i);
      if (s === 43 || s === 45) i++;
      if (digits() === 0) fail('E_JSON_MALFORMED', `Ongeldig getal: ${describe(i)}`, i);
    }
    if (
      integer &&
      unsafe === 'error' &&
      i - start > 15 &&
      !Number.isSafeInteger(Number(text.slice(start, i)))
    ) {
      fail(
        'E_JSON_PRECISION',
        'Geheel getal buiten ±(2^53−1) zou worden afgerond; geef het als tekenreeks',
        start,
      );
    }
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('E_JSON_MALFORMED', `Ongeldige waarde: ${describe(i)}`, i);
  };

  // Iterative (no recursion, so no stack overflow): parse a value, then close containers or
  // move to the next element/member, driven by the container stack.
  ws();
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (stack.length >= maxDepth)
        fail('E_JSON_TOO_DEEP', `JSON is dieper genest dan ${maxDepth} niveaus`, i);
      const isObj = c === 123;
      stack.push(isObj ? 2 : 1);
      keys.push(isObj && dupes === 'error' ? new Set() : null);
      i++;
      ws();
      if (text.charCodeAt(i) === (isObj ? 125 : 93)) {
        i++;
        stack.pop();
        keys.pop();
      } else {
        if (isObj) member();
        continue; // the first element/member value follows
      }
    } else if (c === 34) string();
    else if (c === 45 || (c >= 48 && c <= 57)) number();
    else if (c === 116) literal('true');
    else if (c === 102) literal('false');
    else if (c === 110) literal('null');
    else fail('E_JSON_MALFORMED', `Waarde verwacht: ${describe(i)}`, i);
    if (afterValue()) return;
  }

  /** After a value: closes containers; returns true at the end of the document, false when a value follows. */
  function afterValue(): boolean {
    for (;;) {
      ws();
      if (stack.length === 0) {
        if (i < n)
          fail('E_JSON_MALFORMED', `Tekst na het einde van de JSON-waarde: ${describe(i)}`, i);
        return true;
      }
      const top = stack[stack.length - 1]!;
      const d = text.charCodeAt(i);
      if (d === 44 /* , */) {
        i++;
        ws();
        if (top === 2) member();
        return false;
      }
      if ((top === 1 && d === 93) || (top === 2 && d === 125)) {
        i++;
        stack.pop();
        keys.pop();
        continue;
      }
      fail(
        'E_JSON_MALFORMED',
        top === 1 ? `',' of ']' verwacht: ${describe(i)}` : `',' of '}' verwacht: ${describe(i)}`,
        i,
      );
    }
  }

  /** Reads `"key" :` in an object and leaves `i` at the value. */
  function member(): void {
    if (text.charCodeAt(i) !== 34)
      fail('E_JSON_MALFORMED', `Sleutel (tekenreeks) verwacht: ${describe(i)}`, i);
    const start = i;
    const end = string();
    const set = keys[keys.length - 1];
    if (set) {
      const raw = text.slice(start + 1, end - 1);
      const key = raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
      if (set.has(key)) {
        // Keys can be data (a BSN as map key, also as '229 854 382' or split in parts): only a
        // name-like key with at most 3 digits is echoed (DESIGN.md §8, issue #17 item 6).
        const shown = echoableKey(key) ? ` "${key}"` : '';
        fail('E_JSON_MALFORMED', `Sleutel${shown} komt dubbel voor in één object`, start);
      }
      set.add(key);
    }
    ws();
    if (text.charCodeAt(i) !== 58) fail('E_JSON_MALFORMED', `':' verwacht: ${describe(i)}`, i);
    i++;
    ws();
  }
}

/** True when a key can be shown in a message: name-like, at most 64 characters and 3 digits. */
function echoableKey(key: string): boolean {
  if (key.length > 64 || !/^[\p{L}_$@#][\p{L}\p{N}_$@#.:-]*$/u.test(key)) return false;
  let digits = 0;
  for (let k = 0; k < key.length; k++) if (/\p{N}/u.test(key[k]!) && ++digits > 3) return false;
  return true;
}
