/**
 * Screenshot tests at 1400 px and 390 px in Chromium (issue #16 part 3): no page scrolls sideways, no
 * table hides a column without a way to reach it (it fits, or its own box scrolls), every diagram fits its
 * box or has a zoom control. Screenshots of the key pages are written to `test-results/screenshots/`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { openSite, DIST } from '../scripts/browser.mjs';

const SHOTS = new URL('../test-results/screenshots/', import.meta.url).pathname;

/** Every built page except the per-element and per-code pages (one of each kind is kept). */
function routes(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir)) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (e === 'index.html') out.push(`/${relative(DIST, dir)}/`.replace('//', '/'));
    }
  };
  walk(DIST);
  const seen = new Set<string>();
  // The element pages with the longest paths (they overflowed on phones) are always checked.
  const deepest = out
    .filter((r) => r.includes('/element/'))
    .sort((a, b) => b.length - a.length)
    .slice(0, 4);
  return [...deepest, ...out.sort()].filter((r) => {
    if (deepest.includes(r)) return !seen.has(r) && !!seen.add(r);
    const kind = r
      .replace(/\/(element|regel)\/.*$/, '/$1/')
      .replace(/^\/codelijsten\/[^/]+\/.+/, '/codelijsten/x/');
    if (kind !== r && seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}

/** What a reader cannot reach on the open page: sideways scroll, clipped tables, unfitted diagrams. */
const PROBLEMS = (): string[] => {
  const out: string[] = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth + 1)
    out.push(`pagina ${doc.scrollWidth}px breed bij ${window.innerWidth}px`);
  for (const t of Array.from(document.querySelectorAll('main table'))) {
    const el = t as HTMLElement;
    if (el.scrollWidth <= el.clientWidth + 1) continue;
    const ox = getComputedStyle(el).overflowX;
    if (ox !== 'auto' && ox !== 'scroll')
      out.push(`tabel '${(el.querySelector('th')?.textContent ?? '').trim()}' verbergt kolommen`);
  }
  for (const d of Array.from(document.querySelectorAll('main .es-diagram'))) {
    const box = d as HTMLElement;
    const svg = box.querySelector('svg');
    if (!svg) continue;
    const fits = svg.getBoundingClientRect().width <= box.clientWidth + 1;
    if (!fits && !box.querySelector('.es-zoom'))
      out.push(`diagram ${box.id} past niet en heeft geen zoom`);
  }
  return out;
};

let site: { base: string; context: BrowserContext; close: () => Promise<void> };
beforeAll(async () => {
  site = await openSite();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await site?.close();
});

const SHOT = new Set(['/', '/oso/', '/rio/model/', '/oke/flow-1/', '/swv/2024.1/', '/validator/']);

describe.each([1400, 390])('layout at %i px', (width) => {
  it('no page scrolls sideways, hides a table column or overflows a diagram', async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    const problems: string[] = [];
    const list = routes();
    expect(list.length).toBeGreaterThan(20);
    for (const r of list) {
      await page.goto(site.base + r, { waitUntil: 'load' });
      for (const p of await page.evaluate(PROBLEMS)) problems.push(`${r}: ${p}`);
      if (SHOT.has(r))
        await page.screenshot({
          path: join(SHOTS, `${width}${r.replace(/\//g, '_') || '_'}.png`),
          fullPage: false,
        });
    }
    await page.close();
    expect(problems).toEqual([]);
  }, 600_000);
});
