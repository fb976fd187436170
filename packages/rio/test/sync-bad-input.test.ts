import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { generate } from '../scripts/generate-duo.mjs';
import { planSync, scanCsv, writePlan, type SyncConfig } from '../src/index.js';

let base: string;
let gen: { bestuur: string; config: SyncConfig };
let n = 0;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'rio-bad-'));
  gen = generate({ outDir: join(base, 'orig'), scale: 0.001, per: 2, seed: 3, besturen: 50 });
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** The generated expectations without row counts (for tests that add rows). */
const sizesOnly = () =>
  Object.fromEntries(Object.keys(gen.config.expected!).map((k) => [k, { minBytes: 0 }]));

/** A fresh copy of the generated set to damage. */
function copy(): string {
  const d = join(base, `c${n++}`);
  cpSync(join(base, 'orig'), d, { recursive: true });
  return d;
}

async function failure(
  p: Promise<unknown>,
): Promise<{ code: string; message: string; location?: { file?: string; line?: number } }> {
  try {
    await p;
  } catch (e) {
    return e as never;
  }
  throw new Error('expected a rejection');
}

const run = (dir: string, config: SyncConfig = gen.config, bestuur = gen.bestuur) =>
  planSync({ bestuur, rioDir: dir, sisFile: join(dir, 'sis.json'), config });

