/**
 * A streaming, filtering CSV scanner for the DUO open-data exports (synchronisation guide §4.1).
 *
 * The exports are hundreds of megabytes; only the rows of one onderwijsbestuur matter. The scanner
 * reads the file in fixed-size blocks, finds record boundaries with native `indexOf`, and decodes a
 * record to strings only when its filter field matches — so memory stays flat whatever the file
 * size. It detects the separator and the encoding, maps columns by header name, and refuses files
 * that look like an incomplete download (guide §4.1 "Let op" 6): an unterminated last record, a file
 * far below its expected size, or a row count other than the expected one.
 */
import type { RioErrorCode } from '../errors.js';
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { EdustandaardError } from '@edustandaard/core';
import { headerKey, isIsoDate } from './config.js';
import { keyHashOf, type KeyTap } from './keys.js';
import { RecordWalker, tapMiss } from './records.js';

/** Separators the detector considers, in order of preference on a tie. */
export const CSV_SEPARATORS = [';', ',', '\t', '|'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];
export type CsvEncoding = 'utf-8' | 'windows-1252';

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
}

/** Progress callback: bytes read so far and records seen so far. */
export type CsvProgress = (p: {
  file: string;
  bytesRead: number;
  bytesTotal: number;
  rows: number;
}) => void;

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
  /** Block size in bytes (default 1 MiB). */
  blockSize?: number;
  /** Longest record accepted, in bytes (default 4 MiB): bounds memory on an unterminated quote. */
  maxRecordBytes?: number;
  /**
   * Key columns hashed in every record (not only the kept ones), for the referential checks across
   * whole exports; an absent column is skipped, an empty value too.
   */
  keys?: readonly KeyTap<K>[];
}

