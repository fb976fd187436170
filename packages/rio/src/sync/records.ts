/**
 * The per-record hot loop of the CSV scanner ({@link scanCsv} in csv.ts): walks every complete
 * record of a block, checks its width, feeds the key taps and picks out the records that may pass the
 * filter. It runs over every byte of DUO's national files (470 MiB, 3 million records), so it lives
 * in small synchronous methods over one object of fixed shape, which V8 optimises as a unit; as
 * closures inside the async scan (state in mutable captured variables) it cost three times as much.
 *
 * It works on a latin1 string mirror of the block (one character per byte, so offsets are byte
 * offsets): V8's string `indexOf` and `charCodeAt` cost a fraction of `Buffer#indexOf`'s call
 * overhead, which dominated on DUO's quoted fields. Values are decoded from the bytes by the caller.
 */
import { KeySet, keyHash, type KeyTap } from './keys.js';

const CR = 13;
const QUOTE = 34;
const SPACE = 0x20;
const TAB = 0x09;

/** What the walker hands back to the scan. */
export interface RecordHooks {
  /**
   * A record whose filter field matched (`quick` true), or whose filter field holds an escaped quote
   * so that only the decoded value can tell (`quick` undefined). [s, e) is the record without its
   * line break; `quoted` says whether it holds a quote at all.
   */
  candidate(s: number, e: number, quoted: boolean, line: number, quick: true | undefined): void;
  /** The error for a record of another width than the header (thrown by the walker). */
  wrongWidth(fields: number, line: number): Error;
}

/** The filter of a scan, as the walker compares it (values as latin1 strings of their UTF-8 bytes). */
export type RecordFilter =
  { column: number; equals: string } | { column: number; in: ReadonlySet<string> };

/**
 * Walks records; `rows` and `line` carry over from block to block.
 */
export class RecordWalker<K extends string> {
  /** Data records seen (the header not counted). */
  rows = 0;
  /** Physical line number of the next record (1 = the header). */
  line = 2;

  // What recordEnd found out about the record it walked.
  private fields = 0;
  private breaks = 0;
  private quoted = false;
  private escaped = false;
  private fs = -1;
  private fe = -1;
  // The filter field of the current record, trimmed, and its key hash when `filterHashed`.
  private ffs = 0;
  private ffe = 0;
  private fHash = 0;
  private filterHashed = false;

  private readonly sepCode: number;
  private readonly filterIdx: number;
  private readonly equals: string | undefined;
  private readonly inSet: ReadonlySet<string> | undefined;
  /** The filter set as key hashes: most fields are rejected by one bit lookup, without a string. */
  private readonly inKeys: KeySet | undefined;
  private readonly hashFilter: boolean;
  private readonly nTaps: number;
  /** Per column index, which tap slot records its offsets (-1: none). */
  private readonly tapSlot: Int8Array;
  private readonly tapStart: Int32Array;
  private readonly tapEnd: Int32Array;
  // Monomorphic per-slot arrays: the tap objects differ in shape (add or check).
  private readonly tapAdd: (KeySet | null)[];
  private readonly tapCheck: (KeySet | null)[];
  private readonly tapEvery: Int32Array;
  /** A tap on the filter column reuses the filter's hash (the cohort and offering files do so). */
  private readonly tapIsFilter: boolean[];

  /**
   * @param nCols - fields in the header
   * @param sepChar - the separator
   * @param filter - the filter (`undefined`: every record is a candidate)
   * @param taps - key taps with their column index
   * @param hooks - where candidates and width errors go
   */
  constructor(
    private readonly nCols: number,
    private readonly sepChar: string,
    filter: RecordFilter | undefined,
    private readonly taps: readonly { tap: KeyTap<K>; column: number }[],
    private readonly hooks: RecordHooks,
  ) {
    this.sepCode = sepChar.charCodeAt(0);
    this.filterIdx = filter ? filter.column : -1;
    this.equals = filter && 'equals' in filter ? filter.equals : undefined;
    this.inSet = filter && 'in' in filter ? filter.in : undefined;
    // ~64 bits per value, at least 8 KiB: a false hit (confirmed on the exact value) stays rare and
    // the map small enough to stay in the processor's cache while millions of records are tested.
    this.inKeys = this.inSet
      ? new KeySet(Math.min(23, Math.max(16, Math.ceil(Math.log2(this.inSet.size * 64 + 1)))))
      : undefined;
    for (const k of this.inSet ?? []) this.inKeys!.add(keyHash(k, 0, k.length));
    this.nTaps = taps.length;
    this.tapSlot = new Int8Array(nCols).fill(-1);
    taps.forEach((t, i) => (this.tapSlot[t.column] = i));
    this.tapStart = new Int32Array(taps.length);
    this.tapEnd = new Int32Array(taps.length);
    this.tapAdd = taps.map((t) => t.tap.add ?? null);
    this.tapCheck = taps.map((t) => t.tap.check ?? null);
    this.tapEvery = Int32Array.from(taps, (t) => Math.max(1, Math.floor(t.tap.steekproef ?? 1)));
    this.tapIsFilter = taps.map((t) => t.column === this.filterIdx);
    this.hashFilter = this.inKeys !== undefined || this.tapIsFilter.some(Boolean);
  }

