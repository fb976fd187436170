/**
 * The site builds for a configurable origin and base path, and two checkouts at different paths build
 * byte-identical HTML (issue #16 part 3). Each case builds the site in a fresh copy of the workspace
 * (node_modules hard-linked, the rest copied), so the developer's dist/ is left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const copies: string[] = [];

/** A copy of the workspace under a fresh temporary folder (`name` makes the path lengths differ). */
function copyWorkspace(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'docs-repro-')), name);
  copies.push(dir);
  execFileSync('mkdir', ['-p', dir]);
  execFileSync('cp', ['-al', join(REPO, 'node_modules'), join(dir, 'node_modules')]);
  for (const f of ['package.json', '.changeset'])
    if (existsSync(join(REPO, f))) cpSync(join(REPO, f), join(dir, f), { recursive: true });
  cpSync(join(REPO, 'packages'), join(dir, 'packages'), {
    recursive: true,
    filter: (src) => !/\/(\.turbo|coverage)(\/|$)/.test(src),
  });
  cpSync(join(REPO, 'apps', 'docs'), join(dir, 'apps', 'docs'), {
    recursive: true,
    filter: (src) =>
      !/\/apps\/docs\/(dist|dist-\w+|\.astro|\.turbo|test-results|node_modules)(\/|$)/.test(src),
  });
  return dir;
}

function build(dir: string, env: Record<string, string> = {}): string {
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: join(dir, 'apps', 'docs'),
    // A clean environment: vitest's own variables (NODE_ENV=test, BASE_URL, MODE, …) change how Vite builds.
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
      ...env,
    },
    encoding: 'utf8',
  });
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  // #16: Starlight rendered the 404 entry through both `[...slug]` and its own `/404` route ("Could not
  // render `/404` from route `/[...slug]`"); the site has its own src/pages/404.astro and disable404Route.
  expect(`${r.stdout}\n${r.stderr}`).not.toMatch(
    /Could not render `?\/404|conflicts with higher priority route/,
  );
  return r.stdout;
}

const files = (root: string): string[] => {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(root, p));
    }
  };
  walk(root);
  return out.sort();
};

let a = '';
beforeAll(() => {
  a = copyWorkspace('a');
}, 120_000);
afterAll(() => {
  for (const c of copies) rmSync(join(c, '..'), { recursive: true, force: true });
}, 600_000); // two copies of node_modules (hard links) take a while to unlink on a busy machine

describe('build configuration', () => {
  it('two checkouts at different paths build byte-identical HTML', () => {
    const b = copyWorkspace('a-longer-checkout-path');
    build(a);
    build(b);
    const da = join(a, 'apps', 'docs', 'dist');
    const db = join(b, 'apps', 'docs', 'dist');
    const fa = files(da);
    expect(files(db)).toEqual(fa);
    const html = fa.filter((f) => f.endsWith('.html'));
    expect(html.length).toBeGreaterThan(100);
    const differ = [...html, ...fa.filter((f) => f.startsWith('_astro/'))].filter(
      (f) => !readFileSync(join(da, f)).equals(readFileSync(join(db, f))),
    );
    expect(differ).toEqual([]);
  }, 900_000);

  it('builds for SITE_URL and BASE_PATH: links, canonical URL, og:url and sitemap follow them', () => {
    const out = build(a, {
      SITE_URL: 'https://edustandaard.github.io',
      BASE_PATH: '/edustandaard-ts/',
      DOCS_OUT_DIR: 'dist-base',
    });
    expect(out).toMatch(/interne links gecontroleerd/); // the link check ran (and passed: exit 0)
    const dist = join(a, 'apps', 'docs', 'dist-base');
    // serve.mjs answers unknown paths with dist/404.html: it must be built, with the base path in its links.
    expect(readFileSync(join(dist, '404.html'), 'utf8')).toContain('href="/edustandaard-ts/"');
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain(
      '<link rel="canonical" href="https://edustandaard.github.io/edustandaard-ts/"/>',
    );
    expect(home).toContain('content="https://edustandaard.github.io/edustandaard-ts/"');
    const el = readFileSync(join(dist, 'oso', '2024.1', 'index.html'), 'utf8');
    expect(el).toContain('href="/edustandaard-ts/oso/2024.1/element/dossier/');
    expect(el).not.toMatch(/href="\/oso\//);
    const sitemap = readdirSync(dist)
      .filter((f) => f.startsWith('sitemap') && f.endsWith('.xml'))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(100);
    expect(
      locs.filter((l) => !l.startsWith('https://edustandaard.github.io/edustandaard-ts/')),
    ).toEqual([]);
  }, 600_000);
});
