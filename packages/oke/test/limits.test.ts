/**
 * #14 item 5: the client applies its response limit while reading (JSON and octet-stream, with
 * or without content-length), and the handler reports implementation errors to an onError hook.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createOkeClient, createOkeHandler, readBounded } from '../src/index.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers
      .splice(0)
      .map((s) => new Promise<void>((ok) => (s.closeAllConnections(), s.close(() => ok())))),
  );
});

/** A server that streams `total` bytes in 64 KiB chunks without content-length; reports how much it wrote. */
async function streaming(contentType: string, total: number) {
  const state = { written: 0, closedEarly: false };
  const s = createServer((req, res) => {
    res.writeHead(200, { 'content-type': contentType });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (state.written < total) {
        state.written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => (state.closedEarly = state.written < total || !res.writableFinished));
    pump();
  });
  servers.push(s);
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, state };
}

describe('the client limit applies while reading', () => {
  it.each(['application/octet-stream', 'application/json'])(
    '%s without content-length: E_HTTP before the whole body is read',
    async (ct) => {
      const total = 64 * 1024 * 1024;
      const { url, state } = await streaming(ct, total);
      const client = createOkeClient({
        baseUrl: url,
        maxResponseBytes: 1024 * 1024,
        timeoutMs: 10_000,
      });
      await expect(
        ct === 'application/json'
          ? client.call('listComponents', {})
          : client.call('listDocumentById', {
              params: { documentId: 'd0c0e0f0-1111-4222-8333-444455556666' },
            }),
      ).rejects.toMatchObject({ code: 'E_HTTP' });
      // The stream was cancelled long before the 64 MiB the server wanted to send.
      await new Promise((r) => setTimeout(r, 200));
      expect(state.written).toBeLessThan(total / 2);
    },
  );

  it('a declared content-length past the limit is refused without reading', async () => {
    const res = new Response('x'.repeat(10), { headers: { 'content-length': '999999999' } });
    await expect(readBounded(res, 100, 'u')).rejects.toMatchObject({ code: 'E_HTTP' });
    expect((await readBounded(new Response('abc'), 100, 'u')).byteLength).toBe(3);
  });
});

describe('handler onError hook', () => {
  it('gets the implementation error with the operationId; the caller gets a Problem 500 without its text', async () => {
    const seen: [unknown, unknown][] = [];
    const handler = createOkeHandler({
      role: 'TA',
      implementation: {
        listComponents: () => {
          throw new Error('database weg: geheime details');
        },
      },
      onError: (e, ctx) => seen.push([e, ctx]),
    });
    const r = await handler({ method: 'GET', url: '/components', headers: {} });
    expect(r.status).toBe(500);
    expect(String(r.body)).not.toContain('geheime');
    expect(seen).toHaveLength(1);
    expect((seen[0]![0] as Error).message).toBe('database weg: geheime details');
    expect(seen[0]![1]).toEqual({ operationId: 'listComponents', phase: 'implementation' });
  });

  it('a throwing hook does not break the answer', async () => {
    const handler = createOkeHandler({
      role: 'TA',
      implementation: { listComponents: () => Promise.reject(new Error('x')) },
      onError: () => {
        throw new Error('hook kapot');
      },
    });
    expect((await handler({ method: 'GET', url: '/components', headers: {} })).status).toBe(500);
  });
});
