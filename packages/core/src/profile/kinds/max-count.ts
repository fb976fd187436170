/** `maxCount`: at most n children of a name under a context node (PaO.OV02: maximaal 4 verzorgers). */
import type { MaxCountCheck, RuleKind } from './types.js';

export const maxCount: RuleKind<MaxCountCheck> = {
  kind: 'maxCount',
  evaluate(c, ctx) {
    const hits = [];
    for (const m of ctx.select(c.context)) {
      const found = ctx.selectFrom(m, c.child);
      if (found.length > c.max)
        hits.push({ path: found[c.max]!.path, params: { aantal: found.length, maximum: c.max } });
    }
    return hits;
  },
  // No repair: which of the children matter most is the sender's choice (Tabel 2, PaO.OV02).
  describe(c) {
    return `Onder ${c.context} komt <${c.child}> hoogstens ${c.max} keer voor.`;
  },
};
