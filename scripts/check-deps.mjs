#!/usr/bin/env node
// Keeps the layering of DESIGN.md: a package depends only on packages below it, and
// @edustandaard/identifiers has zero runtime dependencies. Run by `npm run lint` and by a test.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const LAYERS = {
  // private build-time generators: imports no package of ours, ships nothing
  '@edustandaard/codegen': 0,
  '@edustandaard/identifiers': 0,
  '@edustandaard/core': 1,
  '@edustandaard/oso': 2,
  '@edustandaard/oso-swv': 3,
  '@edustandaard/oso-overstap': 3,
  '@edustandaard/rio': 3,
  '@edustandaard/oke': 3,
  // Files built from oso-swv and oso-overstap; the CLI's conformance tests run over them.
  '@edustandaard/conformance': 3.5,
  '@edustandaard/cli': 4,
  '@edustandaard/docs': 5,
};
const root = new URL('..', import.meta.url).pathname;
const problems = [];
for (const base of ['packages', 'apps']) {
  for (const d of existsSync(join(root, base)) ? readdirSync(join(root, base)) : []) {
    let pkg;
    try {
      pkg = JSON.parse(readFileSync(join(root, base, d, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    const own = LAYERS[pkg.name];
    if (own === undefined)
      problems.push(`${pkg.name}: not in the layer table of scripts/check-deps.mjs`);
    const deps = Object.keys(pkg.dependencies ?? {});
    if (pkg.name === '@edustandaard/identifiers' && deps.length)
      problems.push(`${pkg.name}: must have zero runtime dependencies, has ${deps.join(', ')}`);
    for (const dep of [
      ...deps,
      ...Object.keys(pkg.devDependencies ?? {}),
      ...Object.keys(pkg.peerDependencies ?? {}),
    ]) {
      const l = LAYERS[dep];
      if (l !== undefined && own !== undefined && l >= own)
        problems.push(`${pkg.name} (layer ${own}) depends on ${dep} (layer ${l})`);
      if (pkg.name === '@edustandaard/oso-swv' && /@edustandaard\/(rio|oke)/.test(dep))
        problems.push(`${pkg.name} must not depend on ${dep}`);
    }
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('dependency layering ok');
