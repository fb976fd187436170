/**
 * Reading an input within a size limit while it is read, never whole first (issue #17 item 4: a 500 MB
 * file cost 560 MB before `E_XML_TOO_LARGE`, `/dev/zero` was read until killed). Node only: the browser
 * entry of core does not export it.
 */
import { open } from 'node:fs/promises';
import { EdustandaardError } from '../errors.js';

/** What {@link readBounded} reads: bytes, a file path, or a stream (a Node `Readable` such as stdin). */
export type BoundedSource = Uint8Array | string | AsyncIterable<Uint8Array | string>;

/** Options of {@link readBounded}. */
export interface ReadBoundedOptions {
  /** Size limit in bytes; one byte more is an error. */
  maxBytes: number;
  /** Name for the error location (default: the path, or `-`). */
  file?: string;
  /** The error code (default `E_INPUT_TOO_LARGE`; readers of one format may prefer theirs). */
  code?: 'E_INPUT_TOO_LARGE' | 'E_XML_TOO_LARGE' | 'E_JSON_TOO_LARGE';
}

const CHUNK = 64 * 1024;

/**
 * Reads a whole input, stopping as soon as it is larger than `maxBytes`: peak memory stays below the
 * limit plus one chunk (plus the copy that joins the chunks), whatever the input's size. A regular
 * file larger than the limit is refused before reading; devices, pipes and files that grow are read in
 * chunks up to one byte past the limit.
 * @param source - bytes, a file path, or a stream of bytes/strings (UTF-8)
 * @param options - the limit, a name for the location, the error code
 * @returns the bytes
 * @throws EdustandaardError `E_INPUT_TOO_LARGE` (or the given code) with the file name; `E_IO` when
 *   the file cannot be read
 */
export async function readBounded(
  source: BoundedSource,
  options: ReadBoundedOptions,
): Promise<Uint8Array> {
  const { maxBytes } = options;
  const file = options.file ?? (typeof source === 'string' ? source : '-');
  const tooLarge = (): EdustandaardError =>
    new EdustandaardError(
      options.code ?? 'E_INPUT_TOO_LARGE',
      `De invoer is groter dan de toegestane ${maxBytes} bytes.`,
      { file },
    );
  if (source instanceof Uint8Array) {
    if (source.byteLength > maxBytes) throw tooLarge();
    return source;
  }
  if (typeof source === 'string') return readFile(source, maxBytes, file, tooLarge);
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += b.byteLength;
    // Leaving the loop calls the stream's return(): a Node stream is destroyed, nothing more is read.
    if (total > maxBytes) throw tooLarge();
    parts.push(b);
  }
  return Buffer.concat(parts, total);
}

async function readFile(
  path: string,
  maxBytes: number,
  file: string,
  tooLarge: () => EdustandaardError,
): Promise<Uint8Array> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (cause) {
    throw new EdustandaardError(
      'E_IO',
      `Kan het bestand niet lezen (${(cause as NodeJS.ErrnoException).code ?? 'fout'}).`,
      { file },
      { cause },
    );
  }
  try {
    const st = await fh.stat();
    if (st.isFile() && st.size > maxBytes) throw tooLarge();
    // Regular files: one buffer of the stat size (+1 to notice growth); others: chunks up to the limit.
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(
        st.isFile() && st.size > 0 ? st.size + 1 - total : CHUNK,
        maxBytes + 1 - total,
      );
      const buf = Buffer.allocUnsafe(Math.max(1, want));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge();
      parts.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, total);
  } catch (e) {
    if (e instanceof EdustandaardError) throw e;
    throw new EdustandaardError('E_IO', 'Kan het bestand niet lezen.', { file }, { cause: e });
  } finally {
    await fh.close();
  }
}
