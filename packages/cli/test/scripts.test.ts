/**
 * Repository tooling owned next to the CLI (scripts/, bench/run.mjs), spawned as a user runs it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'cli-scripts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function results(dir: string, r: object): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { test: 'vitest' } }));
  writeFileSync(join(dir, 'test-results.json'), JSON.stringify(r));
}

describe('scripts/test-summary.mjs', () => {
  const summary = (root: string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/test-summary.mjs'), root], {
      encoding: 'utf8',
      env: { ...process.env, REQUIRE_REFERENCE: '', ...env },
    });
  const root = join(tmp, 'repo');
  results(join(root, 'packages/a'), { numPassedTests: 5, numFailedTests: 0, numPendingTests: 2 });
  results(join(root, 'packages/b'), { numPassedTests: 3, numFailedTests: 0, numPendingTests: 0 });

  it('closes with `tests: N passed, N failed, N skipped` alone on its line', () => {
    const r = summary(root);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('tests: 8 passed, 0 failed, 2 skipped');
    expect(r.status).toBe(0);
  });

  it('REQUIRE_REFERENCE=1 turns a skipped test into a failure', () => {
    const r = summary(root, { REQUIRE_REFERENCE: '1' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/REQUIRE_REFERENCE=1: 2 test\(s\) skipped/);
  });

  it('a package whose suite did not run (no report) fails the run', () => {
    const other = join(tmp, 'repo2');
    results(join(other, 'packages/a'), {
      numPassedTests: 1,
      numFailedTests: 0,
      numPendingTests: 0,
    });
    mkdirSync(join(other, 'packages/c'), { recursive: true });
    writeFileSync(
      join(other, 'packages/c/package.json'),
      JSON.stringify({ scripts: { test: 'x' } }),
    );
    const r = summary(other);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/packages\/c .*no test-results\.json/);
  });
});

describe('bench/run.mjs', () => {
  it('exits 1 and repeats the ratio line when a benchmark is over target; removes bench/data', () => {
    const bench = join(tmp, 'bench');
    mkdirSync(join(bench, 'slow'), { recursive: true });
    mkdirSync(join(bench, 'data/slow'), { recursive: true });
    writeFileSync(join(bench, 'data/slow/big.xml'), 'x');
    writeFileSync(join(bench, 'run.mjs'), '');
    spawnSync('cp', [join(ROOT, 'bench/run.mjs'), join(bench, 'run.mjs')]);
    writeFileSync(
      join(bench, 'slow/run.mjs'),
      "console.log('ratio slow / ref: 4.20x (target <= 3x) OVER TARGET');",
    );
    const r = spawnSync(process.execPath, [join(bench, 'run.mjs')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bench/slow: ratio slow / ref: 4.20x (target <= 3x) OVER TARGET');
    expect(existsSync(join(bench, 'data'))).toBe(false);
  });
});

/** Resolves true when something accepts a TCP connection on the port. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.on('connect', () => (s.destroy(), resolve(true)));
    s.on('error', () => resolve(false));
  });

const DOCS_BUILT = existsSync(join(ROOT, 'apps/docs/dist/index.html'));

describe.skipIf(!DOCS_BUILT)('scripts/start.mjs', () => {
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    it(`${sig} to npm start stops the server too (no orphan)`, { timeout: 30_000 }, async () => {
      const port = 20000 + Math.floor(Math.random() * 20000);
      const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs'), '--no-build'], {
        env: { ...process.env, PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      const deadline = Date.now() + 20_000;
      while (!(await listening(port)) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      expect(await listening(port), out).toBe(true);
      const exited = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
      child.kill(sig);
      expect(await exited).toBe(0);
      expect(await listening(port)).toBe(false);
    });
  }
});
