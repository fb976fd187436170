/**
 * Cardinality notation and the narrowing check (`OSO SWV profielen 2024.1` §2.6, notation table:
 * `0` verboden, `?` optioneel, `1` verplicht, `*` optioneel meervoudig, `+` verplicht meervoudig).
 *
 * A profile may only narrow its base (DESIGN.md §2, STYLE.md "Worth absorbing" 3): the minimum may
 * only rise and the maximum only fall.
 */
import { CARDINALITIES, type Cardinality, type Occurs, type XsdOccurs } from './types.js';

const BOUNDS: Record<Cardinality, Occurs> = {
  '0': { min: 0, max: 0 },
  '?': { min: 0, max: 1 },
  '1': { min: 1, max: 1 },
  '*': { min: 0, max: null },
  '+': { min: 1, max: null },
};

/**
 * True when `value` is one of the five cardinality symbols.
 * @param value - any value
 */
export function isCardinality(value: unknown): value is Cardinality {
  return typeof value === 'string' && (CARDINALITIES as readonly string[]).includes(value);
}

/**
 * The bounds of a cardinality symbol, or explicit bounds as they are (validated).
 * @param c - a symbol (`'+'`) or explicit bounds (`{ min: 1, max: null }`; `'unbounded'` is accepted for `null`)
 * @returns `{ min, max }` with `max: null` for unbounded, or `undefined` when `c` is not a valid cardinality
 */
export function toOccurs(c: Cardinality | XsdOccurs): Occurs | undefined {
  if (typeof c === 'string') return isCardinality(c) ? { ...BOUNDS[c] } : undefined;
  if (c === null || typeof c !== 'object') return undefined;
  const min = c.min;
  const max = c.max === 'unbounded' ? null : c.max;
  if (!Number.isInteger(min) || min < 0) return undefined;
  if (max !== null && (!Number.isInteger(max) || max < min)) return undefined;
  return { min, max };
}

/**
 * Renders bounds in the document notation where one fits (`'?'`), else as `min..max` (`'2..n'`).
 * @param c - a symbol or explicit bounds
 */
export function formatCardinality(c: Cardinality | XsdOccurs): string {
  if (typeof c === 'string') return c;
  const o = toOccurs(c);
  if (!o) return JSON.stringify(c);
  c = o;
  for (const sym of CARDINALITIES) {
    const b = BOUNDS[sym];
    if (b.min === c.min && b.max === c.max) return sym;
  }
  return `${c.min}..${c.max === null ? 'n' : c.max}`;
}

/** Result of {@link checkNarrowing}. */
export interface NarrowingResult {
  /** True when the requested cardinality lies within the base (equal counts as narrowing). */
  ok: boolean;
  base: Occurs;
  requested: Occurs;
  /** Which bound widens, when `ok` is false. */
  widens?: 'min' | 'max' | 'both';
}

/**
 * Checks that a profile cardinality narrows (or equals) the base cardinality: `min` may only rise,
 * `max` may only fall. `'0'` (verboden) narrows any optional base; it widens a required one.
 * @param baseCardinality - the data set's cardinality (symbol or XSD bounds)
 * @param profileCardinality - the profile's cardinality
 * @returns the verdict with both bounds; throws `TypeError` for a value that is not a cardinality (programming error)
 */
export function checkNarrowing(
  baseCardinality: Cardinality | XsdOccurs,
  profileCardinality: Cardinality | XsdOccurs,
): NarrowingResult {
  const base = toOccurs(baseCardinality);
  const requested = toOccurs(profileCardinality);
  if (!base) throw new TypeError(`Ongeldige cardinaliteit: ${JSON.stringify(baseCardinality)}`);
  if (!requested)
    throw new TypeError(`Ongeldige cardinaliteit: ${JSON.stringify(profileCardinality)}`);
  const minWidens = requested.min < base.min;
  const maxWidens = base.max !== null && (requested.max === null || requested.max > base.max);
  const ok = !minWidens && !maxWidens;
  return ok
    ? { ok, base, requested }
    : { ok, base, requested, widens: minWidens && maxWidens ? 'both' : minWidens ? 'min' : 'max' };
}
