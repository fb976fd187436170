/**
 * #14 item 3 and #17 item 7: the reference servers keep the chain, enforce the flow scopes,
 * answer client errors with Problem JSON (never 500) and hold up under hostile input. All on
 * 127.0.0.1, every wait bounded.
 */
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyMergePatch,
  sampleData,
  startReferenceServer,
  type ReferenceServer,
  type ReferenceServerOptions,
} from '../src/index.js';

const open: ReferenceServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
async function serve(
  o: Partial<ReferenceServerOptions> & { role: ReferenceServerOptions['role'] },
) {
  const s = await startReferenceServer(o);
  open.push(s);
  return s;
}

const S = sampleData;
const ID = S.SAMPLE_IDS;
const json = (body: unknown, ct = 'application/json') => ({
  headers: { 'content-type': ct },
  body: JSON.stringify(body),
});
async function call(url: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  const res = await fetch(url, { ...init, headers, signal: AbortSignal.timeout(5000) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/** Sends raw bytes and returns the raw answer (bounded). */
function raw(url: string, request: string | Buffer, ms = 5000): Promise<string> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const sock = connect(Number(u.port), u.hostname);
    const chunks: Buffer[] = [];
    const t = setTimeout(() => {
      sock.destroy();
      reject(new Error('timeout'));
    }, ms);
    sock.on('data', (c) => chunks.push(c));
    sock.on('close', () => {
      clearTimeout(t);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    sock.on('error', () => undefined);
    sock.write(request);
  });
}

const CLIENTS = {
  tpl: { secret: 'tpl-geheim', scopes: ['nl-test-admin-flow-2-3-4'] },
  dr: { secret: 'dr-geheim', scopes: ['nl-test-admin-flow-1-5'] },
  postOnly: {
    secret: 'p',
    scopes: ['nl-test-admin-flow-2-3-4'],
    methods: ['client_secret_post'] as const,
  },
};
async function token(base: string, id: keyof typeof CLIENTS, method: 'basic' | 'post' = 'basic') {
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (method === 'basic')
    headers.authorization = `Basic ${Buffer.from(`${id}:${CLIENTS[id].secret}`).toString('base64')}`;
  else {
    form.set('client_id', id);
    form.set('client_secret', CLIENTS[id].secret);
  }
  const r = await fetch(`${base}/oauth/token`, { method: 'POST', headers, body: form });
  return { status: r.status, body: (await r.json()) as { access_token?: string; scope?: string } };
}

describe('OAuth2 scopes per flow (ErrorHandling.md)', () => {
  it('401 without a valid token and 403 without the flow scope, both with WWW-Authenticate', async () => {
    const s = await serve({ role: 'TA', auth: { clients: CLIENTS } });
    const url = `${s.url}/offerings/${ID.offering}`;
    const none = await call(url);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(
      /^Bearer realm="oke", error="invalid_token"/,
    );
    expect(none.headers.get('content-type')).toBe('application/problem+json');
    expect((await call(url, { token: 'verzonnen' })).status).toBe(401);
    const dr = await token(s.url, 'dr');
    const wrong = await call(url, { token: dr.body.access_token! });
    expect(wrong.status).toBe(403);
    expect(wrong.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
    expect(wrong.headers.get('www-authenticate')).toContain('scope="nl-test-admin-flow-2-3-4"');
    const tpl = await token(s.url, 'tpl');
    expect((await call(url, { token: tpl.body.access_token! })).status).toBe(200);
  });

  it('client_secret_basic and client_secret_post; a client bound to one method is refused the other', async () => {
    const s = await serve({ role: 'TA', auth: { clients: CLIENTS } });
    expect((await token(s.url, 'tpl', 'post')).status).toBe(200);
    expect((await token(s.url, 'postOnly', 'post')).status).toBe(200);
    const basic = await token(s.url, 'postOnly', 'basic');
    expect(basic.status).toBe(401);
    expect(basic.body).toMatchObject({ error: 'invalid_client' });
  });
});

describe('chain integrity and Problem JSON for client errors', () => {
  it('PATCH on an unknown association is 404 Problem JSON, not 500', async () => {
    const s = await serve({ role: 'TA' });
    const r = await call(`${s.url}/associations/7b0c2f6e-1d2a-4c3b-9e8f-0a1b2c3d4e5f`, {
      method: 'PATCH',
      ...json(S.cancelAssociationPatch(), 'application/merge-patch+json'),
    });
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toBe('application/problem+json');
    expect(r.body).toMatchObject({ status: '404' });
  });

  it('a participation for an offering the server does not know is 409', async () => {
    const s = await serve({ role: 'TA' });
    const a = S.sampleAssociation(
      '5f2a1c3e-7d4b-4e6a-9c8d-1e2f3a4b5c6d',
      '0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a',
      ID.person,
    );
    const r = await call(`${s.url}/associations/5f2a1c3e-7d4b-4e6a-9c8d-1e2f3a4b5c6d`, {
      method: 'PUT',
      ...json(a),
    });
    expect(r.status).toBe(409);
    expect(r.body.issues[0]).toMatchObject({ code: 'OKE.KETEN.offering', path: '/offering' });
  });

  it('states move only as the flows allow: a canceled participation does not come back (409)', async () => {
    const s = await serve({ role: 'TA' });
    const url = `${s.url}/associations/${ID.association}`;
    const cancel = await call(url, {
      method: 'PATCH',
      ...json(S.cancelAssociationPatch(), 'application/merge-patch+json'),
    });
    expect(cancel.status).toBe(200);
    const back = await call(url, {
      method: 'PUT',
      ...json(S.sampleAssociation(ID.association, ID.offering, ID.person)),
    });
    expect(back.status).toBe(409);
    expect(back.body.issues.map((i: { code: string }) => i.code)).toContain(
      'OKE.KETEN.state-deelname',
    );
  });

  it('a result only for a planned, not canceled participation (TPL: 409 after cancel)', async () => {
    const s = await serve({ role: 'TPL' });
    const url = `${s.url}/associations/${ID.association}`;
    const ok = await call(url, {
      method: 'PATCH',
      ...json(S.resultPatch(), 'application/merge-patch+json'),
    });
    expect(ok.status).toBe(200);
    s.store.associations.set(ID.association, {
      ...s.store.associations.get(ID.association)!,
      state: 'canceled',
    });
    const r = await call(url, {
      method: 'PATCH',
      ...json(S.resultPatch(), 'application/merge-patch+json'),
    });
    expect(r.status).toBe(409);
    expect(r.body.issues.map((i: { code: string }) => i.code)).toContain('OKE.KETEN.gepland');
  });

  it('a flow duty broken in the request is 400 with the finding (result without attendance)', async () => {
    const s = await serve({ role: 'TPL' });
    const body = S.resultPatch();
    delete (body.result.consumers[0] as { attendance?: string }).attendance;
    const r = await call(`${s.url}/associations/${ID.association}`, {
      method: 'PATCH',
      ...json(body, 'application/merge-patch+json'),
    });
    expect(r.status).toBe(400);
    expect(r.body.issues.map((i: { code: string }) => i.code)).toContain(
      'OKE.F3.attendance-consumer',
    );
  });

  it('malformed JSON and a wrong content type are 400 / 415 Problem JSON', async () => {
    const s = await serve({ role: 'TA' });
    const url = `${s.url}/offerings/${ID.offering}`;
    const bad = await call(url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"a":',
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    expect(
      (await call(url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: '{}' }))
        .status,
    ).toBe(415);
  });
});

describe('hostile input (#17 item 7)', () => {
  it('"__proto__" members are refused (400) and never stored; merge patch never replaces a prototype', async () => {
    const s = await serve({ role: 'TA' });
    const url = `${s.url}/offerings/${ID.offering}`;
    const body = `{"__proto__":{"polluted":true},${JSON.stringify(S.sampleOffering()).slice(1)}`;
    const r = await call(url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(r.status).toBe(400);
    const p = await call(url, {
      method: 'PATCH',
      headers: { 'content-type': 'application/merge-patch+json' },
      body: '{"offeringType":"component","consumers":[{"consumerKey":"nl-test-admin","offeringState":"canceled","__proto__":{"x":1}}]}',
    });
    expect(p.status).toBe(400);
    const stored = s.store.offerings.get(ID.offering)!;
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
    expect(JSON.stringify(stored)).not.toContain('__proto__');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    // The library function on its own: the member stays data.
    const patched = applyMergePatch({ a: 1 }, JSON.parse('{"__proto__":{"x":1}}')) as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(patched)).toBe(Object.prototype);
    expect((patched as { x?: unknown }).x).toBeUndefined();
  });

  it('the store is bounded: past the cap a PUT is 507 and nothing is stored', async () => {
    const s = await serve({ role: 'TA', limits: { maxRecords: 3 } });
    const ids = ['1', '2', '3'].map((n) => `0000000${n}-0000-4000-8000-000000000000`);
    const statuses: number[] = [];
    for (const id of ids)
      statuses.push(
        (await call(`${s.url}/offerings/${id}`, { method: 'PUT', ...json(S.sampleOffering(id)) }))
          .status,
      );
    // The seeded offering takes one place: two fit, the third does not.
    expect(statuses).toEqual([201, 201, 507]);
    expect(s.store.offerings.size).toBe(3);
    const s2 = await serve({ role: 'TA', limits: { maxBytes: 20_000 } });
    let last = 0;
    for (let i = 0; i < 40 && last !== 507; i++) {
      const id = `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`;
      last = (
        await call(`${s2.url}/offerings/${id}`, { method: 'PUT', ...json(S.sampleOffering(id)) })
      ).status;
    }
    expect(last).toBe(507);
  });

  it('/components/é gets Problem JSON (raw: 400, percent-encoded: 404)', async () => {
    const s = await serve({ role: 'TA' });
    const ans = await raw(
      s.url,
      Buffer.from('GET /components/é HTTP/1.1\r\nhost: x\r\n\r\n', 'utf8'),
    );
    expect(ans).toMatch(/^HTTP\/1\.1 400/);
    expect(ans).toContain('content-type: application/problem+json');
    expect(JSON.parse(ans.slice(ans.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: '400' });
    const enc = await call(`${s.url}/components/%C3%A9`);
    expect(enc.status).toBe(404);
    expect(enc.headers.get('content-type')).toBe('application/problem+json');
  });

  it('50 slow bodies at 1 B/s are all closed within ~10 s', async () => {
    const s = await serve({ role: 'TA' });
    const u = new URL(s.url);
    const started = Date.now();
    const closed = await Promise.all(
      Array.from(
        { length: 50 },
        () =>
          new Promise<number>((resolve) => {
            const sock = connect(Number(u.port), u.hostname);
            sock.on('error', () => undefined);
            // Read what the server answers, so its close reaches us.
            sock.resume();
            sock.write(
              `PUT /offerings/${ID.offering} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n`,
            );
            const drip = setInterval(() => sock.writable && sock.write('{'), 1000);
            const cap = setTimeout(() => sock.destroy(), 20_000);
            sock.on('close', () => {
              clearInterval(drip);
              clearTimeout(cap);
              resolve(Date.now() - started);
            });
          }),
      ),
    );
    expect(Math.max(...closed)).toBeLessThan(12_500);
  }, 25_000);
});
