/**
 * The body of the CSV scanner ({@link scanCsv} in csv.ts): reading a byte range of the file in blocks,
 * walking its records, decoding and filtering the candidates, the last record without a line break.
 * One implementation, used both by the scan itself and by the part of a big export that a second
 * thread scans (scan-thread.ts): the second half of DUO's 205 MiB cohort file is read there while
 * this thread reads the first half, and what either finds is the same as one pass would find.
 *
 * Errors are described as {@link CsvFailure} data first and turned into an error by `csvError` in
 * csv.ts: a part on another thread numbers its lines from its own start, and only the scan that owns
 * the whole file knows by how much to shift them (messages quote the line number). This module
 * imports nothing heavier than the key sets, so the second thread starts in a few milliseconds.
 */
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { isIsoDate } from './iso-date.js';
import { KeySet, keyHashOf, type KeyTap } from './keys.js';
import { RecordWalker, tapMiss } from './records.js';

/** Separators the detector considers, in order of preference on a tie. */
export const CSV_SEPARATORS = [';', ',', '\t', '|'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];
export type CsvEncoding = 'utf-8' | 'windows-1252';

const CR = 13;
const QUOTE = 34;

/** What went wrong while reading records, as data (lines counted from the start of the range read). */
export type CsvFailure =
  | { kind: 'width'; line: number; fields: number; nCols: number; separator: string }
  | { kind: 'encoding'; line: number; encoding: CsvEncoding }
  | { kind: 'nul'; line: number }
  | { kind: 'mixed'; line: number }
  | { kind: 'date'; line: number; column: number; header: string; value: string }
  | { kind: 'tooLong'; line: number; maxRecord: number }
  | { kind: 'lastOpen'; line: number }
  | { kind: 'changed'; what: string }
  | { kind: 'unreadable'; message: string };

/** A failure thrown inside the body, caught by its owner and turned into an error with {@link csvError}. */
export class CsvFailureSignal extends Error {
  constructor(
    readonly failure: CsvFailure,
    readonly ioCause?: unknown,
  ) {
    super(failure.kind);
  }
}

const failWith = (f: CsvFailure, cause?: unknown): never => {
  throw new CsvFailureSignal(f, cause);
};

/**
 * Reads bytes [start, end) of a file into a growing buffer, one block ahead of the scan. With `end`
 * at the file's size it reads on until the system says end of file, so a file that grew while it was
 * read is noticed (`changed`).
 */
export class BlockReader {
  buf: Buffer;
  /** Valid bytes in {@link BlockReader.buf}. */
  len = 0;
  /** File offset of the next byte to read. */
  offset: number;
  eof = false;
  /** A read-ahead still running (awaited before the file is closed). */
  inFlight: Promise<unknown> | undefined;
  private readonly spare: Buffer;
  private ahead: Promise<{ bytesRead: number } | Error> | undefined;

  /**
   * @param fh - the open file
   * @param start - first byte to read
   * @param end - byte after the last one to read (the file's size: to the end of the file)
   * @param size - the file's size when it was opened
   * @param block - block size in bytes
   * @param onBlock - sees every block read, in order (the scan's own sha256)
   */
  constructor(
    private readonly fh: FileHandle,
    start: number,
    public end: number,
    private readonly size: number,
    private readonly block: number,
    private readonly onBlock?: (bytes: Buffer) => void,
  ) {
    this.offset = start;
    this.buf = Buffer.allocUnsafe(2 * block);
    this.spare = Buffer.allocUnsafe(block);
  }

  private readAhead(): void {
    const want = this.end < this.size ? Math.min(this.block, this.end - this.offset) : this.block;
    this.ahead = this.fh.read(this.spare, 0, want, this.offset).then(
      (r) => r,
      (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
    );
    this.inFlight = this.ahead;
  }

  /** Appends the next block to the buffer (sets {@link BlockReader.eof} at the end of the range). */
  async fill(): Promise<void> {
    if (this.end < this.size && this.offset >= this.end) {
      this.eof = true;
      return;
    }
    if (!this.ahead) this.readAhead();
    const r = await this.ahead!;
    this.ahead = undefined;
    if (r instanceof Error) failWith({ kind: 'unreadable', message: r.message }, r);
    const bytesRead = (r as { bytesRead: number }).bytesRead;
    if (this.len + bytesRead > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + bytesRead));
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
    this.spare.copy(this.buf, this.len, 0, bytesRead);
    this.onBlock?.(this.spare.subarray(0, bytesRead));
    this.offset += bytesRead;
    this.len += bytesRead;
    if (bytesRead === 0) {
      this.eof = true;
      if (this.offset !== this.size)
        failWith({ kind: 'changed', what: `${this.offset} van ${this.size} bytes gelezen` });
    } else if (this.end < this.size && this.offset >= this.end) {
      this.eof = true;
    } else this.readAhead();
  }

