/**
 * Issue #17 items 3 and 4 (CLI side): output files written atomically and never through a planted
 * symlink; device targets (`/dev/null`, `/dev/stdout`) written straight to and never replaced,
 * also as root; output = input refused unless `--in-place`; no temporary file left behind; inputs
 * (files, devices, stdin) read with a bound while reading.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';

const FIXED = Buffer.from('0123456789abcdef', 'hex');
vi.mock('node:crypto', async (orig) => {
  const real = await orig<typeof import('node:crypto')>();
  return { ...real, randomBytes: (n: number) => (n === 8 ? FIXED : real.randomBytes(n)) };
});
const { readInput, writeOutput } = await import('../src/io.js');

const BIN = fileURLToPath(new URL('../bin/edustandaard.js', import.meta.url));
const PO = fileURLToPath(
  new URL(
    '../../../../shared/reference/oso/2019.1/examples/PaO/Voorbeelddossier_PaO_POSWV_full.xml',
    import.meta.url,
  ),
);
const HAVE = existsSync(PO);
if (!HAVE) console.warn(`SKIP: ../shared/reference absent (${PO}); output-file tests skipped.`);
const tmp = mkdtempSync(join(tmpdir(), 'cli-io-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function bin(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: tmp,
    input,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('writeOutput (in-process)', () => {
  it('a symlink planted at the temporary name is never followed: E_IO, victim unchanged', async () => {
    const dir = mkdtempSync(join(tmp, 'plant-'));
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'onaangetast');
    symlinkSync(victim, join(dir, `.out.xml.${FIXED.toString('hex')}.tmp`));
    await expect(writeOutput(join(dir, 'out.xml'), '<x/>')).rejects.toMatchObject({
      code: 'E_IO',
    });
    expect(readFileSync(victim, 'utf8')).toBe('onaangetast');
    expect(existsSync(join(dir, 'out.xml'))).toBe(false);
  });

  it('replaces a regular file atomically, keeps its mode, leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmp, 'atomic-'));
    const out = join(dir, 'out.xml');
    writeFileSync(out, 'oud', { mode: 0o640 });
    await writeOutput(out, 'nieuw');
    expect(readFileSync(out, 'utf8')).toBe('nieuw');
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['out.xml']);
  });

  it('a symlink to a regular file: the file it points to is replaced, the link stays', async () => {
    const dir = mkdtempSync(join(tmp, 'link-'));
    writeFileSync(join(dir, 'real.xml'), 'oud');
    symlinkSync(join(dir, 'real.xml'), join(dir, 'link.xml'));
    await writeOutput(join(dir, 'link.xml'), 'nieuw');
    expect(lstatSync(join(dir, 'link.xml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.xml'), 'utf8')).toBe('nieuw');
  });

  it('refuses to write over an input unless inPlace', async () => {
    const f = join(tmp, 'same.xml');
    writeFileSync(f, 'invoer');
    await expect(writeOutput(f, 'uitvoer', { inputs: [f] })).rejects.toMatchObject({
      code: 'E_OUTPUT_IS_INPUT',
    });
    expect(readFileSync(f, 'utf8')).toBe('invoer');
    await writeOutput(f, 'uitvoer', { inputs: [f], inPlace: true });
    expect(readFileSync(f, 'utf8')).toBe('uitvoer');
  });

  it('a failed write (directory gone) leaves nothing and is E_IO with the path', async () => {
    const out = join(tmp, 'no-such-dir', 'out.xml');
    await expect(writeOutput(out, 'x')).rejects.toMatchObject({
      code: 'E_IO',
      location: { file: out },
    });
  });

  it('reads with a bound: /dev/zero and an endless stream stop at the limit', async () => {
    await expect(readInput('/dev/zero', { maxBytes: 1 << 20 })).rejects.toMatchObject({
      code: 'E_INPUT_TOO_LARGE',
    });
    const { Readable } = await import('node:stream');
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 65536;
        this.push(Buffer.alloc(65536));
      },
    });
    await expect(readInput('-', { maxBytes: 1 << 20, stdin: endless })).rejects.toMatchObject({
      code: 'E_INPUT_TOO_LARGE',
    });
    expect(produced).toBeLessThan(4 << 20);
  });
});

describe.skipIf(!HAVE)('output files through the binary (runs as root in CI)', () => {
  it('-o /dev/null: the device stays a character device', () => {
    const r = bin(['oso', 'convert', PO, '--to', 'json', '-o', '/dev/null']);
    expect(r.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('-o /dev/stdout: written to standard output; /dev/stdout is not replaced', () => {
    const r = bin(['oso', 'convert', PO, '--to', 'json', '-o', '/dev/stdout']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveProperty('metadata');
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });

  it('output = input is refused (exit 2, input intact); --in-place replaces it', () => {
    const f = join(tmp, 'dossier.xml');
    writeFileSync(f, readFileSync(PO));
    const before = readFileSync(f);
    const r = bin(['oso', 'convert', f, '--to', 'xml', '-o', f]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `E_OUTPUT_IS_INPUT ${f}: het uitvoerbestand is het invoerbestand; gebruik --in-place om het te vervangen\n`,
    );
    expect(readFileSync(f).equals(before)).toBe(true);
    const ok = bin(['oso', 'convert', f, '--to', 'xml', '-o', f, '--in-place']);
    expect(ok.code).toBe(0);
    expect(readFileSync(f, 'utf8')).toMatch(/<dossier/);
    expect(readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('swv select and render refuse output = input too', () => {
    const f = join(tmp, 'sel.xml');
    writeFileSync(f, readFileSync(PO));
    expect(bin(['swv', 'select', f, '--profile', 'po-swv', '-o', f]).code).toBe(2);
    expect(bin(['swv', 'render', f, '-o', f]).code).toBe(2);
    expect(readFileSync(f).equals(readFileSync(PO))).toBe(true);
  });
});

describe('bounded reading through the binary', () => {
  it('/dev/zero as input: E_INPUT_TOO_LARGE, exit 2', () => {
    const r = bin(['swv', 'validate', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('E_INPUT_TOO_LARGE /dev/zero: de invoer is groter dan de toegestane');
  });

  it('200 MB on stdin to `id hash-pgn -`: refused after 4,096 bytes, quickly', () => {
    const t0 = Date.now();
    const r = spawnSync(
      'sh',
      [
        '-c',
        `head -c 200000000 /dev/zero | "${process.execPath}" "${BIN}" id hash-pgn --salt AAAA -`,
      ],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'E_USAGE -: standaardinvoer is groter dan 4096 bytes; verwacht één waarde\n',
    );
    expect(Date.now() - t0).toBeLessThan(15_000);
  });

  it.skipIf(!existsSync('/usr/bin/time'))(
    '1 GB on stdin: peak RSS stays under 2× the 64 MiB limit plus a constant',
    () => {
      const r = spawnSync(
        'sh',
        [
          '-c',
          `head -c 1000000000 /dev/zero | /usr/bin/time -f "RSS %M" "${process.execPath}" "${BIN}" swv validate - --format json`,
        ],
        { encoding: 'utf8', maxBuffer: 16 << 20 },
      );
      expect(r.status).toBe(2);
      const kb = Number(/RSS (\d+)/.exec(r.stderr)?.[1]);
      expect(kb).toBeGreaterThan(0);
      expect(kb * 1024).toBeLessThan(2 * 64 * 1024 * 1024 + 96 * 1024 * 1024);
    },
  );
});
