/**
 * Expands the inputs of a batch command (issue #13): a path is used as given; a quoted glob
 * (`'dossiers/*.xml'`, which Windows shells do not expand) is expanded by the tool with
 * tinyglobby; a directory is walked with `-r` (files ending in `.xml` or `.json`). Every input
 * keeps its place: a pattern that matches nothing, or a directory without `-r`, becomes an
 * input with its own error, so the batch reports every input (DESIGN: a batch reports every input).
 */
import { stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { EdustandaardError } from '@edustandaard/core';
import { glob, isDynamicPattern } from 'tinyglobby';

/** One input of a batch: a path (`-` for standard input), or the error that replaced it. */
export interface BatchInput {
  file: string;
  error?: EdustandaardError;
}

/** Options for {@link expandInputs}. */
export interface ExpandOptions {
  /** `-r`: walk directories. */
  recursive?: boolean;
  /** File extensions taken from a directory (default `.xml`, `.json`). */
  extensions?: readonly string[];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Expands command-line inputs into files, in the order given (a glob's or directory's matches
 * sorted by path). Duplicates are kept: the user asked for them.
 * @param args - the arguments as typed
 * @param options - `recursive`, `extensions`
 */
export async function expandInputs(
  args: readonly string[],
  options: ExpandOptions = {},
): Promise<BatchInput[]> {
  const exts = options.extensions ?? ['.xml', '.json'];
  const out: BatchInput[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ file: '-' });
      continue;
    }
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!options.recursive) {
        out.push({
          file: arg,
          error: new EdustandaardError('E_USAGE', 'is een map; gebruik -r om de map te doorlopen', {
            file: arg,
          }),
        });
        continue;
      }
      const pattern = `**/*.{${exts.map((e) => e.replace(/^\./, '')).join(',')}}`;
      const files = await glob(pattern, { cwd: arg, absolute: false, dot: false, onlyFiles: true });
      const base = arg.replace(/[\\/]+$/, '');
      if (!files.length)
        out.push({
          file: arg,
          error: new EdustandaardError(
            'E_IO',
            `de map bevat geen bestanden met ${exts.join(' of ')}`,
            { file: arg },
          ),
        });
      for (const f of files.sort(byName)) out.push({ file: `${base}/${f}` });
      continue;
    }
    if (!info && isDynamicPattern(arg)) {
      const files = await glob(arg.replace(/\\/g, '/'), {
        onlyFiles: true,
        expandDirectories: false,
        absolute: isAbsolute(arg),
      });
      if (!files.length)
        out.push({
          file: arg,
          error: new EdustandaardError('E_IO', 'geen bestanden gevonden voor dit patroon', {
            file: arg,
          }),
        });
      for (const f of files.sort(byName)) out.push({ file: f });
      continue;
    }
    out.push({ file: arg });
  }
  return out;
}
