#!/usr/bin/env node
// bench/identifiers: times @edustandaard/identifiers beside a reference in the same run and prints ratios.
//   1. hashPgn with the Nummervoorziening parameters (N=131072, r=8, p=4) vs python3 hashlib.scrypt (OpenSSL),
//      both timed in-process (no start-up cost), same PGN and salt; the outputs must be equal.
//   2. hashPgnAsync: 4 hashes concurrently vs 4 sequential hashPgn calls (thread-pool throughput).
//   3. parseBsn over 1 000 000 random 9-digit strings vs a straightforward python3 elfproef loop.
// Build first: npx turbo run build --filter=@edustandaard/identifiers
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const ids = await import(new URL('../../packages/identifiers/dist/index.js', import.meta.url).href);
const SALT = Buffer.from('edustandaard-bench-salt').toString('base64');
const PGN = '123456782';
// BENCH_SMOKE=1 (the smoke test, packages/cli/test/bench-smoke.test.ts): one scrypt run, 10,000 BSNs.
const SMOKE = process.env.BENCH_SMOKE === '1';
const RUNS = SMOKE ? 1 : 3;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function python(script, input) {
  const r = spawnSync('python3', ['-c', script], { input, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout);
}

// 1. scrypt.
const nodeTimes = [];
let nodeHex = '';
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  nodeHex = ids.hashPgn(PGN, { salt: SALT });
  nodeTimes.push(performance.now() - t0);
}
const py = python(
  `import sys, json, time, base64, hashlib
a = json.load(sys.stdin); salt = base64.b64decode(a['salt']); times = []
for _ in range(a['runs']):
    t0 = time.perf_counter(); h = hashlib.scrypt(a['pgn'].lower().encode(), salt=salt, n=131072, r=8, p=4, maxmem=2**31-1, dklen=32).hex(); times.append((time.perf_counter() - t0) * 1000)
print(json.dumps({'times': times, 'hex': h}))`,
  JSON.stringify({ pgn: PGN, salt: SALT, runs: RUNS }),
);
const tNode = median(nodeTimes);
console.log(`hashPgn (N=131072 r=8 p=4)      node ${tNode.toFixed(0)} ms (median of ${RUNS})`);
if (py) {
  const tPy = median(py.times);
  console.log(`  python3 hashlib.scrypt          ${tPy.toFixed(0)} ms`);
  console.log(
    `  ratio node/python               ${(tNode / tPy).toFixed(2)}×   outputs equal: ${py.hex === nodeHex}`,
  );
  if (py.hex !== nodeHex) process.exitCode = 1;
} else console.log('  python3 hashlib.scrypt          niet beschikbaar; geen ratio');

// 2. async concurrency.
let t0 = performance.now();
for (let i = 0; i < 4; i++) ids.hashPgn(PGN + i, { salt: SALT });
const seq = performance.now() - t0;
t0 = performance.now();
await Promise.all([0, 1, 2, 3].map((i) => ids.hashPgnAsync(PGN + i, { salt: SALT })));
const par = performance.now() - t0;
console.log(
  `4 hashes: sequential sync ${seq.toFixed(0)} ms, concurrent async ${par.toFixed(0)} ms, speed-up ${(seq / par).toFixed(2)}×`,
);

// 3. elfproef throughput.
const N = SMOKE ? 10_000 : 1_000_000;
let seed = 12345;
const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const inputs = Array.from({ length: N }, () => String(Math.floor(rnd() * 1e9)).padStart(9, '0'));
t0 = performance.now();
let valid = 0;
for (const s of inputs) if (ids.parseBsn(s).ok) valid++;
const tBsn = performance.now() - t0;
console.log(
  `parseBsn × ${N}                 node ${tBsn.toFixed(0)} ms (${(((N / tBsn) * 1000) / 1e6).toFixed(2)} M/s), ${valid} geldig`,
);
const pyBsn = python(
  `import sys, json, time
xs = sys.stdin.read().split()
t0 = time.perf_counter(); n = 0
for s in xs:
    if len(s) == 9 and s.isdigit() and s != '000000000' and (sum((9 - i) * int(s[i]) for i in range(8)) - int(s[8])) % 11 == 0: n += 1
print(json.dumps({'ms': (time.perf_counter() - t0) * 1000, 'valid': n}))`,
  inputs.join('\n'),
);
if (pyBsn) {
  console.log(`  python3 elfproef loop           ${pyBsn.ms.toFixed(0)} ms, ${pyBsn.valid} geldig`);
  console.log(
    `  ratio node/python               ${(tBsn / pyBsn.ms).toFixed(2)}×   same count: ${pyBsn.valid === valid}`,
  );
  if (pyBsn.valid !== valid) process.exitCode = 1;
}
