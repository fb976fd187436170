/**
 * Compact sets of key hashes for the referential checks over whole DUO exports (issue #12, #17 item 5):
 * a line-boundary cut of a national file leaves a well-formed CSV, but the rows that refer to what was
 * cut away no longer resolve. Holding every key of a 150 MB export as strings would cost hundreds of
 * megabytes; a bit per hash value costs 1 MiB per set. A collision can only hide a missing key (a
 * missed detection), never report a present one as missing.
 */

/**
 * FNV-1a over the characters [from, to) of a latin1 string (one character per byte, as the scanner's
 * mirror of the file). Never 0 (0 marks an empty slot).
 * @param text - latin1 mirror (or any string whose characters are bytes)
 * @param from - start offset
 * @param to - end offset (exclusive)
 */
export function keyHash(text: string, from: number, to: number): number {
  // The length and the last 16 characters: RIO's keys are short codes (`1000O0001`, `100A001`) or
  // UUIDs whose tail is random (an EDU-DEX UUID shares its `ED0C`/`ED0B` head).
  let h = Math.imul(0x811c9dc5 ^ (to - from), 0x01000193);
  for (let i = Math.max(from, to - 16); i < to; i++)
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
}

/**
 * The hash of a decoded value, equal to {@link keyHash} over the same bytes in the file.
 * @param value - a decoded, trimmed field
 */
export function keyHashOf(value: string): number {
  const latin1 = Buffer.from(value, 'utf8').toString('latin1');
  return keyHash(latin1, 0, latin1.length);
}

/** Bits of a {@link KeySet}: 2²³ = 1 MiB. */
const KEY_BITS = 23;

/**
 * A set of key hashes as a 2²³-bit map (1 MiB, one bit per hash value): small enough to stay in the
 * processor's cache while millions of rows are checked against it, which an exact hash table of the
 * same keys (tens of megabytes, a cache miss per lookup) is not. A key that was added is always found;
 * a missing key can hit a bit another key set (≈ keys / 2²³, 7 % at DUO's 600,000 offerings), so a
 * single missing row may go unnoticed — a cut-off file leaves thousands, of which some 93 % are seen.
 */
export class KeySet {
  private readonly map: Uint32Array;
  private readonly shift: number;

  /**
   * @param bits - log2 of the number of bits (default 23: 1 MiB). A smaller map for a small set
   *   (a filter of a few thousand codes) stays in the processor's nearest cache.
   */
  constructor(bits = KEY_BITS) {
    this.map = new Uint32Array(1 << (bits - 5));
    this.shift = 32 - bits;
  }

  /**
   * A set over the given bit map, as {@link KeySet.words} gave it (another thread's set).
   * @param words - the bit map; its length fixes the size
   */
  static fromWords(words: Uint32Array): KeySet {
    const set = new KeySet(5 + Math.log2(words.length));
    set.map.set(words);
    return set;
  }

  /** The bit map (a copy), to hand to another thread. */
  get words(): Uint32Array {
    return this.map.slice();
  }

  /**
   * Adds every key of another set of the same size (a part of a file scanned on another thread).
   * @param words - the other set's {@link KeySet.words}
   */
  merge(words: Uint32Array): void {
    if (words.length !== this.map.length) throw new RangeError('KeySet sizes differ');
    for (let i = 0; i < words.length; i++) this.map[i] = this.map[i]! | words[i]!;
  }

  /** @param h - a hash from {@link keyHash} */
  add(h: number): void {
    const b = Math.imul(h, 0x9e3779b1) >>> this.shift;
    const i = b >>> 5;
    this.map[i] = this.map[i]! | (1 << (b & 31));
  }

  /** @param h - a hash from {@link keyHash} */
  has(h: number): boolean {
    const b = Math.imul(h, 0x9e3779b1) >>> this.shift;
    return (this.map[b >>> 5]! & (1 << (b & 31))) !== 0;
  }

  /**
   * How many of this set's bits the other set lacks: a lower bound of the keys added here that were
   * never added there.
   * @param other - the set that should hold every key of this one (of the same size)
   */
  countNotIn(other: KeySet): number {
    if (other.shift !== this.shift) throw new RangeError('KeySet sizes differ');
    let n = 0;
    for (let i = 0; i < this.map.length; i++) {
      let x = this.map[i]! & ~other.map[i]!;
      while (x) {
        x &= x - 1;
        n++;
      }
    }
    return n;
  }
}

/**
 * One key column of a scan: every record's value is added to `add`, and/or looked up in `check`;
 * values not found are counted, the first few kept (as read) for the message.
 */
export interface KeyTap<K extends string> {
  column: K;
  add?: KeySet;
  check?: KeySet;
  /**
   * Check only every n-th record (default 1: all). A file cut at a line boundary leaves thousands
   * of rows that refer to what was cut away; a sample sees them as surely, at a fraction of the cost.
   */
  steekproef?: number;
  /** Records whose value `check` did not hold (filled by the scan). */
  misses?: { count: number; examples: string[] };
}
