#!/usr/bin/env node
// bench/oso: read + base validation (XSD-equivalent structure, code lists, gegevensset rules) of
// N copies (default 1,000) of the largest official OSO example, beside `xmllint --noout --schema`
// over the same files, in the same script. Prints both times and the ratio (target ≤ 3×, issue #3).
// Usage: node bench/oso/run.mjs [copies]   (needs `npm run build` and xmllint; ../shared/reference)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ref = join(root, '../shared/reference/oso/2019.1/');
if (!existsSync(ref)) {
  console.log(`SKIP: ${ref} not found (the official OSO examples are needed)`);
  process.exit(0);
}
if (spawnSync('xmllint', ['--version']).status !== 0) {
  console.log('SKIP: xmllint not installed (Debian: apt-get install -y libxml2-utils)');
  process.exit(0);
}
const { validate } = await import(join(root, 'packages/oso/dist/index.js'));
const N = Number(process.argv[2] ?? 1000);
const xsd = join(ref, 'OSO_gegevensset_2019.1.xsd');
const examples = ['OV', 'PaO'].flatMap((g) => readdirSync(join(ref, 'examples', g)).map((f) => join(ref, 'examples', g, f)));
const largest = examples.sort((a, b) => statSync(b).size - statSync(a).size)[0];
const bytes = readFileSync(largest);
const dir = mkdtempSync(join(tmpdir(), 'bench-oso-'));
try {
  const files = [];
  for (let i = 0; i < N; i++) {
    const f = join(dir, `d${String(i).padStart(4, '0')}.xml`);
    writeFileSync(f, bytes);
    files.push(f);
  }
  // Warm the page cache and both tools once.
  for (const f of files) readFileSync(f);
  execFileSync('xmllint', ['--noout', '--schema', xsd, files[0]], { stdio: 'ignore' });
  for (let i = 0; i < 20; i++) validate(bytes);

  const xs = process.hrtime.bigint();
  const r = spawnSync('xmllint', ['--noout', '--schema', xsd, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const xmllintMs = Number(process.hrtime.bigint() - xs) / 1e6;
  const xmllintValid = (r.stderr.match(/ validates$/gm) ?? []).length;

  const os = process.hrtime.bigint();
  let valid = 0;
  for (const f of files) if (validate(readFileSync(f), { file: f }).valid) valid++;
  const oursMs = Number(process.hrtime.bigint() - os) / 1e6;

  const mb = (bytes.length * N) / 1e6;
  console.log(`input: ${N} × ${largest.split('/').slice(-2).join('/')} (${bytes.length} bytes, ${mb.toFixed(1)} MB total)`);
  console.log(`xmllint --noout --schema : ${xmllintMs.toFixed(0)} ms (${xmllintValid}/${N} validate)`);
  console.log(`@edustandaard/oso validate: ${oursMs.toFixed(0)} ms (${valid}/${N} valid; read + structure + code lists + OG/OS rules)`);
  console.log(`ratio ours/xmllint: ${(oursMs / xmllintMs).toFixed(2)}× (target ≤ 3×)`);
  if (valid !== N || xmllintValid !== N) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
