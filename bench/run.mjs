#!/usr/bin/env node
// `npm run bench`: runs every bench/<package>/run.mjs in turn. Each benchmark times this
// project's code beside a reference tool in the same script and prints the ratio; the targets
// are in each issue (e.g. ≤ 3× `xmllint --schema`). Pass package names to run a subset.
import { readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const only = process.argv.slice(2);
let failed = 0;
for (const d of readdirSync(here).sort()) {
  const script = join(here, d, 'run.mjs');
  if (!existsSync(script) || (only.length && !only.includes(d))) continue;
  console.log(`\n## bench/${d}`);
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
