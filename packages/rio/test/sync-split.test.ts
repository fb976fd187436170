/**
 * A big export read by two threads (csv.ts `parallel`, issue #12's ≤ 2× DuckDB): whatever the file
 * holds and wherever its middle falls, the split scan gives what one pass gives — the same rows in
 * the same order with the same line numbers, the same counts and key sets, the same first error with
 * the same message. The part runs on this thread here (`inThreadScanner`, the tests run the
 * TypeScript sources); the real thread is tested on the built package at the end.
 */
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EdustandaardError } from '@edustandaard/core';
import { scanCsv, type CsvParallel, type CsvScanOptions } from '../src/sync/csv.js';
import { KeySet, keyHashOf } from '../src/sync/keys.js';
import { inThreadScanner } from '../src/sync/scan-thread.js';
import { readRioSide } from '../src/sync/rio-side.js';
// @ts-expect-error plain ESM script without types
import { generate, FOCUS, PEILDATUM } from '../scripts/generate-duo.mjs';

let dir: string;
let n = 0;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'rio-split-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Col = 'a' | 'b' | 'c' | 'd';
const BLOCK = 1 << 16;

/** Everything a scan tells: info, kept rows with lines, key sets, misses, or the error. */
async function outcome(path: string, parallel: CsvParallel | undefined, filter: 'in' | 'equals') {
  const added = new KeySet(16);
  const check = new KeySet(16);
  for (const v of ['k1', 'k2', 'k3', 'x"y', 'p,q']) check.add(keyHashOf(v));
  const keys: NonNullable<CsvScanOptions<Col>['keys']> = [
    { column: 'a', add: added },
    { column: 'c', check },
  ];
  const rows: [Record<Col, string>, number][] = [];
  const options: CsvScanOptions<Col> = {
    columns: { a: 'A', b: 'B', c: 'C', d: 'D' },
    required: ['a', 'b'],
    filter:
      filter === 'in'
        ? { column: 'b', in: new Set(['k2', 'k5', 'a"b', 'é']) }
        : { column: 'b', equals: ' k2 ' },
    dates: ['d'],
    keys,
    blockSize: BLOCK,
    onRow: (row, line) => void rows.push([row, line]),
  };
  try {
    const info = await scanCsv<Col>(path, {
      ...options,
      ...(parallel ? { parallel } : {}),
      // a split needs the sha256 from elsewhere (the hashing thread); it is checked against the size
      digest: import('node:fs').then((fs) => ({
        sha256: 'x',
        bytes: fs.statSync(path).size,
        changed: false,
      })),
    });
    return { info, rows, added: added.words, misses: keys[1]!.misses };
  } catch (e) {
    if (!(e instanceof EdustandaardError)) throw e;
    return { error: { code: e.code, message: e.message, location: e.location }, rows };
  }
}

/** Compares a split scan with one pass; returns the scanner so a test can see whether it split. */
async function same(bytes: Buffer, filter: 'in' | 'equals' = 'in') {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, bytes);
  const two = inThreadScanner(64 * 1024);
  const one = await outcome(path, undefined, filter);
  const split = await outcome(path, two, filter);
  // An error may come at a different moment, so only rows before it are compared for errors.
  if ('error' in one) expect(split).toMatchObject({ error: one.error });
  else expect(split).toEqual(one);
  return { parts: two.parts, cancelled: two.cancelled, one };
}

const FIELDS = [
  'k1',
  'k2',
  ' k2 ',
  'k3',
  'k5',
  '"k2"',
  '"a""b"',
  '"p,q"',
  '"x""y"',
  '"regel\neen"',
  '"twee\r\nregels\nmeer"',
  '""',
  '',
  'é',
  '"é, ü"',
  '"een langere naam, met komma\'s, ""aanhalingstekens"" en meer"',
];

const record = fc.record({
  a: fc.constantFrom(...FIELDS),
  b: fc.constantFrom(...FIELDS),
  c: fc.constantFrom(...FIELDS),
  d: fc.constantFrom('2026-01-01', '', '1999-12-31', '"2024-02-29"'),
});

function csv(
  recs: { a: string; b: string; c: string; d: string }[],
  opts: { crlf?: boolean; finalNewline?: boolean; latin1?: boolean } = {},
): Buffer {
  const nl = opts.crlf ? '\r\n' : '\n';
  const text =
    ['A,B,C,D', ...recs.map((r) => `${r.a},${r.b},${r.c},${r.d}`)].join(nl) +
    (opts.finalNewline === false ? '' : nl);
  return Buffer.from(text, opts.latin1 ? 'latin1' : 'utf8');
}