  /** Drops the bytes before `pos` (records already walked); returns the new offset of `pos` (0). */
  compact(pos: number): number {
    if (pos > 0) {
      this.buf.copy(this.buf, 0, pos, this.len);
      this.len -= pos;
    }
    return 0;
  }

  /** Reads on to the end of the file after all (a split that did not fall on a record boundary). */
  extend(): void {
    this.end = this.size;
    this.eof = false;
  }
}

/**
 * How to read the records of one file, as decided from its header: plain data, so that it can be
 * handed to another thread.
 */
export interface ScanLayout<K extends string> {
  label: string;
  encoding: CsvEncoding;
  separator: CsvSeparator;
  header: string[];
  /** The logical columns, in the order of the caller's mapping. */
  logical: K[];
  /** Index in the record of each logical column the file has. */
  columns: [K, number][];
  filter?: { index: number; equals?: string; in?: ReadonlySet<string> };
  /** Columns whose values must be `yyyy-mm-dd` dates or empty. */
  dates: [K, number][];
  maxRecord: number;
  block: number;
}

/** A key tap with the index of its column in the record. */
export interface PlacedTap<K extends string> {
  tap: KeyTap<K>;
  column: number;
}

/**
 * Walks, decodes, filters and emits the records of one range of a file; keeps the counts.
 */
export class RecordScanner<K extends string> {
  /** Records that passed the filter. */
  matched = 0;
  readonly walker: RecordWalker<K>;
  private readonly decoder: InstanceType<typeof TextDecoder>;
  private readonly nCols: number;
  private readonly colIdx: Map<K, number>;
  private readonly equals: string | undefined;
  private buf: Buffer = Buffer.alloc(0);
  /** Offset in {@link RecordScanner.buf} of the text the walker walks. */
  private base = 0;

  /**
   * @param layout - what the header decided
   * @param taps - key taps with their column index
   * @param onRow - gets each kept record (values trimmed; absent optional columns `''`)
   */
  constructor(
    readonly layout: ScanLayout<K>,
    private readonly taps: readonly PlacedTap<K>[],
    private readonly onRow: (row: Record<K, string>, line: number) => void,
  ) {
    this.decoder = new TextDecoder(layout.encoding, { fatal: true });
    this.nCols = layout.header.length;
    this.colIdx = new Map(layout.columns);
    const f = layout.filter;
    // Both filters compare the field with surrounding spaces and tabs removed, as `emit` trims values.
    this.equals = f?.equals?.trim();
    const latin1 = (v: string) => Buffer.from(v.trim(), 'utf8').toString('latin1');
    this.walker = new RecordWalker<K>(
      this.nCols,
      layout.separator,
      f === undefined
        ? undefined
        : f.in
          ? { column: f.index, in: new Set([...f.in].map(latin1)) }
          : { column: f.index, equals: latin1(f.equals ?? '') },
      taps,
      {
        candidate: (s, e, quoted, recLine, quick) => {
          const fields = this.decode(s, e, quoted, recLine);
          if (quick === true || this.passes(fields)) this.emit(fields, recLine);
        },
        // Every record's field count is checked, not only the bestuur's: a row of another width is a
        // damaged file (a cut-and-joined download, another separator), whoever's row it is.
        wrongWidth: (fields, recLine) =>
          new CsvFailureSignal({
            kind: 'width',
            line: recLine,
            fields,
            nCols: this.nCols,
            separator: layout.separator,
          }),
      },
    );
  }

  /**
   * Walks the complete records of `text`; returns the offset in `text` of the first record it does
   * not hold completely.
   * @param buf - the bytes
   * @param base - offset in `buf` of the first byte of `text`
   * @param text - the latin1 mirror of bytes from `base` on
   */
  walk(buf: Buffer, base: number, text: string): number {
    this.buf = buf;
    this.base = base;
    return this.walker.walk(text, 0);
  }

  private decode(s: number, e: number, quoted: boolean, recLine: number): string[] {
    let text: string;
    try {
      text = this.decoder.decode(this.buf.subarray(this.base + s, this.base + e));
    } catch {
      return failWith({ kind: 'encoding', line: recLine, encoding: this.layout.encoding });
    }
    if (text.indexOf('\0') !== -1) failWith({ kind: 'nul', line: recLine });
    if (
      this.layout.encoding === 'windows-1252' &&
      looksUtf8(this.buf.subarray(this.base + s, this.base + e))
    )
      failWith({ kind: 'mixed', line: recLine });
    return quoted ? splitQuoted(text, this.layout.separator) : text.split(this.layout.separator);
  }

