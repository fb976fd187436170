#!/usr/bin/env node
// `npm run release:dry`: what a release would do, without publishing or touching the work tree.
// 1. `changeset status` (which packages a release would bump);
// 2. `changeset version` on a throwaway copy of the repository, to show the resulting versions;
// 3. build every package and `npm pack` each publishable one into dist-packages/.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args, cwd = root) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const pkgs = readdirSync(join(root, 'packages'))
  .map((d) => join(root, 'packages', d))
  .filter((d) => existsSync(join(d, 'package.json')))
  .map((dir) => ({ dir, json: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter((p) => !p.json.private);

console.log('# changeset status');
try {
  console.log(run('npx', ['changeset', 'status', '--verbose']));
} catch {
  console.log('(changeset status reported no pending changesets or no git base; continuing)');
}

console.log('# changeset version on a throwaway copy');
const copy = mkdtempSync(join(tmpdir(), 'edustandaard-release-'));
try {
  cpSync(root, copy, {
    recursive: true,
    filter: (src) =>
      !/\/(node_modules|dist|dist-packages|\.turbo|\.git)(\/|$)/.test(src.slice(root.length - 1)),
  });
  execFileSync('ln', ['-s', join(root, 'node_modules'), join(copy, 'node_modules')]);
  run('npx', ['changeset', 'version'], copy);
  for (const p of pkgs) {
    const rel = p.dir.slice(root.length);
    const v = JSON.parse(readFileSync(join(copy, rel, 'package.json'), 'utf8')).version;
    console.log(`${p.json.name}: ${p.json.version} -> ${v}`);
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}

console.log('# build and pack');
run('npx', ['turbo', 'run', 'build', '--filter=./packages/*']);
const out = join(root, 'dist-packages');
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
for (const p of pkgs) {
  const res = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', out], p.dir))[0];
  console.log(
    `${res.filename}  ${(res.size / 1024).toFixed(1)} kB packed, ${(res.unpackedSize / 1024).toFixed(1)} kB unpacked, ${res.entryCount} files`,
  );
}
