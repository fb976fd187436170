#!/usr/bin/env node
// Prints one closing line over every package's vitest JSON report: `tests: N passed, N failed`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0,
  failed = 0,
  skipped = 0;
const rows = [];
for (const base of ['packages', 'apps']) {
  for (const d of existsSync(join(root, base)) ? readdirSync(join(root, base)) : []) {
    const f = join(root, base, d, 'test-results.json');
    if (!existsSync(f)) continue;
    const r = JSON.parse(readFileSync(f, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    rows.push(
      `${`${base}/${d}`.padEnd(24)} ${String(r.numPassedTests).padStart(5)} passed ${String(r.numFailedTests).padStart(3)} failed`,
    );
  }
}
console.log(rows.join('\n'));
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || passed === 0) process.exit(1);
