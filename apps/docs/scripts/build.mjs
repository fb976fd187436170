// `npm run build -w @edustandaard/docs`: generate every page from the packages, build the static site
// into dist/, then fail when an internal link is broken or a page is empty.
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkSite } from './check-site.mjs';
import { acquireBuildLock } from './build-lock.mjs';

// The network is closed on CI and developer machines: never try to send Astro telemetry.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { build } = await import('astro');

const root = fileURLToPath(new URL('..', import.meta.url));
const release = await acquireBuildLock(root);
process.on('exit', release);
const t0 = performance.now();
try {
  await build({ root, logLevel: process.env.DOCS_LOG ?? 'warn' });
} catch (e) {
  // E.g. a generator that would produce an empty page (EmptyPageError) or a diagram it cannot draw.
  console.error(`[docs] build afgekeurd: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
// Astro's generated type stubs are not needed after the build (and are not formatted for prettier).
rmSync(new URL('../.astro/', import.meta.url), { recursive: true, force: true });
const t1 = performance.now();
const outDir = process.env.DOCS_OUT_DIR
  ? resolve(root, process.env.DOCS_OUT_DIR)
  : fileURLToPath(new URL('../dist/', import.meta.url));
const r = checkSite(outDir, {
  base: process.env.BASE_PATH ?? '/',
});
for (const p of r.problems.slice(0, 100)) console.error(`  ${p}`);
console.log(
  `[docs] ${r.pages} pagina's gebouwd in ${((t1 - t0) / 1000).toFixed(1)} s; ${r.links} interne links gecontroleerd in ${((performance.now() - t1) / 1000).toFixed(1)} s`,
);
if (r.problems.length) {
  console.error(
    `[docs] build afgekeurd: ${r.problems.length} gebroken link(s) of lege pagina('s).`,
  );
  process.exit(1);
}
