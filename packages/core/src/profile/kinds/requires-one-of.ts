/** `requiresOneOf`: each target node has at least one of a list of children (PaO.TR01, TR02, CL01). */
import type { RequiresOneOfCheck, RuleKind } from './types.js';

export const requiresOneOf: RuleKind<RequiresOneOfCheck> = {
  kind: 'requiresOneOf',
  evaluate(c, ctx) {
    const hits = [];
    for (const p of c.targets)
      for (const m of ctx.select(p))
        if (!c.children.some((name) => ctx.selectFrom(m, name).length > 0))
          hits.push({ path: m.path });
    return hits;
  },
  describe(c) {
    const names = c.children.map((n) => `<${n}>`);
    const list =
      names.length > 1
        ? `${names.slice(0, -1).join(', ')} of ${names[names.length - 1]}`
        : names[0];
    return `Elk ${c.targets.map((t) => `<${t.slice(t.lastIndexOf('/') + 1)}>`).join('/')} (${c.targets.join(', ')}) bevat minimaal één van: ${list}.`;
  },
};
