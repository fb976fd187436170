import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientCredentialsTokenProvider,
  createOkeClient,
  createOkeHandler,
  createReferenceImplementation,
  sampleData as S,
  toNodeListener,
} from '../src/index.js';

let tokenServer: Server;
let apiServer: Server;
let tokenUrl = '';
let apiUrl = '';
const tokenRequests: { auth?: string; body: string }[] = [];
let tokenStatus = 200;

const listen = (s: Server) =>
  new Promise<string>((r) =>
    s.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)),
  );

beforeAll(async () => {
  tokenServer = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      tokenRequests.push({
        ...(req.headers.authorization ? { auth: req.headers.authorization } : {}),
        body,
      });
      res.writeHead(tokenStatus, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          access_token: `token-${tokenRequests.length}`,
          token_type: 'Bearer',
          expires_in: 3600,
        }),
      );
    });
  });
  tokenUrl = `${await listen(tokenServer)}/oauth2/token`;
  const { implementation } = createReferenceImplementation();
  apiServer = createServer(
    toNodeListener(
      createOkeHandler({
        role: 'TA',
        implementation,
        basePath: '/ooapi',
        authorize: (t) => t?.startsWith('token-') === true,
      }),
    ),
  );
  apiUrl = `${await listen(apiServer)}/ooapi`;
});
afterAll(async () => {
  for (const s of [tokenServer, apiServer]) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

describe('OkeClient', () => {
  it('gets an OAuth2 client-credentials token once and reuses it', async () => {
    tokenRequests.length = 0;
    const client = createOkeClient({
      baseUrl: apiUrl,
      auth: { tokenUrl, clientId: 'tpl', clientSecret: 's3cret', scope: 'nl-test-admin-flow-0' },
    });
    const a = await client.call('listComponents', { query: { pageSize: 10 } });
    const b = await client.interact('0.toetsdetails-ophalen', {
      params: { componentId: S.SAMPLE_IDS.component },
    });
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body?.items).toHaveLength(2);
    expect(a.report).toMatchObject({
      valid: true,
      afsprakenset: 'OKE',
      profile: '0.toetscatalogus-opvragen',
    });
    expect(tokenRequests).toEqual([
      {
        auth: `Basic ${Buffer.from('tpl:s3cret').toString('base64')}`,
        body: 'grant_type=client_credentials&scope=nl-test-admin-flow-0',
      },
    ]);
  });

  it('fetches a new token when the cached one expires', async () => {
    tokenRequests.length = 0;
    let now = 1_000_000;
    const tokens = clientCredentialsTokenProvider(
      { tokenUrl, clientId: 'x', clientSecret: 'y' },
      { now: () => now },
    );
    expect(await tokens.token()).toBe('token-1');
    expect(await tokens.token()).toBe('token-1');
    now += 3600_000;
    expect(await tokens.token()).toBe('token-2');
  });

  it('a failing token endpoint or a missing token is E_HTTP; without a token the server answers 401', async () => {
    tokenStatus = 500;
    await expect(
      clientCredentialsTokenProvider({ tokenUrl, clientId: 'x', clientSecret: 'y' }).token(),
    ).rejects.toMatchObject({ code: 'E_HTTP' });
    tokenStatus = 200;
    const anon = await createOkeClient({ baseUrl: apiUrl }).call('listComponents');
    expect(anon.status).toBe(401);
    expect(anon.report.valid).toBe(true); // 401 with a Problem body is within the contract
  });

  it('refuses calls a role does not make and missing path parameters (E_USAGE)', async () => {
    const client = createOkeClient({ baseUrl: apiUrl, role: 'TA' });
    await expect(
      client.interact('2.zitting-aanmaken', {
        params: { offeringId: S.SAMPLE_IDS.offering },
        body: S.sampleOffering(),
      }),
    ).rejects.toMatchObject({ code: 'E_USAGE' });
    await expect(
      createOkeClient({ baseUrl: apiUrl }).interact('2.zitting-ophalen'),
    ).rejects.toMatchObject({ code: 'E_USAGE' });
  });

  it('times out (E_TIMEOUT) and reports an unreachable server (E_HTTP)', async () => {
    const slow = createServer(() => undefined);
    const url = await listen(slow);
    try {
      await expect(
        createOkeClient({ baseUrl: url, timeoutMs: 200 }).call('listComponents'),
      ).rejects.toMatchObject({ code: 'E_TIMEOUT', location: { path: 'listComponents' } });
    } finally {
      slow.closeAllConnections();
      await new Promise((r) => slow.close(r));
    }
    await expect(
      createOkeClient({ baseUrl: url, timeoutMs: 1000 }).call('listComponents'),
    ).rejects.toMatchObject({ code: 'E_HTTP' });
  });
});

describe('typed clients per role', () => {
  it('maps every interaction id to its operation and roles exactly as the flow data does', async () => {
    const { INTERACTION_OPERATIONS, INTERACTIONS } = await import('../src/index.js');
    expect(
      Object.fromEntries(
        INTERACTIONS.map((i) => [
          i.id,
          { operationId: i.operationId, consumer: [i.consumer].flat(), provider: i.provider },
        ]),
      ),
    ).toEqual(INTERACTION_OPERATIONS);
  });

  it('types requests and responses by interaction and restricts a role to its calls', async () => {
    const { createRoleClient } = await import('../src/index.js');
    const tpl = createRoleClient('TPL', {
      baseUrl: apiUrl,
      auth: { tokenUrl, clientId: 'tpl', clientSecret: 's' },
    });
    const r = await tpl.interact('2.zitting-aanmaken', {
      params: { offeringId: '123e4567-e89b-12d3-a456-00000000000a' },
      body: S.sampleOffering('123e4567-e89b-12d3-a456-00000000000a'),
    });
    expect([r.status, r.report.valid]).toEqual([201, true]);
    const got = await tpl.interact('2.zitting-ophalen', {
      params: { offeringId: '123e4567-e89b-12d3-a456-00000000000a' },
    });
    expect(got.body?.offeringType).toBe('component'); // typed as ComponentOffering
    // Toetsplanning does not send results to itself (flow 3 is TA → TPL): a type error, and E_USAGE at run time.
    const notMine = () =>
      // @ts-expect-error -- not an interaction TPL calls
      tpl.interact('3.resultaat-overdragen', { params: { associationId: 'x' }, body: {} });
    await expect(notMine()).rejects.toMatchObject({ code: 'E_USAGE' });
  });
});
