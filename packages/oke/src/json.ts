/**
 * Bounded JSON reading for messages and request bodies: size and nesting depth are checked
 * before parsing, so hostile input is a typed error (`E_JSON_TOO_LARGE`, `E_JSON_TOO_DEEP`,
 * `E_JSON_MALFORMED`) and never a crash, a stack overflow or a hang.
 */
import { EdustandaardError } from '@edustandaard/core';

/** Limits for {@link readJsonBounded}. */
export interface JsonLimits {
  /** Maximum size in bytes (default 5 MiB). */
  maxBytes?: number;
  /** Maximum nesting depth of arrays/objects (default 64). */
  maxDepth?: number;
  /** Name of the input for error locations. */
  file?: string;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 64;

function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) (line++, (last = i));
  return { line, column: offset - last };
}

/**
 * Parses JSON text within limits.
 * @param input - JSON text or its UTF-8 bytes (a BOM is ignored)
 * @param limits - size, depth and the input's name
 * @returns the parsed value
 */
export function readJsonBounded(input: string | Uint8Array, limits: JsonLimits = {}): unknown {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const file = limits.file;
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > maxBytes)
    throw new EdustandaardError('E_JSON_TOO_LARGE', `JSON-bericht is te groot (${size} bytes, maximaal ${maxBytes})`, file ? { file } : undefined);
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      throw new EdustandaardError('E_JSON_MALFORMED', 'JSON-bericht is geen geldige UTF-8', file ? { file } : undefined);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Depth pre-scan outside strings: JSON.parse itself would recurse without bound.
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > maxDepth)
        throw new EdustandaardError('E_JSON_TOO_DEEP', `JSON-bericht is te diep genest (meer dan ${maxDepth} niveaus)`, { ...(file ? { file } : {}), ...lineCol(text, i) });
    } else if (c === 93 || c === 125) depth--;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const where = m ? lineCol(text, Number(m[1])) : {};
    throw new EdustandaardError('E_JSON_MALFORMED', 'JSON-bericht is geen geldige JSON', { ...(file ? { file } : {}), ...where }, { cause: e });
  }
}
