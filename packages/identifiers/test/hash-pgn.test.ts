import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  IdentifierError,
  MAX_SCRYPT_MEMORY,
  MAX_SCRYPT_WORK,
  MAX_SALT_BYTES,
  NUMMERVOORZIENING_SCRYPT,
  decodeSalt,
  hashPgn,
  hashPgnAsync,
  isIdentifierError,
  resolveScryptParameters,
} from '../src/index.js';

/** The salt of Kennisnet's public reference implementation (test value, not a production salt). */
const REFERENCE_SALT = 'rktYml0MIp9TC9u6Ny6uqw==';
/** Fast parameters of the reference implementation's SchoolID module, for which it publishes expected hashes. */
const SCHOOLID = { N: 16384, r: 8, p: 1 } as const;

const python = spawnSync('python3', ['-c', 'import hashlib; hashlib.scrypt'], { encoding: 'utf8' });
const HAVE_PYTHON_SCRYPT = python.status === 0;

/** Independent computation: CPython's hashlib.scrypt (OpenSSL), fed through stdin. */
function pythonScrypt(
  pgn: string,
  salt: string,
  N: number,
  r: number,
  p: number,
  dklen = 32,
): string {
  const script = [
    'import sys, json, base64, hashlib',
    'a = json.load(sys.stdin)',
    "print(hashlib.scrypt(a['pgn'].lower().encode('utf-8'), salt=base64.b64decode(a['salt'], validate=True), n=a['N'], r=a['r'], p=a['p'], maxmem=2**31-1, dklen=a['dklen']).hex())",
  ].join('\n');
  return execFileSync('python3', ['-c', script], {
    input: JSON.stringify({ pgn, salt, N, r, p, dklen }),
    encoding: 'utf8',
    timeout: 60_000,
  }).trim();
}

function thrown(f: () => unknown): IdentifierError {
  try {
    f();
  } catch (e) {
    if (isIdentifierError(e)) return e;
    throw e;
  }
  throw new Error('expected an IdentifierError');
}

describe('hashPgn: published test vectors of the Nummervoorziening reference implementation', () => {
  // kennisnet/Nummervoorziening-{Java,DotNet}ReferenceImplementation, ScryptUtilTest (SchoolID constants).
  it.each([
    ['063138219', '95237cd20963e630034620324550809a3df98bbe0774a36c356bf5dbc8a65e7b'],
    ['20DP teacher@school.com', '4cadf651ec0197909e6432cb8347369adba39f44276a5b3cd59d17066f10ab3e'],
  ])('%s', async (pgn, expected) => {
    expect(hashPgn(pgn, { salt: REFERENCE_SALT, ...SCHOOLID })).toBe(expected);
    expect(await hashPgnAsync(pgn, { salt: REFERENCE_SALT, ...SCHOOLID })).toBe(expected);
  });

  it('lower-cases the input (ScryptUtilTest.testIsInputLowerCased)', () => {
    expect(hashPgn('INPUT', { salt: REFERENCE_SALT, ...SCHOOLID })).toBe(
      hashPgn('input', { salt: REFERENCE_SALT, ...SCHOOLID }),
    );
  });
});

