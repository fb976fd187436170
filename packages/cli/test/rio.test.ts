import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RIO_ACTIONS } from '@edustandaard/rio';
import { cli } from './support/cli.js';
import { rioSyncArgs } from './support/rio.js';
import { schemaErrors } from './support/schema.js';

const GENERATOR = fileURLToPath(new URL('../../rio/scripts/generate-duo.mjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../rio/test/fixtures/', import.meta.url));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-rio-'));
  const r = spawnSync(
    process.execPath,
    [
      GENERATOR,
      join(dir, 'rio'),
      '--scale',
      '0.001',
      '--per',
      '2',
      '--seed',
      '5',
      '--besturen',
      '50',
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('edustandaard rio request', () => {
  it('prints the request element for every action with --example', async () => {
    for (const a of RIO_ACTIONS) {
      const r = await cli(['rio', 'request', a.action, '--example']);
      expect(r.code, a.action).toBe(0);
      expect(r.out).toContain(`<${a.requestElement} xmlns="${a.namespace}">`);
    }
  });

  it('builds from a JSON model file, optionally in a SOAP envelope', async () => {
    const f = join(dir, 'oe.json');
    writeFileSync(f, JSON.stringify({ opleidingseenheidcode: '1010O6466' }));
    const r = await cli([
      'rio',
      'request',
      'verwijderen_opleidingseenheid',
      f,
      '--envelope',
      '--verzender',
      '00000001111111111000',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('<soapenv:Body>');
    expect(r.out).toContain('<verzendendeInstantie>00000001111111111000</verzendendeInstantie>');
    expect(r.out).toContain('<opleidingseenheidcode>1010O6466</opleidingseenheidcode>');
  });

  it('usage errors and model errors exit 2 with a code', async () => {
    expect(await cli(['rio', 'request', 'aanleveren_niets', '--example'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^E_USAGE/),
    });
    const f = join(dir, 'bad.json');
    writeFileSync(
      f,
      JSON.stringify({
        type: 'hoOpleiding',
        begindatum: '2024-01-01',
        soort: 'OPLEIDING',
        periodes: [{ begindatum: '2024-01-01' }],
      }),
    );
    const r = await cli(['rio', 'request', 'aanleveren_opleidingseenheid', f]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`E_RIO_MODEL ${f} /periodes/0/naamLang: naamLang is verplicht.\n`);
    writeFileSync(f, '{"type": ');
    expect((await cli(['rio', 'request', 'aanleveren_opleidingseenheid', f])).err).toMatch(
      /^E_JSON_MALFORMED/,
    );
  });
});

describe('edustandaard rio response', () => {
  it('exits 1 and lists the Foutmelding', async () => {
    const r = await cli([
      'rio',
      'response',
      join(FIXTURES, 'aanleveren_opleidingseenheid_response-fout.xml'),
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('afgekeurd');
    expect(r.out).toContain('RIO.A01161');
    const ok = await cli([
      'rio',
      'response',
      join(FIXTURES, 'aanleveren_opleidingseenheid_response-ok.xml'),
      '--format',
      'json',
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)[0]).toMatchObject({
      valid: true,
      afsprakenset: 'RIO',
      response: { code: '1010O6466' },
    });
  });
});

/** `rio sync` over the generated fixture for bestuur 100B490. */
const syncArgs = () =>
  rioSyncArgs({
    bestuur: '100B490',
    rio: join(dir, 'rio'),
    config: join(dir, 'rio', 'config.json'),
  });

describe('edustandaard rio sync', () => {
  it('writes the plan as JSON and CSV and prints a summary table (quiet progress when not a TTY)', async () => {
    const out = join(dir, 'plan.json');
    const csv = join(dir, 'plan.csv');
    const r = await cli([...syncArgs(), '-o', out, '--csv', csv]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Synchronisatieplan onderwijsbestuur 100B490 \(peildatum 2026-01-01\)/);
    expect(r.out).toMatch(/koppelen\s+link\s+\d+\s+\d+\s+\d+\s+\d+/);
    const plan = JSON.parse(readFileSync(out, 'utf8'));
    const truth = JSON.parse(readFileSync(join(dir, 'rio', 'truth.json'), 'utf8'));
    expect(plan.items).toHaveLength(truth.length);
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toMatch(/^categorie;actie;entiteit;/);
  });

  it('--format json prints the plan as documented by schema/sync-summary.json', async () => {
    const r = await cli([...syncArgs(), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(schemaErrors('sync-summary.json', JSON.parse(r.out))).toEqual([]);
  });

  it('a truncated export: exit 2 naming the file, and no plan file', async () => {
    const out = join(dir, 'plan-trunc.json');
    const f = join(dir, 'rio', 'aangeboden_nfo_opleiding_cohorten.csv');
    const orig = readFileSync(f);
    try {
      writeFileSync(f, orig.subarray(0, orig.length - 11));
      const r = await cli([...syncArgs(), '-o', out]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(
        new RegExp(`^E_CSV_TRUNCATED ${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: `),
      );
      expect(existsSync(out)).toBe(false);
    } finally {
      writeFileSync(f, orig);
    }
  });

  it('an OB_ID in the wrong format: exit 2, E_IDENTIFIER_INVALID', async () => {
    const r = await cli(rioSyncArgs({ bestuur: '100-490', rio: join(dir, 'rio') }));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^E_IDENTIFIER_INVALID --bestuur: /);
  });
});
