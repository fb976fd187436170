// Shared by the browser tests and bench/docs: serve the built site on an ephemeral 127.0.0.1 port and
// drive Debian's Chromium through playwright-core with a fresh profile. Both are closed by `close()`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createSiteServer } from './serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * Starts the static server and Chromium.
 * @returns {Promise<{ base: string, origin: string, basePath: string, context: import('playwright-core').BrowserContext, close: () => Promise<void> }>}
 */
export async function openSite() {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(
      `De site is niet gebouwd (${DIST}index.html ontbreekt): voer eerst 'npm run build' uit.`,
    );
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium ontbreekt op ${CHROMIUM}: installeer het met 'apt-get install -y chromium' (of zet CHROMIUM_PATH).`,
    );
  // Served under the base path the site was built for (BASE_PATH), so `base + '/oso/'` is a page URL.
  const basePath = `/${(process.env.BASE_PATH ?? '').split('/').filter(Boolean).join('/')}`.replace(
    /^\/$/,
    '',
  );
  const server = createSiteServer(DIST, { base: `${basePath}/` });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const base = origin + basePath;
  const profile = mkdtempSync(join(tmpdir(), 'docs-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 1000 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (e) {
    server.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  return {
    base,
    origin,
    basePath,
    context,
    close: async () => {
      await context.close().catch(() => {});
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the search dialog, types a query and waits for the first result.
 * @param {import('playwright-core').Page} page - a page of the site
 * @param {string} query - the text to type
 * @returns {Promise<{ ms: number, results: { href: string, title: string }[] }>} time from entering the query to the first visible result
 */
export async function search(page, query) {
  await page.locator('site-search button[data-open-modal]').first().click();
  const input = page
    .locator('#starlight__search input[type="text"], #starlight__search input')
    .first();
  await input.waitFor({ state: 'visible' });
  const t0 = Date.now();
  await input.fill(query);
  await page
    .locator('#starlight__search .pagefind-ui__result-link')
    .first()
    .waitFor({ state: 'visible', timeout: 20_000 });
  const ms = Date.now() - t0;
  // Results arrive in pages of five; load more until the list is complete.
  for (let i = 0; i < 10; i++) {
    const more = page.locator('#starlight__search .pagefind-ui__button');
    if (!(await more.isVisible().catch(() => false))) break;
    await more.click();
    await page.waitForTimeout(150);
  }
  const results = await page.$$eval(
    '#starlight__search .pagefind-ui__result-link, #starlight__search .pagefind-ui__result-nested a',
    (as) =>
      as.map((a) => ({
        href:
          new URL(a.getAttribute('href') ?? '', location.href).pathname +
          new URL(a.getAttribute('href') ?? '', location.href).hash,
        title: (a.textContent ?? '').trim(),
      })),
  );
  return { ms, results };
}
