// Checks the built site: every internal link and asset reference resolves to a built file, every
// `#fragment` to an id on the target page, and no page is empty. Used by `npm run build` (the build
// fails on any problem) and by the tests.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Lists every file under a directory.
 * @param {string} dir - the directory
 * @returns {string[]} absolute paths
 */
function walk(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

const ATTR = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

const decodeEntities = (s) =>
  s.replace(
    /&(amp|lt|gt|quot|#39|#x27);/g,
    (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e],
  );

/**
 * The URL path a built file is served at (`oso/index.html` → `/oso/`).
 * @param {string} root - the dist folder
 * @param {string} file - a file in it
 */
export function routeOf(root, file) {
  const rel = relative(root, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Maps a URL path to the built file, as the server does.
 * @param {string} root - the dist folder
 * @param {string} pathname - decoded URL path
 * @returns {string | null} the file, or null when nothing is served there
 */
export function fileFor(root, pathname) {
  const clean = pathname.replace(/\/+/g, '/');
  if (clean.split('/').includes('..')) return null;
  const base = join(root, clean);
  const candidates = clean.endsWith('/')
    ? [join(base, 'index.html')]
    : [base, `${base}.html`, join(base, 'index.html')];
  for (const c of candidates) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

/**
 * Checks a built site.
 * @param {string} root - the dist folder
 * @param {{ base?: string }} [options] - the base path the site is published under (`BASE_PATH`): every
 *   root-absolute link must start with it
 * @returns {{ pages: number, links: number, problems: string[] }}
 */
export function checkSite(root, { base = '/' } = {}) {
  base = `/${base.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
  const problems = [];
  const files = walk(root);
  const html = files.filter((f) => f.endsWith('.html'));
  const ids = new Map();
  const texts = new Map();
  for (const f of html) {
    const src = readFileSync(f, 'utf8');
    texts.set(f, src);
    const set = new Set();
    for (const m of src.matchAll(ID)) set.add(decodeEntities(m[1] ?? m[2] ?? ''));
    ids.set(f, set);
  }
  let links = 0;
  for (const f of html) {
    const src = texts.get(f);
    const from = routeOf(root, f);
    if (!from.startsWith('/404')) {
      const main = /<main[^>]*>([\s\S]*)<\/main>/i.exec(src)?.[1] ?? '';
      const text = main
        .replace(/<script[\s\S]*?<\/script>/gi, '')
        .replace(/<style[\s\S]*?<\/style>/gi, '')
        .replace(/<h1[\s\S]*?<\/h1>/gi, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&[a-z#0-9]+;/gi, ' ')
        .trim();
      if (!text) problems.push(`${from}: lege pagina`);
    }
    for (const m of src.matchAll(ATTR)) {
      const raw = decodeEntities(m[1] ?? m[2] ?? '').trim();
      if (!raw || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue; // external (http:, mailto:, data:, …)
      links++;
      let target;
      try {
        target = new URL(raw, `http://site${base.slice(0, -1)}${from}`);
      } catch {
        problems.push(`${from}: ongeldige link '${raw}'`);
        continue;
      }
      const full = decodeURIComponent(target.pathname);
      if (!full.startsWith(base)) {
        problems.push(`${from}: link '${raw}' valt buiten het base path ${base}`);
        continue;
      }
      const pathname = full.slice(base.length - 1);
      const file = pathname === from && raw.startsWith('#') ? f : fileFor(root, pathname);
      if (!file) {
        problems.push(`${from}: gebroken link '${raw}'`);
        continue;
      }
      const frag = target.hash ? decodeURIComponent(target.hash.slice(1)) : '';
      if (frag && file.endsWith('.html') && !ids.get(file)?.has(frag))
        problems.push(`${from}: anker '#${frag}' bestaat niet op ${routeOf(root, file)}`);
    }
  }
  return { pages: html.length, links, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? new URL('../dist/', import.meta.url).pathname;
  const r = checkSite(root, { base: process.env.BASE_PATH ?? '/' });
  for (const p of r.problems.slice(0, 50)) console.error(p);
  console.log(`${r.pages} pagina's, ${r.links} interne links, ${r.problems.length} problemen`);
  process.exit(r.problems.length ? 1 : 0);
}
