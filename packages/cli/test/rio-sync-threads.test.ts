/**
 * `edustandaard rio sync` reads the second half of a big DUO export on a second thread (rio's
 * scan-thread.ts, issue #12's ≤ 2× DuckDB). In the command that thread runs from the start-up
 * bundle, so the bundle must hold the worker file the bundled code asks for; and the plan must be the
 * same with the thread as with `EDUSTANDAARD_WORKERS=1` (one thread), through the real binary.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rioSyncArgs } from './support/rio.js';
import { spawnBin } from './support/spawn.js';

const GENERATOR = new URL('../../rio/scripts/generate-duo.mjs', import.meta.url).href;
const BUNDLE = fileURLToPath(new URL('../bundle/', import.meta.url));
let dir: string;
let truth: { categorie: string; entiteit: string; rioCode: string; rioCohortcode?: string }[];
let focus: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-rio-threads-'));
  const m = (await import(GENERATOR)) as {
    generate: (o: object) => { sizes: Record<string, number> };
    FOCUS: string;
  };
  focus = m.FOCUS;
  // At this scale the NFO offering and cohort files pass rio's 16 MiB split threshold.
  const g = m.generate({ outDir: join(dir, 'rio'), scale: 0.12, per: 4, seed: 13, besturen: 60 });
  expect(g.sizes.aangeboden_nfo_opleiding_cohorten).toBeGreaterThan(16 * 1024 * 1024);
  truth = JSON.parse(readFileSync(join(dir, 'rio', 'truth.json'), 'utf8'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rio sync on two threads (spawned binary)', () => {
  it('every worker file the bundled code starts is in the bundle', () => {
    const asked = new Set<string>();
    for (const f of readdirSync(BUNDLE).filter((n) => n.endsWith('.js')))
      for (const m of readFileSync(join(BUNDLE, f), 'utf8').matchAll(
        /new URL\(\s*["']\.\/([\w.-]+\.js)["']\s*,\s*import\.meta\.url\s*\)/g,
      ))
        asked.add(m[1]!);
    expect([...asked].sort()).toEqual(expect.arrayContaining(['rio-scan-worker.js', 'worker.js']));
    for (const f of asked) expect(existsSync(join(BUNDLE, f)), f).toBe(true);
  });

  it('the plan with the second thread equals the plan on one thread, and the truth', () => {
    const key = (i: (typeof truth)[number]) =>
      [i.categorie, i.entiteit, i.rioCode, i.rioCohortcode ?? ''].join(' ');
    const plans = ['2', '1'].map((workers) => {
      const out = join(dir, `plan-${workers}.json`);
      const rio = join(dir, 'rio');
      const args = rioSyncArgs({ bestuur: focus, rio, config: join(rio, 'config.json'), out });
      const r = spawnBin(args, { cwd: dir, env: { EDUSTANDAARD_WORKERS: workers } });
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      return JSON.parse(readFileSync(out, 'utf8')) as { items: typeof truth };
    });
    expect(plans[0]).toEqual(plans[1]);
    expect(plans[0]!.items.map(key).sort()).toEqual(truth.map(key).sort());
  });
});
