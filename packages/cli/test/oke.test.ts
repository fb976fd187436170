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
  const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
  /** Starts `oke serve`; resolves with its URL and everything it wrote to stderr until then. */
  async function start(args: string[]) {
    const child = spawn(process.execPath, [bin, 'oke', 'serve', '--port', '0', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += String(d)));
    const url = await new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('serve did not start')), 25_000);
      child.stdout.on('data', (d: Buffer) => {
        const m = /luistert op (http:\/\/127\.0\.0\.1:\d+)/.exec(String(d));
        if (m) {
          clearTimeout(t);
          resolve(m[1]!);
        }
      });
      child.once('exit', () => reject(new Error(`serve exited: ${err}`)));
    });
    const stop = async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    };
    return { url, stderr: () => err, stop };
  }
  async function token(url: string, id: string, secret: string, scope?: string) {
    const res = await fetch(`${url}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { access_token: string }).access_token;
  }

  it("enforces OAuth2 by default: prints a generated client once on stderr; no token → 401, another flow's scope → 403, the right scope → 200", async () => {
    const s = await start(['--role', 'ta']);
    try {
      // stderr and stdout are separate pipes: wait for the credentials block.
      await vi.waitFor(() => expect(s.stderr()).toContain('client_secret='), { timeout: 5000 });
      const err = s.stderr();
      expect(err).toContain(`tokenendpoint ${s.url}/oauth/token`);
      const id = /client_id=(\S+)/.exec(err)?.[1];
      const secret = /client_secret=(\S+)/.exec(err)?.[1];
      expect(id).toMatch(/^oke-ta-[0-9a-f]{8}$/);
      expect(secret!.length).toBeGreaterThanOrEqual(32);
      expect(err.match(/client_secret=/g)).toHaveLength(1);

      const anon = await fetch(`${s.url}/components`);
      expect(anon.status).toBe(401);
      expect(anon.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(anon.headers.get('www-authenticate')).toMatch(/^Bearer /);
      expect(await anon.json()).toMatchObject({ status: '401' }); // OOAPI's Problem.status is a string;

      // GET /components is flow 0 (toetscatalogus): a token for flows 2–4 only is forbidden.
      const other = await token(s.url, id!, secret!, 'nl-test-admin-flow-2-3-4');
      const wrong = await fetch(`${s.url}/components`, {
        headers: { authorization: `Bearer ${other}` },
      });
      expect(wrong.status).toBe(403);
      expect(wrong.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await wrong.json()).toMatchObject({ status: '403' });

      const ok = await fetch(`${s.url}/components`, {
        headers: { authorization: `Bearer ${await token(s.url, id!, secret!)}` },
      });
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    } finally {
      await s.stop();
    }
  }, 30_000);

  it('--geen-auth (and --no-auth) switches OAuth2 off loudly; calls need no token', async () => {
    for (const flag of ['--geen-auth', '--no-auth']) {
      const s = await start(['--role', 'ta', flag]);
      try {
        const res = await fetch(`${s.url}/components`);
        expect(res.status).toBe(200);
        expect(((await res.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
        await vi.waitFor(() => expect(s.stderr()).toContain('WAARSCHUWING'), { timeout: 5000 });
        expect(s.stderr()).toMatch(/^WAARSCHUWING: --geen-auth: OAuth2 staat UIT/);
        expect(s.stderr()).not.toContain('client_secret');
      } finally {
        await s.stop();
      }
    }
  }, 30_000);
});
