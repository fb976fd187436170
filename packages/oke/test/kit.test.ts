/**
 * #14 item 4: the kit is a real gate. Every planted fault fails a named step; the reference
 * servers pass (with OAuth2, both client authentication methods, 401/403 scenarios); a vendor-like
 * server (pagination, extra fields, 200 instead of 201, random UUIDs) passes; ids never collide;
 * a JUnit XML report CI can read. All on 127.0.0.1, every wait bounded.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { parse as parseJunit } from 'junit2json';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createOkeHandler,
  createReferenceImplementation,
  formatConformanceJunit,
  NAMED_FAULTS,
  runConformance,
  runIds,
  sampleData,
  seededStore,
  startReferenceServer,
  toNodeListener,
  type OkeImplementation,
  type ReferenceServer,
  type ReferenceServerOptions,
} from '../src/index.js';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
async function serve(o: ReferenceServerOptions): Promise<ReferenceServer> {
  const s = await startReferenceServer(o);
  open.push(s);
  return s;
}

const ALL = [
  'nl-test-admin-flow-0',
  'nl-test-admin-flow-1-5',
  'nl-test-admin-flow-2-3-4',
  'nl-test-admin-flow-6',
];
const CLIENTS = {
  kit: { secret: 'kit-geheim', scopes: ALL },
  post: { secret: 'post-geheim', scopes: ALL, methods: ['client_secret_post'] as const },
};
const scopeOf = {
  TA: 'nl-test-admin-flow-0 nl-test-admin-flow-2-3-4',
  TPL: 'nl-test-admin-flow-1-5 nl-test-admin-flow-2-3-4',
  DR: 'nl-test-admin-flow-1-5 nl-test-admin-flow-6',
};
const auth = (
  s: ReferenceServer,
  role: keyof typeof scopeOf,
  method: 'client_secret_basic' | 'client_secret_post' = 'client_secret_basic',
) => ({
  tokenUrl: `${s.url}/oauth/token`,
  clientId: method === 'client_secret_post' ? 'post' : 'kit',
  clientSecret: method === 'client_secret_post' ? 'post-geheim' : 'kit-geheim',
  scope: scopeOf[role],
  method,
});
const failing = (r: Awaited<ReturnType<typeof runConformance>>) =>
  r.steps
    .filter((s) => s.outcome === 'fail')
    .map((s) => [s.interaction, s.issues.filter((f) => f.severity === 'fout').map((f) => f.code)]);

describe('the reference servers pass, with OAuth2 and the 401/403 scenarios', () => {
  it.each([
    ['TA', 'client_secret_basic'],
    ['TPL', 'client_secret_post'],
    ['DR', 'client_secret_basic'],
  ] as const)('%s (%s)', async (role, method) => {
    const s = await serve({ role, auth: { clients: CLIENTS } });
    const r = await runConformance(role, s.url, { timeoutMs: 5000, auth: auth(s, role, method) });
    expect(failing(r)).toEqual([]);
    expect(r.passed).toBe(true);
    const sec = r.steps.filter((x) => x.stap.startsWith('beveiliging'));
    expect(sec.map((x) => [x.status, x.outcome])).toEqual([
      [401, 'pass'],
      [401, 'pass'],
      [403, 'pass'],
    ]);
  });
});

/** Per fault and role: the step (interaction) that must fail, and with which code. */
const EXPECTED: Record<string, Partial<Record<'TA' | 'TPL' | 'DR', [string, string]>>> = {
  'missing-required-field': {
    TA: ['2.zitting-ophalen', 'OKE.SCHEMA.required'],
    DR: ['1.gestructureerde-planningsinfo', 'OKE.SCHEMA.required'],
    TPL: ['3.resultaat-overdragen', 'OKE.SCHEMA.required'],
  },
  'wrong-status': {
    TA: ['0.toetsdetails-ophalen', 'OKE.CONFORM.status'],
    TPL: ['1.planbare-toets-aanmaken', 'OKE.CONFORM.status'],
    DR: ['1.gestructureerde-planningsinfo', 'OKE.CONFORM.status'],
  },
  'wrong-content-type': {
    TA: ['0.toetscatalogus-opvragen', 'OKE.HTTP.contentType'],
    TPL: ['1.toetsinschrijving-wijzigen', 'OKE.HTTP.contentType'],
    DR: ['1.gestructureerde-planningsinfo-ophalen', 'OKE.HTTP.contentType'],
  },
  timeout: {
    TA: ['0.toetsdetails-ophalen', 'OKE.CONFORM.timeout'],
    TPL: ['1.planbare-toets-aanmaken', 'OKE.CONFORM.timeout'],
    DR: ['1.gestructureerde-planningsinfo', 'OKE.CONFORM.timeout'],
  },
  'skipped-mandatory-step': {
    TA: ['0.toetsdetails-ophalen', 'OKE.CONFORM.skipped'],
    DR: ['1.inschrijvingsdetails-ophalen', 'OKE.CONFORM.skipped'],
  },
  'wrong-state-transition': { TPL: ['3.resultaat-overdragen', 'OKE.CONFORM.status'] },
  'missing-scope': {
    TA: ['2.zitting-ophalen', 'OKE.CONFORM.status'],
    TPL: ['1.planbare-toets-aanmaken', 'OKE.CONFORM.status'],
    DR: ['1.gestructureerde-planningsinfo', 'OKE.CONFORM.status'],
  },
};

