/**
 * `dateWindow`: a date lies in a window of whole periods (years starting on a fixed day, e.g. the
 * schooljaar from 1 August) ending with the period of a reference date — OVa.TR04 of the 2019.1
 * overstap validation: "Alleen toetsen uit het huidige en twee voorgaande schooljaren mogen aanwezig
 * zijn in de POVO-overstap" (reference `metadata/datum`, periods starting `08-01`, two before).
 */
import { lexicalValue } from './lexical.js';
import { isObject } from './mutate.js';
import { relative, type DateWindowCheck, type RuleKind } from './types.js';
import type { PathMatch, RuleContext } from '../types.js';

type Ymd = readonly [number, number, number];

/** The calendar date of an `xs:date` lexical value (a timezone is ignored), or undefined. */
function parseDate(v: string | undefined): Ymd | undefined {
  const m = v === undefined ? null : /^\s*(-?\d{4,})-(\d{2})-(\d{2})/.exec(v);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function before(a: Ymd, b: Ymd): boolean {
  return a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
}

function periodStart(c: DateWindowCheck): [number, number] {
  const m = /^(\d{2})-(\d{2})$/.exec(c.periodStart);
  if (!m) throw new TypeError(`dateWindow: periodStart '${c.periodStart}' is geen MM-DD`);
  return [Number(m[1]), Number(m[2])];
}

/** The first allowed date, from the reference date in the document (undefined when it has none). */
function windowStart(c: DateWindowCheck, ctx: RuleContext): Ymd | undefined {
  const ref = ctx.select(c.reference)[0];
  const d = parseDate(ref ? lexicalValue(ctx, ref) : undefined);
  if (!d) return undefined; // no (valid) reference date: the base validation reports it
  const [pm, pd] = periodStart(c);
  const periodYear = before(d, [d[0], pm, pd]) ? d[0] - 1 : d[0];
  return [periodYear - c.periodsBefore, pm, pd];
}

/** The context nodes whose date lies before the window. */
function outside(c: DateWindowCheck, ctx: RuleContext): { node: PathMatch; date: PathMatch }[] {
  const start = windowStart(c, ctx);
  if (!start) return [];
  const found = [];
  for (const m of ctx.select(c.context))
    for (const t of relative(ctx, m, c.target)) {
      const d = parseDate(lexicalValue(ctx, t));
      if (d && before(d, start)) found.push({ node: m, date: t });
    }
  return found;
}

function stepName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\[\d+\]$/, '');
}

export const dateWindow: RuleKind<DateWindowCheck> = {
  kind: 'dateWindow',
  evaluate(c, ctx) {
    return outside(c, ctx).map((o) => ({ path: o.date.path }));
  },
  // Removes each context node whose date is outside the window (a repeated node from its list).
  repair(c, ctx) {
    const nodes = outside(c, ctx).map((o) => o.node);
    for (const m of nodes.reverse()) {
      const par = m.parent;
      const name = stepName(m.path);
      if (!isObject(par)) continue;
      const v = par[name];
      if (Array.isArray(v)) {
        const i = v.indexOf(m.value);
        if (i < 0) continue;
        v.splice(i, 1);
        if (v.length === 0) delete par[name];
      } else if (v === m.value) delete par[name];
      else continue;
      ctx.record({ action: 'removed', path: m.path, reason: ctx.rule.message });
    }
  },
  describe(c) {
    const [pm, pd] = periodStart(c);
    const dag = `${pd} ${MAANDEN[pm - 1] ?? `maand ${pm}`}`;
    return `De datum ${c.context}/${c.target} ligt niet vóór ${dag} van het jaar dat ${c.periodsBefore} jaar vóór het jaar van ${c.reference} begint (jaren lopen vanaf ${dag}); selectief uitleveren laat oudere <${stepName(c.context)}> weg.`;
  },
};

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
