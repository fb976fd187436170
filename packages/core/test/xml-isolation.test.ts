/**
 * "No file or network access" for hostile input, shown rather than assumed: XXE payloads pointing at a
 * local file and at a local TCP server are read in a child process under Node's permission model
 * (file reads outside the repository are denied) while the server counts connections.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const HAVE_DIST = existsSync(DIST);
if (!HAVE_DIST)
  console.warn(`SKIP: ${DIST} not built; the isolation test needs the build (npm run build)`);

function runChild(xml: string): Promise<{ code: number | null; out: string; err: string }> {
  const script = `
    const { decodeXml, compileSchema } = await import(${JSON.stringify(DIST)});
    const schema = compileSchema({ namespace: 'urn:t', roots: { d: { kind: 'element', name: 'd', minOccurs: 1, maxOccurs: 1, type: 'xs:string' } }, types: {} });
    try { decodeXml(process.env.XML, schema); console.log('NO_ERROR'); } catch (e) { console.log(e.code ?? e.name + ':' + e.message); }
  `;
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--experimental-permission',
        `--allow-fs-read=${REPO}*`,
        '--input-type=module',
        '-e',
        script,
      ],
      {
        env: { ...process.env, XML: xml },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out: out.trim(), err });
    });
  });
}

describe.skipIf(!HAVE_DIST)('hostile XML never touches files or the network', () => {
  it(
    'XXE to a file and to a local server: E_XML_DTD, no connection, no denied file read',
    { timeout: 30_000 },
    async () => {
      let connections = 0;
      const server = createServer((s) => {
        connections++;
        s.destroy();
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
      const port = (server.address() as { port: number }).port;
      try {
        const payloads = [
          `<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d xmlns="urn:t">&x;</d>`,
          `<!DOCTYPE d [<!ENTITY % p SYSTEM "http://127.0.0.1:${port}/p.dtd"> %p;]><d xmlns="urn:t"/>`,
          `<!DOCTYPE d SYSTEM "http://127.0.0.1:${port}/d.dtd"><d xmlns="urn:t"/>`,
          `<d xmlns="urn:t" xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="file:///etc/passwd"/></d>`,
        ];
        const results = [];
        for (const p of payloads) results.push(await runChild(p));
        expect(results.map((r) => r.out)).toEqual([
          'E_XML_DTD',
          'E_XML_DTD',
          'E_XML_DTD',
          'NO_ERROR',
        ]);
        expect(results.map((r) => r.err).join('')).not.toMatch(/ERR_ACCESS_DENIED/);
        expect(connections).toBe(0);
      } finally {
        server.close();
      }
    },
  );
});
