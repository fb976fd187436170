/**
 * A seeded generator of random, schema-valid documents for any core XmlSchema (used for the OSO
 * gegevensset), and random mutations of their XML. Deterministic for a seed (mulberry32).
 */
import type {
  CComplex,
  CElement,
  CGroup,
  CParticle,
  CompiledSchema,
  RawElement,
} from '@edustandaard/core';

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = [
  'a',
  'b',
  'Z',
  ' ',
  '0',
  '9',
  'é',
  'ß',
  '&',
  '<',
  '>',
  '"',
  "'",
  '€',
  '𝄞',
  '-',
  '.',
  '@',
  '\n',
  '\t',
];

/** Generates a string matching the (simple) XSD patterns used in the OSO XSD: classes, \d, \p{Nd}, {n}, literals. */
export function fromPattern(pattern: string, r: () => number): string {
  let out = '';
  let i = 0;
  const atoms: Array<() => string> = [];
  const digit = () => String(Math.floor(r() * 10));
  while (i < pattern.length) {
    const ch = pattern[i]!;
    let atom: () => string;
    if (ch === '[') {
      const end = pattern.indexOf(']', i);
      const body = pattern.slice(i + 1, end);
      const chars: string[] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          for (let c = body.charCodeAt(k); c <= body.charCodeAt(k + 2); c++)
            chars.push(String.fromCharCode(c));
          k += 2;
        } else chars.push(body[k]!);
      }
      atom = () => chars[Math.floor(r() * chars.length)]!;
      i = end + 1;
    } else if (pattern.startsWith('\\d', i)) {
      atom = digit;
      i += 2;
    } else if (pattern.startsWith('\\p{Nd}', i)) {
      atom = digit;
      i += 6;
    } else if (ch === '\\') {
      const lit = pattern[i + 1]!;
      atom = () => lit;
      i += 2;
    } else if ('(|)*+?.'.includes(ch)) {
      throw new Error(`pattern construct not supported by the test generator: ${pattern}`);
    } else {
      atom = () => ch;
      i++;
    }
    let n = 1;
    const q = /^\{(\d+)(?:,(\d+))?\}/.exec(pattern.slice(i));
    if (q) {
      const lo = Number(q[1]);
      const hi = q[2] ? Number(q[2]) : lo;
      n = lo + Math.floor(r() * (hi - lo + 1));
      i += q[0].length;
    }
    atoms.push(() => Array.from({ length: n }, atom).join(''));
  }
  for (const a of atoms) out += a();
  return out;
}

/** Options of {@link randomDocument}. */
export interface RandomOptions {
  /** Probability that an optional element (or extra occurrence) is present. */
  pOptional: number;
  /** Maximum occurrences generated for an unbounded element. */
  maxRepeat: number;
  /** Records every element path generated (coverage). */
  seen?: Set<string>;
}

/**
 * A random valid value for the content of `el` (an object, array of groups, or a simple value).
 * @param el - the element
 * @param r - the PRNG
 * @param o - options
 * @param path - the element's path (for coverage)
 */
export function randomValue(
  el: CElement,
  r: () => number,
  o: RandomOptions,
  path: string,
): unknown {
  o.seen?.add(path);
  const t = el.type;
  if (t.kind === 'simple') return randomSimple(t.simple, r);
  if (t.simpleContent) {
    const v: Record<string, unknown> = { $value: randomSimple(t.simpleContent, r) };
    for (const a of t.attributes.values())
      if (a.required || r() < o.pOptional) v[a.name] = randomSimple(a.type, r) as string;
    return Object.keys(v).length === 1 ? (t.attributes.size === 0 ? v.$value : v) : v;
  }
  const ct = t as CComplex;
  if (!ct.top) return {};
  if (ct.groupArray) {
    const n = ct.top.min + Math.floor(r() * (Math.min(ct.top.max, o.maxRepeat) - ct.top.min + 1));
    const groups: Record<string, unknown>[] = [];
    for (let g = 0; g < Math.max(1, n); g++) {
      const obj: Record<string, unknown> = {};
      fillSequence(ct.top, obj, r, o, path);
      groups.push(obj);
    }
    return groups;
  }
  const obj: Record<string, unknown> = {};
  fillSequence(ct.top, obj, r, o, path);
  return obj;
}

function count(p: CParticle, r: () => number, o: RandomOptions): number {
  const max = Math.min(p.max, o.maxRepeat);
  let n = p.min;
  while (n < max && r() < o.pOptional) n++;
  return n;
}

function fillSequence(
  g: CGroup,
  obj: Record<string, unknown>,
  r: () => number,
  o: RandomOptions,
  path: string,
): void {
  for (const p of g.particles) fillParticle(p, obj, r, o, path);
}

function fillParticle(
  p: CParticle,
  obj: Record<string, unknown>,
  r: () => number,
  o: RandomOptions,
  path: string,
): void {
  const n = count(p, r, o);
  for (let k = 0; k < n; k++) {
    if (p.kind === 'element') {
      const v = randomValue(p, r, o, `${path}/${p.name}`);
      if (p.repeated) ((obj[p.name] ??= []) as unknown[]).push(v);
      else obj[p.name] = v;
    } else if (p.kind === 'sequence') {
      fillSequence(p, obj, r, o, path);
    } else {
      const alt = p.particles[Math.floor(r() * p.particles.length)]!;
      // One occurrence of the chosen alternative (at least its minimum, at least one).
      const m = Math.max(1, count(alt, r, o));
      for (let j = 0; j < m; j++) {
        if (alt.kind === 'element') {
          const v = randomValue(alt, r, o, `${path}/${alt.name}`);
          if (alt.repeated) ((obj[alt.name] ??= []) as unknown[]).push(v);
          else obj[alt.name] = v;
        } else fillParticle({ ...alt, min: 1, max: 1 } as CParticle, obj, r, o, path);
      }
    }
  }
}