describe('bad input', () => {
  it('truncated file: unterminated last record names the file', async () => {
    const d = copy();
    const f = join(d, 'aangeboden_nfo_opleidingen.csv');
    const buf = readFileSync(f);
    writeFileSync(f, buf.subarray(0, buf.length - 37));
    const e = await failure(run(d));
    expect(e.code).toBe('E_CSV_TRUNCATED');
    expect(e.location?.file).toBe(f);
    expect(e.message).toContain('niet afgesloten');
  });

  it('truncated file: a row count other than expected', async () => {
    const d = copy();
    const f = join(d, 'nfo_opleidingen.csv');
    const text = readFileSync(f, 'utf8').split('\r\n');
    writeFileSync(f, text.slice(0, text.length - 6).join('\r\n') + '\r\n');
    const e = await failure(run(d));
    expect(e.code).toBe('E_CSV_TRUNCATED');
    expect(e.location?.file).toBe(f);
    expect(e.message).toMatch(/records, verwacht \d+/);
  });

  it('truncated file: far below the expected size', async () => {
    const d = copy();
    const cfg = {
      ...gen.config,
      expected: {
        ...gen.config.expected,
        aangeboden_nfo_opleiding_cohorten: { minBytes: 10_000_000 },
      },
    };
    const e = await failure(run(d, cfg));
    expect(e.code).toBe('E_CSV_TRUNCATED');
    expect(e.location?.file).toBe(join(d, 'aangeboden_nfo_opleiding_cohorten.csv'));
  });

  it("by default the guide's sizes apply: a small NFO file is refused", async () => {
    const d = copy();
    const e = await failure(run(d, { peildatum: '2026-01-01' }));
    expect(e.code).toBe('E_CSV_TRUNCATED');
    expect(e.message).toContain('verwacht minstens');
  });

  it('wrong separator (forced) is reported, not guessed around', async () => {
    const d = copy();
    const e = await failure(run(d, { ...gen.config, separator: ',' }));
    expect(e.code).toBe('E_CSV_MALFORMED');
    expect(e.location?.line).toBe(1);
  });

  it('rows with another separator than the header are refused with their line', async () => {
    const d = copy();
    const f = join(d, 'ho_opleidingen.csv');
    const lines = readFileSync(f, 'utf8').split('\r\n');
    lines[3] = lines[3]!.replaceAll(';', ',');
    writeFileSync(f, lines.join('\r\n'));
    const e = await failure(run(d, { ...gen.config, expected: sizesOnly() }));
    expect(e.code).toBe('E_CSV_MALFORMED');
    expect(e.location).toMatchObject({ file: f, line: 4 });
  });

  it('separator is detected: the same file with commas plans the same', async () => {
    const d = copy();
    const f = join(d, 'ho_opleidingen.csv');
    // no field contains a comma in the HO opleidingen file of this seed; quoted fields keep their quotes
    writeFileSync(f, readFileSync(f, 'utf8').replaceAll(';', ','));
    const plan = await run(d);
    const ref = await run(join(base, 'orig'));
    expect(plan.items).toEqual(ref.items);
    expect(plan.bronnen.find((b) => b.file === f)?.separator).toBe(',');
  });

  it('missing column names the header', async () => {
    const d = copy();
    const f = join(d, 'nfo_opleidingen.csv');
    writeFileSync(f, readFileSync(f, 'utf8').replace('EIGENOPLEIDINGSEENHEIDSLEUTEL', 'SLEUTEL_X'));
    const e = await failure(run(d));
    expect(e.code).toBe('E_CSV_COLUMN_MISSING');
    expect(e.message).toContain('EIGENOPLEIDINGSEENHEIDSLEUTEL');
    expect(e.location).toMatchObject({ file: f, line: 1 });
  });

  it('headers match ignoring case, underscores and spaces (DUO writes EIGEN_OPLEIDINGSEENHEIDSLEUTEL)', async () => {
    const d = copy();
    const f = join(d, 'nfo_opleidingen.csv');
    writeFileSync(
      f,
      readFileSync(f, 'utf8').replace(
        'EIGENOPLEIDINGSEENHEIDSLEUTEL',
        'Eigen_Opleidingseenheid Sleutel',
      ),
    );
    const plan = await run(d);
    const reference = await run(copy());
    expect(plan.items).toEqual(reference.items);
  });

  it('a column override file maps another header', async () => {
    const d = copy();
    const f = join(d, 'nfo_opleidingen.csv');
    writeFileSync(f, readFileSync(f, 'utf8').replace('EIGENOPLEIDINGSEENHEIDSLEUTEL', 'SLEUTEL_X'));
    const plan = await run(d, {
      ...gen.config,
      columns: { nfo_opleidingen: { eigenOpleidingseenheidSleutel: 'SLEUTEL_X' } },
    });
    expect(plan.items).toEqual((await run(join(base, 'orig'))).items);
  });

  it('duplicate eigen sleutel in the SIS is refused', async () => {
    const d = copy();
    const sis = JSON.parse(readFileSync(join(d, 'sis.json'), 'utf8'));
    sis.educationSpecifications.push({ ...sis.educationSpecifications[0] });
    writeFileSync(join(d, 'sis.json'), JSON.stringify(sis));
    const e = await failure(run(d));
    expect(e.code).toBe('E_CSV_DUPLICATE_KEY');
    expect(e.message).toContain(sis.educationSpecifications[0].educationSpecificationId);
  });

  it('duplicate eigen sleutel in RIO is a conflict finding for both entities', async () => {
    const d = copy();
    const f = join(d, 'nfo_opleidingen.csv');
    const key = '11111111-2222-3333-4444-555555555555';
    const lines = [
      `1999O0001;${gen.bestuur};PARTICULIEREOPLEIDING;${key};Q1;Dubbel een;D1;2024-01-01;;x`,
      `1999O0002;${gen.bestuur};PARTICULIEREOPLEIDING;${key};Q2;Dubbel twee;D2;2024-01-01;;x`,
    ];
    writeFileSync(f, readFileSync(f, 'utf8') + lines.join('\r\n') + '\r\n');
    const plan = await run(d, { ...gen.config, expected: sizesOnly() });
    const conflicts = plan.items.filter((i) => i.categorie === 'conflict');
    expect(conflicts.map((c) => c.rioCode)).toEqual(['1999O0001', '1999O0002']);
  });

  it('non-UTF-8 bytes in a row of the bestuur give E_CSV_ENCODING with the line', async () => {
    const d = copy();
    const f = join(d, 'aangeboden_nfo_opleidingen.csv');
    const text = readFileSync(f, 'utf8');
    expect(text.length).toBeGreaterThan(64 * 1024);
    const row = `aaaaaaaa-1111-2222-3333-444444444444;${gen.bestuur};100A100;1000O0000;;Caf\u00e9;;2024-01-01;;x\r\n`;
    writeFileSync(f, Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from(row, 'latin1')]));
    const e = await failure(run(d, { ...gen.config, expected: sizesOnly() }));
    expect(e.code).toBe('E_CSV_ENCODING');
    expect(e.location).toMatchObject({ file: f, line: text.split('\r\n').length });
  });

  it('a file that is windows-1252 from the start is detected and read', async () => {
    const d = join(base, `w${n++}`);
    cpSync(join(base, 'orig'), d, { recursive: true });
    const f = join(d, 'x.csv');
    writeFileSync(f, Buffer.from('A;B\r\n1;Caf\u00e9\r\n', 'latin1'));
    const rows: string[] = [];
    const info = await scanCsv(f, {
      columns: { a: 'A', b: 'B' },
      required: ['a', 'b'],
      onRow: (r) => rows.push(r.b),
    });
    expect(info.encoding).toBe('windows-1252');
    expect(rows).toEqual(['Café']);
  });

  it('OB_ID in the wrong format', async () => {
    const d = copy();
    const e = await failure(run(d, gen.config, '100X490'));
    expect(e.code).toBe('E_IDENTIFIER_INVALID');
    expect(e.message).toContain('OB_ID');
  });

  it('SIS JSON that is not JSON', async () => {
    const d = copy();
    writeFileSync(join(d, 'sis.json'), '{"educationSpecifications": [');
    const e = await failure(run(d));
    expect(e.code).toBe('E_JSON_MALFORMED');
  });

  it('quoted fields with separators and quotes inside are read exactly', async () => {
    const d = join(base, `q${n++}`);
    cpSync(join(base, 'orig'), d, { recursive: true });
    const f = join(d, 'q.csv');
    writeFileSync(f, 'A;B;C\r\n1;"x;""y""\r\nz";3\r\n2;plain;4\r\n');
    const rows: Record<string, string>[] = [];
    const info = await scanCsv(f, {
      columns: { a: 'A', b: 'B', c: 'C' },
      required: ['a', 'b', 'c'],
      onRow: (r, line) => rows.push({ ...r, line: String(line) }),
    });
    expect(rows).toEqual([
      { a: '1', b: 'x;"y"\r\nz', c: '3', line: '2' },
      { a: '2', b: 'plain', c: '4', line: '4' },
    ]);
    expect(info.rows).toBe(2);
    expect(existsSync(f)).toBe(true);
  });

  it('an unterminated quote is an error with its line, not a memory blow-up', async () => {
    const f = join(base, 'unterminated.csv');
    writeFileSync(f, 'A;B\r\n1;ok\r\n2;"open\r\n' + '3;more\r\n'.repeat(200_000));
    const e = await failure(
      scanCsv(f, {
        columns: { a: 'A', b: 'B' },
        required: ['a', 'b'],
        onRow: () => {},
        maxRecordBytes: 64 * 1024,
      }),
    );
    expect(e).toMatchObject({ code: 'E_CSV_MALFORMED', location: { file: f, line: 3 } });
  });

  it('a quote inside an unquoted field is an ordinary character', async () => {
    const f = join(base, 'inch.csv');
    writeFileSync(f, 'A;B\r\n1;Monitor 27" breed\r\n2;x\r\n');
    const rows: string[] = [];
    await scanCsv(f, {
      columns: { a: 'A', b: 'B' },
      required: ['a', 'b'],
      onRow: (r) => rows.push(r.b),
    });
    expect(rows).toEqual(['Monitor 27" breed', 'x']);
  });

  it('writing a plan where it cannot go is E_IO and leaves no temporary file', async () => {
    const plan = await run(join(base, 'orig'));
    const target = join(base, 'no-such-dir', 'plan.json');
    const e = await failure(writePlan(plan, { json: target }));
    expect(e).toMatchObject({ code: 'E_IO', location: { file: target } });
    expect(existsSync(join(base, 'no-such-dir'))).toBe(false);
  });

  it('reports progress in bytes and rows, ending at the file size', async () => {
    const f = join(base, 'orig', 'aangeboden_nfo_opleidingen.csv');
    const seen: { bytesRead: number; bytesTotal: number; rows: number }[] = [];
    const info = await scanCsv(f, {
      columns: { a: 'AANGEBODENOPLEIDINGCODE' },
      required: ['a'],
      onRow: () => {},
      blockSize: 64 * 1024,
      onProgress: (p) => seen.push(p),
    });
    const last = seen[seen.length - 1]!;
    expect(last).toMatchObject({ bytesRead: info.bytes, bytesTotal: info.bytes, rows: info.rows });
    expect(seen.every((p, i) => i === 0 || p.bytesRead >= seen[i - 1]!.bytesRead)).toBe(true);
  });
});
