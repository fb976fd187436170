import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IDENTIFIER_TYPES, identifierTables } from '@edustandaard/identifiers';
import { cli } from './support/cli.js';
import { demoSteps } from '../src/commands/demo.js';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const ECK = IDENTIFIER_TYPES.eckId.example as string;
const SALT = 'rktYml0MIp9TC9u6Ny6uqw==';
const FAST = ['--n', '16384', '--r', '8', '--p', '1'];

describe('edustandaard id list', () => {
  it('prints every level and term as text', async () => {
    const r = await cli(['id', 'list']);
    expect(r.code).toBe(0);
    for (const t of identifierTables) {
      expect(r.out).toContain(`${t.niveau}\n`);
      for (const row of t.rows) expect(r.out).toMatch(new RegExp(`${row.rang}\\s+${row.term}\\s`));
    }
    expect(r.out).toContain('Symbioseleerlingen');
  });

  it('prints the data as JSON', async () => {
    const r = await cli(['id', 'list', '--format', 'json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { tables: unknown; types: unknown };
    expect(data.tables).toEqual(JSON.parse(JSON.stringify(identifierTables)));
    expect(data.types).toEqual(JSON.parse(JSON.stringify(IDENTIFIER_TYPES)));
  });
});

describe('edustandaard id check', () => {
  it.each([
    ['eckId', ECK],
    ['NEPRI', 'pietjepukkelen@petteflatcollege'],
    ['NEPPI', '95312@1.kennisnet.nl'],
    ['BPI', 'x'],
    ['ASI', 'x'],
    ['eduID', 'x'],
    ['OB_ID', '106B996'],
    ['BGE_CODE', '41645'],
    ['OA_ID', '104A158'],
    ['OIE_CODE', '09QQ'],
    ['VE_CODE', '09QQ00'],
    ['BP_ID', 'x'],
    ['DD_ID', 'x'],
    ['AS_ID', 'x'],
    ['OL_CODE', '112X995'],
  ])('%s %s → exit 0', async (type, value) => {
    const r = await cli(['id', 'check', type, value]);
    expect(r).toEqual({ code: 0, out: `geldig: ${type} ${value}\n`, err: '' });
  });

  it('normalises and accepts a case-insensitive type name', async () => {
    expect(await cli(['id', 'check', 'oa_id', ' 104a158 '])).toEqual({
      code: 0,
      out: 'geldig: OA_ID 104A158\n',
      err: '',
    });
  });

  it('exit 1 with the reason for an invalid value', async () => {
    const r = await cli(['id', 'check', 'OL_CODE', '104A158']);
    expect(r).toEqual({
      code: 1,
      out: 'ongeldig: OL_CODE: teken 4 moet de letter X zijn (3 cijfers, de hoofdletter X en 3 cijfers); dit lijkt een OnderwijsaanbiederID (OA_ID)\n',
      err: '',
    });
  });

  it('BSN and onderwijsnummer: exit 0/1 and the number never appears in the output', async () => {
    for (const [type, value, code] of [
      ['BSN', '123456782', 0],
      ['BSN', '123456789', 1],
      ['BSN', '12345678', 1],
      ['onderwijsnummer', '101222331', 0],
      ['onderwijsnummer', '100252333', 1],
      ['onderwijsnummer', '123456782', 1],
    ] as const) {
      for (const format of ['text', 'json']) {
        const r = await cli(['id', 'check', type, value, '--format', format]);
        expect(r.code, `${type} ${value} ${format}`).toBe(code);
        expect(r.out + r.err).not.toContain(value);
      }
    }
    expect((await cli(['id', 'check', 'BSN', '123456782'])).out).toBe(
      'geldig: BSN (elfproef klopt)\n',
    );
    expect((await cli(['id', 'check', 'BSN', '123456789'])).out).toBe(
      'ongeldig: BSN: voldoet niet aan de elfproef\n',
    );
  });

  it('--format json prints ValidationReport[] with the finding', async () => {
    const r = await cli(['id', 'check', 'VE_CODE', '09QQ', '--format', 'json']);
    expect(r.code).toBe(1);
    const reports = JSON.parse(r.out) as unknown[];
    expect(reports).toEqual([
      {
        file: 'VE_CODE',
        valid: false,
        afsprakenset: 'Edu-V Identiteiten',
        version: '0.9.0',
        profile: null,
        issues: [
          {
            code: 'ID.VE_CODE.lengte',
            severity: 'fout',
            path: '/VE_CODE',
            message:
              'VE_CODE: moet 6 tekens zijn (2 cijfers, 2 hoofdletters en 2 cijfers), maar heeft er 4; dit lijkt een onderwijsinstellingserkenning (BRIN4, OIE_CODE); een BRIN6 heeft ook een tweecijferig vestigingsvolgnummer',
            source: expect.objectContaining({
              section: 'simpleType BRINNummerVestiging',
            }) as unknown,
          },
        ],
      },
    ]);
    const ok = JSON.parse(
      (await cli(['id', 'check', 'VE_CODE', '09QQ00', '--format', 'json'])).out,
    ) as { valid: boolean; issues: unknown[] }[];
    expect(ok).toEqual([expect.objectContaining({ valid: true, issues: [] })]);
  });

  it('unknown type → exit 2 E_USAGE, without echoing a number typed as type', async () => {
    const r = await cli(['id', 'check', 'BRIN', '09QQ']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "E_USAGE <type>: onbekend identificatietype 'BRIN'; kies uit: eckId, NEPRI, NEPPI, BPI, ASI, eduID, OB_ID, BGE_CODE, OA_ID, OIE_CODE, VE_CODE, BP_ID, DD_ID, AS_ID, OL_CODE, BSN, onderwijsnummer\n",
    );
    const swapped = await cli(['id', 'check', '123456782', 'BSN']);
    expect(swapped.code).toBe(2);
    expect(swapped.err).not.toContain('123456782');
    expect(swapped.err).toMatch(/^E_USAGE <type>: onbekend identificatietype; kies uit/);
  });

  it('reads the value from standard input for "-" (built CLI)', () => {
    const ok = spawnSync(process.execPath, [BIN, 'id', 'check', 'BSN', '-'], {
      input: '123456782\n',
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect({ status: ok.status, stdout: ok.stdout, stderr: ok.stderr }).toEqual({
      status: 0,
      stdout: 'geldig: BSN (elfproef klopt)\n',
      stderr: '',
    });
    const bad = spawnSync(process.execPath, [BIN, 'id', 'check', 'OA_ID', '-'], {
      input: '106B996',
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe(
      'ongeldig: OA_ID: teken 4 moet de letter A zijn (3 cijfers, de hoofdletter A en 3 cijfers); dit lijkt een OnderwijsbestuurID (OB_ID)\n',
    );
    const big = spawnSync(process.execPath, [BIN, 'id', 'check', 'eckId', '-'], {
      input: 'a'.repeat(10_000),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(big.status).toBe(2);
    expect(big.stderr).toBe(
      'E_USAGE -: standaardinvoer is groter dan 4096 bytes; verwacht één waarde\n',
    );
    const notUtf8 = spawnSync(process.execPath, [BIN, 'id', 'check', 'ASI', '-'], {
      input: Buffer.from([0xff, 0xfe, 0x41]),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(notUtf8.status).toBe(2);
    expect(notUtf8.stderr).toBe('E_USAGE -: standaardinvoer is geen geldige UTF-8\n');
  }, 60_000);

  it('missing argument → exit 2', async () => {
    expect((await cli(['id', 'check', 'BSN'])).code).toBe(2);
  });
});

describe('edustandaard id hash-pgn', () => {
  it('hashes with overridable parameters (published Nummervoorziening test vector)', async () => {
    const r = await cli(['id', 'hash-pgn', '--salt', SALT, ...FAST, '063138219']);
    expect(r).toEqual({
      code: 0,
      out: '95237cd20963e630034620324550809a3df98bbe0774a36c356bf5dbc8a65e7b\n',
      err: '',
    });
  });

  it('uses N=131072, r=8, p=4 by default', async () => {
    const r = await cli(['id', 'hash-pgn', '--salt', SALT, '063138219']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^[0-9a-f]{64}\n$/);
    expect(r.out).not.toBe('95237cd20963e630034620324550809a3df98bbe0774a36c356bf5dbc8a65e7b\n');
  }, 30_000);

  it.each([
    [['--salt', 'not base64!', '123456782'], 'E_SALT_INVALID --salt: salt is geen geldige base64'],
    [
      ['--salt', SALT, '--n', '1000', '123456782'],
      'E_SCRYPT_PARAMETERS --n/--r/--p: scrypt-parameter N moet een macht van 2 zijn, groter dan 1',
    ],
    [['--salt', SALT, ''], 'E_IDENTIFIER_INVALID <pgn>: PGN is leeg'],
  ])('bad input %j → exit 2', async (args, message) => {
    const r = await cli(['id', 'hash-pgn', ...args]);
    expect(r.code).toBe(2);
    expect(r.err.startsWith(message)).toBe(true);
    expect(r.out).toBe('');
    expect(r.err).not.toContain('123456782');
  });

  it('non-numeric --n or a missing --salt → exit 2', async () => {
    expect((await cli(['id', 'hash-pgn', '--salt', SALT, '--n', 'veel', '123456782'])).code).toBe(
      2,
    );
    const saved = process.env.EDUSTANDAARD_PGN_SALT;
    delete process.env.EDUSTANDAARD_PGN_SALT;
    try {
      const r = await cli(['id', 'hash-pgn', '123456782']);
      expect(r.code).toBe(2);
      expect(r.err).toContain('--salt');
    } finally {
      if (saved !== undefined) process.env.EDUSTANDAARD_PGN_SALT = saved;
    }
  });

  it('reads the PGN from standard input for "-" (built CLI), stripping one line break', () => {
    const r = spawnSync(process.execPath, [BIN, 'id', 'hash-pgn', '--salt', SALT, ...FAST, '-'], {
      input: '063138219\n',
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('95237cd20963e630034620324550809a3df98bbe0774a36c356bf5dbc8a65e7b\n');
    const env = spawnSync(process.execPath, [BIN, 'id', 'hash-pgn', ...FAST, '-'], {
      input: '063138219\r\n',
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, EDUSTANDAARD_PGN_SALT: SALT },
    });
    expect(env.stdout).toBe('95237cd20963e630034620324550809a3df98bbe0774a36c356bf5dbc8a65e7b\n');
  }, 60_000);

  it('refuses an empty or whitespace-padded PGN on standard input without echoing it', () => {
    const empty = spawnSync(
      process.execPath,
      [BIN, 'id', 'hash-pgn', '--salt', SALT, ...FAST, '-'],
      { input: '', encoding: 'utf8', timeout: 30_000 },
    );
    expect(empty.status).toBe(2);
    expect(empty.stderr).toBe('E_IDENTIFIER_INVALID -: PGN is leeg\n');
    const padded = spawnSync(
      process.execPath,
      [BIN, 'id', 'hash-pgn', '--salt', SALT, ...FAST, '-'],
      { input: ' 123456782 \n', encoding: 'utf8', timeout: 30_000 },
    );
    expect(padded.status).toBe(2);
    expect(padded.stderr).toBe(
      'E_IDENTIFIER_INVALID -: PGN heeft witruimte aan het begin of eind; verwijder die eerst\n',
    );
  }, 60_000);
});

describe('edustandaard demo', () => {
  it('runs the id tour and every step ends with its expected exit code', async () => {
    const steps = demoSteps(['id', 'demo']);
    expect(steps.map((s) => s.argv.slice(0, 3).join(' '))).toEqual(
      expect.arrayContaining(['id list', 'id check eckId', 'id check BSN', 'id hash-pgn --salt']),
    );
    const r = await cli(['demo']);
    expect(r.out).not.toContain(', verwacht ');
    expect(r.code).toBe(0);
    expect(r.out).toContain('geldig: BSN (elfproef klopt)');
    expect(r.out).toContain('95237cd20963e630034620324550809a3df98bbe0774a36c356bf5dbc8a65e7b');
  });
});
