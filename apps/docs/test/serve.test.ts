import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo, Server } from 'node:net';
import { createSiteServer } from '../scripts/serve.mjs';

let root = '';
let server: Server;
let base = '';

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'docs-serve-'));
  mkdirSync(join(root, 'oke'));
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(root, 'oke', 'index.html'), '<h1>oke</h1>');
  writeFileSync(join(root, '404.html'), '<h1>niet gevonden</h1>');
  writeFileSync(join(root, 'schema.json'), '{"a":1}');
  server = createSiteServer(root);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe('createSiteServer', () => {
  it('serves pages, directory indexes and files with their content type', async () => {
    const home = await fetch(`${base}/`);
    expect([home.status, home.headers.get('content-type'), await home.text()]).toEqual([
      200,
      'text/html; charset=utf-8',
      '<h1>home</h1>',
    ]);
    const json = await fetch(`${base}/schema.json`);
    expect([json.status, json.headers.get('content-type')]).toEqual([
      200,
      'application/json; charset=utf-8',
    ]);
  });

  it('redirects a directory without trailing slash, keeping the query', async () => {
    const r = await fetch(`${base}/oke?x=1`, { redirect: 'manual' });
    expect([r.status, r.headers.get('location')]).toEqual([301, '/oke/?x=1']);
  });

  it('answers 404 with the site 404 page, 405 for other methods and never leaves the root', async () => {
    const nf = await fetch(`${base}/nope/`);
    expect([nf.status, await nf.text()]).toEqual([404, '<h1>niet gevonden</h1>']);
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(400);
  });
});
