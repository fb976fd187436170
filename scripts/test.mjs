#!/usr/bin/env node
// `npm test`: build every package, run every test suite (all of them, even after a failure, so
// one red package does not hide another), then print one closing line over all of them.
import { spawnSync } from 'node:child_process';

const run = (args) => spawnSync('npx', ['turbo', 'run', ...args], { stdio: 'inherit' }).status ?? 1;
const built = run(['build']);
if (built !== 0) process.exit(built);
const tested = run(['test', '--concurrency=2', '--continue']);
const summary =
  spawnSync(process.execPath, [new URL('./test-summary.mjs', import.meta.url).pathname], {
    stdio: 'inherit',
  }).status ?? 1;
process.exit(tested || summary);
