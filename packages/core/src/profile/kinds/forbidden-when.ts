/** `forbiddenWhen`: children that must be absent under a context node when a condition holds (PaO.LL06, LL09, OV03). */
import { describeCondition, holds } from './condition.js';
import { removeChild } from './mutate.js';
import type { ForbiddenWhenCheck, RuleKind } from './types.js';

export const forbiddenWhen: RuleKind<ForbiddenWhenCheck> = {
  kind: 'forbiddenWhen',
  evaluate(c, ctx) {
    const hits = [];
    for (const m of ctx.select(c.context)) {
      if (!holds(ctx, m, c.when)) continue;
      for (const name of c.forbidden)
        for (const f of ctx.selectFrom(m, name)) hits.push({ path: f.path });
    }
    return hits;
  },
  repair(c, ctx) {
    for (const m of ctx.select(c.context)) {
      if (!holds(ctx, m, c.when)) continue;
      for (const rel of c.forbidden) {
        // A relative path (`a/b`): remove `b` under every `a`.
        const i = rel.lastIndexOf('/');
        const parents = i === -1 ? [m] : ctx.selectFrom(m, rel.slice(0, i));
        for (const p of parents)
          for (const path of removeChild(p.value, p.path, rel.slice(i + 1)))
            ctx.record({ action: 'removed', path, reason: ctx.rule.message });
      }
    }
  },
  describe(c) {
    const what = c.forbidden.map((f) => `<${f}>`).join(', ');
    const cond = describeCondition(c.when);
    return `Onder ${c.context} ${c.forbidden.length > 1 ? 'zijn' : 'is'} ${what} verboden${cond ? ` ${cond}` : ''}; selectief uitleveren laat ${c.forbidden.length > 1 ? 'ze' : 'het'} weg.`;
  },
};
