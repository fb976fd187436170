/**
 * Simple-type checking and conversion (XML Schema Part 2): lexical space checks of the built-ins
 * (§3.2.2 boolean, §3.2.3 decimal, §3.3.13 integer, §3.3.17 int, §3.2.9 date) and the facets
 * length/minLength/maxLength (counted in characters), pattern (Appendix F regex), enumeration and
 * min/max inclusive/exclusive. Whitespace: `preserve` for string, `collapse` for the others (§4.3.6).
 */
import type { SimpleTypeDef, XsdBuiltin } from './types.js';

/** A facet or lexical violation: `code` is the suffix of the finding code (`type`, `maxLength`, …). */
export interface SimpleProblem {
  code: 'type' | 'length' | 'minLength' | 'maxLength' | 'pattern' | 'range' | 'enumeration';
  /** Everything its message (`XSD_MESSAGES`, said of an element or an attribute) is rendered from. */
  params: Record<string, unknown>;
}

/** A compiled simple type: check a lexical value and convert it to its JSON value. */
export interface CompiledSimple {
  def: SimpleTypeDef;
  /** Returns the first problem of a lexical value, or `null` when valid. */
  check(lexical: string): SimpleProblem | null;
  /** Converts a VALID lexical value to the model value (boolean, number, or string). */
  toValue(lexical: string): unknown;
  /** Converts a model value back to its lexical form; `undefined` when the value has the wrong JS type. */
  toLexical(value: unknown): string | undefined;
}

const RE_BOOLEAN = /^(?:true|false|1|0)$/;
const RE_INTEGER = /^[+-]?[0-9]+$/;
const RE_DECIMAL = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;
const RE_DATE =
  /^(-?[0-9]{4,})-([0-9]{2})-([0-9]{2})(Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))?$/;
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

const TYPE_LABEL: Record<XsdBuiltin, string> = {
  string: 'tekst',
  boolean: 'booleaanse waarde (true, false, 1 of 0)',
  int: 'geheel getal (xs:int)',
  integer: 'geheel getal',
  decimal: 'decimaal getal (met punt)',
  date: 'datum (JJJJ-MM-DD)',
};

/**
 * Translates an XSD regular expression (Part 2 Appendix F) to an anchored JS RegExp with the `u` flag.
 * `\d` means any Unicode decimal digit in XSD, as `\p{Nd}`.
 * @param xsd - the pattern facet value
 */
export function xsdPatternToRegExp(xsd: string): RegExp {
  if (/\\[iIcC]/.test(xsd)) throw new Error(`XSD pattern escape \\i/\\c is not supported: ${xsd}`);
  let out = '';
  for (let i = 0; i < xsd.length; i++) {
    const ch = xsd[i]!;
    if (ch === '\\' && i + 1 < xsd.length) {
      const nx = xsd[i + 1]!;
      if (nx === 'd') out += '\\p{Nd}';
      else if (nx === 'D') out += '\\P{Nd}';
      else out += ch + nx;
      i++;
    } else out += ch;
  }
  return new RegExp(`^(?:${out})$`, 'u');
}

