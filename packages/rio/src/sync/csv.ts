/**
 * A streaming, filtering CSV scanner for the DUO open-data exports (synchronisation guide §4.1).
 *
 * The exports are hundreds of megabytes; only the rows of one onderwijsbestuur matter. The scanner
 * reads the file in fixed-size blocks, finds record boundaries with native `indexOf`, and decodes a
 * record to strings only when its filter field matches — so memory stays flat whatever the file
 * size. It detects the separator and the encoding, maps columns by header name, and refuses files
 * that look like an incomplete download (guide §4.1 "Let op" 6): an unterminated last record, a file
 * far below its expected size, or a row count other than the expected one.
 *
 * A big file can be read by two threads at once ({@link CsvScanOptions.parallel}): this one reads
 * the records up to a line break near the middle, the other from there to the end. Whether that
 * line break ends a record (and is not inside a quoted field) only this thread can tell, by reading
 * up to it; when it does not, this thread reads on alone and the other's work is dropped. Either
 * way the rows, their order and line numbers, the counts, the key sets and the first error are
 * those of one pass.
 */
import type { RioErrorCode } from '../errors.js';
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { EdustandaardError } from '@edustandaard/core';
import { headerKey } from './config.js';
import {
  BlockReader,
  CSV_SEPARATORS,
  CsvFailureSignal,
  RecordScanner,
  printable,
  splitQuoted,
  walkRange,
  type CsvEncoding,
  type CsvFailure,
  type CsvSeparator,
  type PartRequest,
  type PartResult,
  type PlacedTap,
  type ScanLayout,
} from './csv-body.js';
import type { KeyTap } from './keys.js';
import { tapMiss } from './records.js';

export { CSV_SEPARATORS, splitQuoted, type CsvEncoding, type CsvSeparator };

/** What the scanner detected about a file. */
export interface CsvFileInfo {
  file: string;
  separator: CsvSeparator;
  encoding: CsvEncoding;
  bytes: number;
  /** Data records (the header not counted). */
  rows: number;
  /** Records that passed the filter. */
  matched: number;
  /** Header names as found in the file. */
  header: string[];
  /** sha256 of the whole file (hex), so a plan can be checked against DUO's dataset page later. */
  sha256: string;
  /** False when the last record had no line break after it (accepted: it was complete). */
  finalNewline: boolean;
  /** True when a second thread read part of the file. */
  split?: boolean;
}

/** Progress callback: bytes read so far and records seen so far. */
export type CsvProgress = (p: {
  file: string;
  bytesRead: number;
  bytesTotal: number;
  rows: number;
}) => void;

/**
 * A second thread that reads the second half of a big file (see `startScanThread` in
 * scan-thread.ts). `result` never rejects: a failure of the file is in the result, a failure of
 * the thread itself is `{ crashed }` (this thread then reads the rest alone).
 */
export interface CsvParallel {
  /** Files with at least this many bytes after the header are split. */
  minBytes: number;
  scan<K extends string>(
    req: PartRequest<K>,
  ): { result: Promise<PartResult<K> | { crashed: string }>; cancel(): void };
}

