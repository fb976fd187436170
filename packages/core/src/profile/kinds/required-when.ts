/** `requiredWhen`: at least one of some paths under a context node when a condition holds (PaO.LL05, OV01, EB02). */
import { describeCondition, holds } from './condition.js';
import { relative, type RequiredWhenCheck, type RuleKind } from './types.js';

export const requiredWhen: RuleKind<RequiredWhenCheck> = {
  kind: 'requiredWhen',
  evaluate(c, ctx) {
    const hits = [];
    for (const m of ctx.select(c.context)) {
      if (!holds(ctx, m, c.when)) continue;
      if (c.requires.some((r) => relative(ctx, m, r).length > 0)) continue;
      const at = c.at ?? c.requires[0] ?? '.';
      hits.push({ path: at === '.' ? m.path : `${m.path}/${at}` });
    }
    return hits;
  },
  // No repair: selective export never invents data (OSO SWV-profielen §2.2).
  describe(c) {
    const what = c.requires.map((r) => `<${r}>`).join(' of ');
    const cond = describeCondition(c.when);
    return `Onder ${c.context} is ${what} verplicht${cond ? ` ${cond}` : ''}.`;
  },
};