describe('a big file read by two threads gives what one pass gives', () => {
  it('random records (quotes, line breaks in fields, blanks, non-ASCII, CRLF, no final line break, windows-1252)', async () => {
    let parts = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { minLength: 12_000, maxLength: 16_000 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom<'in' | 'equals'>('in', 'equals'),
        async (recs, crlf, finalNewline, latin1, filter) => {
          parts += (await same(csv(recs, { crlf, finalNewline, latin1 }), filter)).parts;
        },
      ),
      { numRuns: 25 },
    );
    // most of those files were large enough to split
    expect(parts).toBeGreaterThan(15);
  }, 120_000);

  it('the middle falls inside a quoted field that spans lines: the first thread reads on alone', async () => {
    const plain = { a: 'k1', b: 'k2', c: 'k3', d: '2026-01-01' };
    const recs = Array.from({ length: 5000 }, () => plain);
    // one record of ~200 KiB of short lines in a quoted field, placed over the middle
    const long = `"${'regel, met "" komma\n'.repeat(10_000)}"`;
    recs.splice(2500, 0, { ...plain, c: long });
    const { parts, cancelled, one } = await same(csv(recs));
    expect([parts, cancelled]).toEqual([1, 1]);
    expect(one).toMatchObject({ info: { rows: 5001 } });
  });

  it('errors in the second half have the line numbers of one pass, in code and message', async () => {
    const plain = { a: 'k1', b: 'k2', c: 'k3', d: '2026-01-01' };
    const base = () => Array.from({ length: 20_000 }, (_, i) => ({ ...plain, a: `k${i}` }));
    type Rec = typeof plain;
    const cases: [string, Rec[]][] = [
      ['width', base().map((r, i) => (i === 15_000 ? { ...r, d: '2026-01-01,x' } : r))],
      ['date', base().map((r, i) => (i === 15_000 ? { ...r, d: '2026-02-30' } : r))],
      [
        'first-half error wins',
        base().map((r, i) => (i === 100 || i === 15_000 ? { ...r, d: 'x,y' } : r)),
      ],
    ];
    for (const [what, recs] of cases) {
      const { parts, cancelled, one } = await same(csv(recs));
      expect(parts).toBe(1);
      // the first half's error ends the scan before the part's result is looked at
      expect(cancelled).toBe(what === 'first-half error wins' ? 1 : 0);
      expect(one).toHaveProperty('error');
    }
    // invalid UTF-8 and an open last record in the second half
    const ok = csv(base());
    const bad = csv(base().map((r, i) => (i === 15_000 ? { ...r, a: 'QQ' } : r)));
    bad.set([0xc3, 0x28], bad.indexOf('QQ'));
    expect((await same(bad)).one).toMatchObject({ error: { code: 'E_CSV_ENCODING' } });
    const open = Buffer.concat([ok, Buffer.from('k1,k2,"open\n')]);
    expect((await same(open)).one).toMatchObject({ error: { code: 'E_CSV_TRUNCATED' } });
  });
});

describe('the plan with a second thread', () => {
  it('readRioSide over DUO-layout exports: the same items, cohorts and findings with and without a second reader', async () => {
    const out = join(dir, 'duo');
    generate({ outDir: out, scale: 0.03, per: 4, seed: 5, besturen: 40 });
    const opts = { peildatum: PEILDATUM } as const;
    const one = await readRioSide(out, FOCUS, { ...opts, parallel: false });
    const two = inThreadScanner(256 * 1024);
    const split = await readRioSide(out, FOCUS, { ...opts, parallel: two });
    // the NFO offering and cohort files are large enough to split
    expect(two.parts).toBeGreaterThanOrEqual(2);
    expect(split).toEqual(one);
  }, 60_000);
});

describe('the real second thread (built package)', () => {
  it('starts from dist/, gives the one-pass result, and a dead thread leaves the scan to finish alone', async () => {
    const { startScanThread } = (await import(
      '../dist/sync/scan-thread.js' as string
    )) as typeof import('../src/sync/scan-thread.js');
    const thread = startScanThread(64 * 1024);
    if (availableParallelism() < 2) {
      expect(thread).toBeUndefined();
      return;
    }
    expect(thread).toBeDefined();
    const recs = Array.from({ length: 20_000 }, (_, i) => ({
      a: `k${i}`,
      b: i % 7 ? 'k3' : 'k2',
      c: '"p,q"',
      d: '2026-01-01',
    }));
    const path = join(dir, 'thread.csv');
    writeFileSync(path, csv(recs));
    const one = await outcome(path, undefined, 'in');
    expect(await outcome(path, thread, 'in')).toEqual(one);
    await thread!.close();
    // the thread is gone: the scan notices and reads the second half itself
    expect(await outcome(path, thread, 'in')).toEqual(one);
  });
});
