/**
 * Content-model matching (XSD Part 1 §3.8/§3.9: sequence, choice, minOccurs/maxOccurs). XSD's
 * Unique Particle Attribution constraint makes greedy matching exact for valid schemas. On a
 * mismatch the top-level sequence resynchronises: a child that fits no later particle is reported
 * (out of order, too many, second choice) and skipped, so one stray element gives one finding.
 */
import type { CElement, CGroup, CParticle, CComplex } from './compile.js';
import type { XsdMessageId } from '../messages/xsd.js';

/** A content-model problem; `index` is the position of the offending child (leftovers). */
export interface ContentProblem {
  code: 'minOccurs' | 'maxOccurs' | 'order' | 'choice';
  /** Element name concerned (the missing or offending one); for a missing choice the first option. */
  name: string;
  index?: number;
  params: Record<string, unknown>;
  /** The template of its message (`XSD_MESSAGES`). */
  id: XsdMessageId;
}

interface Ctx {
  names: readonly string[];
  n: number;
  out: ContentProblem[];
  byName: ReadonlyMap<string, CElement>;
}

/**
 * Matches the child element names of one element against its complex type.
 * @param type - the compiled complex type
 * @param names - local names of the known children, in document order
 * @returns the problems (empty when valid)
 */
export function matchContent(type: CComplex, names: readonly string[]): ContentProblem[] {
  // Documents repeat the same child sequences (every dossier of a vendor, every <land> in one): a
  // sequence once found valid for a type is remembered (a pure function of type and names; bounded).
  if (names.length > MAX_MEMO_CHILDREN) return matchProblems(type, names);
  let valid = VALID.get(type);
  const key = names.join('/');
  if (valid?.has(key)) return [];
  const out = matchProblems(type, names);
  if (out.length === 0) {
    if (!valid) VALID.set(type, (valid = new Set()));
    if (valid.size < MAX_VALID_PER_TYPE) valid.add(key);
  }
  return out;
}

/** Child sequences known to be valid, per complex type (see {@link matchContent}). */
const VALID = new WeakMap<CComplex, Set<string>>();
const MAX_VALID_PER_TYPE = 256;
/** Longer child lists (a list of a thousand grades) are matched without memo: keys stay small. */
const MAX_MEMO_CHILDREN = 64;

function matchProblems(type: CComplex, names: readonly string[]): ContentProblem[] {
  const out = matchGreedy(type, names);
  const top = type.top;
  if (!top || top.max !== 1 || !out.some((p) => p.code === 'order')) return out;
  // Among the longest runs, prefer the one keeping earlier elements (as xmllint blames the element
  // where the content stops fitting), unless keeping later ones gives fewer findings (a required
  // element written after an optional one: blame the optional one, not "missing" + "misplaced").
  const early = misplaced(type, top, names, true);
  const late = misplaced(type, top, names, false);
  if (!early || !late) return out;
  return late.length < early.length ? late : early;
}

/**
 * One finding per misplaced element (issue #10 item 5): the children that keep their place are the
 * longest run in sequence order (a longest non-decreasing subsequence of their particle positions,
 * O(n log n)); every other child is reported once, with the elements expected where it stands (as
 * xmllint says "Expected is one of ( … )"), and the rest is matched as usual. Without this a stray
 * element early in a sequence made every later sibling an `order` finding.
 * @returns the problems, or `undefined` when a child belongs to no top-level particle
 */
function misplaced(
  type: CComplex,
  top: CGroup,
  names: readonly string[],
  preferEarly: boolean,
): ContentProblem[] | undefined {
  const n = names.length;
  const pos = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const k = type.topIndex.get(names[i]!);
    if (k === undefined) return undefined;
    pos[i] = k;
  }
  // Patience sorting for the longest non-decreasing subsequence, with predecessor links; run from the
  // end (on negated positions) it keeps the earliest elements among equally long runs.
  const tails: number[] = []; // index of the last child of the best run of each length
  const prev = new Array<number>(n).fill(-1);
  const sign = preferEarly ? -1 : 1;
  for (let step = 0; step < n; step++) {
    const i = preferEarly ? n - 1 - step : step;
    const v = sign * pos[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sign * pos[tails[mid]!]! <= v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Uint8Array(n);
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i !== -1; i = prev[i]!)
    keep[i] = 1;
  const out: ContentProblem[] = [];
  const kept: string[] = [];
  const keptAt: number[] = [];
  let last = -1;
  let next = 0; // the next kept child at or after i
  for (let i = 0; i < n; i++) {
    if (keep[i]) {
      kept.push(names[i]!);
      keptAt.push(i);
      last = pos[i]!;
      continue;
    }
    const nm = names[i]!;
    if (next <= i) for (next = i + 1; next < n && !keep[next]; next++);
    const expected = expectedAfter(top, last, next < n ? pos[next]! : top.particles.length - 1);
    out.push({
      code: 'order',
      name: nm,
      index: i,
      params: { element: nm, expected },
      id: 'order#expected',
    });
  }
  for (const p of matchGreedy(type, kept)) {
    if (p.index !== undefined) p.index = keptAt[p.index];
    out.push(p);
  }
  return out.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
}

