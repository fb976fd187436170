#!/usr/bin/env node
// bench/docs: the specification site (apps/docs).
//   1. full build time (generate every page from the packages + Astro/Starlight + Pagefind index + link check),
//   2. weight of an element page in Chromium (document + every asset it loads, bytes),
//   3. time from the first keystroke in the search box to the first result, cold and warm,
//   4. the validator bundle: the gzip size of the validator page's own script chunks (`_astro/validator*.js`,
//      the budgeted figure), and, measured in Chromium, every script the validator page loads before a
//      file is dropped and whatever it loads lazily when an OSO dossier and an OKE message are dropped
//      (the page must need nothing after the drop: it works offline once loaded).
// There is no other tool that builds this site, so each figure is printed as a ratio against its budget
// (issue #16: full build ≤ 60 s, element page ≤ 150 KB transferred, first search result ≤ 500 ms), plus a reference
// measured in the same run: the time Chromium needs to load the same element page (search vs. page load).
// `--no-build` reuses apps/docs/dist.
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const docs = fileURLToPath(new URL('../../apps/docs/', import.meta.url));
const { openSite, search } = await import(
  new URL('../../apps/docs/scripts/browser.mjs', import.meta.url).href
);

const BUDGET = {
  buildMs: 60_000,
  elementPageBytes: 150 * 1024,
  searchMs: 500,
  validatorBytes: 400 * 1024,
};
const ELEMENT = '/oso/2024.1/element/dossier/huidigeschool/leerling/geboorteplaats/';
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const kb = (b) => `${(b / 1024).toFixed(1)} KiB`;

let buildMs = null;
/** Gzip size of the validator page's script bundle(s) (issue #16: ≤ 400 KB compressed). */
function validatorBundle() {
  const dir = join(docs, 'dist', '_astro');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^validator.*\.js$/.test(f)) : [];
  return files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
}
if (!process.argv.includes('--no-build')) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: docs,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  buildMs = performance.now() - t0;
  if (r.status !== 0) {
    console.error('bench/docs: build mislukt');
    process.exit(1);
  }
}

