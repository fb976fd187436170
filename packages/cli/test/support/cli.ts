/**
 * The one harness for CLI tests: runs the program in-process via run() with stdout and stderr
 * captured, and resets process.exitCode after each test.
 */
import { afterEach, vi } from 'vitest';
import { run } from '../../src/program.js';

/** What a CLI run produced: its exit code and everything written to stdout and stderr. */
export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs `edustandaard <argv>` in-process.
 * @param argv - the arguments after `edustandaard`
 */
export async function cli(argv: string[]): Promise<CliResult> {
  let out = '';
  let err = '';
  const o = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((c: string | Uint8Array) => ((out += String(c)), true));
  const e = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((c: string | Uint8Array) => ((err += String(c)), true));
  try {
    return { code: await run(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

afterEach(() => {
  process.exitCode = undefined;
});
