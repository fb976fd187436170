/**
 * Every benchmark under `bench/` runs here at tiny size (`BENCH_SMOKE=1`), so that an API change breaks
 * a test rather than a benchmark nobody runs: nothing ran the benchmarks in CI, and bench/oso-swv and
 * bench/oso-overstap had crashed on removed APIs for a whole session (issue #10 item 8). The ratios of a
 * three-file run mean nothing, so a benchmark that knows `BENCH_SMOKE` skips its judgement and must exit
 * 0; one that does not yet know it may exit 1 (a missed target), but never crash. A crash — an uncaught
 * exception, a missing export, a failed import — exits 70 through the preloaded handler below. It lives in
 * this package because the CLI depends on every other package, so turbo has built them all before
 * this test runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BENCH = join(ROOT, 'bench');

/** Benchmarks not run here, and why (each still runs with `npm run bench`). */
const NOT_SMOKE: Record<string, string> = {
  docs: 'builds the whole site (Astro, Pagefind, link check) and drives Chromium: minutes',
};
/** Benchmarks that honour BENCH_SMOKE=1 (tiny input, no judgement): they must exit 0. */
const SMOKE_AWARE = new Set([
  'cli',
  'core',
  'identifiers',
  'oso',
  'oso-overstap',
  'oso-swv',
  'rio',
]);

/** Turns an uncaught exception or rejection (also a failed ESM import) into exit status 70. */
const CRASH_TO_70 = `data:text/javascript,${encodeURIComponent(
  "for (const ev of ['uncaughtException', 'unhandledRejection']) process.on(ev, (e) => { console.error('BENCH CRASH:', e); process.exit(70); });",
)}`;

const benches = readdirSync(BENCH)
  .filter((d) => existsSync(join(BENCH, d, 'run.mjs')))
  .sort();

describe('bench smoke (BENCH_SMOKE=1)', () => {
  it('every benchmark is smoke-run or listed with the reason it is not', () => {
    expect(benches.length).toBeGreaterThan(5);
    for (const d of Object.keys(NOT_SMOKE)) expect(benches).toContain(d);
    for (const d of SMOKE_AWARE) expect(benches).toContain(d);
    for (const d of benches.filter((b) => SMOKE_AWARE.has(b))) {
      const text = String(
        spawnSync('grep', ['-c', 'BENCH_SMOKE', join(BENCH, d, 'run.mjs')]).stdout,
      );
      expect(Number(text), `bench/${d} reads BENCH_SMOKE`).toBeGreaterThan(0);
    }
  });

  for (const d of benches.filter((b) => !(b in NOT_SMOKE))) {
    it(`bench/${d}/run.mjs runs every code path without crashing`, { timeout: 240_000 }, () => {
      const r = spawnSync(process.execPath, ['--import', CRASH_TO_70, join(BENCH, d, 'run.mjs')], {
        cwd: ROOT,
        env: { ...process.env, BENCH_SMOKE: '1' },
        encoding: 'utf8',
        timeout: 230_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      const out = `${r.stdout}\n${r.stderr}`.slice(-3000);
      expect(r.status, out).not.toBe(70);
      expect(SMOKE_AWARE.has(d) ? [0] : [0, 1], out).toContain(r.status);
    });
  }
});