  private passes(fields: string[]): boolean {
    const f = this.layout.filter;
    if (f === undefined) return true;
    const v = (fields[f.index] ?? '').trim();
    return this.equals !== undefined ? v === this.equals : f.in!.has(v);
  }

  private emit(fields: string[], recLine: number): void {
    if (fields.length !== this.nCols) {
      failWith({
        kind: 'width',
        line: recLine,
        fields: fields.length,
        nCols: this.nCols,
        separator: this.layout.separator,
      });
    }
    const row = {} as Record<K, string>;
    for (const k of this.layout.logical) {
      const i = this.colIdx.get(k);
      row[k] = i === undefined ? '' : (fields[i] ?? '').trim();
    }
    for (const [k, i] of this.layout.dates) {
      const v = row[k];
      if (v !== '' && !isIsoDate(v))
        failWith({
          kind: 'date',
          line: recLine,
          column: i + 1,
          header: this.layout.header[i]!,
          value: v,
        });
    }
    this.matched++;
    this.onRow(row, recLine);
  }

  /**
   * The bytes [pos, len) left at the end of the file: a last record without a line break is accepted
   * when it is complete (its quotes are closed and it has as many fields as the header); anything
   * else is a cut-off download. Returns whether the file ended with a line break.
   * @param buf - the bytes
   * @param pos - start of what the walker left
   * @param len - end of the valid bytes
   */
  finish(buf: Buffer, pos: number, len: number): boolean {
    if (pos >= len) return true;
    if (!buf.subarray(pos, len).some((b) => b !== CR && b !== 0x20 && b !== 0x09)) return true;
    const line = this.walker.line;
    let e = len;
    while (e > pos && (buf[e - 1] === CR || buf[e - 1] === 0x20 || buf[e - 1] === 0x09)) e--;
    if (!quotesClosed(buf, pos, e, this.layout.separator.charCodeAt(0)))
      failWith({ kind: 'lastOpen', line });
    this.buf = buf;
    this.base = 0;
    let fields: string[];
    try {
      const q = buf.indexOf(QUOTE, pos);
      fields = this.decode(pos, e, q !== -1 && q < e, line);
    } catch (err) {
      if (err instanceof CsvFailureSignal && err.failure.kind === 'encoding')
        failWith({ kind: 'lastOpen', line });
      throw err;
    }
    if (fields.length !== this.nCols) failWith({ kind: 'lastOpen', line });
    this.walker.rows++;
    for (const t of this.taps) {
      const v = (fields[t.column] ?? '').trim();
      if (v === '') continue;
      const h = keyHashOf(v);
      t.tap.add?.add(h);
      if (t.tap.check && !t.tap.check.has(h)) tapMiss(t.tap, v);
    }
    if (this.passes(fields)) this.emit(fields, line);
    return false;
  }
}

/**
 * Characters of the latin1 mirror the walker gets at once. The mirror is a fresh string for every
 * window; at 64 KiB it is an ordinary young-generation object, cheap to allocate and to collect,
 * where a mirror of the whole 1 MiB block went to V8's large-object space (a memory mapping each)
 * and took the peak memory of two threads over 200 MB (issue #12).
 */
const WINDOW = 1 << 16;

/**
 * Scans the records of the reader's range with `scanner`, from `pos` in its buffer, until the range
 * ends. Returns the offset in the reader's buffer where the walker stopped (`reader.len` when the
 * range ended on a record boundary).
 * @param reader - the block reader, positioned
 * @param scanner - the record scanner
 * @param pos - offset in the reader's buffer of the first record
 * @param onBlock - called after each block (progress)
 */
export async function walkRange<K extends string>(
  reader: BlockReader,
  scanner: RecordScanner<K>,
  pos: number,
  onBlock?: () => void,
): Promise<number> {
  const maxRecord = scanner.layout.maxRecord;
  for (;;) {
    // The buffer in windows; a record longer than a window gets a window twice as long.
    let window = WINDOW;
    while (pos < reader.len) {
      const end = Math.min(reader.len, pos + window);
      const done = scanner.walk(reader.buf, pos, reader.buf.toString('latin1', pos, end));
      pos += done;
      if (end === reader.len) break;
      window = done === 0 ? window * 2 : WINDOW;
    }
    if (reader.eof) return pos;
    pos = reader.compact(pos);
    if (reader.len >= maxRecord)
      failWith({ kind: 'tooLong', line: scanner.walker.line, maxRecord });
    await reader.fill();
    onBlock?.();
  }
}

/** A key tap as another thread gets it: the column, and the sets as bit maps. */
export interface PartTap {
  column: number;
  /** A fresh set of this many words is filled and returned. */
  addWords?: number;
  check?: Uint32Array;
  steekproef?: number;
}