describe('every planted fault makes the kit fail with a named step', () => {
  it('each named fault has an expectation for each role it applies to, and the seven of #14 exist', () => {
    expect(Object.keys(NAMED_FAULTS).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [name, f] of Object.entries(NAMED_FAULTS))
      expect(Object.keys(f.roles).sort(), name).toEqual(Object.keys(EXPECTED[name]!).sort());
  });

  const cases = Object.entries(NAMED_FAULTS).flatMap(([name, f]) =>
    (Object.keys(f.roles) as ('TA' | 'TPL' | 'DR')[]).map((role) => [name, role] as const),
  );
  it.each(cases)(
    '%s (%s)',
    async (name, role) => {
      const f = NAMED_FAULTS[name]!;
      const s = await serve({
        role,
        faults: f.roles[role]!,
        ...(f.needsAuth ? { auth: { clients: CLIENTS } } : {}),
      });
      const r = await runConformance(role, s.url, {
        timeoutMs: 1500,
        ...(f.needsAuth ? { auth: auth(s, role) } : {}),
      });
      expect(r.passed).toBe(false);
      const [interaction, code] = EXPECTED[name]![role]!;
      const hit = r.steps.find(
        (x) =>
          x.outcome === 'fail' &&
          x.interaction === interaction &&
          x.issues.some((i) => i.code === code),
      );
      expect(hit, JSON.stringify(failing(r))).toBeTruthy();
      expect(hit!.stap.length).toBeGreaterThan(3);
    },
    20_000,
  );
});

describe('ids', () => {
  it('are UUIDs v4 that never collide (within a run and across 2,000 runs)', () => {
    const seen = new Set<string>();
    for (let k = 0; k < 2000; k++)
      for (const id of Object.values(runIds())) {
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(seen.has(id!)).toBe(false);
        seen.add(id!);
      }
    // Seeded runs are reproducible and still distinct per name, also for seeds past 2^53 / 7919.
    const big = runIds(Date.now() * 7919);
    expect(new Set(Object.values(big)).size).toBe(Object.keys(big).length);
    expect(runIds(42)).toEqual(runIds(42));
  });
});

/** A vendor-like server: pagination, extra fields, 200 instead of 201, records with random UUIDs. */
async function vendorServer(role: 'TA' | 'TPL' | 'DR') {
  const store = seededStore();
  for (let k = 0; k < 25; k++) {
    const id = randomUUID();
    store.components.set(id, { ...sampleData.sampleComponent(id, String(10 + k)) } as Record<
      string,
      unknown
    >);
    const o = randomUUID();
    store.offerings.set(o, { ...sampleData.sampleOffering(o) } as unknown as Record<
      string,
      unknown
    >);
  }
  const { implementation: ref } = createReferenceImplementation(store, { role });
  const extra = (v: unknown): unknown => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const o = v as Record<string, unknown>;
    return {
      ...o,
      vendorExtension: { leverancier: 'Voorbeeld BV', versie: '9.1' },
      ...(Array.isArray(o.items) ? { items: o.items.map(extra) } : {}),
    };
  };
  const implementation: OkeImplementation = Object.fromEntries(
    Object.entries(ref).map(([id, fn]) => [
      id,
      async (c: Parameters<NonNullable<OkeImplementation[string]>>[0]) => {
        const q = new URLSearchParams(c.query);
        if (!q.has('pageSize')) q.set('pageSize', '3');
        const r = await fn!({ ...c, query: q });
        if (r.status === 201) return { ...r, status: 200 };
        if (r.status === 200 && !(r.body instanceof Uint8Array))
          return { ...r, body: extra(r.body) };
        return r;
      },
    ]),
  );
  const handler = createOkeHandler({ role, implementation });
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const s = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((ok) => (server.closeAllConnections(), server.close(() => ok()))),
  };
  open.push(s);
  return s;
}

describe('a vendor-like server passes', () => {
  it.each(['TA', 'TPL', 'DR'] as const)('%s', async (role) => {
    const s = await vendorServer(role);
    const r = await runConformance(role, s.url, { timeoutMs: 5000 });
    expect(failing(r)).toEqual([]);
    expect(r.passed).toBe(true);
  });
});

describe('JUnit XML report', () => {
  it('is valid JUnit XML with one testcase per step, failures and skips counted', async () => {
    const s = await serve({
      role: 'TA',
      faults: NAMED_FAULTS['missing-required-field']!.roles.TA!,
    });
    const r = await runConformance('TA', s.url, { timeoutMs: 5000 });
    const xml = formatConformanceJunit(r);
    const parsed = (await parseJunit(xml)) as {
      tests?: number;
      failures?: number;
      testsuite?: {
        tests?: number;
        failures?: number;
        skipped?: number;
        testcase?: { name?: string; failure?: { message?: string }[]; skipped?: unknown[] }[];
      }[];
    };
    const suite = parsed.testsuite![0]!;
    expect(suite.tests).toBe(r.steps.length);
    const fails = r.steps.filter((x) => x.outcome === 'fail');
    expect(suite.failures).toBe(fails.length);
    expect(suite.skipped).toBe(r.steps.filter((x) => x.outcome === 'skip').length);
    const failed = suite.testcase!.filter((t) => t.failure);
    expect(failed.map((t) => t.name)).toEqual(
      fails.map((x) => `${x.nr} ${x.interaction} ${x.method} ${x.path}`),
    );
    expect(failed[0]!.failure![0]!.message).toContain('OKE.SCHEMA.required');
  });
});
