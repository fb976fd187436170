import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { sampleData, startReferenceServer } from '@edustandaard/oke';
import { cli } from './support/cli.js';

// Real HTTP and child processes on a shared, busy machine: generous timeouts.
vi.setConfig({ testTimeout: 30_000 });

const dir = mkdtempSync(join(tmpdir(), 'oke-cli-'));
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('edustandaard oke flows', () => {
  it('lists flows 0–6 with interactions as text', async () => {
    const r = await cli(['oke', 'flows']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'Flow 2 Zittingsplan (OKE 1.0; TPL → TA; scope nl-test-admin-flow-2-3-4)',
    );
    expect(r.out).toMatch(
      /2\.zitting-aanmaken\s+PUT \/offerings\/\{offeringId\}\s+TPL→TA {2}Zitting aanmaken\/wijzigen\/verwijderen/,
    );
    expect(r.out).toContain('Flow 6 Analyse (OKE 1.1, optioneel');
  });
  it('prints the flow data as JSON', async () => {
    const r = await cli(['oke', 'flows', '--format', 'json']);
    const flows = JSON.parse(r.out);
    expect(flows.map((f: { naam: string }) => f.naam)).toEqual([
      'Toetscatalogus',
      'Toetsdeelnemers',
      'Zittingsplan',
      'Toetsdeelnemerresultaat',
      'Zittingsverslag',
      'Studentresultaat',
      'Analyse',
    ]);
    expect(flows[2].mermaid).toMatch(/^sequenceDiagram/);
  });
});

describe('edustandaard oke check', () => {
  it('exit 0 and a valid report for a valid message', async () => {
    const r = await cli([
      'oke',
      'check',
      '2.zitting-aanmaken',
      file('ok.json', JSON.stringify(sampleData.sampleOffering())),
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([
      {
        file: join(dir, 'ok.json'),
        valid: true,
        afsprakenset: 'OKE',
        version: '1.1',
        profile: '2.zitting-aanmaken',
        issues: [],
      },
    ]);
  });
  it('exit 1 with JSON-pointer paths for findings', async () => {
    const m = sampleData.sampleOffering() as unknown as { consumers: Record<string, unknown>[] };
    m.consumers[0]!.offeringState = 'x';
    const r = await cli([
      'oke',
      'check',
      '2.zitting-aanmaken',
      file('bad.json', JSON.stringify(m)),
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('OKE.SCHEMA.enum');
    expect(r.out).toContain('/consumers/0/offeringState');
  });
  it('checks responses with --direction response and --status', async () => {
    const r = await cli([
      'oke',
      'check',
      '0.toetsdetails-ophalen',
      file('p.json', '{"status":"404","title":"Niet gevonden"}'),
      '--direction',
      'response',
      '--status',
      '404',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
  });
  it('exit 2 with a clear error for bad input: not JSON, too deep, unknown interaction, missing file', async () => {
    expect(
      await cli(['oke', 'check', '2.zitting-aanmaken', file('nj.json', '{nope')]),
    ).toMatchObject({ code: 2, err: expect.stringMatching(/^E_JSON_MALFORMED .*nj\.json:1:2: /) });
    expect(
      await cli(['oke', 'check', '2.zitting-aanmaken', file('deep.json', '['.repeat(100_000))]),
    ).toMatchObject({ code: 2, err: expect.stringMatching(/^E_JSON_TOO_DEEP /) });
    expect(await cli(['oke', 'check', '2.onbekend', file('x.json', '{}')])).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /^E_USAGE: onbekende OKE-interactie '2.onbekend'; bekend in flow 2: /,
      ),
    });
    expect(
      await cli(['oke', 'check', '2.zitting-aanmaken', join(dir, 'absent.json')]),
    ).toMatchObject({ code: 2, err: expect.stringMatching(/^E_IO /) });
    expect(
      (
        await cli([
          'oke',
          'check',
          '2.zitting-aanmaken',
          file('y.json', '{}'),
          '--direction',
          'sideways',
        ])
      ).code,
    ).toBe(2);
  });
});

describe('edustandaard oke conform', () => {
  it('passes against a reference implementation (exit 0) and prints a table', async () => {
    const s = await startReferenceServer({ role: 'TA' });
    try {
      const r = await cli([
        'oke',
        'conform',
        '--role',
        'ta',
        '--base-url',
        s.url,
        '--timeout',
        '5000',
      ]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/GESLAAGD/);
      expect(r.out).toMatch(
        /1\s+OK\s+catalogus\s+0\.toetscatalogus-opvragen\s+GET \/components\s+200/,
      );
    } finally {
      await s.close();
    }
  });
  it('exit 1 and the failing interaction and path in JSON against a broken implementation', async () => {
    const s = await startReferenceServer({
      role: 'TA',
      faults: { dropField: { listComponentById: '/name' } },
    });
    try {
      const r = await cli([
        'oke',
        'conform',
        '--role',
        'ta',
        '--base-url',
        s.url,
        '--format',
        'json',
      ]);
      expect(r.code).toBe(1);
      const [res] = JSON.parse(r.out);
      expect(res).toMatchObject({
        valid: false,
        afsprakenset: 'OKE',
        version: '1.1',
        profile: 'conform-TA',
        passed: false,
        role: 'TA',
      });
      expect(res.issues).toEqual([
        expect.objectContaining({
          code: 'OKE.SCHEMA.required',
          path: '/name',
          params: expect.objectContaining({ interaction: '0.toetsdetails-ophalen' }),
        }),
      ]);
      expect(res.steps.find((x: { outcome: string }) => x.outcome === 'fail')).toMatchObject({
        interaction: '0.toetsdetails-ophalen',
        issues: [{ code: 'OKE.SCHEMA.required', path: '/name' }],
      });
    } finally {
      await s.close();
    }
  });
  it('exit 2 on a bad base URL', async () => {
    expect(await cli(['oke', 'conform', '--role', 'ta', '--base-url', 'ftp://x'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('E_USAGE'),
    });
  });
});

describe('edustandaard oke serve', () => {
  it('starts a reference implementation on 127.0.0.1 that answers OKE calls, and stops on SIGTERM', async () => {
    const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
    const child = spawn(process.execPath, [bin, 'oke', 'serve', '--role', 'ta', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error('serve did not start')), 25_000);
        child.stdout.on('data', (d: Buffer) => {
          const m = /luistert op (http:\/\/127\.0\.0\.1:\d+)/.exec(String(d));
          if (m) {
            clearTimeout(t);
            resolve(m[1]!);
          }
        });
        child.once('exit', () => reject(new Error('serve exited')));
      });
      const res = await fetch(`${url}/components`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }, 30_000);
});
