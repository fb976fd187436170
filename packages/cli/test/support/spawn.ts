/**
 * The real binary for contract tests (issue #13): `bin/edustandaard.js` spawned with arguments,
 * working directory and standard input, and the SARIF 2.1.0 check against the official schema.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as AjvDraft04 from 'ajv-draft-04';
import * as formats from 'ajv-formats';
import { parse as parseJunit } from 'junit2json';

/** The binary a user runs. */
export const BIN = fileURLToPath(new URL('../../bin/edustandaard.js', import.meta.url));

/** What a spawned run produced. */
export interface SpawnResult {
  code: number | null;
  out: string;
  err: string;
}

/**
 * Runs `edustandaard <args>` in a child process.
 * @param args - the arguments after `edustandaard`
 * @param options - `cwd` (required: tests run in their own temporary directory), `input` (stdin)
 *   and `env` (added to this process's environment)
 */
export function spawnBin(
  args: string[],
  options: { cwd: string; input?: string | Buffer; env?: Record<string, string> },
): SpawnResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input,
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/**
 * The errors of a SARIF log against the official SARIF 2.1.0 schema (empty when valid).
 * @param log - the parsed `--format sarif` output
 */
export function sarifErrors(log: unknown): string[] {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(
    readFileSync(
      require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'),
      'utf8',
    ),
  ) as Record<string, unknown>;
  // CommonJS modules: their default export is the module object under NodeNext.
  const Ajv = AjvDraft04.default.default;
  const addFormats = formats.default.default;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return validate(log)
    ? []
    : (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** The parts of a SARIF log the tests read. */
export interface SarifLog {
  version: string;
  runs: Array<{
    results: Array<{ ruleId: string; level: string }>;
    artifacts: unknown[];
    invocations: Array<{ exitCode: number }>;
  }>;
}

/**
 * Parses `--format sarif` output and checks it against the official SARIF 2.1.0 schema.
 * @param out - standard output of the run
 */
export function readSarif(out: string): { log: SarifLog; errors: string[] } {
  const log = JSON.parse(out) as SarifLog;
  return { log, errors: sarifErrors(log) };
}

/** The parts of a JUnit report the tests read, as junit2json returns them. */
export interface JunitReport {
  tests?: number;
  failures?: number;
  errors?: number;
  testsuite?: Array<{
    testcase?: Array<{
      name?: string;
      failure?: Array<{ type?: string }>;
      error?: Array<{ type?: string }>;
    }>;
  }>;
}

/**
 * Reads `--format junit` output back with a JUnit parser.
 * @param out - standard output of the run
 */
export async function readJunit(out: string): Promise<JunitReport> {
  return (await parseJunit(out)) as JunitReport;
}
