/**
 * Content-model matching (XSD Part 1 §3.8/§3.9: sequence, choice, minOccurs/maxOccurs). XSD's
 * Unique Particle Attribution constraint makes greedy matching exact for valid schemas. On a
 * mismatch the top-level sequence resynchronises: a child that fits no later particle is reported
 * (out of order, too many, second choice) and skipped, so one stray element gives one finding.
 */
import type { CElement, CGroup, CParticle, CComplex } from './compile.js';

/** A content-model problem; `index` is the position of the offending child (leftovers). */
export interface ContentProblem {
  code: 'minOccurs' | 'maxOccurs' | 'order' | 'choice';
  /** Element name concerned (the missing or offending one); for a missing choice the first option. */
  name: string;
  index?: number;
  params: Record<string, unknown>;
  message: string;
}

interface Ctx {
  names: readonly string[];
  n: number;
  out: ContentProblem[];
  byName: ReadonlyMap<string, CElement>;
}

const fmtMax = (m: number): string => (m === Infinity ? 'onbeperkt' : String(m));

/**
 * Matches the child element names of one element against its complex type.
 * @param type - the compiled complex type
 * @param names - local names of the known children, in document order
 * @returns the problems (empty when valid)
 */
export function matchContent(type: CComplex, names: readonly string[]): ContentProblem[] {
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
      message:
        p.min === 1
          ? `Het verplichte element '${p.name}' ontbreekt.`
          : `Element '${p.name}' moet minimaal ${p.min} keer voorkomen (nu ${count}).`,
    });
    return;
  }
  if (p.kind === 'choice') {
    const options = p.particles.map((c) => (c.kind === 'element' ? c.name : c.names.join('+')));
    ctx.out.push({
      code: 'choice',
      name: options[0] ?? '',
      params: { choice: options, minOccurs: p.min, actual: count },
      message: `Een van de elementen ${options.map((o) => `'${o}'`).join(', ')} is verplicht.`,
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
      message: `Element '${nm}' komt vaker voor dan toegestaan (maximaal ${fmtMax(el.max)} keer).`,
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
        message: `Element '${nm}' is niet toegestaan naast '${other}': slechts een van ${el.choice.names.map((o) => `'${o}'`).join(', ')}.`,
      });
      return;
    }
  }
  ctx.out.push({
    code: 'order',
    name: nm,
    index: i,
    params: { element: nm },
    message: `Element '${nm}' staat op een plaats waar het niet is toegestaan (volgorde of aantal volgens de gegevensset).`,
  });
}
