/**
 * Reading inputs and writing outputs for the CLI, hardened for hostile or careless use (issue #17
 * items 3 and 4):
 *
 * - reading is bounded while reading: a file, a device (`/dev/zero`) or standard input is read
 *   at most `maxBytes + 1` bytes, so a 3 GB stdin costs no more memory than the limit;
 * - writing is atomic for a regular file: a random temporary name in the target's directory,
 *   opened with O_EXCL and O_NOFOLLOW (a planted symlink is never followed), written, fsynced,
 *   renamed over the target, and the directory fsynced; the temporary file is removed on every
 *   failure and on Ctrl-C;
 * - a non-regular target (`/dev/null`, `/dev/stdout`, a FIFO) is written straight to and never
 *   replaced by a regular file, even as root;
 * - an output that is the input is refused unless the user passes `--in-place`.
 */
import { randomBytes } from 'node:crypto';
import { constants, unlinkSync } from 'node:fs';
import { lstat, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { EdustandaardError, type CoreErrorCode } from '@edustandaard/core';

/** The error codes the CLI adds to core's (a closed union, as each package declares its own). */
export type CliErrorCode = CoreErrorCode | 'E_INPUT_TOO_LARGE' | 'E_OUTPUT_IS_INPUT';

/**
 * Largest input read by default: 64 MiB, the JSON reader's limit (the XML reader's own 20 MiB
 * limit still applies after reading, with its own `E_XML_TOO_LARGE`).
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Options for {@link readInput}. */
export interface ReadInputOptions {
  /** Largest accepted size in bytes; more is `E_INPUT_TOO_LARGE` (default {@link MAX_INPUT_BYTES}). */
  maxBytes?: number;
  /** The stream read for `-` (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
}

function tooLarge(file: string, maxBytes: number): EdustandaardError<CliErrorCode> {
  return new EdustandaardError<CliErrorCode>(
    'E_INPUT_TOO_LARGE',
    `de invoer is groter dan de toegestane ${maxBytes} bytes`,
    { file },
  );
}

function ioError(file: string, e: unknown, verb: 'lezen' | 'schrijven'): EdustandaardError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const why =
    code === 'ENOENT'
      ? 'bestaat niet'
      : code === 'EACCES' || code === 'EPERM'
        ? 'geen toegang'
        : code === 'EISDIR'
          ? 'is een map'
          : code === 'ENOSPC'
            ? 'schijf vol'
            : (code ?? 'onbekende fout');
  return new EdustandaardError('E_IO', `kan bestand niet ${verb} (${why})`, { file });
}

/** Reads a stream up to `maxBytes`; one byte more is `E_INPUT_TOO_LARGE` and stops reading. */
async function readStream(
  stream: NodeJS.ReadableStream,
  file: string,
  maxBytes: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    size += chunk.length;
    if (size > maxBytes) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw tooLarge(file, maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/** Reads from an open handle in chunks up to `maxBytes` (devices such as /dev/zero included). */
async function readHandle(fh: FileHandle, file: string, maxBytes: number): Promise<Buffer> {
  const info = await fh.stat();
  if (info.isDirectory()) throw ioError(file, { code: 'EISDIR' }, 'lezen');
  if (info.isFile() && info.size > maxBytes) throw tooLarge(file, maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  const step = 1 << 20;
  for (;;) {
    const buf = Buffer.allocUnsafe(Math.min(step, maxBytes + 1 - size));
    const { bytesRead } = await fh.read(buf, 0, buf.length, null);
    if (bytesRead === 0) break;
    size += bytesRead;
    if (size > maxBytes) throw tooLarge(file, maxBytes);
    chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
  }
  return Buffer.concat(chunks, size);
}

/**
 * Reads a file, or standard input for `-`, as a Buffer, never more than `maxBytes` (+1) bytes.
 * A file that cannot be read is `E_IO` with the path; too large is `E_INPUT_TOO_LARGE`.
 * @param file - a path, or `-` for standard input
 * @param options - `maxBytes`, `stdin`
 */
export async function readInput(file: string, options: ReadInputOptions = {}): Promise<Buffer> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  if (file === '-') return readStream(options.stdin ?? process.stdin, '-', maxBytes);
  let fh: FileHandle;
  try {
    fh = await open(file, constants.O_RDONLY);
  } catch (e) {
    throw ioError(file, e, 'lezen');
  }
  try {
    return await readHandle(fh, file, maxBytes);
  } catch (e) {
    if (e instanceof EdustandaardError) throw e;
    throw ioError(file, e, 'lezen');
  } finally {
    await fh.close();
  }
}

/** Temporary files being written; removed on exit so Ctrl-C leaves no partial file behind. */
const pending = new Set<string>();
let exitHookInstalled = false;
function trackTemp(path: string): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const p of pending) {
        try {
          unlinkSync(p);
        } catch {
          /* already gone */
        }
      }
    });
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
      process.once(sig, () =>
        process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGHUP' ? 1 : 15)),
      );
  }
  pending.add(path);
}

