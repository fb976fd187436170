#!/usr/bin/env node
// `npm run bench`: runs every bench/<package>/run.mjs in turn. Each benchmark times this
// project's code beside a reference tool in the same script and prints the ratio; the targets
// are in each issue (e.g. ≤ 3× `xmllint --schema`). Pass package names to run a subset.
//
// Exit status (issue #13): non-zero when any benchmark exits non-zero or prints a line with
// "OVER TARGET"; those lines (with their ratio) are repeated at the end. Generated inputs under
// bench/data are removed afterwards (set BENCH_KEEP_DATA=1 to keep them between runs).
import { readdirSync, existsSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const only = process.argv.slice(2);
const failures = [];

/** Runs one benchmark, echoing its output; resolves with its status and its OVER TARGET lines. */
function runOne(script) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const over = [];
    let rest = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const l of lines) if (/OVER TARGET/.test(l)) over.push(l.trim());
    });
    child.on('close', (code, signal) => {
      if (/OVER TARGET/.test(rest)) over.push(rest.trim());
      resolve({ code: code ?? (signal ? 1 : 0), over });
    });
  });
}

let interrupted = false;
process.on('SIGINT', () => (interrupted = true));
try {
  for (const d of readdirSync(here).sort()) {
    const script = join(here, d, 'run.mjs');
    if (!existsSync(script) || (only.length && !only.includes(d))) continue;
    console.log(`\n## bench/${d}`);
    const r = await runOne(script);
    for (const l of r.over) failures.push(`bench/${d}: ${l}`);
    if (r.code !== 0 && r.over.length === 0) failures.push(`bench/${d}: exit ${r.code}`);
    if (interrupted) break;
  }
} finally {
  if (process.env.BENCH_KEEP_DATA !== '1')
    rmSync(join(here, 'data'), { recursive: true, force: true });
}
if (failures.length) {
  console.error(`\n${failures.length} benchmark(s) over target or failed:`);
  for (const f of failures) console.error(`  ${f}`);
  process.exit(1);
}
console.log('\nall benchmarks within target');
