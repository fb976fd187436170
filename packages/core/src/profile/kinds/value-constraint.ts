/** `valueConstraint`: length, substring, pattern or excluded values of a lexical value (OG.01, OG.03, OS.cat03). */
import { describeCondition, holds } from './condition.js';
import { lexicalValue } from './lexical.js';
import { relative, type RuleKind, type ValueConstraintCheck } from './types.js';

const compiled = new Map<string, RegExp>();

function regex(p: string): RegExp {
  let r = compiled.get(p);
  if (!r) compiled.set(p, (r = new RegExp(p, 'u')));
  return r;
}

function contexts(c: ValueConstraintCheck): readonly string[] {
  return typeof c.context === 'string' ? [c.context] : c.context;
}

/** True when the value breaks the constraint. */
function breaks(c: ValueConstraintCheck, v: string): boolean {
  if (c.minLength !== undefined || c.maxLength !== undefined) {
    const length = [...v].length; // characters, not UTF-16 units (XPath string-length)
    if (c.minLength !== undefined && length < c.minLength) return true;
    if (c.maxLength !== undefined && length > c.maxLength) return true;
  }
  if (c.contains !== undefined && !v.includes(c.contains)) return true;
  if (c.pattern !== undefined && regex(c.pattern).test(v) === (c.patternAbsent === true))
    return true;
  if (c.notIn !== undefined && c.notIn.includes(v)) return true;
  return false;
}

export const valueConstraint: RuleKind<ValueConstraintCheck> = {
  kind: 'valueConstraint',
  evaluate(c, ctx) {
    const hits = [];
    for (const m of contexts(c).flatMap((p) => ctx.select(p))) {
      if (!holds(ctx, m, c.when)) continue;
      for (const t of relative(ctx, m, c.target)) {
        const v = lexicalValue(ctx, t);
        if (v !== undefined && breaks(c, v)) hits.push({ path: t.path });
      }
    }
    return hits;
  },
  describe(c) {
    const parts: string[] = [];
    if (c.minLength !== undefined) parts.push(`minimaal ${c.minLength} tekens`);
    if (c.maxLength !== undefined) parts.push(`hoogstens ${c.maxLength} tekens`);
    if (c.contains !== undefined) parts.push(`bevat "${c.contains}"`);
    if (c.pattern !== undefined)
      parts.push(`${c.patternAbsent ? 'past niet op' : 'past op'} het patroon ${c.pattern}`);
    if (c.notIn !== undefined) parts.push(`is niet ${c.notIn.map((v) => `"${v}"`).join(' of ')}`);
    const target = contexts(c)
      .map((x) => (c.target === '.' ? x : `${x}/${c.target}`))
      .join(', ');
    const cond = describeCondition(c.when);
    return `De waarde van ${target}${cond ? `, ${cond},` : ''} ${parts.join(' en ')}.`;
  },
};
