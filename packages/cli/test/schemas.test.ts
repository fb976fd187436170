/**
 * `swv select` and `oso migrate` with `--format json` print the object their shipped JSON Schema
 * documents (schema/select-summary.json, schema/migrate-summary.json), through the real binary.
 * (`rio sync` is checked in rio.test.ts.) The schemas are generated from src/results.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaErrors } from './support/schema.js';

const BIN = fileURLToPath(new URL('../bin/edustandaard.js', import.meta.url));
const PAO = fileURLToPath(
  new URL('../../../../shared/reference/oso/2019.1/examples/PaO/', import.meta.url),
);
const HAVE = existsSync(PAO);
if (!HAVE) console.warn(`SKIP: ../shared/reference absent (${PAO}); output schema tests skipped.`);
const tmp = mkdtempSync(join(tmpdir(), 'cli-schemas-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const bin = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

describe.skipIf(!HAVE)('documented JSON objects', () => {
  it('swv select --format json: SelectSummary on stderr', () => {
    const r = bin([
      'swv',
      'select',
      join(PAO, 'Voorbeelddossier_PaO_POSWV_full.xml'),
      '--profile',
      'po-swv',
      '--opt-out',
      'vve',
      '-o',
      join(tmp, 'swv.xml'),
      '--format',
      'json',
    ]);
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stderr) as { changes: unknown[] };
    expect(schemaErrors('select-summary.json', summary)).toEqual([]);
    expect(summary.changes.length).toBeGreaterThan(0);
  });

  it('oso migrate --format json: MigrateSummary on stderr', () => {
    const r = bin([
      'oso',
      'migrate',
      join(PAO, 'Voorbeelddossier_PaO_POSWV_full.xml'),
      '--to',
      '2024.1',
      '-o',
      join(tmp, 'migrated.xml'),
      '--format',
      'json',
    ]);
    expect(r.status).toBe(0);
    expect(schemaErrors('migrate-summary.json', JSON.parse(r.stderr))).toEqual([]);
  });

  it('a schema is strict: an unknown member is an error', () => {
    expect(
      schemaErrors('migrate-summary.json', {
        file: 'x',
        from: '2019.1',
        to: '2024.1',
        report: [],
        extra: 1,
      }),
    ).not.toEqual([]);
  });
});
