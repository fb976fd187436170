#!/usr/bin/env node
// bench/core: the hardened JSON reader of @edustandaard/core (grammar, depth, duplicate-key and
// integer-precision checks in one pass, then JSON.parse) against bare JSON.parse, the reference,
// on the same ~10 MB text in the same process. Prints both medians and the ratio.
// Usage: node bench/core/run.mjs [rounds]   (after `npx turbo run build --filter=@edustandaard/core`)
// BENCH_SMOKE=1 (the smoke test): 1,000 objects, one round.
import { readJson } from '@edustandaard/core';

const SMOKE = process.env.BENCH_SMOKE === '1';
const rounds = Number(process.argv[2] ?? (SMOKE ? 1 : 7));
const rows = Array.from({ length: SMOKE ? 1000 : 100_000 }, (_, i) => ({
  id: `deelnemer-${i}`,
  naam: { voornaam: 'Jan', achternaam: 'de Vries-Ömer' },
  geboortedatum: '2012-03-04',
  score: i * 1.5,
  geslaagd: i % 2 === 0,
  codes: ['A1', 'B2', null],
}));
const text = JSON.stringify(rows);
const bytes = new TextEncoder().encode(text);

function median(f) {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const t = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

median(() => JSON.parse(text)); // warm-up
median(() => readJson(text));
const native = median(() => JSON.parse(new TextDecoder().decode(bytes)));
const ours = median(() => readJson(bytes));
console.log(
  `input: ${(bytes.length / 1e6).toFixed(1)} MB, ${rows.length} objects, median of ${rounds}`,
);
console.log(`JSON.parse (reference):       ${native.toFixed(1)} ms`);
console.log(`readJson (@edustandaard/core): ${ours.toFixed(1)} ms`);
console.log(`ratio: ${(ours / native).toFixed(2)}× JSON.parse`);