export interface CsvScanOptions<K extends string> {
  /** Name used in errors (usually the path). */
  label?: string;
  /** Logical column name → header name in the file. */
  columns: Record<K, string>;
  /** Logical columns that must be present. */
  required: readonly K[];
  /** Keep only records whose `column` equals `equals` or is in `in`; without a filter every record is kept. */
  filter?: { column: K; equals?: string; in?: ReadonlySet<string> };
  /** Called with each kept record (values keyed by logical column; absent optional columns are `''`). */
  onRow: (row: Record<K, string>, line: number) => void;
  onProgress?: CsvProgress;
  /** Force a separator instead of detecting one. */
  separator?: CsvSeparator;
  /** Refuse the file when it is smaller than this (bytes). */
  minBytes?: number;
  /** Refuse the file when its number of data records differs from this. */
  expectedRows?: number;
  /** Refuse the file when its size differs from this (bytes). */
  expectedBytes?: number;
  /** Refuse the file when its sha256 (hex) differs from this. */
  expectedSha256?: string;
  /** Logical columns whose values must be `yyyy-mm-dd` dates or empty (`E_CSV_VALUE` otherwise). */
  dates?: readonly K[];
  /** The file's sha256 computed elsewhere (a hashing thread); without it the scan hashes what it reads. */
  digest?: Promise<{ sha256: string; bytes: number; changed: boolean }>;
  /**
   * A second thread for the second half of a big file. Used only together with `digest` (the sha256
   * runs over the whole file in order, which a split read cannot give).
   */
  parallel?: CsvParallel;
  /** Block size in bytes (default 1 MiB). */
  blockSize?: number;
  /** Longest record accepted, in bytes (default 4 MiB): bounds memory on an unterminated quote. */
  maxRecordBytes?: number;
  /**
   * Key columns hashed in every record (not only the kept ones), for the referential checks across
   * whole exports; an absent column is skipped, an empty value too. A tap with a `steekproef` checks
   * every n-th record of each part a thread reads.
   */
  keys?: readonly KeyTap<K>[];
}

/** Bytes inspected to choose the encoding; invalid UTF-8 after this is an error, not a guess. */
export const ENCODING_SAMPLE = 64 * 1024;
const NL = 10;
const CR = 13;
/** How far past the middle a line break is looked for before a file is read by one thread after all. */
const CUT_SEARCH = 1 << 20;

/**
 * The error a {@link CsvFailure} stands for.
 * @param label - the file's name in messages
 * @param f - the failure
 * @param lineShift - added to the failure's line (a part scanned on another thread counts from 2)
 * @param cause - the I/O error behind an `unreadable` failure
 */
export function csvError(
  label: string,
  f: CsvFailure,
  lineShift = 0,
  cause?: unknown,
): EdustandaardError<RioErrorCode> {
  const at = (line: number, column?: number) => ({
    file: label,
    line: line + lineShift,
    ...(column !== undefined ? { column } : {}),
  });
  const err = (code: RioErrorCode, message: string, location: { file: string; line?: number }) =>
    new EdustandaardError<RioErrorCode>(
      code,
      message,
      location,
      cause !== undefined ? { cause } : undefined,
    );
  switch (f.kind) {
    case 'width':
      return err(
        'E_CSV_MALFORMED',
        `Regel heeft ${f.fields} velden, de kopregel ${f.nCols} (scheidingsteken '${printable(f.separator)}').`,
        at(f.line),
      );
    case 'encoding':
      return err(
        'E_CSV_ENCODING',
        `Ongeldige ${f.encoding}-bytes in regel ${f.line + lineShift}; sla het bestand op als UTF-8.`,
        at(f.line),
      );
    case 'nul':
      return err(
        'E_CSV_MALFORMED',
        `NUL-byte in regel ${f.line + lineShift}: het bestand is beschadigd of geen tekst.`,
        at(f.line),
      );
    case 'mixed':
      return err(
        'E_CSV_ENCODING',
        `Regel ${f.line + lineShift} is UTF-8 in een bestand dat elders windows-1252 is (gemengde codering): waarden zijn niet betrouwbaar; download opnieuw.`,
        at(f.line),
      );
    case 'date':
      return err(
        'E_CSV_VALUE',
        `Kolom ${f.header}: '${f.value.slice(0, 40)}' is geen datum JJJJ-MM-DD (regel ${f.line + lineShift}).`,
        at(f.line, f.column),
      );
    case 'tooLong':
      return err(
        'E_CSV_MALFORMED',
        `Record vanaf regel ${f.line + lineShift} is langer dan ${f.maxRecord} bytes: niet-afgesloten aanhalingsteken of geen regeleinden.`,
        at(f.line),
      );
    case 'lastOpen':
      return err(
        'E_CSV_TRUNCATED',
        `Laatste record (regel ${f.line + lineShift}) is niet afgesloten: het bestand is waarschijnlijk onvolledig gedownload (handreiking §4.1).`,
        at(f.line),
      );
    case 'changed':
      return err(
        'E_CSV_TRUNCATED',
        `Bestand is tijdens het lezen veranderd (${f.what}): download opnieuw en laat het bestand met rust tijdens de synchronisatie.`,
        { file: label },
      );
    case 'unreadable':
      return err('E_IO', `Bestand kan niet worden gelezen: ${f.message}`, { file: label });
  }
}

