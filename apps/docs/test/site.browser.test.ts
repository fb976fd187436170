/**
 * The built site in a real browser (Debian Chromium via playwright-core), served on an ephemeral
 * 127.0.0.1 port: navigation, search, an element page, a rule page, a code list, an identifier table,
 * a flow diagram and the RIO diagram, no console errors, and a crawl without broken internal links.
 * Sections whose package does not export its data yet are not built; their checks say so and skip.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { openSite, search, DIST } from '../scripts/browser.mjs';

const has = (route: string): boolean => existsSync(join(DIST, route, 'index.html'));
const ELEMENT = 'oso/2024.1/element/dossier/huidigeschool/leerling/geboorteplaats';
const RULE = 'swv/2024.1/regel/pao.ll10';

let site: { base: string; basePath: string; context: BrowserContext; close: () => Promise<void> };
const consoleErrors: string[] = [];

async function visit(path: string): Promise<Page> {
  const page = await site.context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${path}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e.message}`));
  const res = await page.goto(site.base + path, { waitUntil: 'load' });
  expect(res?.status(), path).toBe(200);
  return page;
}

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

describe('specificatiesite in Chromium', () => {
  it('home is a compact overview; every manifest has its own page with the one layer template', async () => {
    const page = await visit('/');
    await expect(page.locator('h1').first().textContent()).resolves.toBe(
      'Edustandaard afsprakensets',
    );
    const text = await page.locator('main').innerText();
    for (const p of ['@edustandaard/identifiers', '@edustandaard/core', '@edustandaard/oke'])
      expect(text).toContain(p);
    // Issue #16: the home page was 28,000 px tall with every manifest inline.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(4000);
    const links = await page
      .locator('#afsprakensets ~ table a[href*="/afsprakensets/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(5);
    await page.close();
    for (const href of links) {
      const m = await visit(href.slice(site.basePath.length));
      const h2 = await m.locator('section.es-manifest h2').allTextContents();
      expect(h2.slice(0, 8), href).toEqual([
        'Context en scenario',
        'Actoren en rollen',
        'Proces',
        'Gegevens',
        'Interacties',
        'Transport',
        'Beveiliging',
        'Wettelijke grondslag',
      ]);
      await m.close();
    }
  });

  it('navigates through the sidebar', async () => {
    const page = await visit('/');
    await page
      .locator('nav[aria-label="Hoofd"] a, #starlight__sidebar a')
      .filter({ hasText: 'Identificatoren per niveau' })
      .first()
      .click();
    await page.waitForURL('**/identificatie/');
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Identificatie (Edu-V)');
    await page.locator('#starlight__sidebar a').filter({ hasText: 'Flow 2:' }).first().click();
    await page.waitForURL('**/oke/flow-2/');
    expect(await page.locator('a[aria-current="page"]').first().textContent()).toContain('Flow 2');
    await page.close();
  });

  it('shows the Edu-V identifier table per level with primary first', async () => {
    const page = await visit('/identificatie/');
    const rows = page.locator('#niveau-onderwijsdeelnemer + p + p + table tbody tr');
    expect(await rows.count()).toBe(6);
    expect(await rows.first().locator('td').allInnerTexts()).toEqual(
      expect.arrayContaining(['primair', 'eckId']),
    );
    const bestuur = await page.locator('#onderwijsbestuur-ob_id').innerText();
    expect(bestuur).toContain('106B996');
    await expect(page.locator('#id-eckid').innerText()).resolves.toContain(
      'https://ketenid.nl/201703/',
    );
    await page.close();
  });

  it('draws the flow 2 sequence diagram as inline SVG at build time', async () => {
    const page = await visit('/oke/flow-2/');
    const svg = page.locator('#diagram-flow-2 svg');
    await expect(svg.getAttribute('role')).resolves.toBe('img');
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(200);
    const labels = await svg.locator('text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['Toetsplanning & logistiek', 'Toetsafname']));
    expect(labels.some((l) => l.includes('PUT /offerings/{offeringId}'))).toBe(true);
    expect(await page.locator('main h3[id^="interactie"]').count()).toBeGreaterThan(3);
    await expect(
      page.locator('[id="interactie-2.zitting-aanmaken"] + dl').innerText(),
    ).resolves.toContain('PUT /offerings/{offeringId}');
    await page.close();
  });

  it.skipIf(!has(ELEMENT))(`shows an element page (${ELEMENT})`, async () => {
    const page = await visit(`/${ELEMENT}/`);
    await expect(page.locator('h1').first().textContent()).resolves.toBe('geboorteplaats');
    const dl = await page.locator('main dl.es-dl').first().innerText();
    for (const k of ['Pad', 'Betekenis', 'Kardinaliteit', 'Type']) expect(dl).toContain(k);
    expect(dl).toContain('/dossier/huidigeschool/leerling/geboorteplaats');
    expect(await page.locator('nav.es-versions a').count()).toBeGreaterThanOrEqual(2);
    // The sidebar marks the section the element belongs to (issue #16: it highlighted nothing).
    await expect(
      page.locator('#starlight__sidebar a[aria-current="page"]').first().textContent(),
    ).resolves.toContain('Elementen 2024.1');
    await page.close();
  });

  it.skipIf(!has(RULE))(`shows a rule page (${RULE})`, async () => {
    const page = await visit(`/${RULE}/`);
    expect(await page.locator('h1').first().textContent()).toMatch(/^PaO\.LL10: /);
    const dl = await page.locator('main dl.es-dl').innerText();
    expect(dl).toContain('fout');
    expect(dl).toContain('Bron');
    expect(await page.locator(`main a[href="/${ELEMENT}/"]`).count()).toBeGreaterThan(0);
    await expect(
      page.locator('#starlight__sidebar a[aria-current="page"]').first().textContent(),
    ).resolves.toContain('PO-SWV en VO-SWV 2024.1');
    await page.close();
  });

  it.skipIf(!has('codelijsten'))(
    'shows a code list with an anchor per code and where it is used',
    async () => {
      const index = await visit('/codelijsten/');
      const first = await index.locator('main table tbody tr a').first().getAttribute('href');
      await index.close();
      const page = await visit(first!);
      expect(await page.locator('main table tbody tr[id^="code-"]').count()).toBeGreaterThan(0);
      await expect(page.locator('#gebruik').textContent()).resolves.toBe('Waar gebruikt');
      await page.close();
    },
  );

  it.skipIf(!has('rio/model'))('shows the RIO model diagram generated at build time', async () => {
    const page = await visit('/rio/model/');
    const svg = page.locator('#diagram svg');
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    const names = await svg.locator('a text[font-weight="700"]').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Onderwijsbestuur', 'Onderwijsaanbieder']));
    await page.close();
  });

  it('finds pages through the full-text search', async () => {
    const page = await visit('/');
    if (has(ELEMENT) && has(RULE)) {
      const { results } = await search(page, 'geboorteplaats');
      // Each page once (no second "#_top" sub-result with the same title), and the texts are Dutch.
      const titles = results.map(
        (r: { href: string; title: string }) => `${r.href.replace(/#.*$/, '')}|${r.title}`,
      );
      expect(titles.length).toBe(new Set(titles).size);
      expect(results.some((r: { href: string }) => r.href.endsWith('#_top'))).toBe(false);
      await expect(
        page.locator('#starlight__search .pagefind-ui__message').textContent(),
      ).resolves.toMatch(/resultaten? voor/);
      const hrefs = results.map((r: { href: string }) => r.href.replace(/#.*$/, ''));
      expect(hrefs).toContain(`/${ELEMENT}/`);
      expect(hrefs).toContain(`/${RULE}/`);
      // The current version ranks above the older one.
      const older = `/${ELEMENT.replace('2024.1', '2019.1')}/`;
      if (hrefs.includes(older))
        expect(hrefs.indexOf(`/${ELEMENT}/`)).toBeLessThan(hrefs.indexOf(older));
    } else {
      console.warn(
        'OSO/SWV nog niet gebouwd: zoektest op "Zittingsplan" in plaats van "geboorteplaats"',
      );
      const { results } = await search(page, 'Zittingsplan');
      expect(results.map((r: { href: string }) => r.href)).toContain('/oke/flow-2/');
    }
    await page.close();
  });

  it('crawls the served site from the home page without a broken internal link or anchor', async () => {
    const seen = new Map<string, Set<string>>();
    const queue = ['/'];
    const links: [string, string][] = [];
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      const res = await fetch(site.base + path);
      expect(res.status, `${path}`).toBe(200);
      const type = res.headers.get('content-type') ?? '';
      const ids = new Set<string>();
      seen.set(path, ids);
      if (!type.startsWith('text/html')) continue;
      const html = await res.text();
      for (const m of html.matchAll(/\sid="([^"]*)"/g)) ids.add(m[1]!.replace(/&amp;/g, '&'));
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const raw = m[1]!.replace(/&amp;/g, '&');
        if (!raw || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue;
        const u = new URL(raw, site.base + path);
        links.push([path, u.pathname + u.hash]);
        if (!seen.has(u.pathname) && !queue.includes(u.pathname)) queue.push(u.pathname);
      }
    }
    const broken = links.filter(([, target]) => {
      const [p, frag] = target.split('#') as [string, string | undefined];
      const ids = seen.get(decodeURI(p)) ?? seen.get(p);
      return !ids || (frag ? !ids.has(decodeURIComponent(frag)) : false);
    });
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(10);
  }, 300_000);

  it('logged no console error on any page visited', () => {
    expect(consoleErrors).toEqual([]);
  });
});
