/**
 * Resource bounds under hostile input (issue #17 item 4, core level): inputs are checked against the
 * size limit while they are read (`readBounded`), a finding repeated a million times is listed up to
 * a cap with one summary carrying the total, content outside the schema is bounded, and peak memory
 * stays under 2 × the limit plus a constant (measured with `process.resourceUsage().maxRSS` in a
 * child process). `readJson` never echoes a BSN-like key (#17 item 6).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { compileSchema, decodeXml, readBounded, readJson, type XmlSchema } from '../src/index.js';

const DIST = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const MiB = 1024 * 1024;

/** Peak RSS (bytes) of a child process running `body` (ESM, with `core` = the built package). */
function peakRss(body: string): { rss: number; out: string } {
  const script = `import * as core from ${JSON.stringify(DIST)};\n${body}\nprocess.stdout.write('\\nRSS ' + process.resourceUsage().maxRSS * 1024);`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  return { rss: Number(/RSS (\d+)/.exec(out)![1]), out };
}

describe('readBounded', () => {
  it('bytes: within the limit as is, one byte more is E_INPUT_TOO_LARGE (or the code asked for)', async () => {
    const b = new Uint8Array(10);
    expect(await readBounded(b, { maxBytes: 10 })).toBe(b);
    await expect(
      readBounded(new Uint8Array(11), { maxBytes: 10, file: 'x.xml', code: 'E_XML_TOO_LARGE' }),
    ).rejects.toMatchObject({
      code: 'E_XML_TOO_LARGE',
      location: { file: 'x.xml' },
    });
  });

  it('a stream is stopped (destroyed) as soon as it passes the limit', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 65536;
        this.push(Buffer.alloc(65536, 0x20));
      },
    });
    await expect(readBounded(endless, { maxBytes: MiB, file: '-' })).rejects.toMatchObject({
      code: 'E_INPUT_TOO_LARGE',
      location: { file: '-' },
    });
    expect(endless.destroyed).toBe(true);
    expect(produced).toBeLessThan(2 * MiB);
    expect(await readBounded(Readable.from([Buffer.from('ab'), 'c']), { maxBytes: 3 })).toEqual(
      Buffer.from('abc'),
    );
  });

  it('files: a regular file is read whole within the limit; a missing one is E_IO', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bounded-'));
    try {
      writeFileSync(join(dir, 'a'), 'hallo');
      expect(Buffer.from(await readBounded(join(dir, 'a'), { maxBytes: 5 })).toString()).toBe(
        'hallo',
      );
      await expect(readBounded(join(dir, 'a'), { maxBytes: 4 })).rejects.toMatchObject({
        code: 'E_INPUT_TOO_LARGE',
      });
      await expect(readBounded(join(dir, 'nee'), { maxBytes: 4 })).rejects.toMatchObject({
        code: 'E_IO',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!existsSync(DIST) || !existsSync('/dev/zero'))(
    'peak RSS stays under 2 × limit + constant: /dev/zero, a 500 MB file, an endless stream',
    () => {
      const limit = 32 * MiB;
      const base = peakRss('await core.readBounded(new Uint8Array(10), { maxBytes: 100 });').rss;
      const dir = mkdtempSync(join(tmpdir(), 'bounded-'));
      try {
        const big = join(dir, 'big.xml');
        writeFileSync(big, '');
        truncateSync(big, 500 * MiB); // sparse: costs no disk
        for (const [what, source] of [
          ['/dev/zero', JSON.stringify('/dev/zero')],
          ['500 MB file', JSON.stringify(big)],
          ['endless stream', `(async function* () { for (;;) yield new Uint8Array(65536); })()`],
        ] as const) {
          const { rss, out } = peakRss(
            `try { await core.readBounded(${source}, { maxBytes: ${limit} }); console.log('read'); } catch (e) { console.log(e.code); }`,
          );
          expect(out, what).toContain('E_INPUT_TOO_LARGE');
          expect(rss - base, what).toBeLessThan(2 * limit + 16 * MiB);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

const NS = 'urn:b';
const schema: XmlSchema = {
  namespace: NS,
  roots: { r: { kind: 'element', name: 'r', minOccurs: 1, maxOccurs: 1, type: 'rT' } },
  types: {
    rT: {
      kind: 'complex',
      content: {
        kind: 'sequence',
        minOccurs: 1,
        maxOccurs: 1,
        particles: [
          { kind: 'element', name: 'n', minOccurs: 0, maxOccurs: 'unbounded', type: 'xs:int' },
        ],
      },
    },
  },
};

describe('findings and content outside the schema are bounded', () => {
  const c = compileSchema(schema);
  it('5,000 unknown siblings: 100 findings listed and one summary with the total', () => {
    const xml = `<r xmlns="${NS}">${'<x/>'.repeat(5000)}</r>`;
    const r = decodeXml(xml, c, { findings: { prefix: 'B' } });
    expect(r.issues).toHaveLength(101);
    expect(r.issues[100]).toMatchObject({
      code: 'B.unexpected',
      path: '/r',
      params: { total: 5000, shown: 100, summary: true },
    });
    expect((r.value as { $unknown: unknown[] }).$unknown).toHaveLength(5000); // nothing lost
  });
  it('5,000 bad values: capped the same way (and per code)', () => {
    const xml = `<r xmlns="${NS}">${'<n>x</n>'.repeat(5000)}</r>`;
    const r = decodeXml(xml, c, { findings: { prefix: 'B' }, maxFindingsPerCode: 10 });
    expect(r.issues.map((i) => i.code)).toEqual([...Array(11).fill('B.type')]);
    expect(r.issues[10]!.params).toMatchObject({ total: 5000, shown: 10 });
  });
  it('more elements outside the schema than maxUnknownElements: E_XML_TOO_MANY_NODES with its position', () => {
    const xml = `<r xmlns="${NS}">\n${'<x/>'.repeat(20)}</r>`;
    expect(() => decodeXml(xml, c, { limits: { maxUnknownElements: 10 } })).toThrow(
      expect.objectContaining({
        code: 'E_XML_TOO_MANY_NODES',
        location: expect.objectContaining({ line: 2, column: 41 }),
      }),
    );
  });
  it.skipIf(!existsSync(DIST))(
    'a 4 MB file with 990,000 unknown siblings: typed error, bounded memory',
    () => {
      const base = peakRss('').rss;
      const { rss, out } = peakRss(`
      const c = core.compileSchema(${JSON.stringify(schema)});
      const xml = new TextEncoder().encode('<r xmlns="${NS}">' + '<x/>'.repeat(990000) + '</r>');
      try { core.decodeXml(xml, c); console.log('read'); } catch (e) { console.log(e.code); }`);
      expect(out).toContain('E_XML_TOO_MANY_NODES');
      expect(rss - base).toBeLessThan(2 * 4 * MiB + 48 * MiB);
    },
  );
});

describe('readJson never echoes a BSN-like key (#17 item 6)', () => {
  for (const key of [
    '229854382',
    '229 854 382',
    '229-854-382',
    '2298',
    '12345678901234567890',
    'a1b2c3d4',
  ]) {
    it(JSON.stringify(key), () => {
      let message = '';
      try {
        readJson(`{"${key}": 1, "${key}": 2}`);
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toContain('dubbel');
      expect(message).not.toContain(key);
      expect(message.replace(/\D/g, '').length).toBeLessThan(4);
    });
  }
  it('a name-like key is still shown', () => {
    expect(() => readJson('{"naam": 1, "naam": 2}')).toThrow(/"naam"/);
  });
});

describe('validateObject (JSON input) caps the same way', () => {
  it('5,000 unknown keys: 100 listed and one summary', async () => {
    const { validateObject } = await import('../src/index.js');
    const c = compileSchema(schema);
    const v: Record<string, unknown> = {};
    for (let i = 0; i < 5000; i++) v[`x${i}`] = 1;
    const out = validateObject(c, 'r', v, { prefix: 'B' });
    expect(out).toHaveLength(101);
    expect(out[100]).toMatchObject({
      code: 'B.unexpected',
      path: '/r',
      params: { total: 5000, shown: 100 },
    });
  });
});
