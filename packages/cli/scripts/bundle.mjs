#!/usr/bin/env node
/**
 * Bundles the built CLI (dist/bin.js and dist/worker.js) with its dependencies into bundle/, so the
 * `edustandaard` command loads a handful of files instead of ~150 ES modules: module resolution and
 * linking were half of `swv validate <one file>`'s start-up (issue #10 item 8; measured by
 * bench/cli). Lazy `import()`s stay lazy (code splitting), so `--help` does not load the profiles.
 * The library entry (`import { run } from '@edustandaard/cli'`) keeps using dist/ and the real
 * packages; only the command uses the bundle (bin/edustandaard.js falls back to dist/ without it).
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// rio's sync starts `new URL('./rio-scan-worker.js', import.meta.url)` for the second half of a big
// DUO export; in the bundle that URL is bundle/rio-scan-worker.js, so it is an entry of its own.
const rioScanWorker = join(
  dirname(fileURLToPath(import.meta.resolve('@edustandaard/rio'))),
  'sync',
  'rio-scan-worker.js',
);
rmSync(`${root}bundle`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    bin: 'dist/bin.js',
    worker: 'dist/worker.js',
    'rio-scan-worker': rioScanWorker,
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'bundle',
  // Loaded by core through createRequire at first use (never bundled, resolved from node_modules).
  external: ['xmlbuilder2'],
  // CommonJS dependencies (commander) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __edustandaardRequire } from 'node:module'; const require = __edustandaardRequire(import.meta.url);",
  },
  legalComments: 'linked',
  logLevel: 'warning',
});
