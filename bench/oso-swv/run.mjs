#!/usr/bin/env node
// bench/oso-swv: read + base validation + SWV profile validation of 1,000 copies of the largest
// official PaO example, beside `xmllint --noout --schema` (XSD only) on the same files, in one run.
// Targets (issue #4): at most 3x xmllint's time; single-file `edustandaard swv validate` < 300 ms wall.
// Needs ../shared/reference beside the repository, `xmllint` (libxml2-utils) and a prior `npm run build`.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ref = join(root, '..', 'shared', 'reference', 'oso', '2019.1');
const N = Number(process.env.BENCH_N ?? 1000);
if (!existsSync(ref)) {
  console.log(`SKIP: ${ref} is absent (the official examples are needed).`);
  process.exit(0);
}
const swv = await import(join(root, 'packages/oso-swv/dist/index.js'));
const oso = await import(join(root, 'packages/oso/dist/index.js'));
const core = await import(join(root, 'packages/core/dist/index.js'));
const { validate } = swv;

const paoDir = join(ref, 'examples', 'PaO');
const largest = readdirSync(paoDir)
  .map((f) => join(paoDir, f))
  .sort((a, b) => statSync(b).size - statSync(a).size)[0];
const xsd = join(ref, 'OSO_gegevensset_2019.1.xsd');
const dir = mkdtempSync(join(tmpdir(), 'bench-oso-swv-'));
const bytes = readFileSync(largest);
const files = [];
for (let i = 0; i < N; i++) {
  const f = join(dir, `dossier-${i}.xml`);
  writeFileSync(f, bytes);
  files.push(f);
}
console.log(`${N} copies of ${largest.split('/').pop()} (${bytes.length} bytes)`);

try {
  // Warm-up (JIT, module load) outside the timing.
  for (let i = 0; i < 20; i++) validate(readFileSync(files[i % N]), { file: files[i % N] });

  let invalid = 0;
  const t0 = performance.now();
  for (const f of files) {
    const r = validate(readFileSync(f), { file: f });
    if (!r.valid) invalid++;
  }
  const ours = performance.now() - t0;

  let xmllint = NaN;
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.status === null || probe.error) {
    console.log('xmllint not found (apt-get install libxml2-utils): ratio not measured');
  } else {
    const t1 = performance.now();
    const x = spawnSync('xmllint', ['--noout', '--schema', xsd, ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    xmllint = performance.now() - t1;
    const ok = (x.stderr.match(/ validates$/gm) ?? []).length;
    if (ok !== N) console.log(`warning: xmllint validated ${ok}/${N}`);
  }
  console.log(
    `oso-swv read+base+profile: ${ours.toFixed(0)} ms (${(ours / N).toFixed(2)} ms/file, ${invalid} invalid)`,
  );
  // Where the time goes, per file (same files, stage by stage).
  const stage = { read: 0, base: 0, profile: 0 };
  const sample = files.slice(0, Math.min(N, 200));
  for (const f of sample) {
    let t = performance.now();
    const r = oso.read(readFileSync(f), { file: f });
    stage.read += performance.now() - t;
    t = performance.now();
    oso.checkCodelijsten(r.dossier, r.version);
    oso.checkRules(r.dossier, r.version);
    stage.base += performance.now() - t;
    t = performance.now();
    core.evaluateProfile(
      swv.getProfile('VO-SWV', r.version),
      { dossier: r.dossier },
      { version: r.version },
    );
    stage.profile += performance.now() - t;
  }
  const per = (v) => (v / sample.length).toFixed(2);
  console.log(
    `  per file: read+XSD-structure ${per(stage.read)} ms (oso), code lists+gegevensset rules ${per(stage.base)} ms (oso), SWV profile ${per(stage.profile)} ms (oso-swv)`,
  );
  console.log(
    `xmllint --noout --schema:  ${xmllint.toFixed(0)} ms (${(xmllint / N).toFixed(2)} ms/file)`,
  );
  const ratio = ours / xmllint;
  console.log(
    `ratio oso-swv / xmllint:   ${ratio.toFixed(2)}x  (target <= 3x) ${ratio <= 3 ? 'OK' : 'OVER TARGET'}`,
  );

  // Single-file CLI wall time (process start to exit), median of 7 runs.
  const bin = join(root, 'packages/cli/dist/bin.js');
  const walls = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    const p = spawnSync(process.execPath, [bin, 'swv', 'validate', largest], { encoding: 'utf8' });
    walls.push(performance.now() - t);
    if (p.status !== 0) console.log(`warning: cli exit ${p.status}: ${p.stderr.slice(0, 200)}`);
  }
  walls.sort((a, b) => a - b);
  const med = walls[3];
  // Reference in the same run: bare `node -e 0` start-up on this machine.
  const nodeWalls = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    nodeWalls.push(performance.now() - t);
  }
  nodeWalls.sort((a, b) => a - b);
  console.log(
    `edustandaard swv validate (1 file): ${med.toFixed(0)} ms wall, median of 7 (target < 300 ms) ${med < 300 ? 'OK' : 'OVER TARGET'}; bare node start ${nodeWalls[3].toFixed(0)} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