/**
 * Scans one CSV file, calling `onRow` for every kept record. Throws {@link EdustandaardError} with
 * `E_CSV_TRUNCATED`, `E_CSV_COLUMN_MISSING`, `E_CSV_MALFORMED`, `E_CSV_ENCODING` or `E_IO`.
 * @param path - file to read
 * @param options - column mapping, filter, callbacks and completeness expectations
 */
export async function scanCsv<K extends string>(
  path: string,
  options: CsvScanOptions<K>,
): Promise<CsvFileInfo> {
  const label = options.label ?? path;
  if (
    options.separator !== undefined &&
    !(CSV_SEPARATORS as readonly string[]).includes(options.separator)
  ) {
    throw new EdustandaardError<RioErrorCode>(
      'E_USAGE',
      `Scheidingsteken ${JSON.stringify(options.separator)} wordt niet ondersteund (${CSV_SEPARATORS.map((c) => JSON.stringify(c)).join(', ')}).`,
      { file: label },
    );
  }
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    throw csvError(label, { kind: 'unreadable', message: (e as Error).message }, 0, e);
  }
  let reader: BlockReader | undefined;
  let part: ReturnType<CsvParallel['scan']> | undefined;
  try {
    return await scanOpen(
      fh,
      path,
      label,
      options,
      (r) => (reader = r),
      (p) => (part = p),
    );
  } catch (e) {
    if (e instanceof CsvFailureSignal) throw csvError(label, e.failure, 0, e.ioCause);
    throw e;
  } finally {
    part?.cancel();
    await reader?.inFlight?.catch(() => {});
    await fh.close();
  }
}