type Simple = CElement['type'] extends infer T
  ? T extends { kind: 'simple'; simple: infer S }
    ? S
    : never
  : never;

function randomSimple(s: Simple, r: () => number): unknown {
  const d = s.def;
  for (let attempt = 0; attempt < 200; attempt++) {
    let v: unknown;
    if (d.pattern?.length) v = fromPattern(d.pattern[0]!, r);
    else if (d.enumeration?.length) v = d.enumeration[Math.floor(r() * d.enumeration.length)];
    else
      switch (d.base) {
        case 'boolean':
          v = r() < 0.5;
          break;
        case 'int':
        case 'integer': {
          const lo = d.minInclusive ?? -1000;
          const hi = d.maxInclusive ?? 100000;
          v = lo + Math.floor(r() * (hi - lo + 1));
          break;
        }
        case 'decimal': {
          const forms = ['7.5', '-0.25', '10', '6.50', '0', '123456.789', '+3.0', '.5'];
          v = forms[Math.floor(r() * forms.length)];
          break;
        }
        case 'date': {
          const y = 1990 + Math.floor(r() * 40);
          const m = 1 + Math.floor(r() * 12);
          const day = 1 + Math.floor(r() * 28);
          v = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          break;
        }
        default: {
          const min = d.minLength ?? 0;
          const max = Math.min(d.maxLength ?? 12, min + 12);
          const len = min + Math.floor(r() * (max - min + 1));
          let str = '';
          while ([...str].length < len) str += ALPHABET[Math.floor(r() * ALPHABET.length)];
          v = str;
        }
      }
    const lex = s.toLexical(v);
    if (lex !== undefined && s.check(lex) === null) return v;
  }
  throw new Error(`could not generate a value for ${d.name ?? d.base}`);
}

/** Generates a random valid document content for the root element. */
export function randomDocument(
  schema: CompiledSchema,
  root: string,
  r: () => number,
  o: RandomOptions,
): unknown {
  return randomValue(schema.roots.get(root)!, r, o, `/${root}`);
}

// ------------------------------------------------------------------------------- mutations

/** Serialises a RawElement tree (namespace declared where it changes). */
export function serialize(el: RawElement, parentNs = ''): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attrs = Object.entries(el.attributes)
    .filter(([k]) => k !== 'xmlns' && !k.startsWith('xmlns:'))
    .map(([k, v]) => ` ${k}="${esc(v).replace(/"/g, '&quot;')}"`)
    .join('');
  const ns = el.ns !== parentNs ? ` xmlns="${el.ns}"` : '';
  const body = el.children
    .map((c) => (typeof c === 'string' ? esc(c) : serialize(c, el.ns)))
    .join('');
  return `<${el.name}${ns}${attrs}>${body}</${el.name}>`;
}

/** All elements of a tree with their parent. */
function elements(root: RawElement): Array<{ el: RawElement; parent: RawElement | null }> {
  const out: Array<{ el: RawElement; parent: RawElement | null }> = [];
  const rec = (el: RawElement, parent: RawElement | null) => {
    out.push({ el, parent });
    for (const c of el.children) if (typeof c !== 'string') rec(c, el);
  };
  rec(root, null);
  return out;
}

const BAD_VALUES = [
  '',
  'abc',
  '99999999999',
  '2021-02-30',
  '2021-13-01',
  'true1',
  '12,5',
  '-',
  ' 7 ',
  '1e3',
  'x'.repeat(300),
  '0099-01-01',
];

/** Applies one random mutation in place; returns its description. */
export function mutate(root: RawElement, r: () => number): string {
  const all = elements(root).filter((e) => e.parent !== null);
  const pick = all[Math.floor(r() * all.length)]!;
  const { el, parent } = pick as { el: RawElement; parent: RawElement };
  const idx = parent.children.indexOf(el);
  const op = Math.floor(r() * 7);
  switch (op) {
    case 0:
      parent.children.splice(idx, 1);
      return `delete ${el.name}`;
    case 1:
      parent.children.splice(idx + 1, 0, structuredClone(el));
      return `duplicate ${el.name}`;
    case 2: {
      const sibs = parent.children
        .map((c, i) => [c, i] as const)
        .filter(([c]) => typeof c !== 'string');
      const me = sibs.findIndex(([c]) => c === el);
      const other = sibs[me + 1] ?? sibs[me - 1];
      if (!other) return 'noop';
      [parent.children[idx], parent.children[other[1]]] = [
        parent.children[other[1]]!,
        parent.children[idx]!,
      ];
      return `swap ${el.name} with ${(other[0] as RawElement).name}`;
    }
    case 3:
      el.name = `${el.name}x`;
      return `rename ${el.name}`;
    case 4: {
      if (el.children.some((c) => typeof c !== 'string')) {
        el.children.push('tekst');
        return `text in ${el.name}`;
      }
      el.children = [BAD_VALUES[Math.floor(r() * BAD_VALUES.length)]!];
      return `value of ${el.name} = ${JSON.stringify(el.children[0]).slice(0, 20)}`;
    }
    case 5:
      el.attributes.onbekend = '1';
      return `attribute on ${el.name}`;
    default: {
      el.ns = 'urn:ander';
      return `namespace of ${el.name}`;
    }
  }
}