  /**
   * Walks the complete records of `text` from `pos`; returns the offset of the first record that
   * the block does not hold completely (`text.length` when none is left).
   * @param text - latin1 mirror of the buffered bytes
   * @param pos - offset of the first record
   */
  walk(text: string, pos: number): number {
    const nCols = this.nCols;
    for (;;) {
      const end = this.recordEnd(text, pos);
      if (end === -1) return pos;
      const e = end > pos && text.charCodeAt(end - 1) === CR ? end - 1 : end;
      const recLine = this.line;
      this.line += this.breaks + 1;
      if (e > pos) {
        this.rows++;
        if (this.fields !== nCols) throw this.hooks.wrongWidth(this.fields, recLine);
        this.filterHashed = false;
        // escaped quotes in the filter field: the caller compares the decoded value
        const quick =
          this.filterIdx === -1
            ? true
            : this.escaped
              ? undefined
              : this.fieldMatches(text, this.fs, this.fe);
        if (this.nTaps !== 0) this.tapRecord(text);
        if (quick !== false) this.hooks.candidate(pos, e, this.quoted, recLine, quick);
      }
      pos = end + 1;
    }
  }

  /**
   * End (index of the terminating LF) of the record at `from`, or -1 when the text ends first.
   * RFC 4180: a quote opens a quoted field only at the start of a field; inside it `""` is a literal
   * quote and separators and line breaks are data; a quote elsewhere is an ordinary character. One
   * pass: jumps from quote to quote and from separator to separator; notes the filter field and the
   * tapped ones. A separator right after a closing quote (DUO quotes every text field) is taken
   * without a search.
   */
  private recordEnd(text: string, from: number): number {
    let nl = text.indexOf('\n', from);
    if (nl === -1) return -1;
    const len = text.length;
    const filterIdx = this.filterIdx;
    const nCols = this.nCols;
    const sepCode = this.sepCode;
    let i = from;
    let field = 0;
    let breaks = 0;
    let quoted = false;
    let escaped = false;
    let fs = -1;
    let fe = -1;
    for (;;) {
      const isFilter = field === filterIdx;
      const slot = field < nCols ? this.tapSlot[field]! : -1;
      let vs = i;
      let ve = -1;
      if (text.charCodeAt(i) === QUOTE) {
        quoted = true;
        let q = text.indexOf('"', i + 1);
        for (;;) {
          if (q === -1 || q + 1 >= len) return -1; // closing quote not (surely) in the text yet
          if (text.charCodeAt(q + 1) !== QUOTE) break;
          if (isFilter) escaped = true;
          q = text.indexOf('"', q + 2);
        }
        while (nl < q) {
          breaks++;
          nl = text.indexOf('\n', nl + 1);
          if (nl === -1) return -1;
        }
        vs = i + 1;
        ve = q;
        i = q + 1;
      }
      const sp = text.charCodeAt(i) === sepCode ? i : i >= nl ? -1 : text.indexOf(this.sepChar, i);
      const last = sp === -1 || sp > nl;
      if (ve === -1) ve = last ? nl : sp;
      if (isFilter) {
        fs = vs;
        fe = ve;
      }
      if (slot !== -1) {
        this.tapStart[slot] = vs;
        this.tapEnd[slot] = ve;
      }
      if (last) {
        this.fields = field + 1;
        this.breaks = breaks;
        this.quoted = quoted;
        this.escaped = escaped;
        this.fs = fs;
        this.fe = fe;
        return nl;
      }
      field++;
      i = sp + 1;
    }
  }

  /** Compares characters [fs, fe) of the mirror, without surrounding blanks, with the filter. */
  private fieldMatches(text: string, fs: number, fe: number): boolean {
    let c: number;
    while (fs < fe && ((c = text.charCodeAt(fs)) === SPACE || c === TAB)) fs++;
    while (fe > fs && ((c = text.charCodeAt(fe - 1)) === SPACE || c === TAB || c === CR)) fe--;
    this.ffs = fs;
    this.ffe = fe;
    if (this.hashFilter) {
      this.fHash = keyHash(text, fs, fe);
      this.filterHashed = true;
    }
    const eq = this.equals;
    if (eq !== undefined) return fe - fs === eq.length && text.startsWith(eq, fs);
    return this.inKeys!.has(this.fHash) && this.inSet!.has(text.slice(fs, fe));
  }

  /** Feeds the key taps from the offsets `recordEnd` noted (trimmed as the scan trims values). */
  private tapRecord(text: string): void {
    const rows = this.rows;
    for (let k = 0; k < this.nTaps; k++) {
      const every = this.tapEvery[k]!;
      const add = this.tapAdd[k]!;
      if (add === null && rows % every !== 0) continue;
      let fs: number;
      let fe: number;
      let h: number;
      if (this.tapIsFilter[k] && this.filterHashed) {
        fs = this.ffs;
        fe = this.ffe;
        if (fe === fs) continue;
        h = this.fHash;
      } else {
        fs = this.tapStart[k]!;
        fe = this.tapEnd[k]!;
        let c: number;
        while (fs < fe && ((c = text.charCodeAt(fs)) === SPACE || c === TAB)) fs++;
        while (fe > fs && ((c = text.charCodeAt(fe - 1)) === SPACE || c === TAB || c === CR)) fe--;
        if (fe === fs) continue;
        h = keyHash(text, fs, fe);
      }
      if (add !== null) add.add(h);
      const check = this.tapCheck[k]!;
      if (check !== null && rows % every === 0 && !check.has(h))
        tapMiss(this.taps[k]!.tap, Buffer.from(text.slice(fs, fe), 'latin1').toString('utf8'));
    }
  }
}

/**
 * Counts a value that a tap's `check` set did not hold, keeping the first three as read.
 * @param t - the tap
 * @param value - the decoded value
 */
export function tapMiss<K extends string>(t: KeyTap<K>, value: string): void {
  t.misses ??= { count: 0, examples: [] };
  t.misses.count++;
  if (t.misses.examples.length < 3) t.misses.examples.push(value);
}
