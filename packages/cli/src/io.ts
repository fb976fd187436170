import { readFile, writeFile, rename, unlink } from 'node:fs/promises';
import { EdustandaardError } from '@edustandaard/core';

/** Reads a file, or standard input for `-`, as a Buffer; a missing file is `E_IO` with the path. */
export async function readInput(file: string): Promise<Buffer> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new EdustandaardError('E_IO', `kan bestand niet lezen (${code ?? 'onbekend'})`, { file });
  }
}

/**
 * Writes output atomically (temp file + rename) so a failure never leaves a partial file,
 * or to standard output when no path is given.
 */
export async function writeOutput(
  path: string | undefined,
  data: string | Uint8Array,
): Promise<void> {
  if (!path || path === '-') {
    process.stdout.write(data);
    return;
  }
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    throw new EdustandaardError('E_IO', `kan bestand niet schrijven (${code ?? 'onbekend'})`, {
      file: path,
    });
  }
}
