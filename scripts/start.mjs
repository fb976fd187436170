#!/usr/bin/env node
// `npm start`: build every package, then generate and serve the specification site.
// Until apps/docs exists it runs the CLI demo instead (issue #2).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const sh = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
sh('npx', ['turbo', 'run', 'build']);
if (existsSync(new URL('../apps/docs/package.json', import.meta.url))) {
  const port = process.env.PORT ?? '4173';
  console.log(`\nSpecificatiesite: http://localhost:${port}/`);
  const child = spawn('npm', ['run', 'serve', '-w', '@edustandaard/docs', '--', '--port', port], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  sh('npx', ['edustandaard', 'demo']);
}
