#!/usr/bin/env node
// `npm run fuzz`: the seeded fuzz harness (fuzz/harness.mjs) with 20,000 iterations over every official
// example and every entry point; exits 1 on any untyped error or any call over 2 s.
// Usage: node fuzz/run.mjs [iterations=20000] [seed]   (needs `npm run build` and ../shared/reference)
import { fileURLToPath } from 'node:url';
import { fuzz, officialExamples } from './harness.mjs';

const reference = fileURLToPath(new URL('../../shared/reference/', import.meta.url));
const examples = officialExamples(reference);
if (examples.length === 0) {
  console.log(`SKIP: no official examples under ${reference}`);
  process.exit(0);
}
const iterations = Number(process.argv[2] ?? 20000);
const seed = Number(process.argv[3] ?? 20261207);
const t = Date.now();
const res = fuzz({
  examples,
  iterations,
  seed,
  onProgress: (i, calls) =>
    console.error(`${i} iterations, ${calls} calls, ${((Date.now() - t) / 1000).toFixed(0)} s`),
});
console.log(
  `${res.iterations} iterations (seed ${seed}), ${res.calls} calls: ${res.untyped.length} untyped errors, ${res.slow.length} calls over 2 s (slowest ${res.maxMs.toFixed(0)} ms)`,
);
console.log(`typed errors by code: ${JSON.stringify(res.typed)}`);
for (const u of res.untyped.slice(0, 20)) console.log(`UNTYPED ${u.entry} ${u.what}\n  ${u.error}`);
for (const s of res.slow.slice(0, 20)) console.log(`SLOW ${s.entry} ${s.what}: ${s.ms} ms`);
if (res.untyped.length > 0 || res.slow.length > 0) process.exitCode = 1;
