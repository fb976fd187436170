/**
 * Compact sets of key hashes for the referential checks over whole DUO exports (issue #12, #17 item 5):
 * a line-boundary cut of a national file leaves a well-formed CSV, but the rows that refer to what was
 * cut away no longer resolve. Holding every key of a 150 MB export as strings would cost hundreds of
 * megabytes; a 32-bit hash per key costs 8 bytes. A hash collision can only hide a missing key (a
 * missed detection, chance ≈ keys / 2³²), never report a present one as missing.
 */

/**
 * FNV-1a over the characters [from, to) of a latin1 string (one character per byte, as the scanner's
 * mirror of the file). Never 0 (0 marks an empty slot).
 * @param text - latin1 mirror (or any string whose characters are bytes)
 * @param from - start offset
 * @param to - end offset (exclusive)
 */
export function keyHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
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

/** An open-addressing set of non-zero 32-bit hashes. */
export class KeySet {
  private slots = new Uint32Array(1024);
  private n = 0;

  /** Number of distinct hashes held. */
  get size(): number {
    return this.n;
  }

  /** @param h - a hash from {@link keyHash} */
  add(h: number): void {
    if ((this.n + 1) * 2 > this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    let i = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const s = this.slots[i]!;
      if (s === h) return;
      if (s === 0) {
        this.slots[i] = h;
        this.n++;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  /** @param h - a hash from {@link keyHash} */
  has(h: number): boolean {
    const mask = this.slots.length - 1;
    let i = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const s = this.slots[i]!;
      if (s === h) return true;
      if (s === 0) return false;
      i = (i + 1) & mask;
    }
  }

  /** Every hash held (no order). */
  *values(): IterableIterator<number> {
    for (const s of this.slots) if (s !== 0) yield s;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.n = 0;
    for (const s of old) if (s !== 0) this.add(s);
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
  /** Records whose value `check` did not hold (filled by the scan). */
  misses?: { count: number; examples: string[] };
}
