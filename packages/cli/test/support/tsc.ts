/**
 * `tsc --strict --skipLibCheck false` over files, as a user's project compiles against the built
 * packages (issue #13): the README examples and the type tests of the public API use it.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/**
 * Type-checks files (no emit) with the strictest settings a user may have.
 * @param files - absolute paths of `.ts` files; run from `cwd` so `@edustandaard/*` resolve as for a user
 * @param cwd - the package folder the files live under
 * @returns tsc's exit status and its output (empty when clean)
 */
export function typeCheck(
  files: readonly string[],
  cwd: string,
): { status: number | null; output: string } {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const r = spawnSync(
    process.execPath,
    [
      tsc,
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      'false',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--types',
      'node',
      ...files,
    ],
    { encoding: 'utf8', cwd },
  );
  return { status: r.status, output: r.stdout + r.stderr };
}
