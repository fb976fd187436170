#!/usr/bin/env node
// bench/rio: the SIS↔RIO synchronisation plan over synthetic DUO exports in DUO's real layout at real
// scale (ten files, the three NFO files at least 62, 148 and 205 MiB, 430+ MiB in all, ~1,000 besturen),
// beside DuckDB doing the same resolution, filter and join over the same files in the same script. Each side runs in its own child process so its wall time and
// peak RSS are its own. Targets (issue #5): peak RSS ≤ 200 MB; wall time ≤ 2× DuckDB.
// The plan must equal the generator's truth exactly.
//
// Usage: node bench/rio/run.mjs [--runs 3] [--keep]
// Data goes to bench/data/rio (gitignored), is generated at the start (~1–2 min) and removed at the end
// unless --keep (then the next run reuses it). Exits 1 when a target is missed.
// BENCH_SMOKE=1 (packages/cli/test/bench-smoke.test.ts): 1 % of the size in a temporary folder, one
// run; the plan must still equal the truth and DuckDB's counts, the time and memory are not judged.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, FOCUS } from '../../packages/rio/scripts/generate-duo.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const smoke = process.env.BENCH_SMOKE === '1';
const dir = smoke ? mkdtempSync(join(tmpdir(), 'bench-rio-')) : join(here, '..', 'data', 'rio');
const args = process.argv.slice(2);
const runs = smoke ? 1 : Number(args[args.indexOf('--runs') + 1] || 3) || 3;

const keep = args.includes('--keep') && !smoke;
if (smoke || args.includes('--regen') || !existsSync(join(dir, 'truth.json'))) {
  rmSync(dir, { recursive: true, force: true });
  console.log(`generating synthetic DUO exports at ${smoke ? '1 % of ' : ''}real scale …`);
  const t = performance.now();
  const g = smoke
    ? generate({ outDir: dir, scale: 0.01, per: 4, seed: 42, besturen: 60 })
    : generate({ outDir: dir, scale: 1, per: 40, seed: 42, besturen: 1000 });
  console.log(`generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  for (const [k, v] of Object.entries(g.sizes))
    console.log(
      `  ${k.padEnd(36)} ${(v / 1048576).toFixed(1).padStart(7)} MiB ${String(g.rows[k]).padStart(9)} rows`,
    );
}

function child(script) {
  const r = spawnSync(process.execPath, [join(here, script), dir, FOCUS], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) {
    console.error(r.stderr);
    if (!keep) rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  }
  return JSON.parse(r.stdout);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ours = [];
const duck = [];
for (let i = 0; i < runs; i++) {
  duck.push(child('duckdb-child.mjs'));
  ours.push(child('sync-child.mjs'));
}

// Correctness: the plan equals the truth exactly.
const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
const key = (i) =>
  JSON.stringify([i.categorie, i.entiteit, i.rioCode, i.rioCohortcode, i.sisSleutel, i.cohorten]);
const want = truth.map(key).sort();
const got = ours[0].items.map(key).sort();
const equal = want.length === got.length && want.every((k, j) => k === got[j]);

const oursMs = median(ours.map((r) => r.ms));
const duckMs = median(duck.map((r) => r.ms));
const oursRss = Math.max(...ours.map((r) => r.maxRssKiB)) / 1024;
const duckRss = Math.max(...duck.map((r) => r.maxRssKiB)) / 1024;
const totalBytes = ours[0].bronnen.reduce((s, b) => s + b.bytes, 0);
console.log(
  `input: ${(totalBytes / 1048576).toFixed(0)} MiB in ${ours[0].bronnen.length} files; bestuur ${FOCUS}; ${runs} runs (median wall time, max peak RSS)`,
);
console.log(
  `DuckDB (resolve+filter+join):        ${(duckMs / 1000).toFixed(2)} s, peak RSS ${duckRss.toFixed(0)} MiB, rows oe/ao/cohort ${duck[0].counts.oe}/${duck[0].counts.ao}/${duck[0].counts.co}`,
);
console.log(
  `files: ${ours[0].bronnen.map((b) => `${b.export} ${(b.bytes / 1048576).toFixed(0)} MiB`).join(', ')}`,
);
console.log(
  `@edustandaard/rio planSync:  ${(oursMs / 1000).toFixed(2)} s, peak RSS ${oursRss.toFixed(0)} MiB, ${(totalBytes / 1048576 / (oursMs / 1000)).toFixed(0)} MiB/s, ${ours[0].items.length} plan items`,
);
console.log(`RATIO wall time rio/DuckDB: ${(oursMs / duckMs).toFixed(2)}× (target ≤ 2×)`);
console.log(
  `peak RSS rio: ${oursRss.toFixed(0)} MiB (target ≤ 200 MB = ${(200e6 / 1048576).toFixed(0)} MiB)`,
);
console.log(
  `plan equals truth: ${equal ? 'yes' : 'NO'} (${got.length} items, truth ${want.length})`,
);
// Cross-check: DuckDB finds the same opleidingseenheden and aangeboden opleidingen as the plan holds.
const distinct = (e) =>
  new Set(ours[0].items.filter((i) => i.entiteit === e).map((i) => i.rioCode)).size;
const sameCounts =
  distinct('opleidingseenheid') === duck[0].counts.oe &&
  distinct('aangebodenOpleiding') === duck[0].counts.ao;
console.log(
  `DuckDB counts equal the plan's: ${sameCounts ? 'yes' : 'NO'} (oe ${distinct('opleidingseenheid')}/${duck[0].counts.oe}, ao ${distinct('aangebodenOpleiding')}/${duck[0].counts.ao})`,
);
const ok = equal && sameCounts && (smoke || (oursMs <= 2 * duckMs && oursRss * 1048576 <= 200e6));
console.log(
  ok
    ? smoke
      ? 'OK (smoke: plan and counts checked, time and memory not judged)'
      : 'OK: all targets met'
    : 'FAIL: a target is not met',
);
if (!keep) rmSync(dir, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
