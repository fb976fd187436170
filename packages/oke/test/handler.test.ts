import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOkeHandler,
  createReferenceImplementation,
  providedOperations,
  sampleData as S,
  startReferenceServer,
  type ReferenceServer,
} from '../src/index.js';

let ta: ReferenceServer;
beforeAll(async () => {
  ta = await startReferenceServer({ role: 'TA' });
});
afterAll(async () => {
  await ta.close();
});

const put = (path: string, body: string | Uint8Array, contentType = 'application/json') =>
  fetch(`${ta.url}${path}`, { method: 'PUT', headers: { 'content-type': contentType }, body });

describe('handlers validate input and output against the contract (node:http)', () => {
  it('serves exactly the operations of the role’s provided interactions', () => {
    expect(providedOperations('TA')).toEqual([
      'listServiceMetaData',
      'listComponentById',
      'listComponents',
      'listOfferingById',
      'replaceOfferingById',
      'partialUpdateOfferingById',
      'listAssociationsByOfferingId',
      'listDocumentById',
      'listAssociationById',
      'replaceAssociationById',
      'partialUpdateAssociationById',
      'listAssociationUrl',
    ]);
    expect(providedOperations('DR')).toContain('listAssociationsByPersonId');
    expect(providedOperations('TPL')).not.toContain('listComponents');
  });

  it('accepts a valid PUT (201 new, 200 replace) and stores it', async () => {
    const o = S.sampleOffering('123e4567-e89b-12d3-a456-000000000001');
    expect(
      (await put('/offerings/123e4567-e89b-12d3-a456-000000000001', JSON.stringify(o))).status,
    ).toBe(201);
    expect(
      (await put('/offerings/123e4567-e89b-12d3-a456-000000000001', JSON.stringify(o))).status,
    ).toBe(200);
    const got = await fetch(`${ta.url}/offerings/123e4567-e89b-12d3-a456-000000000001`);
    expect(got.headers.get('content-type')).toBe('application/json');
    expect(((await got.json()) as { offeringId: string }).offeringId).toBe(
      '123e4567-e89b-12d3-a456-000000000001',
    );
  });

  it('answers an invalid body with a 400 Problem that lists the findings with JSON pointers', async () => {
    const o = S.sampleOffering('123e4567-e89b-12d3-a456-000000000002') as any;
    o.consumers[0].offeringState = 'gepland';
    const r = await put('/offerings/123e4567-e89b-12d3-a456-000000000002', JSON.stringify(o));
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toBe('application/problem+json');
    const p = await r.json();
    expect(p).toMatchObject({
      status: '400',
      title: 'Verzoek voldoet niet aan het OKE-contract',
      issues: [{ code: 'OKE.SCHEMA.enum', path: '/consumers/0/offeringState' }],
    });
    expect(ta.store.offerings.has('123e4567-e89b-12d3-a456-000000000002')).toBe(false);
  });

  it('bad input gets a clear Problem, not a crash: not JSON, wrong content type, deep nesting, duplicate keys, empty body', async () => {
    const nj = await put('/offerings/x', '{"offeringId": ');
    expect([nj.status, ((await nj.json()) as { detail: string }).detail]).toEqual([
      400,
      expect.stringMatching(/^E_JSON_MALFORMED: /),
    ]);
    const ct = await put('/offerings/x', JSON.stringify(S.sampleOffering()), 'text/plain');
    expect([ct.status, ((await ct.json()) as { title: string }).title]).toEqual([
      415,
      'Verkeerd content-type',
    ]);
    const deep = await put('/offerings/x', '['.repeat(10_000) + ']'.repeat(10_000));
    expect([deep.status, ((await deep.json()) as { detail: string }).detail]).toEqual([
      400,
      expect.stringMatching(/^E_JSON_TOO_DEEP: /),
    ]);
    const dup = await put('/offerings/x', '{"offeringType":"component","offeringType":"program"}');
    expect(dup.status).toBe(400);
    expect((await put('/offerings/x', '')).status).toBe(400);
    const patchAsJson = await fetch(`${ta.url}/offerings/x`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(patchAsJson.status).toBe(415);
  });

  it('refuses a huge body with 413 without reading it all', async () => {
    const big = new Uint8Array(3 * 1024 * 1024).fill(0x20);
    const r = await put('/offerings/x', big);
    expect(r.status).toBe(413);
    expect(await r.json()).toMatchObject({ status: '413', title: 'Verzoek te groot' });
    // Streaming without content-length: the limit holds while reading.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${ta.url}/offerings/x`,
        {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 40; i++) req.write(Buffer.alloc(64 * 1024, 0x20));
      req.end();
    });
    expect(status).toBe(413);
  });

  it('checks query parameters against the operation (integers, enumerations, lists)', async () => {
    expect(
      (await fetch(`${ta.url}/components?pageSize=10&pageNumber=1&sort=name,-componentId`)).status,
    ).toBe(200);
    const r = await fetch(`${ta.url}/components?pageSize=veel`);
    expect([r.status, await r.json()]).toEqual([
      400,
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'OKE.QUERY.invalid', path: '?pageSize' })],
      }),
    ]);
    expect((await fetch(`${ta.url}/components?pageSize=7`)).status).toBe(400); // spec: 10, 20, 50, 100, 250
    const e = await fetch(
      `${ta.url}/offerings/${S.SAMPLE_IDS.offering}/associations?role=examinator`,
    );
    expect(e.status).toBe(400);
    const x = await fetch(
      `${ta.url}/components/${S.SAMPLE_IDS.component}?expand=organization,nope`,
    );
    expect(x.status).toBe(400);
  });

  it('404 for unknown paths and resources, 405 with Allow for a wrong method', async () => {
    expect((await fetch(`${ta.url}/nope`)).status).toBe(404);
    expect((await fetch(`${ta.url}/persons/123`)).status).toBe(404); // not a TA endpoint
    expect(
      await (await fetch(`${ta.url}/components/00000000-0000-4000-8000-000000000000`)).json(),
    ).toMatchObject({ status: '404' });
    const r = await fetch(`${ta.url}/components`, { method: 'DELETE' });
    expect([r.status, r.headers.get('allow')]).toEqual([405, 'GET']);
  });

  it('documents go through the documents endpoint as application/octet-stream', async () => {
    const r = await fetch(`${ta.url}/documents/${S.SAMPLE_IDS.document}`);
    expect([r.status, r.headers.get('content-type')]).toEqual([200, 'application/octet-stream']);
    expect(new TextDecoder().decode(await r.arrayBuffer())).toMatch(/^%PDF/);
  });

  it('an implementation answer that breaks the contract becomes a 500 Problem, never an invalid message', async () => {
    const { implementation } = createReferenceImplementation();
    const h = createOkeHandler({
      role: 'TA',
      implementation: {
        ...implementation,
        listComponents: () => ({ status: 200, body: { items: [{ name: 'x' }] } }),
        listComponentById: () => {
          throw new Error('boom');
        },
      },
    });
    const bad = await h({ method: 'GET', url: '/components', headers: {} });
    expect(bad.status).toBe(500);
    expect(JSON.parse(String(bad.body))).toMatchObject({
      status: '500',
      title: 'Antwoord voldoet niet aan het OKE-contract',
      issues: expect.arrayContaining([
        expect.objectContaining({ code: 'OKE.SCHEMA.required', path: '/pageSize' }),
      ]),
    });
    const thrown = await h({
      method: 'GET',
      url: `/components/${S.SAMPLE_IDS.component}`,
      headers: {},
    });
    expect([thrown.status, JSON.parse(String(thrown.body)).detail]).toEqual([
      500,
      'listComponentById kon niet worden uitgevoerd',
    ]);
  });

  it('checks bearer tokens when an authorize function is given, with the operation’s scopes', async () => {
    const { implementation } = createReferenceImplementation();
    const seen: string[][] = [];
    const h = createOkeHandler({
      role: 'TA',
      implementation,
      basePath: '/ooapi',
      authorize: (t, scopes) => (seen.push([...scopes]), t === 'geheim'),
    });
    expect((await h({ method: 'GET', url: '/ooapi/components', headers: {} })).status).toBe(401);
    expect(
      (
        await h({
          method: 'GET',
          url: '/ooapi/components',
          headers: { authorization: 'Bearer geheim' },
        })
      ).status,
    ).toBe(200);
    expect(seen[0]).toEqual(['nl-test-admin-flow-0']);
    expect(
      (await h({ method: 'GET', url: '/components', headers: { authorization: 'Bearer geheim' } }))
        .status,
    ).toBe(404);
  });

  it('merges PATCH bodies per RFC 7396 with consumers merged by consumerKey', async () => {
    const id = '123e4567-e89b-12d3-a456-000000000003';
    await put(`/offerings/${id}`, JSON.stringify(S.sampleOffering(id)));
    const r = await fetch(`${ta.url}/offerings/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify({
        description: [],
        consumers: [
          { consumerKey: 'nl-test-admin', offeringState: 'canceled', locationCode: null },
        ],
      }),
    });
    expect(r.status).toBe(200);
    const o = ta.store.offerings.get(id)!;
    expect(o.description).toBeUndefined();
    expect(o.consumers).toEqual([
      {
        consumerKey: 'nl-test-admin',
        duration: 'PT60M',
        safety: ['fixedLocation', 'surveillance'],
        offeringState: 'canceled',
      },
    ]);
  });
});
