#!/usr/bin/env node
// bench/docs: the specification site (apps/docs).
//   1. full build time (generate every page from the packages + Astro/Starlight + Pagefind index + link check),
//   2. weight of an element page in Chromium (document + every asset it loads, bytes),
//   3. time from the first keystroke in the search box to the first result, cold and warm.
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
    cold > BUDGET.searchMs && 'first search result',
  ].filter(Boolean);
  if (over.length) {
    console.error(`bench/docs: over budget: ${over.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await site.close();
}
