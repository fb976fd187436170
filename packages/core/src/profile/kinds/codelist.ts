/** `codelist`: a value comes from a code list, compared as text (the official 2019.1 validation compares text). */
import { lexicalValue } from './lexical.js';
import type { CodelistCheck, RuleKind } from './types.js';

const sets = new WeakMap<CodelistCheck, ReadonlySet<string>>();

function codesOf(c: CodelistCheck): ReadonlySet<string> {
  let s = sets.get(c);
  if (!s) sets.set(c, (s = new Set(c.codes)));
  return s;
}

export const codelist: RuleKind<CodelistCheck> = {
  kind: 'codelist',
  evaluate(c, ctx) {
    const codes = codesOf(c);
    const hits = [];
    for (const p of c.targets)
      for (const m of ctx.select(p)) {
        const v = lexicalValue(ctx, m);
        if (v !== undefined && !codes.has(v))
          hits.push({
            path: m.path,
            params: { element: p.slice(p.lastIndexOf('/') + 1), code: v },
          });
      }
    return hits;
  },
  describe(c) {
    return `De waarde komt letterlijk uit ${c.name} (${c.codes.length} codes; "01" is niet code "1").`;
  },
};
