#!/usr/bin/env node
// bench/oke: what the precompiled validators buy, as ratios against ajv compiling the same JSON
// Schema at run time (the reference tool), measured in the same script.
//   1. start-up: a fresh process that imports @edustandaard/oke and validates one message, vs a
//      fresh process that compiles schema/oke-ooapi-v5.json with ajv + ajv-formats and validates it;
//   2. throughput: check() (precompiled validator + report building) vs the runtime-compiled ajv
//      validator alone, over the same valid and invalid messages;
//   3. one conformance run against the TA reference implementation over 127.0.0.1.
// Targets (exit 1 when over): start-up + first validation ≤ 1× the runtime compile (the point of
// precompiling); check() ≤ 6× the bare runtime validator (check() adds the flow duties, the
// per-branch grouping of alternatives and the report). Ratios, never absolute times.
const TARGET_STARTUP = 1;
const TARGET_CHECK = 6;
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const pkgDir = fileURLToPath(new URL('../../packages/oke/', import.meta.url));
const require = createRequire(`${pkgDir}package.json`);
const oke = await import(`${pkgDir}dist/index.js`);

function timeProcess(code, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: pkgDir,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(r.stderr);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const msg = JSON.stringify(oke.sampleData.sampleOffering());
const ours = timeProcess(
  `import { check } from './dist/index.js'; if (!check('2.zitting-aanmaken', 'request', ${msg}).valid) process.exit(1);`,
);
const ref = timeProcess(
  `import { createRequire } from 'node:module'; import { readFileSync } from 'node:fs'; const require = createRequire(import.meta.url);` +
    `const Ajv = require('ajv').default; const addFormats = require('ajv-formats'); const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }); addFormats(ajv);` +
    `ajv.addSchema(JSON.parse(readFileSync('schema/oke-ooapi-v5.json', 'utf8')), 'oke'); const v = ajv.getSchema('oke#/definitions/ComponentOffering'); if (!v(${msg})) process.exit(1);`,
);
const startup = ours / ref;
console.log(
  `start-up + first validation (median of 5 processes): @edustandaard/oke ${ours.toFixed(0)} ms, ajv runtime compile ${ref.toFixed(0)} ms, ratio ${startup.toFixed(2)} (target <= ${TARGET_STARTUP}) ${startup <= TARGET_STARTUP ? 'OK' : 'OVER TARGET'}`,
);
if (startup > TARGET_STARTUP) process.exitCode = 1;

const Ajv = require('ajv').default;
const addFormats = require('ajv-formats');
const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
addFormats(ajv);
ajv.addSchema(require('./schema/oke-ooapi-v5.json'), 'oke');
const runtime = ajv.getSchema('oke#/definitions/ComponentOffering');
const good = oke.sampleData.sampleOffering();
const bad = structuredClone(good);
bad.consumers[0].offeringState = 'x';
bad.primaryCode.extra = 1;
const N = 20000;
const bench = (fn) => {
  for (let i = 0; i < 1000; i++) fn();
  const t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
};
for (const [label, m] of [
  ['valid', good],
  ['invalid', bad],
]) {
  const a = bench(() => oke.check('2.zitting-aanmaken', 'request', m));
  const b = bench(() => runtime(m));
  console.log(
    `${label} message ×${N}: check() ${a.toFixed(0)} ms (${((N / a) * 1000).toFixed(0)}/s), ajv runtime validator ${b.toFixed(0)} ms, ratio ${(a / b).toFixed(2)} (target <= ${TARGET_CHECK}) ${a / b <= TARGET_CHECK ? 'OK' : 'OVER TARGET'}`,
  );
  if (a / b > TARGET_CHECK) process.exitCode = 1;
}

const server = await oke.startReferenceServer({ role: 'TA' });
try {
  const t = performance.now();
  const r = await oke.runConformance('TA', server.url, { seed: 1 });
  console.log(
    `conformance TA (${r.steps.length} calls over 127.0.0.1): ${(performance.now() - t).toFixed(0)} ms, ${r.passed ? 'passed' : 'FAILED'}`,
  );
  if (!r.passed) process.exitCode = 1;
} finally {
  await server.close();
}