describe('hashPgn: default Nummervoorziening parameters against an independent computation', () => {
  it('uses N=131072, r=8, p=4, 32-byte key by default', () => {
    expect(NUMMERVOORZIENING_SCRYPT).toEqual({ N: 131072, r: 8, p: 4, keyLength: 32 });
  });

  it.skipIf(!HAVE_PYTHON_SCRYPT)(
    'sync and async equal python3 hashlib.scrypt (skipped only when python3 with hashlib.scrypt is absent)',
    async () => {
      const salt = Buffer.from('edustandaard-test-salt').toString('base64');
      const expected = pythonScrypt('123456782', salt, 131072, 8, 4);
      expect(expected).toMatch(/^[0-9a-f]{64}$/);
      expect(hashPgn('123456782', { salt })).toBe(expected);
      expect(await hashPgnAsync('123456782', { salt })).toBe(expected);
    },
    60_000,
  );

  it.skipIf(!HAVE_PYTHON_SCRYPT)(
    'overridden parameters and non-ASCII input equal python3',
    () => {
      const salt = 'AAECAwQFBgcICQoLDA0ODw==';
      for (const [pgn, N, r, p, keyLength] of [
        ['101222331', 1024, 8, 1, 32],
        ['ÉÈ ß Ünïcode', 2048, 4, 2, 16],
        ['x', 16, 1, 1, 64],
      ] as const) {
        expect(hashPgn(pgn, { salt, N, r, p, keyLength })).toBe(
          pythonScrypt(pgn, salt, N, r, p, keyLength),
        );
      }
    },
    60_000,
  );

  it('prints lower-case hex of the key length', () => {
    const h = hashPgn('123456782', { salt: REFERENCE_SALT, N: 16, r: 1, p: 1, keyLength: 20 });
    expect(h).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('hashPgn: bad input', () => {
  it.each([
    [
      '',
      'salt is geen geldige base64 (A-Z, a-z, 0-9, +, /, met =-opvulling tot een veelvoud van 4 tekens)',
    ],
    [
      'not base64!',
      'salt is geen geldige base64 (A-Z, a-z, 0-9, +, /, met =-opvulling tot een veelvoud van 4 tekens)',
    ],
    [
      'abc',
      'salt is geen geldige base64 (A-Z, a-z, 0-9, +, /, met =-opvulling tot een veelvoud van 4 tekens)',
    ],
    [
      'ab-_',
      'salt is geen geldige base64 (A-Z, a-z, 0-9, +, /, met =-opvulling tot een veelvoud van 4 tekens)',
    ],
  ])('salt %j → E_SALT_INVALID', (salt, message) => {
    const e = thrown(() => hashPgn('123456782', { salt }));
    expect(e.code).toBe('E_SALT_INVALID');
    expect(e.message).toBe(message);
    expect(decodeSalt(REFERENCE_SALT)).toHaveLength(16);
  });

  it.each([
    [{ N: 1000 }, 'scrypt-parameter N moet een macht van 2 zijn, groter dan 1'],
    [{ N: 1 }, 'scrypt-parameter N moet een macht van 2 zijn, groter dan 1'],
    [{ N: 1.5 }, 'scrypt-parameter N moet een macht van 2 zijn, groter dan 1'],
    [{ r: 0 }, 'scrypt-parameter r moet een geheel getal van 1 tot en met 1024 zijn'],
    [{ p: -1 }, 'scrypt-parameter p moet een geheel getal van 1 tot en met 1024 zijn'],
    [{ keyLength: 0 }, 'sleutellengte moet een geheel getal van 1 tot en met 1024 bytes zijn'],
    [
      { N: 2 ** 22, r: 8 },
      'scrypt-parameters vragen 4096 MiB geheugen (128 × N × r); de grens is 1024 MiB',
    ],
    [
      { p: 1024 },
      'scrypt-parameters vragen 256.0× het werk van de Nummervoorziening-parameters (N × r × p); de grens is 4×',
    ],
  ])('parameters %j → E_SCRYPT_PARAMETERS', (params, message) => {
    const e = thrown(() => hashPgn('123456782', { salt: REFERENCE_SALT, ...params }));
    expect(e).toMatchObject({ code: 'E_SCRYPT_PARAMETERS', message });
  });

  it('bounds the work (N × r × p) and the salt size before any work starts', () => {
    const t0 = performance.now();
    expect(thrown(() => hashPgn('123456782', { salt: REFERENCE_SALT, r: 64 })).code).toBe(
      'E_SCRYPT_PARAMETERS',
    );
    expect(thrown(() => hashPgn('123456782', { salt: 'A'.repeat(4_000_000) }))).toMatchObject({
      code: 'E_SALT_INVALID',
      message: `salt is langer dan ${MAX_SALT_BYTES} bytes`,
    });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(MAX_SCRYPT_WORK).toBe(4 * 131072 * 8 * 4);
  });

  it('passes maxmem above 128·N·r so the default parameters run', () => {
    const p = resolveScryptParameters();
    expect(p.maxmem).toBeGreaterThan(128 * 131072 * 8);
    expect(128 * 131072 * 8).toBeLessThanOrEqual(MAX_SCRYPT_MEMORY);
  });

  it('refuses an empty PGN or one with surrounding whitespace, without echoing it', async () => {
    expect(thrown(() => hashPgn('', { salt: REFERENCE_SALT }))).toMatchObject({
      code: 'E_IDENTIFIER_INVALID',
      message: 'PGN is leeg',
    });
    const e = thrown(() => hashPgn(' 123456782\n', { salt: REFERENCE_SALT }));
    expect(e).toMatchObject({
      code: 'E_IDENTIFIER_INVALID',
      message: 'PGN heeft witruimte aan het begin of eind; verwijder die eerst',
    });
    await expect(hashPgnAsync('', { salt: REFERENCE_SALT })).rejects.toMatchObject({
      code: 'E_IDENTIFIER_INVALID',
    });
    await expect(hashPgnAsync('123456782', { salt: '!!' })).rejects.toMatchObject({
      code: 'E_SALT_INVALID',
    });
  });

  it('never puts the PGN in any error message or stack', () => {
    const pgn = '123456782';
    const cases: (() => unknown)[] = [
      () => hashPgn(pgn, { salt: 'bad' }),
      () => hashPgn(pgn, { salt: REFERENCE_SALT, N: 3 }),
      () => hashPgn(` ${pgn}`, { salt: REFERENCE_SALT }),
      () => hashPgn(pgn, { salt: REFERENCE_SALT, N: 2 ** 30, r: 1 }),
    ];
    for (const c of cases) {
      const e = thrown(c);
      expect(e.message).not.toContain(pgn);
      expect(String(e.stack)).not.toContain(pgn);
      expect(JSON.stringify(e)).not.toContain(pgn);
    }
  });
});