/** What a part scan needs: the file, where to start, and the layout its header gave. */
export interface PartRequest<K extends string> {
  path: string;
  /** First byte of the part: the start of a record (the byte after a line break). */
  from: number;
  /** The file's size when the owner opened it. */
  size: number;
  layout: ScanLayout<K>;
  taps: PartTap[];
}

/** What a part scan found; lines are counted from 2 at its first record. */
export interface PartResult<K extends string> {
  rows: number;
  kept: { row: Record<K, string>; line: number }[];
  finalNewline: boolean;
  /** Per tap: the filled set's words (with `addWords`), else null. */
  adds: (Uint32Array | null)[];
  /** Per tap: values the `check` set did not hold. */
  misses: ({ count: number; examples: string[] } | null)[];
  /** The first failure; nothing after it was read. */
  failure?: CsvFailure;
  /** The owner cancelled the part before it ended (the result is incomplete). */
  cancelled?: true;
}

class Cancelled extends Error {}

/**
 * Scans bytes [from, size) of a file whose header another scan has read: the second half of a big
 * export, on a second thread. Failures are returned as data, never thrown.
 * @param req - file, start, layout and taps
 * @param cancelled - polled once per block: the owner no longer needs the result
 */
export async function scanPart<K extends string>(
  req: PartRequest<K>,
  cancelled: () => boolean = () => false,
): Promise<PartResult<K>> {
  const kept: PartResult<K>['kept'] = [];
  const taps: PlacedTap<K>[] = req.taps.map((t) => ({
    column: t.column,
    tap: {
      column: '' as K, // the logical name is the owner's business; the part knows the index

      ...(t.addWords !== undefined ? { add: new KeySet(5 + Math.log2(t.addWords)) } : {}),
      ...(t.check ? { check: KeySet.fromWords(t.check) } : {}),
      ...(t.steekproef !== undefined ? { steekproef: t.steekproef } : {}),
      misses: { count: 0, examples: [] },
    },
  }));
  const scanner = new RecordScanner<K>(req.layout, taps, (row, line) => kept.push({ row, line }));
  const result = (failure?: CsvFailure, finalNewline = true): PartResult<K> => ({
    rows: scanner.walker.rows,
    kept,
    finalNewline,
    adds: taps.map((t) => (t.tap.add ? t.tap.add.words : null)),
    misses: taps.map((t) => (t.tap.check ? t.tap.misses! : null)),
    ...(failure ? { failure } : {}),
  });
  let fh: FileHandle | undefined;
  let reader: BlockReader | undefined;
  try {
    fh = await open(req.path, 'r');
    reader = new BlockReader(fh, req.from, req.size, req.size, req.layout.block);
    await reader.fill();
    const pos = await walkRange(reader, scanner, 0, () => {
      if (cancelled()) throw new Cancelled();
    });
    return result(undefined, scanner.finish(reader.buf, pos, reader.len));
  } catch (e) {
    if (e instanceof Cancelled) return { ...result(), cancelled: true };
    if (e instanceof CsvFailureSignal) return result(e.failure);
    return result({ kind: 'unreadable', message: (e as Error).message ?? String(e) });
  } finally {
    await reader?.inFlight?.catch(() => {});
    await fh?.close();
  }
}

/**
 * Splits one record on `sep`, honouring RFC 4180 quotes (`""` is a literal quote).
 * @param text - the decoded record
 * @param sep - the separator
 */
export function splitQuoted(text: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inQuote = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuote) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cur += '"';
          i++;
        } else inQuote = false;
      } else cur += c;
    } else if (c === '"' && fieldStart) {
      inQuote = true;
      fieldStart = false;
    } else if (c === sep) {
      out.push(cur);
      cur = '';
      fieldStart = true;
    } else {
      cur += c;
      fieldStart = false;
    }
  }
  out.push(cur);
  return out;
}

/** The separator as a message shows it. */
export function printable(sep: string): string {
  return sep === '\t' ? '\\t' : sep;
}

/** True when [s, e) holds no quote that opens a field without closing it (RFC 4180). */
function quotesClosed(buf: Buffer, s: number, e: number, sep: number): boolean {
  let fieldStart = true;
  for (let i = s; i < e; i++) {
    const b = buf[i];
    if (fieldStart && b === QUOTE) {
      let j = i + 1;
      for (;;) {
        const q = buf.indexOf(QUOTE, j);
        if (q === -1 || q >= e) return false;
        if (q + 1 < e && buf[q + 1] === QUOTE) {
          j = q + 2;
          continue;
        }
        i = q;
        break;
      }
      fieldStart = false;
    } else fieldStart = b === sep;
  }
  return true;
}

/** True when `bytes` holds a non-ASCII byte and is valid UTF-8 (a UTF-8 record among windows-1252 ones). */
function looksUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
