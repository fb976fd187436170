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
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}bundle`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { bin: 'dist/bin.js', worker: 'dist/worker.js' },
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