/** Options for {@link writeOutput}. */
export interface WriteOutputOptions {
  /** Input paths of the command: writing over one of them is `E_OUTPUT_IS_INPUT` unless `inPlace`. */
  inputs?: readonly string[];
  /** The user passed `--in-place`: replacing an input is intended. */
  inPlace?: boolean;
}

/** Names of standard output that are written through `process.stdout`. */
const STDOUT_NAMES = new Set(['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** True when two paths name the same existing file (same device and inode). */
async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return resolve(a) === resolve(b);
  }
}

/** Writes everything to an open handle (a device or FIFO), without truncating or replacing it. */
async function writeStraight(path: string, data: string | Uint8Array): Promise<void> {
  let fh: FileHandle | undefined;
  try {
    fh = await open(path, constants.O_WRONLY | constants.O_APPEND);
    await fh.writeFile(data);
  } catch (e) {
    throw ioError(path, e, 'schrijven');
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

/**
 * Writes output, or writes to standard output when no path (or `-`) is given.
 *
 * A regular file is replaced atomically (random temporary name in the same directory, O_EXCL,
 * O_NOFOLLOW, fsync of file and directory, rename); a symlink to a regular file replaces the file
 * it points to, and the link stays. A device, FIFO or socket (`/dev/null`, `/dev/stdout`) is
 * written straight to and never replaced. Writing over an input is refused unless `inPlace`.
 * @param path - output path, `-` or undefined for standard output
 * @param data - what to write
 * @param options - `inputs` to protect and `inPlace`
 */
export async function writeOutput(
  path: string | undefined,
  data: string | Uint8Array,
  options: WriteOutputOptions = {},
): Promise<void> {
  if (!path || path === '-' || STDOUT_NAMES.has(path)) {
    // `/dev/stdout` is written through the process's own stream: opening it again fails when
    // standard output is a socket (ENXIO), and it must never be replaced by a regular file.
    await writeStdout(data);
    return;
  }
  if (!options.inPlace) {
    for (const input of options.inputs ?? []) {
      if (input !== '-' && (await sameFile(input, path)))
        throw new EdustandaardError<CliErrorCode>(
          'E_OUTPUT_IS_INPUT',
          'het uitvoerbestand is het invoerbestand; gebruik --in-place om het te vervangen',
          { file: path },
        );
    }
  }
  let target = path;
  const link = await lstat(path).catch(() => undefined);
  if (link) {
    const info = link.isSymbolicLink() ? await stat(path).catch(() => undefined) : link;
    if (info && !info.isFile() && !info.isDirectory()) return writeStraight(path, data);
    if (info?.isDirectory()) throw ioError(path, { code: 'EISDIR' }, 'schrijven');
    if (link.isSymbolicLink() && info) target = await realpath(path);
  }
  const dir = dirname(resolve(target));
  const tmp = join(dir, `.${basename(target)}.${randomBytes(8).toString('hex')}.tmp`);
  let fh: FileHandle | undefined;
  try {
    fh = await open(
      tmp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
      link?.isFile() ? link.mode & 0o777 : 0o666,
    );
    trackTemp(tmp);
    await fh.writeFile(data);
    await fh.sync();
    await fh.close();
    fh = undefined;
    await rename(tmp, target);
    pending.delete(tmp);
    await syncDir(dir);
  } catch (e) {
    if (fh) await fh.close().catch(() => undefined);
    if (pending.has(tmp)) {
      await unlink(tmp).catch(() => undefined);
      pending.delete(tmp);
    }
    throw ioError(path, e, 'schrijven');
  }
}

/** fsync of a directory, so the rename survives a crash; not every platform allows it. */
async function syncDir(dir: string): Promise<void> {
  let fd: FileHandle | undefined;
  try {
    fd = await open(dir, constants.O_RDONLY);
    await fd.sync();
  } catch {
    /* e.g. Windows cannot open a directory: the rename is still atomic */
  } finally {
    await fd?.close().catch(() => undefined);
  }
}

/** Writes to standard output and waits until it is flushed (or the pipe is closed). */
export function writeStdout(data: string | Uint8Array): Promise<void> {
  return new Promise((done) => {
    if (process.stdout.write(data)) done();
    else process.stdout.once('drain', done);
  });
}

/** True when the bytes look like JSON (first non-blank character `{`), after an optional BOM. */
export function isJson(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  return bytes[i] === 0x7b;
}
