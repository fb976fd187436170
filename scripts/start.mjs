#!/usr/bin/env node
// `npm start`: build every package, then generate and serve the specification site.
// Until apps/docs exists it runs the CLI demo instead (issue #2).
//
// Signals (issue #13): SIGINT (Ctrl-C) and SIGTERM sent to this process are forwarded to the
// running child (turbo, then the server), and this process exits only after the child has,
// with the child's status, so `kill <pid of npm start>` never leaves an orphan server.
// The server is started with node directly, not through `npm run`, so there is no extra shell
// or npm process in between that could swallow a signal.
// `--no-build` skips the build (the package tests use it: their task already depends on build).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
let current;
let stopping;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(sig, () => {
    stopping = sig;
    if (current && current.exitCode === null && current.signalCode === null) current.kill(sig);
    else process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
  });

/** Runs a command with inherited stdio; resolves with its exit status (128 + n for a signal). */
function step(cmd, args, options = {}) {
  return new Promise((resolve) => {
    current = spawn(cmd, args, { stdio: 'inherit', cwd: root, ...options });
    current.on('error', (e) => {
      console.error(`E_START ${cmd}: ${e.message}`);
      resolve(1);
    });
    current.on('exit', (code, signal) =>
      resolve(code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGHUP' ? 129 : 143)),
    );
  });
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    const built = await step('npx', ['turbo', 'run', 'build'], {
      shell: process.platform === 'win32',
    });
    if (built !== 0 || stopping) return built || 130;
  }
  if (existsSync(new URL('../apps/docs/package.json', import.meta.url))) {
    const port = process.env.PORT ?? '4173';
    console.log(`\nSpecificatiesite: http://localhost:${port}/`);
    return step(process.execPath, ['scripts/serve.mjs', '--port', port], {
      cwd: fileURLToPath(new URL('../apps/docs/', import.meta.url)),
    });
  }
  return step(process.execPath, ['packages/cli/bin/edustandaard.js', 'demo']);
}

process.exitCode = await main();
