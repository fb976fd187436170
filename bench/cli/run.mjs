#!/usr/bin/env node
// bench/cli: the `edustandaard` command's own costs (issue #10 item 8).
//
// 1. Start-up: `edustandaard swv validate <one file>` wall time, median of 9, as a ratio against a
//    bare `node -e 0` measured in the same run. Target: ≤ 200 ms on a quiet machine where Node
//    starts in ~40 ms, i.e. a ratio ≤ 5×.
// 2. Many files: `swv validate` over 2,000 dossiers with one worker (EDUSTANDAARD_WORKERS=1, all in
//    the main thread) against one worker per core. Target on ≥ 2 cores: the parallel run takes
//    ≤ 0.8× the sequential one. On one core it is reported, not judged. Why 2,000: each worker
//    loads and warms up the libraries on its own (~0.2 s), so a short run measures start-up, not
//    throughput. Quiet 2-core machine, same day: 240 files 754 vs 765 ms (1.01×), 1,000 files
//    0.77–0.81×, 1,200 files 0.70×, 2,000 files 3,751 vs 2,584 ms (0.69×). Below 32 files the CLI
//    starts no workers at all.
// Prints OVER TARGET (and exits 1) when a target is missed. Inputs go to bench/data/cli.
// BENCH_N sets the number of files of 2 (a smoke run with a few files reports without judging:
// below a hundred files the workers' start-up decides, not their throughput).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(root, 'packages/cli/bin/edustandaard.js');
const PAO = join(root, '../shared/reference/oso/2019.1/examples/PaO');
if (!existsSync(PAO)) {
  console.log(`SKIP bench/cli: ${PAO} not found`);
  process.exit(0);
}
const examples = readdirSync(PAO)
  .sort()
  .map((f) => join(PAO, f));

const wall = (cmd, args, env = {}) => {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${args.join(' ')}: exit ${r.status} ${r.stderr}`);
  return ms;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let failed = false;
// BENCH_SMOKE=1 (the bench smoke test): every code path on a few inputs (40 files: above the
// CLI's worker threshold, so the pool runs too), one round, no judgement.
const SMOKE = process.env.BENCH_SMOKE === '1';
const ROUNDS = SMOKE ? 1 : 5;

// 1. Start-up, interleaved so machine load affects both alike.
const one = [];
const bare = [];
wall(process.execPath, [BIN, 'swv', 'validate', examples[0]]); // warm the file cache
for (let i = 0; i < (SMOKE ? 1 : 9); i++) {
  bare.push(wall(process.execPath, ['-e', '0']));
  one.push(wall(process.execPath, [BIN, 'swv', 'validate', examples[0]]));
}
const ratio = median(one) / median(bare);
const ok1 = SMOKE || ratio <= 5;
failed ||= !ok1;
console.log(
  `swv validate (1 file): ${median(one).toFixed(0)} ms; node -e 0: ${median(bare).toFixed(0)} ms; ` +
    `ratio ${ratio.toFixed(2)}x (target <= 5x, i.e. 200 ms at a 40 ms node start) ${SMOKE ? 'NOT JUDGED (smoke)' : ok1 ? 'OK' : 'OVER TARGET'}`,
);

// 2. Many files.
const dir = join(root, 'bench/data/cli');
mkdirSync(dir, { recursive: true });
const files = [];
const N = Number(process.env.BENCH_N ?? (SMOKE ? 40 : 2000));
for (let i = 0; i < N; i++) {
  const f = join(dir, `dossier-${String(i).padStart(2, '0')}.xml`);
  copyFileSync(examples[i % examples.length], f);
  files.push(f);
}
// Interleaved, five each: other work on the machine slows both alike, and the median drops outliers.
// Worker threads only pay off when a second core is free: on a loaded machine (load average above
// the core count) the parallel run gets no more CPU than the sequential one, so the ratio is only
// meaningful on a quiet machine; the load is printed with the result.
// Where the floor is (per-thread CPU from /proc/<pid>/task, 14:55 UTC, 240 files): one thread
// spends ~0.7 s on the main thread plus ~0.35 s on V8's compiler and GC threads (so it already uses
// part of the second core); two threads spend ~0.5 s + ~0.45 s on main and worker plus ~0.55 s in
// V8's threads (each isolate loads and compiles the libraries and warms up on its own), ~1.5 s in
// all, so on two cores the parallel run cannot go much below ~0.75 s.
const seq = [];
const par = [];
const load = loadavg()[0];
for (let i = 0; i < ROUNDS; i++) {
  seq.push(
    wall(process.execPath, [BIN, 'swv', 'validate', ...files, '--quiet'], {
      EDUSTANDAARD_WORKERS: '1',
    }),
  );
  par.push(wall(process.execPath, [BIN, 'swv', 'validate', ...files, '--quiet']));
}
const cores = availableParallelism();
const speed = median(par) / median(seq);
const judged = !SMOKE && cores >= 2 && N >= 100;
const ok2 = !judged || speed <= 0.8;
failed ||= !ok2;
console.log(
  `swv validate (${N} files): 1 thread ${median(seq).toFixed(0)} ms; ${cores} workers ${median(par).toFixed(0)} ms; ` +
    `ratio ${speed.toFixed(2)}x (target <= 0.8x on >= 2 cores; load average ${load.toFixed(1)}) ${cores < 2 ? 'NOT JUDGED (1 core)' : !judged ? `NOT JUDGED (${N} files)` : ok2 ? 'OK' : 'OVER TARGET'}`,
);
process.exit(failed ? 1 : 0);