/** Bytes inspected to choose the encoding; invalid UTF-8 after this is an error, not a guess. */
export const ENCODING_SAMPLE = 64 * 1024;
const NL = 10;
const CR = 13;
const QUOTE = 34;

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
  const unreadable = (e: unknown): EdustandaardError<RioErrorCode> =>
    new EdustandaardError<RioErrorCode>(
      'E_IO',
      `Bestand kan niet worden gelezen: ${(e as Error).message}`,
      { file: label },
      { cause: e },
    );
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    throw unreadable(e);
  }
  let inFlight: Promise<unknown> | undefined; // a read-ahead still running when an error ends the scan
  try {
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
    let buf = Buffer.allocUnsafe(2 * block);
    let len = 0; // valid bytes in buf
    let fileOffset = 0;
    let eof = false;
    const hash = createHash('sha256');
    const changed = (what: string): EdustandaardError<RioErrorCode> =>
      new EdustandaardError<RioErrorCode>(
        'E_CSV_TRUNCATED',
        `Bestand is tijdens het lezen veranderd (${what}): download opnieuw en laat het bestand met rust tijdens de synchronisatie.`,
        { file: label },
      );
    // Read-ahead: the next block is read into `spare` while the current one is scanned.
    const spare = Buffer.allocUnsafe(block);
    let ahead: Promise<{ bytesRead: number } | Error> | undefined;
    const readAhead = (): void => {
      ahead = fh!.read(spare, 0, block, fileOffset).then(
        (r) => r,
        (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
      );
      inFlight = ahead;
    };
    const fill = async (): Promise<void> => {
      if (!ahead) readAhead();
      const r = await ahead!;
      ahead = undefined;
      if (r instanceof Error) throw unreadable(r);
      const bytesRead = r.bytesRead;
      if (len + bytesRead > buf.length) {
        const bigger = Buffer.allocUnsafe(Math.max(buf.length * 2, len + bytesRead));
        buf.copy(bigger, 0, 0, len);
        buf = bigger;
      }
      spare.copy(buf, len, 0, bytesRead);
      if (!options.digest) hash.update(spare.subarray(0, bytesRead));
      fileOffset += bytesRead;
      len += bytesRead;
      if (bytesRead === 0) {
        eof = true;
        if (fileOffset !== size) throw changed(`${fileOffset} van ${size} bytes gelezen`);
      } else readAhead();
    };

    // --- header, encoding and separator detection --------------------------------------------
    await fill();
    while (!eof && buf.indexOf(NL, 0) === -1 && len < 1 << 22) await fill();
    let start = 0;
    if (len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
    // UTF-16 (a BOM, or NUL bytes in the header) would be read as garbage with 0 rows matched: refuse it.
    const headProbe = buf.subarray(0, Math.min(len, 4096));
    if (
      (len >= 2 &&
        ((buf[0] === 0xfe && buf[1] === 0xff) || (buf[0] === 0xff && buf[1] === 0xfe))) ||
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
    const decoder = new TextDecoder(encoding, { fatal: true });
    let headerEnd = buf.indexOf(NL, start);
    // A file that is only a header without a line break is complete (0 records).
    if ((headerEnd === -1 || headerEnd >= len) && eof && len > start) headerEnd = len;
    if (headerEnd === -1 || headerEnd > len) {
      throw new EdustandaardError<RioErrorCode>(
        'E_CSV_TRUNCATED',
        'Bestand bevat geen volledige kopregel.',
        {
          file: label,
          line: 1,
        },
      );
    }
    const headerBytes = buf.subarray(
      start,
      headerEnd > start && buf[headerEnd - 1] === CR ? headerEnd - 1 : headerEnd,
    );
    const headerText = decoder.decode(headerBytes);
    const separator = options.separator ?? detectSeparator(headerText);
    const sepByte = separator.charCodeAt(0);
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
    const nCols = header.length;
    const filterIdx = options.filter ? colIdx.get(options.filter.column) : undefined;
    if (options.filter && filterIdx === undefined) {
      throw new EdustandaardError<RioErrorCode>(
        'E_CSV_COLUMN_MISSING',
        `Kolom ontbreekt: ${options.columns[options.filter.column]}.`,
        {
          file: label,
          line: 1,
        },
      );
    }
    // Both filters compare the field with surrounding spaces and tabs removed, as `emit` trims values.
    const equalsTrimmed = options.filter?.equals?.trim();
    const equalsBytes =
      equalsTrimmed !== undefined ? Buffer.from(equalsTrimmed, 'utf8') : undefined;
    const dateCols = (options.dates ?? [])
      .filter((k) => colIdx.has(k))
      .map((k) => [k, colIdx.get(k)!] as const);
    const inSet = options.filter?.in;
    // Key taps, with the index of their column (an absent column is skipped).
    const taps = (options.keys ?? []).filter((t) => colIdx.has(t.column));
    for (const t of taps) t.misses = { count: 0, examples: [] };

    let matched = 0;
    let pos = Math.min(headerEnd + 1, len);

    const decodeRecord = (s: number, e: number, quoted: boolean, recLine: number): string[] => {
      let text: string;
      try {
        text = decoder.decode(buf.subarray(s, e));
      } catch {
        throw new EdustandaardError<RioErrorCode>(
          'E_CSV_ENCODING',
          `Ongeldige ${encoding}-bytes in regel ${recLine}; sla het bestand op als UTF-8.`,
          { file: label, line: recLine },
        );
      }
      if (text.indexOf('\0') !== -1) {
        throw new EdustandaardError<RioErrorCode>(
          'E_CSV_MALFORMED',
          `NUL-byte in regel ${recLine}: het bestand is beschadigd of geen tekst.`,
          { file: label, line: recLine },
        );
      }
      if (encoding === 'windows-1252' && looksUtf8(buf.subarray(s, e))) {
        throw new EdustandaardError<RioErrorCode>(
          'E_CSV_ENCODING',
          `Regel ${recLine} is UTF-8 in een bestand dat elders windows-1252 is (gemengde codering): waarden zijn niet betrouwbaar; download opnieuw.`,
          { file: label, line: recLine },
        );
      }
      return quoted ? splitQuoted(text, separator) : text.split(separator);
    };
    const emit = (fields: string[], recLine: number): void => {
      if (fields.length !== nCols) {
        throw new EdustandaardError<RioErrorCode>(
          'E_CSV_MALFORMED',
          `Regel heeft ${fields.length} velden, de kopregel ${nCols} (scheidingsteken '${printable(separator)}').`,
          { file: label, line: recLine },
        );
      }
      const row = {} as Record<K, string>;
      for (const k of logical) {
        const i = colIdx.get(k);
        row[k] = i === undefined ? '' : (fields[i] ?? '').trim();
      }
      for (const [k, i] of dateCols) {
        const v = row[k];
        if (v !== '' && !isIsoDate(v)) {
          throw new EdustandaardError<RioErrorCode>(
            'E_CSV_VALUE',
            `Kolom ${header[i]}: '${v.slice(0, 40)}' is geen datum JJJJ-MM-DD (regel ${recLine}).`,
            { file: label, line: recLine, column: i + 1 },
          );
        }
      }
      matched++;
      options.onRow(row, recLine);
    };
    const inLatin1 = inSet
      ? new Set([...inSet].map((v) => Buffer.from(v.trim(), 'utf8').toString('latin1')))
      : undefined;
    const passesDecoded = (fields: string[]): boolean => {
      if (filterIdx === undefined) return true;
      const v = (fields[filterIdx] ?? '').trim();
      return equalsTrimmed !== undefined ? v === equalsTrimmed : inSet!.has(v);
    };
    // Every record's field count is checked, not only the bestuur's: a row of another width is a
    // damaged file (a cut-and-joined download, another separator), whoever's row it is.
    const wrongWidth = (fields: number, recLine: number): EdustandaardError<RioErrorCode> =>
      new EdustandaardError<RioErrorCode>(
        'E_CSV_MALFORMED',
        `Regel heeft ${fields} velden, de kopregel ${nCols} (scheidingsteken '${printable(separator)}').`,
        { file: label, line: recLine },
      );
    const walker = new RecordWalker<K>(
      nCols,
      separator,
      filterIdx === undefined
        ? undefined
        : inLatin1
          ? { column: filterIdx, in: inLatin1 }
          : { column: filterIdx, equals: equalsBytes!.toString('latin1') },
      taps.map((tap) => ({ tap, column: colIdx.get(tap.column)! })),
      {
        candidate: (s, e, quoted, recLine, quick) => {
          const fields = decodeRecord(s, e, quoted, recLine);
          if (quick === true || passesDecoded(fields)) emit(fields, recLine);
        },
        wrongWidth,
      },
    );
    let text = buf.toString('latin1', 0, len);
    let lastProgress = 0;
    for (;;) {
      pos = walker.walk(text, pos);
      // need more data
      if (eof) break;
      if (pos > 0) {
        buf.copy(buf, 0, pos, len);
        len -= pos;
        pos = 0;
      }
      if (len >= maxRecord) {
        throw new EdustandaardError<RioErrorCode>(
          'E_CSV_MALFORMED',
          `Record vanaf regel ${walker.line} is langer dan ${maxRecord} bytes: niet-afgesloten aanhalingsteken of geen regeleinden.`,
          { file: label, line: walker.line },
        );
      }
      await fill();
      text = buf.toString('latin1', 0, len);
      if (options.onProgress && fileOffset - lastProgress >= 1 << 22) {
        lastProgress = fileOffset;
        options.onProgress({
          file: label,
          bytesRead: fileOffset,
          bytesTotal: size,
          rows: walker.rows,
        });
      }
    }
    let rows = walker.rows;
    const line = walker.line;
    let finalNewline = true;
    if (pos < len) {
      const rest = buf.subarray(pos, len);
      if (rest.some((b) => b !== CR && b !== 0x20 && b !== 0x09)) {
        // A last record without a line break is accepted when it is complete: its quotes are closed
        // and it has as many fields as the header. Anything else is a cut-off download.
        let e = len;
        while (e > pos && (buf[e - 1] === CR || buf[e - 1] === 0x20 || buf[e - 1] === 0x09)) e--;
        const truncated = (): EdustandaardError<RioErrorCode> =>
          new EdustandaardError<RioErrorCode>(
            'E_CSV_TRUNCATED',
            `Laatste record (regel ${line}) is niet afgesloten: het bestand is waarschijnlijk onvolledig gedownload (handreiking §4.1).`,
            { file: label, line },
          );
        if (!quotesClosed(buf, pos, e, sepByte)) throw truncated();
        let fields: string[];
        try {
          fields = decodeRecord(
            pos,
            e,
            buf.indexOf(QUOTE, pos) !== -1 && buf.indexOf(QUOTE, pos) < e,
            line,
          );
        } catch (err) {
          if (err instanceof EdustandaardError && err.code === 'E_CSV_ENCODING') throw truncated();
          throw err;
        }
        if (fields.length !== nCols) throw truncated();
        rows++;
        finalNewline = false;
        for (const t of taps) {
          const v = (fields[colIdx.get(t.column)!] ?? '').trim();
          if (v === '') continue;
          const h = keyHashOf(v);
          t.add?.add(h);
          if (t.check && !t.check.has(h)) tapMiss(t, v);
        }
        if (passesDecoded(fields)) emit(fields, line);
      }
    }
    if (options.expectedRows !== undefined && rows !== options.expectedRows) {
      throw new EdustandaardError<RioErrorCode>(
        'E_CSV_TRUNCATED',
        `Bestand bevat ${rows} records, verwacht ${options.expectedRows}: waarschijnlijk onvolledig gedownload (handreiking §4.1).`,
        { file: label },
      );
    }
    const st1 = await fh.stat();
    if (st1.size !== size || st1.mtimeMs !== st0.mtimeMs)
      throw changed(`grootte ${size} → ${st1.size} bytes`);
    let sha256: string;
    if (options.digest) {
      let d;
      try {
        d = await options.digest;
      } catch (e) {
        throw unreadable(e);
      }
      if (d.changed || d.bytes !== size) throw changed(`sha256 over ${d.bytes} van ${size} bytes`);
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
      matched,
      header,
      sha256,
      finalNewline,
    };
  } finally {
    await inFlight;
    await fh.close();
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

function printable(sep: string): string {
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
