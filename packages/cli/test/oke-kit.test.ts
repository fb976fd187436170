/**
 * #14 through the real binary (node packages/cli/bin/edustandaard.js): `oke check` on {} lists
 * the 9 missing fields; `oke serve --fault` plants a named fault that `oke conform` reports with
 * a named step (exit 1); OAuth2 with client_secret_post; `--format junit`; a bad fault is exit 2.
 * All on 127.0.0.1, every wait bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });
const bin = fileURLToPath(new URL('../bin/edustandaard.js', import.meta.url));

function run(
  args: string[],
  ms = 45_000,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (err += d));
    const t = setTimeout(() => c.kill('SIGKILL'), ms);
    c.on('close', (code) => {
      clearTimeout(t);
      resolve({ code, out, err });
    });
  });
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGTERM');
});
/**
 * Starts `oke serve` and resolves with its URL and the OAuth2 client it generated (printed on
 * stderr; absent with `--client` or `--geen-auth`).
 */
function serve(args: string[]): Promise<{ url: string; auth: string[] }> {
  const c = spawn(process.execPath, [bin, 'oke', 'serve', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(c);
  const generated = !args.includes('--client') && !args.includes('--geen-auth');
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const t = setTimeout(() => reject(new Error(`serve did not start: ${out} ${err}`)), 25_000);
    const done = () => {
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      const id = /client_id=(\S+)/.exec(err)?.[1];
      const secret = /client_secret=(\S+)/.exec(err)?.[1];
      if (!m || (generated && !(id && secret))) return;
      clearTimeout(t);
      const url = m[0];
      resolve({
        url,
        auth: generated
          ? ['--token-url', `${url}/oauth/token`, '--client-id', id!, '--client-secret', secret!]
          : [],
      });
    };
    c.stdout!.on('data', (d) => {
      out += d;
      done();
    });
    c.stderr!.on('data', (d) => {
      err += d;
      done();
    });
    c.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
}

describe('edustandaard oke (binary)', () => {
  it('check 2.zitting-aanmaken on {} lists the 9 missing fields (exit 1)', async () => {
    const f = join(mkdtempSync(join(tmpdir(), 'oke-kit-')), 'leeg.json');
    writeFileSync(f, '{}');
    const r = await run(['oke', 'check', '2.zitting-aanmaken', f, '--format', 'json']);
    expect(r.code).toBe(1);
    const [report] = JSON.parse(r.out);
    expect(
      report.issues.filter((i: { code: string }) => i.code === 'OKE.SCHEMA.required'),
    ).toHaveLength(9);
  });

  it('serve --fault wrong-status: conform fails on the named step (exit 1)', async () => {
    const { url, auth } = await serve(['--role', 'ta', '--fault', 'wrong-status']);
    expect(auth).toHaveLength(6); // OAuth2 by default: the generated client
    const r = await run([
      'oke',
      'conform',
      '--role',
      'ta',
      '--base-url',
      url,
      ...auth,
      '--format',
      'json',
      '--timeout',
      '5000',
    ]);
    expect(r.code).toBe(1);
    const [res] = JSON.parse(r.out);
    expect(res.passed).toBe(false);
    const failed = res.steps.filter((s: { outcome: string }) => s.outcome === 'fail');
    expect(failed[0]).toMatchObject({ interaction: '0.toetsdetails-ophalen', stap: 'catalogus' });
  });

  it('serve with an OAuth2 client: conform passes with client_secret_post, the 401/403 steps included; junit output', async () => {
    const { url } = await serve(['--role', 'dr', '--client', 'kit:geheim']);
    const args = [
      'oke',
      'conform',
      '--role',
      'dr',
      '--base-url',
      url,
      '--token-url',
      `${url}/oauth/token`,
      '--client-id',
      'kit',
      '--client-secret',
      'geheim',
      '--auth-method',
      'post',
      '--timeout',
      '5000',
    ];
    const r = await run(args);
    expect(r.code).toBe(0);
    expect(r.out).toContain('GESLAAGD');
    expect(r.out).toMatch(/beveiliging: scope van een andere stroom .* 403/);
    const j = await run([...args, '--format', 'junit']);
    expect(j.code).toBe(0);
    expect(j.out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(j.out).toContain('failures="0"');
  });

  it('serve --fault with an unknown name, a fault that needs OAuth2 with --geen-auth, or --geen-auth with --client is a usage error (exit 2)', async () => {
    expect(
      (await run(['oke', 'serve', '--role', 'ta', '--port', '0', '--fault', 'bestaat-niet'])).code,
    ).toBe(2);
    // missing-scope needs OAuth2: fine by default (a generated client), a usage error without it.
    expect(
      (
        await run([
          'oke',
          'serve',
          '--role',
          'ta',
          '--port',
          '0',
          '--geen-auth',
          '--fault',
          'missing-scope',
        ])
      ).code,
    ).toBe(2);
    expect(
      (await run(['oke', 'serve', '--role', 'ta', '--port', '0', '--geen-auth', '--client', 'a:b']))
        .code,
    ).toBe(2);
  });
});
