/**
 * Browser replacement of `read-bounded.ts` (package.json `browser` map): bytes and streams (web
 * `ReadableStream` is async-iterable) within the limit; there are no file paths in a browser.
 */
import { EdustandaardError } from '../errors.js';
import type { BoundedSource, ReadBoundedOptions } from './read-bounded.js';

export type { BoundedSource, ReadBoundedOptions } from './read-bounded.js';

/**
 * Reads bytes or a stream, stopping as soon as it is larger than `maxBytes`.
 * @param source - bytes or a stream (a path is refused: no file system)
 * @param options - the limit, a name for the location, the error code
 * @throws EdustandaardError `E_INPUT_TOO_LARGE` (or the given code); `E_USAGE` for a path
 */
export async function readBounded(
  source: BoundedSource,
  options: ReadBoundedOptions,
): Promise<Uint8Array> {
  const file = options.file ?? '-';
  const tooLarge = () =>
    new EdustandaardError(
      options.code ?? 'E_INPUT_TOO_LARGE',
      `De invoer is groter dan de toegestane ${options.maxBytes} bytes.`,
      { file },
    );
  if (typeof source === 'string')
    throw new EdustandaardError('E_USAGE', 'Geen bestandssysteem in de browser.', { file });
  if (source instanceof Uint8Array) {
    if (source.byteLength > options.maxBytes) throw tooLarge();
    return source;
  }
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    const b = typeof chunk === 'string' ? enc.encode(chunk) : chunk;
    total += b.byteLength;
    if (total > options.maxBytes) throw tooLarge();
    parts.push(b);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
