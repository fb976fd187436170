// `npm run serve -w @edustandaard/docs -- --port N [--host H]`: serves the built site (dist/).
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileFor } from './check-site.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/**
 * Creates the static server (not yet listening).
 * @param {string} root - the dist folder
 * @param {{ base?: string }} [options] - the base path the site was built for (`BASE_PATH`): it is served
 *   under that path, as a static host would
 */
export function createSiteServer(root, { base = '/' } = {}) {
  base = `/${base.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
  const notFound = existsSync(`${root}/404.html`)
    ? readFileSync(`${root}/404.html`)
    : Buffer.from('Niet gevonden');
  return createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('Ongeldige URL');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (base !== '/') {
      if (pathname === base.slice(0, -1)) {
        res.writeHead(301, { Location: base }).end();
        return;
      }
      if (!pathname.startsWith(base)) {
        res.writeHead(404, { 'Content-Type': TYPES['.html'] }).end(notFound);
        return;
      }
      pathname = pathname.slice(base.length - 1);
    }
    // A directory without its trailing slash: redirect like a static host does, so URLs stay canonical.
    if (!pathname.endsWith('/') && fileFor(root, `${pathname}/`)) {
      const search = new URL(req.url ?? '/', 'http://x').search;
      res
        .writeHead(301, { Location: `${encodeURI(base.slice(0, -1) + pathname)}/${search}` })
        .end();
      return;
    }
    const file = fileFor(root, pathname);
    if (!file) {
      res
        .writeHead(404, { 'Content-Type': TYPES['.html'] })
        .end(req.method === 'HEAD' ? undefined : notFound);
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, def) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1] : def;
  };
  const port = Number(opt('port', process.env.PORT ?? '4173'));
  const host = opt('host', '127.0.0.1');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`E_USAGE --port: '${opt('port')}' is geen poortnummer`);
    process.exit(2);
  }
  const root = fileURLToPath(new URL('../dist/', import.meta.url));
  if (!existsSync(`${root}index.html`)) {
    console.error('E_USAGE dist/: de site is nog niet gebouwd; voer eerst `npm run build` uit.');
    process.exit(2);
  }
  const base = process.env.BASE_PATH ?? '/';
  const server = createSiteServer(root, { base });
  server.listen(port, host, () =>
    console.log(`Specificatiesite op http://${host}:${server.address().port}${base}`),
  );
  for (const sig of ['SIGINT', 'SIGTERM'])
    process.on(sig, () => server.close(() => process.exit(0)));
}
