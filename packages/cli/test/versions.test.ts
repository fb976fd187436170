/**
 * Versioning (issue #13): plain semver, the first release 1.0.0 for every package, the afsprakenset
 * versions as exported data shown in each README, changelogs without "Updated dependencies".
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const packages = readdirSync(new URL('packages/', root))
  .map((d) => ({
    dir: d,
    pkg: JSON.parse(readFileSync(new URL(`packages/${d}/package.json`, root), 'utf8')) as {
      name: string;
      version: string;
      private?: boolean;
    },
  }))
  .filter((p) => !p.pkg.private);
const changesets = readdirSync(new URL('.changeset/', root))
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => readFileSync(new URL(`.changeset/${f}`, root), 'utf8'));

/** The highest bump the pending changesets give a package. */
function bump(name: string): 'major' | 'minor' | 'patch' | undefined {
  const order = ['patch', 'minor', 'major'] as const;
  let best = -1;
  for (const text of changesets) {
    const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    for (const m of front.matchAll(/^['"]?([^'":]+)['"]?:\s*(major|minor|patch)\s*$/gm))
      if (m[1] === name) best = Math.max(best, order.indexOf(m[2] as (typeof order)[number]));
  }
  return best < 0 ? undefined : order[best];
}

describe('versions', () => {
  it('every published package is 0.x with a pending major changeset, so the first release is 1.0.0', () => {
    expect(packages.length).toBeGreaterThanOrEqual(7);
    for (const { pkg } of packages) {
      expect(pkg.version, pkg.name).toBe('0.1.0');
      expect(bump(pkg.name), pkg.name).toBe('major');
    }
  });

  it('changelogs carry no "Updated dependencies" block', async () => {
    const config = JSON.parse(readFileSync(new URL('.changeset/config.json', root), 'utf8')) as {
      changelog: string;
    };
    expect(config.changelog).toBe('./changelog.cjs');
    const gen = createRequire(import.meta.url)(
      new URL('.changeset/changelog.cjs', root).pathname,
    ) as { getDependencyReleaseLine: (...a: unknown[]) => Promise<string> };
    expect(await gen.getDependencyReleaseLine([], [{ name: '@edustandaard/core' }], {})).toBe('');
  });

  it.each(['identifiers', 'oso', 'oso-swv', 'oke'])(
    '@edustandaard/%s exports AFSPRAKENSET_VERSIONS and its README shows them',
    async (dir) => {
      const m = (await import(`@edustandaard/${dir}`)) as {
        AFSPRAKENSET_VERSIONS: readonly string[];
      };
      expect(m.AFSPRAKENSET_VERSIONS.length).toBeGreaterThan(0);
      const readme = readFileSync(new URL(`packages/${dir}/README.md`, root), 'utf8');
      expect(readme).toContain(
        `\`${JSON.stringify(m.AFSPRAKENSET_VERSIONS).replace(/"/g, "'").replace(/,/g, ', ')}\``,
      );
    },
  );
});