async function scanOpen<K extends string>(
  fh: Awaited<ReturnType<typeof open>>,
  path: string,
  label: string,
  options: CsvScanOptions<K>,
  keepReader: (r: BlockReader) => void,
  keepPart: (p: ReturnType<CsvParallel['scan']> | undefined) => void,
): Promise<CsvFileInfo> {
  const st0 = await fh.stat();
  if (!st0.isFile()) {
    throw new EdustandaardError<RioErrorCode>(
      'E_IO',
      `${st0.isDirectory() ? 'Is een map' : 'Is geen gewoon bestand'}, geen CSV-export.`,
      { file: label },
    );
  }
  const size = st0.size;
  if (options.expectedBytes !== undefined && size !== options.expectedBytes) {
    throw new EdustandaardError<RioErrorCode>(
      'E_CSV_TRUNCATED',
      `Bestand is ${size} bytes, verwacht precies ${options.expectedBytes} (opgegeven): onvolledig of een andere versie (handreiking §4.1).`,
      { file: label },
    );
  }
  if (options.minBytes !== undefined && size < options.minBytes) {
    throw new EdustandaardError<RioErrorCode>(
      'E_CSV_TRUNCATED',
      `Bestand is ${size} bytes, verwacht minstens ${options.minBytes}: waarschijnlijk onvolledig gedownload (handreiking §4.1).`,
      { file: label },
    );
  }
  const maxRecord = options.maxRecordBytes ?? 4 * 1024 * 1024;
  const block = Math.max(options.blockSize ?? 1 << 20, 1 << 16);
  const hash = createHash('sha256');
  const reader = new BlockReader(
    fh,
    0,
    size,
    size,
    block,
    options.digest ? undefined : (b) => hash.update(b),
  );
  keepReader(reader);

  // --- header, encoding and separator detection --------------------------------------------
  await reader.fill();
  while (
    !reader.eof &&
    reader.buf.subarray(0, reader.len).indexOf(NL) === -1 &&
    reader.len < 1 << 22
  )
    await reader.fill();
  const buf = reader.buf;
  const len = reader.len;
  let start = 0;
  if (len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
  // UTF-16 (a BOM, or NUL bytes in the header) would be read as garbage with 0 rows matched: refuse it.
  const headProbe = buf.subarray(0, Math.min(len, 4096));
  if (
    (len >= 2 && ((buf[0] === 0xfe && buf[1] === 0xff) || (buf[0] === 0xff && buf[1] === 0xfe))) ||
    headProbe.indexOf(0) !== -1
  ) {
    throw new EdustandaardError<RioErrorCode>(
      'E_CSV_ENCODING',
      'Bestand is UTF-16 (of bevat NUL-bytes in de kopregel); sla het op als UTF-8 zoals DUO het levert.',
      { file: label, line: 1 },
    );
  }
  const encoding: CsvEncoding =
    start === 3 || isUtf8Prefix(buf.subarray(start, Math.min(len, start + ENCODING_SAMPLE)))
      ? 'utf-8'
      : 'windows-1252';
  let headerEnd = buf.subarray(0, len).indexOf(NL, start);
  // A file that is only a header without a line break is complete (0 records).
  if (headerEnd === -1 && reader.eof && len > start) headerEnd = len;
  if (headerEnd === -1) {
    throw new EdustandaardError<RioErrorCode>(
      'E_CSV_TRUNCATED',
      'Bestand bevat geen volledige kopregel.',
      { file: label, line: 1 },
    );
  }
  const headerBytes = buf.subarray(
    start,
    headerEnd > start && buf[headerEnd - 1] === CR ? headerEnd - 1 : headerEnd,
  );
  const headerText = new TextDecoder(encoding, { fatal: true }).decode(headerBytes);
  const separator = options.separator ?? detectSeparator(headerText);
  const header = splitQuoted(headerText, separator).map((h) => h.trim());
  if (header.length < 2) {
    throw new EdustandaardError<RioErrorCode>(
      'E_CSV_MALFORMED',
      `Kopregel heeft maar één kolom met scheidingsteken '${printable(separator)}': verkeerd scheidingsteken?`,
      { file: label, line: 1 },
    );
  }
  // Headers match ignoring case, underscores, spaces and hyphens: DUO's open-data CSVs write
  // `EIGEN_OPLEIDINGSEENHEIDSLEUTEL` where the RIO attribute is `eigenOpleidingseenheidSleutel`, and
  // its other datasets use spaces (`BEVOEGD GEZAG NUMMER`). The first header with a key wins.
  // A header twice makes it ambiguous which column holds the value: refuse (issue #17 item 5).
  const headerIndex = new Map<string, number>();
  header.forEach((h, i) => {
    const k = headerKey(h);
    if (headerIndex.has(k) && k !== '') {
      throw new EdustandaardError<RioErrorCode>(
        'E_CSV_MALFORMED',
        `Kolom '${h}' staat twee keer in de kopregel (kolom ${headerIndex.get(k)! + 1} en ${i + 1}).`,
        { file: label, line: 1, column: i + 1 },
      );
    }
    headerIndex.set(k, i);
  });
  const logical = Object.keys(options.columns) as K[];
  const colIdx = new Map<K, number>();
  for (const k of logical) {
    const idx = headerIndex.get(headerKey(String(options.columns[k])));
    if (idx !== undefined) colIdx.set(k, idx);
  }
  const missing = options.required.filter((k) => !colIdx.has(k));
  if (missing.length) {
    throw new EdustandaardError<RioErrorCode>(
      'E_CSV_COLUMN_MISSING',
      `Kolom ontbreekt: ${missing.map((k) => options.columns[k]).join(', ')} (gevonden: ${header.join(', ')}).`,
      { file: label, line: 1 },
    );
  }
  const filterIdx = options.filter ? colIdx.get(options.filter.column) : undefined;
  if (options.filter && filterIdx === undefined) {
    throw new EdustandaardError<RioErrorCode>(
      'E_CSV_COLUMN_MISSING',
      `Kolom ontbreekt: ${options.columns[options.filter.column]}.`,
      { file: label, line: 1 },
    );
  }
  const layout: ScanLayout<K> = {
    label,
    encoding,
    separator,
    header,
    logical,
    columns: [...colIdx],
    ...(options.filter
      ? {
          filter: {
            index: filterIdx!,
            ...(options.filter.equals !== undefined ? { equals: options.filter.equals } : {}),
            ...(options.filter.in !== undefined ? { in: options.filter.in } : {}),
          },
        }
      : {}),
    dates: (options.dates ?? []).filter((k) => colIdx.has(k)).map((k) => [k, colIdx.get(k)!]),
    maxRecord,
    block,
  };
  // Key taps, with the index of their column (an absent column is skipped).
  const taps: PlacedTap<K>[] = (options.keys ?? [])
    .filter((t) => colIdx.has(t.column))
    .map((tap) => ({ tap, column: colIdx.get(tap.column)! }));
  for (const { tap } of taps) tap.misses = { count: 0, examples: [] };
  const scanner = new RecordScanner<K>(layout, taps, options.onRow);
  let pos = Math.min(headerEnd + 1, len);

  // --- a second thread for the second half ------------------------------------------------
  let part: ReturnType<CsvParallel['scan']> | undefined;
  const parallel = options.parallel;
  if (parallel && options.digest && size - pos >= parallel.minBytes) {
    const cut = await findCut(fh, pos + Math.floor((size - pos) / 2), size);
    // The part starts after the bytes already asked for: those read, and the block read ahead.
    if (cut !== -1 && cut >= reader.offset + block) {
      part = parallel.scan<K>({
        path,
        from: cut,
        size,
        layout,
        taps: taps.map(({ tap, column }) => ({
          column,
          ...(tap.add ? { addWords: tap.add.words.length } : {}),
          ...(tap.check ? { check: tap.check.words } : {}),
          ...(tap.steekproef !== undefined ? { steekproef: tap.steekproef } : {}),
        })),
      });
      keepPart(part);
      reader.end = cut;
    }
  }

  // --- the records -------------------------------------------------------------------------
  let lastProgress = 0;
  const progress = (): void => {
    if (options.onProgress && reader.offset - lastProgress >= 1 << 22) {
      lastProgress = reader.offset;
      options.onProgress({
        file: label,
        bytesRead: reader.offset,
        bytesTotal: size,
        rows: scanner.walker.rows,
      });
    }
  };
  let finalNewline = true;
  for (;;) {
    pos = await walkRange(reader, scanner, pos, progress);
    if (part === undefined) {
      finalNewline = scanner.finish(reader.buf, pos, reader.len);
      break;
    }
    // The first half is read. The part is usable when the first half ended exactly at the cut (the
    // line break there ended a record); else, or when the thread failed, this thread reads on.
    const running = part;
    part = undefined;
    keepPart(undefined);
    if (pos === reader.len) {
      const r = await running.result;
      if (!('crashed' in r) && !r.cancelled) {
        finalNewline = mergePart(r, scanner, taps, options.onRow, label);
        break;
      }
    } else running.cancel();
    reader.extend();
  }
  const rows = scanner.walker.rows;
  if (options.expectedRows !== undefined && rows !== options.expectedRows) {
    throw new EdustandaardError<RioErrorCode>(
      'E_CSV_TRUNCATED',
      `Bestand bevat ${rows} records, verwacht ${options.expectedRows}: waarschijnlijk onvolledig gedownload (handreiking §4.1).`,
      { file: label },
    );
  }
  const st1 = await fh.stat();
  if (st1.size !== size || st1.mtimeMs !== st0.mtimeMs)
    throw csvError(label, { kind: 'changed', what: `grootte ${size} → ${st1.size} bytes` });
  let sha256: string;
  if (options.digest) {
    let d;
    try {
      d = await options.digest;
    } catch (e) {
      throw csvError(label, { kind: 'unreadable', message: (e as Error).message }, 0, e);
    }
    if (d.changed || d.bytes !== size)
      throw csvError(label, { kind: 'changed', what: `sha256 over ${d.bytes} van ${size} bytes` });
    sha256 = d.sha256;
  } else sha256 = hash.digest('hex');
  if (options.expectedSha256 !== undefined && sha256 !== options.expectedSha256.toLowerCase()) {
    throw new EdustandaardError<RioErrorCode>(
      'E_CSV_TRUNCATED',
      `sha256 van het bestand is ${sha256}, opgegeven ${options.expectedSha256}: onvolledig of een andere versie.`,
      { file: label },
    );
  }
  options.onProgress?.({ file: label, bytesRead: size, bytesTotal: size, rows });
  return {
    file: label,
    separator,
    encoding,
    bytes: size,
    rows,
    matched: scanner.matched,
    header,
    sha256,
    finalNewline,
  };
}

/**
 * Takes over what the second thread found, as if this thread had read on: its first failure (lines
 * shifted to the file's numbering), else its rows in order, its record count and its key sets.
 * Returns whether the file ended with a line break.
 */
function mergePart<K extends string>(
  r: PartResult<K>,
  scanner: RecordScanner<K>,
  taps: readonly PlacedTap<K>[],
  onRow: (row: Record<K, string>, line: number) => void,
  label: string,
): boolean {
  // The part numbers its first record's line 2; here that line is the walker's next one.
  const shift = scanner.walker.line - 2;
  if (r.failure) throw csvError(label, r.failure, shift);
  for (const k of r.kept) {
    scanner.matched++;
    onRow(k.row, k.line + shift);
  }
  scanner.walker.rows += r.rows;
  taps.forEach(({ tap }, i) => {
    const words = r.adds[i];
    if (words && tap.add) tap.add.merge(words);
    const m = r.misses[i];
    if (m) {
      tap.misses!.count += m.count - Math.min(m.count, m.examples.length);
      for (const v of m.examples) tapMiss(tap, v);
    }
  });
  return r.finalNewline;
}

/**
 * The offset after the first line break at or after `mid`, or -1 when there is none within
 * {@link CUT_SEARCH} bytes (a record that long: one thread reads it).
 */
async function findCut(
  fh: Awaited<ReturnType<typeof open>>,
  mid: number,
  size: number,
): Promise<number> {
  const probe = Buffer.allocUnsafe(Math.min(CUT_SEARCH, size - mid));
  const { bytesRead } = await fh.read(probe, 0, probe.length, mid);
  const i = probe.subarray(0, bytesRead).indexOf(NL);
  return i === -1 || mid + i + 1 >= size ? -1 : mid + i + 1;
}

/**
 * Picks the separator that splits the header into the most fields (outside quotes).
 * @param headerLine - the decoded header line
 */
export function detectSeparator(headerLine: string): CsvSeparator {
  let best: CsvSeparator = ';';
  let bestCount = 0;
  for (const s of CSV_SEPARATORS) {
    const n = splitQuoted(headerLine, s).length - 1;
    if (n > bestCount) {
      best = s;
      bestCount = n;
    }
  }
  return best;
}

/** True when `bytes` is valid UTF-8, allowing a multi-byte sequence cut off at the end. */
function isUtf8Prefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
