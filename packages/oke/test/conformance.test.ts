import { afterEach, describe, expect, it } from 'vitest';
import {
  formatConformanceTable,
  runConformance,
  startReferenceServer,
  type OkeFaults,
  type ReferenceServer,
} from '../src/index.js';

const open: ReferenceServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
async function serve(role: 'TA' | 'TPL' | 'DR', faults?: OkeFaults) {
  const s = await startReferenceServer({ role, ...(faults ? { faults } : {}) });
  open.push(s);
  return s;
}

describe('conformance kit against the reference implementations over HTTP on 127.0.0.1', () => {
  it.each(['TA', 'TPL', 'DR'] as const)(
    'passes against the %s reference implementation',
    async (role) => {
      const s = await serve(role);
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const r = await runConformance(role, s.url, { seed: 1, timeoutMs: 5000 });
      const bad = r.steps.filter((x) => x.outcome !== 'pass');
      expect(
        bad.map((x) => [x.interaction, x.issues.map((f) => `${f.code} ${f.path} ${f.message}`)]),
      ).toEqual([]);
      expect(r.passed).toBe(true);
      expect(r.report).toMatchObject({
        afsprakenset: 'OKE',
        version: '1.1',
        profile: `conform-${role}`,
        valid: true,
        issues: [],
      });
      expect(formatConformanceTable(r)).toContain('GESLAAGD');
    },
  );
});

describe('conformance kit reports planted faults with interaction and path', () => {
  const failing = (r: Awaited<ReturnType<typeof runConformance>>) =>
    r.steps
      .filter((s) => s.outcome === 'fail')
      .map((s) => ({
        interaction: s.interaction,
        issues: s.issues
          .filter((f) => f.severity === 'fout')
          .map((f) => [f.code, f.path, f.params?.interaction]),
      }));

  it('wrong status code', async () => {
    const s = await serve('TA', { status: { listComponentById: 202 } });
    const r = await runConformance('TA', s.url, { seed: 2 });
    expect(r.passed).toBe(false);
    // Both the normal call and the error-handling call (unknown id, 404 expected) get 202.
    expect(failing(r)).toEqual([
      {
        interaction: '0.toetsdetails-ophalen',
        issues: [
          ['OKE.CONFORM.status', '/', '0.toetsdetails-ophalen'],
          ['OKE.HTTP.status', '/', '0.toetsdetails-ophalen'],
        ],
      },
      {
        interaction: '0.toetsdetails-ophalen',
        issues: [
          ['OKE.CONFORM.status', '/', '0.toetsdetails-ophalen'],
          ['OKE.HTTP.status', '/', '0.toetsdetails-ophalen'],
        ],
      },
    ]);
  });

  it('missing required field', async () => {
    const s = await serve('TA', { dropField: { listOfferingById: '/consumers/0/offeringState' } });
    const r = await runConformance('TA', s.url, { seed: 3 });
    expect(failing(r)).toEqual([
      {
        interaction: '2.zitting-ophalen',
        issues: [['OKE.SCHEMA.required', '/consumers/0/offeringState', '2.zitting-ophalen']],
      },
      {
        interaction: '4.zittingsverslag-ophalen',
        issues: [
          ['OKE.SCHEMA.required', '/consumers/0/offeringState', '4.zittingsverslag-ophalen'],
        ],
      },
    ]);
  });

  it('missing required field deep in a list (DR: person in flow 1)', async () => {
    const s = await serve('DR', { dropField: { listGroups: '/items/0/groupType' } });
    const r = await runConformance('DR', s.url, { seed: 4 });
    expect(failing(r)).toEqual([
      {
        interaction: '1.adhoc-toetsgroepen-ophalen',
        issues: [['OKE.SCHEMA.required', '/items/0/groupType', '1.adhoc-toetsgroepen-ophalen']],
      },
    ]);
  });

  it('wrong content type', async () => {
    const s = await serve('TA', { contentType: { listComponents: 'text/html' } });
    const r = await runConformance('TA', s.url, { seed: 5 });
    expect(failing(r)).toEqual([
      {
        interaction: '0.toetscatalogus-opvragen',
        issues: [['OKE.HTTP.contentType', '/', '0.toetscatalogus-opvragen']],
      },
    ]);
    expect(r.steps[0]!.issues[0]!.params).toMatchObject({
      expected: 'application/json',
      actual: 'text/html',
    });
  });

  it('a slow endpoint past the timeout', async () => {
    const s = await serve('TA', { delayMs: { listAssociationsByOfferingId: 1500 } });
    const r = await runConformance('TA', s.url, { seed: 6, timeoutMs: 300 });
    expect(failing(r)).toEqual([
      {
        interaction: '2.deelnames-ophalen',
        issues: [['OKE.CONFORM.timeout', '/', '2.deelnames-ophalen']],
      },
      {
        interaction: '3.resultaten-ophalen',
        issues: [['OKE.CONFORM.timeout', '/', '3.resultaten-ophalen']],
      },
    ]);
  });

  it('a Toetsafname that ignores a cancellation (state not processed)', async () => {
    const { createOkeHandler, createReferenceImplementation, toNodeListener } =
      await import('../src/index.js');
    const { createServer } = await import('node:http');
    const { implementation } = createReferenceImplementation();
    // Accepts the PATCH but does nothing with it.
    const lazy = createOkeHandler({
      role: 'TA',
      implementation: {
        ...implementation,
        partialUpdateAssociationById: (c) => ({
          status: 200,
          body: {
            associationId: c.params.associationId,
            message: [{ language: 'nl-NL', value: 'ok' }],
          },
        }),
      },
    });
    const server = createServer(toNodeListener(lazy));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const r = await runConformance(
        'TA',
        `http://127.0.0.1:${(server.address() as { port: number }).port}`,
        { seed: 9 },
      );
      expect(failing(r)).toEqual([
        {
          interaction: '2.deelnames-ophalen',
          issues: [['OKE.CONFORM.state', '/', '2.deelnames-ophalen']],
        },
      ]);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it('a wrong status on a push to Toetsplanning (flow 3) and an unreachable server', async () => {
    const s = await serve('TPL', { status: { partialUpdateAssociationById: 204 } });
    const r = await runConformance('TPL', s.url, { seed: 7 });
    expect(failing(r).map((x) => x.interaction)).toEqual([
      '1.toetsinschrijving-wijzigen',
      '3.resultaat-overdragen', // the error case: 204 instead of a 400 Problem
      '3.resultaat-overdragen', // the chain case: 204 instead of a 409 (result for a canceled enrolment)
      '3.resultaat-overdragen',
    ]);
    await s.close();
    const down = await runConformance('TPL', s.url, { seed: 8, timeoutMs: 1000 });
    expect(down.passed).toBe(false);
    expect(down.steps.every((x) => x.issues.some((f) => f.code === 'OKE.CONFORM.transport'))).toBe(
      true,
    );
  });
});