function charLength(s: string): number {
  // Code points, not UTF-16 units (XSD counts characters).
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function lexicalOk(base: XsdBuiltin, v: string): boolean {
  switch (base) {
    case 'string':
      return true;
    case 'boolean':
      return RE_BOOLEAN.test(v);
    case 'integer':
      return RE_INTEGER.test(v);
    case 'int': {
      if (!RE_INTEGER.test(v)) return false;
      const n = Number(v);
      return n >= INT_MIN && n <= INT_MAX;
    }
    case 'decimal':
      return RE_DECIMAL.test(v);
    case 'date': {
      const m = RE_DATE.exec(v);
      if (!m) return false;
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      return y !== 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
    }
  }
}

/**
 * Compiles a simple type definition (patterns are compiled once).
 * @param def - the simple type
 */
export function compileSimple(def: SimpleTypeDef): CompiledSimple {
  const base = def.base;
  const collapse = base !== 'string';
  const patterns = (def.pattern ?? []).map((p) => ({ source: p, re: xsdPatternToRegExp(p) }));
  const enumeration = def.enumeration ? new Set(def.enumeration) : undefined;
  const numeric = base === 'int' || base === 'integer' || base === 'decimal';
  const hasRange =
    def.minInclusive !== undefined ||
    def.maxInclusive !== undefined ||
    def.minExclusive !== undefined ||
    def.maxExclusive !== undefined;
  const hasLength =
    def.length !== undefined || def.minLength !== undefined || def.maxLength !== undefined;
  const label = TYPE_LABEL[base];

  const check = (lexical: string): SimpleProblem | null => {
    const v = collapse ? lexical.trim() : lexical;
    if (!lexicalOk(base, v)) {
      return {
        code: 'type',
        params: { type: def.name ?? `xs:${base}`, label },
      };
    }
    // Code points lie between length/2 and length: count only when that range straddles a limit
    // (an attachment of 100 kB must not be walked char by char to prove it is non-empty).
    if (
      hasLength &&
      (base === 'string' || !numeric) &&
      !(
        def.length === undefined &&
        (def.minLength === undefined || v.length / 2 >= def.minLength) &&
        (def.maxLength === undefined || v.length <= def.maxLength)
      )
    ) {
      const len = charLength(v);
      if (def.length !== undefined && len !== def.length) {
        return {
          code: 'length',
          params: { length: def.length, actual: len },
        };
      }
      if (def.minLength !== undefined && len < def.minLength) {
        return {
          code: 'minLength',
          params: { minLength: def.minLength, actual: len },
        };
      }
      if (def.maxLength !== undefined && len > def.maxLength) {
        return {
          code: 'maxLength',
          params: { maxLength: def.maxLength, actual: len },
        };
      }
    }
    for (const p of patterns) {
      if (!p.re.test(v))
        return {
          code: 'pattern',
          params: { pattern: p.source },
        };
    }
    if (hasRange && numeric) {
      const n = Number(v);
      if (
        (def.minInclusive !== undefined && n < def.minInclusive) ||
        (def.maxInclusive !== undefined && n > def.maxInclusive) ||
        (def.minExclusive !== undefined && n <= def.minExclusive) ||
        (def.maxExclusive !== undefined && n >= def.maxExclusive)
      ) {
        const lo = def.minInclusive ?? def.minExclusive;
        const hi = def.maxInclusive ?? def.maxExclusive;
        return {
          code: 'range',
          params: {
            lower: lo ?? '-∞',
            upper: hi ?? '∞',
            minInclusive: def.minInclusive,
            maxInclusive: def.maxInclusive,
            minExclusive: def.minExclusive,
            maxExclusive: def.maxExclusive,
          },
        };
      }
    }
    if (enumeration && !enumeration.has(v)) {
      return {
        code: 'enumeration',
        params: { enumeration: def.enumeration },
      };
    }
    return null;
  };

  const toValue = (lexical: string): unknown => {
    switch (base) {
      case 'boolean': {
        const v = lexical.trim();
        return v === 'true' || v === '1';
      }
      case 'int':
      case 'integer': {
        const n = Number(lexical.trim());
        // Beyond 2^53 a JS number would silently change the value: keep the exact lexical form.
        return Number.isSafeInteger(n) ? n : lexical.trim();
      }
      case 'decimal':
      case 'date':
        return lexical.trim();
      default:
        return lexical;
    }
  };

  const toLexical = (value: unknown): string | undefined => {
    switch (base) {
      case 'boolean':
        return typeof value === 'boolean' ? String(value) : undefined;
      case 'int':
      case 'integer':
        if (typeof value === 'number') return Number.isInteger(value) ? String(value) : undefined;
        return typeof value === 'string' && RE_INTEGER.test(value) ? value : undefined;
      case 'decimal':
        if (typeof value === 'number')
          return Number.isFinite(value) ? decimalString(value) : undefined;
        return typeof value === 'string' ? value : undefined;
      default:
        return typeof value === 'string' ? value : undefined;
    }
  };

  return { def, check, toValue, toLexical };
}

/** A finite number as an xs:decimal lexical (no exponent). */
function decimalString(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(20).replace(/\.?0+$/, '');
}

/** The XSD built-in types as simple type definitions (`xs:string`, …). */
export const BUILTIN_TYPES: Readonly<Record<string, SimpleTypeDef>> = Object.freeze({
  'xs:string': { kind: 'simple', name: 'xs:string', base: 'string' },
  'xs:boolean': { kind: 'simple', name: 'xs:boolean', base: 'boolean' },
  'xs:int': { kind: 'simple', name: 'xs:int', base: 'int' },
  'xs:integer': { kind: 'simple', name: 'xs:integer', base: 'integer' },
  'xs:decimal': { kind: 'simple', name: 'xs:decimal', base: 'decimal' },
  'xs:date': { kind: 'simple', name: 'xs:date', base: 'date' },
});