/**
 * The element names that may stand between a child of top-level particle `last` (-1: at the start)
 * and the next child that kept its place (particle `upTo`).
 */
function expectedAfter(top: CGroup, last: number, upTo: number): string[] {
  const out = new Set<string>();
  const ps = top.particles;
  if (last >= 0 && ps[last]!.max > 1) for (const nm of ps[last]!.first) out.add(nm);
  for (let q = last + 1; q <= upTo && q < ps.length; q++) {
    for (const nm of ps[q]!.first) out.add(nm);
    if (!ps[q]!.nullable) break;
  }
  return [...out];
}

function matchGreedy(type: CComplex, names: readonly string[]): ContentProblem[] {
  const out: ContentProblem[] = [];
  const top = type.top;
  if (!top) return out;
  const ctx: Ctx = { names, n: names.length, out, byName: type.childByName };
  let i = 0;
  let iter = 0;
  do {
    i = matchSequence(top, i, ctx, true, iter);
    iter++;
  } while (iter < top.max && i < ctx.n && top.first.has(names[i]!));
  if (iter < top.min) for (; iter < top.min; iter++) matchSequence(top, ctx.n, ctx, false, iter);
  for (; i < ctx.n; i++) leftover(i, ctx);
  return out;
}

function matchSequence(seq: CGroup, i: number, ctx: Ctx, top: boolean, iter: number): number {
  const ps = seq.particles;
  for (let k = 0; k < ps.length; k++) {
    const q = ps[k]!;
    let count = 0;
    for (;;) {
      while (count < q.max && i < ctx.n && q.first.has(ctx.names[i]!)) {
        const j = matchOnce(q, i, ctx);
        if (j === i) break;
        i = j;
        count++;
      }
      if (!top || i >= ctx.n) break;
      const nm = ctx.names[i]!;
      if (seq.follow[k + 1]!.has(nm)) break;
      if (iter + 1 < seq.max && seq.first.has(nm)) break;
      leftover(i, ctx);
      i++;
    }
    if (count < q.min && !(q.kind !== 'element' && innerNullable(q))) missing(q, count, ctx);
  }
  return i;
}

function matchOnce(p: CParticle, i: number, ctx: Ctx): number {
  if (p.kind === 'element') {
    return ctx.names[i] === p.name ? i + 1 : i;
  }
  if (p.kind === 'sequence') return matchSequence(p, i, ctx, false, 0);
  const nm = ctx.names[i]!;
  for (const c of p.particles) {
    if (!c.first.has(nm)) continue;
    let count = 0;
    while (count < c.max && i < ctx.n && c.first.has(ctx.names[i]!)) {
      const j = matchOnce(c, i, ctx);
      if (j === i) break;
      i = j;
      count++;
    }
    if (count < c.min && !(c.kind !== 'element' && innerNullable(c))) missing(c, count, ctx);
    return i;
  }
  return i;
}

function innerNullable(g: CGroup): boolean {
  if (g.kind === 'sequence') return g.particles.every((c) => c.nullable);
  return g.particles.some((c) => c.nullable);
}

function missing(p: CParticle, count: number, ctx: Ctx): void {
  if (p.kind === 'element') {
    ctx.out.push({
      code: 'minOccurs',
      name: p.name,
      params: { element: p.name, minOccurs: p.min, actual: count },
      id: p.min === 1 ? 'minOccurs' : 'minOccurs#count',
    });
    return;
  }
  if (p.kind === 'choice') {
    const options = p.particles.map((c) => (c.kind === 'element' ? c.name : c.names.join('+')));
    ctx.out.push({
      code: 'choice',
      name: options[0] ?? '',
      params: { choice: options, minOccurs: p.min, actual: count },
      id: 'choice',
    });
    return;
  }
  // A required sequence with nothing in it: report its required members.
  matchSequence(p, ctx.n, ctx, false, 0);
}

function leftover(i: number, ctx: Ctx): void {
  const nm = ctx.names[i]!;
  const el = ctx.byName.get(nm);
  // Occurrences before this one (counted only on this error path).
  let seen = 0;
  for (let k = 0; k < i; k++) if (ctx.names[k] === nm) seen++;
  if (el && seen >= el.max) {
    ctx.out.push({
      code: 'maxOccurs',
      name: nm,
      index: i,
      params: { element: nm, maxOccurs: el.max === Infinity ? 'unbounded' : el.max },
      id: el.max === Infinity ? 'maxOccurs#unbounded' : 'maxOccurs',
    });
    return;
  }
  if (el?.choice) {
    const other = el.choice.names.find((o) => o !== nm && ctx.names.includes(o));
    if (other !== undefined) {
      ctx.out.push({
        code: 'choice',
        name: nm,
        index: i,
        params: { element: nm, other, choice: el.choice.names },
        id: 'choice#other',
      });
      return;
    }
  }
  ctx.out.push({
    code: 'order',
    name: nm,
    index: i,
    params: { element: nm },
    id: 'order',
  });
}
