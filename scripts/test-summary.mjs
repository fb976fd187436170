#!/usr/bin/env node
// Prints one closing line over every package's vitest JSON report, alone on its line:
// `tests: N passed, N failed, N skipped` (issue #13: skips are never hidden).
// With REQUIRE_REFERENCE=1 (set by .ci/run) a skipped test is a failure: tests skip only when
// ../shared/reference is absent, and CI must not go green on a run that checked nothing.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

// The repository root; a test passes another folder as the first argument.
const root = process.argv[2] ?? new URL('..', import.meta.url).pathname;
let passed = 0,
  failed = 0,
  skipped = 0;
const rows = [];
const missing = [];
for (const base of ['packages', 'apps']) {
  for (const d of existsSync(join(root, base)) ? readdirSync(join(root, base)) : []) {
    if (!existsSync(join(root, base, d, 'package.json'))) continue;
    const pkg = JSON.parse(readFileSync(join(root, base, d, 'package.json'), 'utf8'));
    const f = join(root, base, d, 'test-results.json');
    if (!existsSync(f)) {
      if (pkg.scripts?.test) missing.push(`${base}/${d}`);
      continue;
    }
    const r = JSON.parse(readFileSync(f, 'utf8'));
    const s = r.numPendingTests + (r.numTodoTests ?? 0);
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += s;
    // A test file that failed to load counts no test at all: count it as a failure.
    const brokenFiles = (r.testResults ?? []).filter(
      (t) => t.status === 'failed' && (t.assertionResults ?? []).length === 0,
    ).length;
    failed += brokenFiles;
    rows.push(
      `${`${base}/${d}`.padEnd(24)} ${String(r.numPassedTests).padStart(5)} passed ${String(r.numFailedTests + brokenFiles).padStart(3)} failed ${String(s).padStart(4)} skipped`,
    );
  }
}
console.log(rows.join('\n'));
for (const m of missing) console.log(`${m.padEnd(24)} no test-results.json (suite did not run)`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
const requireReference = process.env.REQUIRE_REFERENCE === '1';
if (requireReference && skipped > 0)
  console.error(
    `REQUIRE_REFERENCE=1: ${skipped} test(s) skipped; every reference-based test must run (is ../shared/reference present?)`,
  );
if (failed > 0 || passed === 0 || missing.length > 0 || (requireReference && skipped > 0))
  process.exit(1);
