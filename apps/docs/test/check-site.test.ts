import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkSite, fileFor } from '../scripts/check-site.mjs';

let root = '';
const page = (path: string, main: string): void => {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `<!doctype html><html><body><main><h1>T</h1>${main}</main></body></html>`);
};

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('checkSite', () => {
  it('accepts a site whose links, assets and anchors all resolve', () => {
    root = mkdtempSync(join(tmpdir(), 'docs-check-'));
    page(
      'index.html',
      '<p><a href="/a/">a</a> <a href="/a/#x">x</a> <a href="#top" id="top">top</a> <img src="/img.svg"> <a href="https://example.org/">ext</a></p>',
    );
    page('a/index.html', '<p id="x"><a href="../">terug</a> <a href="/a">zonder slash</a></p>');
    writeFileSync(join(root, 'img.svg'), '<svg/>');
    const r = checkSite(root) as { pages: number; links: number; problems: string[] };
    expect(r.problems).toEqual([]);
    expect(r.pages).toBe(2);
    expect(r.links).toBe(6);
  });

  it('reports a broken link, a missing anchor and an empty page with the page they are on', () => {
    root = mkdtempSync(join(tmpdir(), 'docs-check-'));
    page('index.html', '<p><a href="/nope/">weg</a> <a href="/b/#missing">anker</a></p>');
    page('b/index.html', '   ');
    const r = checkSite(root) as { problems: string[] };
    expect(r.problems.sort()).toEqual([
      "/: anker '#missing' bestaat niet op /b/",
      "/: gebroken link '/nope/'",
      '/b/: lege pagina',
    ]);
  });

  it('checks links against the base path the site is built for (BASE_PATH)', () => {
    root = mkdtempSync(join(tmpdir(), 'docs-check-'));
    page(
      'index.html',
      '<p><a href="/docs/a/">a</a> <a href="/a/">zonder base</a> <a href="a/#x">rel</a></p>',
    );
    page('a/index.html', '<p id="x"><a href="/docs/">home</a></p>');
    const r = checkSite(root, { base: '/docs/' }) as { problems: string[]; links: number };
    expect(r.problems).toEqual(["/: link '/a/' valt buiten het base path /docs/"]);
    expect(r.links).toBe(4);
  });

  it('never resolves a path outside the site', () => {
    root = mkdtempSync(join(tmpdir(), 'docs-check-'));
    page('index.html', '<p>x</p>');
    expect(fileFor(root, '/../../etc/passwd')).toBeNull();
    expect(fileFor(root, '/')).toBe(join(root, 'index.html'));
  });
});
