#!/usr/bin/env node
// `npm test`: build every package, run every test suite (all of them, even after a failure, so
// one red package does not hide another), then print one closing line over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// A report left by an earlier run must not be counted as this run's result.
for (const base of ['packages', 'apps'])
  for (const d of existsSync(join(root, base)) ? readdirSync(join(root, base)) : [])
    rmSync(join(root, base, d, 'test-results.json'), { force: true });

const run = (args) => spawnSync('npx', ['turbo', 'run', ...args], { stdio: 'inherit' }).status ?? 1;
const built = run(['build']);
if (built !== 0) process.exit(built);
const tested = run(['test', '--concurrency=2', '--continue']);
const summary =
  spawnSync(process.execPath, [new URL('./test-summary.mjs', import.meta.url).pathname], {
    stdio: 'inherit',
  }).status ?? 1;
process.exit(tested || summary);
