/**
 * Seeded mutations of a small DUO export set (#17 item 5): whatever is done to the files, planSync
 * either makes a plan or throws a typed EdustandaardError with a rio code — never an untyped error,
 * never a hang.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEdustandaardError } from '@edustandaard/core';
// @ts-expect-error plain ESM script without types
import { generate } from '../scripts/generate-duo.mjs';
import { RIO_ERROR_CODES, planSync, type SyncConfig } from '../src/index.js';
import { CORE_ERROR_CODES } from '@edustandaard/core';

let base: string;
let gen: { bestuur: string; sisFile: string; config: SyncConfig };
const CODES = new Set<string>([...RIO_ERROR_CODES, ...CORE_ERROR_CODES]);
CODES.delete('E_INTERNAL');

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'rio-fuzz-'));
  gen = generate({ outDir: join(base, 'orig'), scale: 0.0005, per: 1, seed: 11, besturen: 20 });
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const mutation = fc.record({
  file: fc.nat(),
  kind: fc.constantFrom(
    'cut',
    'flip',
    'insert',
    'dupline',
    'dropline',
    'quote',
    'sep',
    'nul',
    'bom16',
  ),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  byte: fc.integer({ min: 0, max: 255 }),
});

function apply(buf: Buffer, m: { kind: string; at: number; byte: number }): Buffer {
  const i = Math.floor(m.at * buf.length);
  const lines = () => buf.toString('latin1').split('\n');
  switch (m.kind) {
    case 'cut':
      return buf.subarray(0, i);
    case 'flip': {
      const b = Buffer.from(buf);
      if (b.length) b[Math.min(i, b.length - 1)] = m.byte;
      return b;
    }
    case 'insert':
      return Buffer.concat([buf.subarray(0, i), Buffer.from([m.byte]), buf.subarray(i)]);
    case 'dupline': {
      const l = lines();
      const k = Math.floor(m.at * l.length);
      l.splice(k, 0, l[k] ?? '');
      return Buffer.from(l.join('\n'), 'latin1');
    }
    case 'dropline': {
      const l = lines();
      l.splice(Math.floor(m.at * l.length), 1);
      return Buffer.from(l.join('\n'), 'latin1');
    }
    case 'quote':
      return Buffer.concat([buf.subarray(0, i), Buffer.from('"'), buf.subarray(i)]);
    case 'sep':
      return Buffer.concat([buf.subarray(0, i), Buffer.from(',;'), buf.subarray(i)]);
    case 'nul':
      return Buffer.concat([buf.subarray(0, i), Buffer.from([0]), buf.subarray(i)]);
    default:
      return Buffer.concat([Buffer.from([0xfe, 0xff]), buf]);
  }
}

describe('planSync under seeded mutations of the exports', () => {
  it(
    'plans or throws a typed error with a known code (60 runs; more with RIO_FUZZ_RUNS)',
    { timeout: 300_000 },
    async () => {
      const orig = join(base, 'orig');
      const csvs = readdirSync(orig)
        .filter((f) => f.endsWith('.csv'))
        .sort();
      const config: SyncConfig = {
        expected: Object.fromEntries(
          [
            'nfo_opleidingen',
            'aangeboden_nfo_opleidingen',
            'aangeboden_nfo_opleiding_cohorten',
          ].map((n) => [n, { minBytes: 0 }]),
        ),
      };
      let n = 0;
      const seen = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
          const d = join(base, `m${n++}`);
          cpSync(orig, d, { recursive: true });
          for (const m of ms) {
            const f = join(d, csvs[m.file % csvs.length]!);
            writeFileSync(f, apply(readFileSync(f), m));
          }
          try {
            await planSync({
              bestuur: gen.bestuur,
              rioDir: d,
              sisFile: join(d, 'sis.json'),
              config,
            });
            seen.set('ok', (seen.get('ok') ?? 0) + 1);
          } catch (e) {
            if (!isEdustandaardError(e) || !CODES.has(e.code)) throw e;
            seen.set(e.code, (seen.get(e.code) ?? 0) + 1);
          } finally {
            rmSync(d, { recursive: true, force: true });
          }
        }),
        { numRuns: Number(process.env.RIO_FUZZ_RUNS ?? 60), seed: 17 },
      );
      // the mutations reach the checks: several distinct typed outcomes
      expect(seen.size).toBeGreaterThan(3);
    },
  );
});