const site = await openSite();
try {
  // Element page weight: every response the page loads, with the browser cache off.
  const page = await site.context.newPage();
  const cdp = await site.context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const sizes = new Map();
  const gzipped = new Map();
  page.on('response', async (res) => {
    try {
      const body = await res.body();
      sizes.set(res.url(), body.length);
      // What a static host that compresses (GitHub Pages, nginx gzip) transfers for it.
      gzipped.set(res.url(), gzipSync(body, { level: 6 }).length);
    } catch {
      /* redirects have no body */
    }
  });
  const t0 = performance.now();
  await page.goto(site.base + ELEMENT, { waitUntil: 'networkidle' });
  const loadMs = performance.now() - t0;
  const total = [...gzipped.values()].reduce((a, b) => a + b, 0);
  const raw = [...sizes.values()].reduce((a, b) => a + b, 0);
  const doc = sizes.get(site.base + ELEMENT) ?? 0;
  await page.close();

  // Search: cold (first query, index chunks not loaded yet) and warm (median of 5, fresh page each time
  // so the UI starts empty; the HTTP cache is on, as for a visitor's second search).
  const times = [];
  for (let i = 0; i < 6; i++) {
    const p = await site.context.newPage();
    await p.goto(site.base + '/', { waitUntil: 'networkidle' });
    const { ms, results } = await search(p, 'geboorteplaats');
    if (!results.some((r) => r.href.startsWith(ELEMENT)))
      throw new Error('zoekresultaat voor het element ontbreekt');
    times.push(ms);
    await p.close();
  }
  const cold = times[0];
  const warm = times.slice(1).sort((a, b) => a - b)[2];

  // The validator page in Chromium: scripts loaded before a drop, and anything loaded after one.
  const vpage = await site.context.newPage();
  const vcdp = await site.context.newCDPSession(vpage);
  await vcdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const scripts = { before: [], after: [] };
  let dropped = false;
  vpage.on('response', async (res) => {
    const list = dropped ? scripts.after : scripts.before;
    if (res.request().resourceType() !== 'script' && !dropped) return;
    try {
      list.push({ url: res.url(), gzip: gzipSync(await res.body(), { level: 9 }).length });
    } catch {
      /* no body */
    }
  });
  await vpage.goto(`${site.base}/validator/`, { waitUntil: 'networkidle' });
  await vpage.waitForSelector('html[data-validator-ready="true"]', { state: 'attached' });
  dropped = true;
  // An official example (../shared/reference), or a minimal dossier when the reference is absent.
  const PAO = fileURLToPath(
    new URL('../../../shared/reference/oso/2019.1/examples/PaO/', import.meta.url),
  );
  const dossier = existsSync(PAO)
    ? readFileSync(join(PAO, readdirSync(PAO).sort()[0]), 'utf8')
    : '<dossier xmlns="http://www.edustandaard.nl/leerlingdossier/2019.1"/>';
  const dt = await vpage.evaluateHandle(
    ([xml]) => {
      const d = new DataTransfer();
      d.items.add(new File([xml], 'dossier.xml', { type: 'application/xml' }));
      d.items.add(new File(['{"offeringId": 1}'], 'bericht.json', { type: 'application/json' }));
      return d;
    },
    [dossier],
  );
  await vpage.dispatchEvent('#es-drop', 'drop', { dataTransfer: dt });
  await vpage.waitForSelector('#es-results[data-done]', { state: 'attached' });
  // A lazy chunk would have been requested while the files were handled; give its response a moment.
  await vpage.waitForTimeout(1000);
  await vpage.close();
  const sum = (l) => l.reduce((n, x) => n + x.gzip, 0);

  console.log('\n| metric | value | budget | ratio |');
  console.log('|---|---:|---:|---:|');
  if (buildMs !== null)
    console.log(
      `| full build (generate + astro + pagefind + link check) | ${fmt(buildMs)} | ${fmt(BUDGET.buildMs)} | ${(buildMs / BUDGET.buildMs).toFixed(2)} |`,
    );
  console.log(
    `| element page transferred, gzip (${sizes.size} requests; ${kb(raw)} uncompressed, document ${kb(doc)}) | ${kb(total)} | ${kb(BUDGET.elementPageBytes)} | ${(total / BUDGET.elementPageBytes).toFixed(2)} |`,
  );
  const vb = validatorBundle();
  console.log(
    `| validator bundle, gzip | ${kb(vb)} | ${kb(BUDGET.validatorBytes)} | ${(vb / BUDGET.validatorBytes).toFixed(2)} |`,
  );
  console.log(
    `| validator page in Chromium: every script before a drop, gzip (${scripts.before.length} scripts, incl. the site's own) | ${kb(sum(scripts.before))} | – | – |`,
  );
  console.log(
    `| validator page: loaded after dropping a dossier and an OKE message (lazy chunks; must be none) | ${scripts.after.length} requests, ${kb(sum(scripts.after))} | 0 | – |`,
  );
  console.log(
    `| first search result, cold | ${cold} ms | ${BUDGET.searchMs} ms | ${(cold / BUDGET.searchMs).toFixed(2)} |`,
  );
  console.log(
    `| first search result, warm (median of 5) | ${warm} ms | ${BUDGET.searchMs} ms | ${(warm / BUDGET.searchMs).toFixed(2)} |`,
  );
  console.log(
    `\nReference in the same run: loading the element page in Chromium took ${loadMs.toFixed(0)} ms; cold search / page load = ${(cold / loadMs).toFixed(2)}.`,
  );
  const over = [
    buildMs !== null && buildMs > BUDGET.buildMs && 'build',
    total > BUDGET.elementPageBytes && 'element page weight',
    (vb === 0 || vb > BUDGET.validatorBytes) && 'validator bundle',
    scripts.after.length > 0 && 'validator requests after a drop',
    cold > BUDGET.searchMs && 'first search result',
  ].filter(Boolean);
  if (over.length) {
    console.error(`bench/docs: over budget: ${over.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await site.close();
}
