/** `secretValue`: a node marked secret carries the prescribed secret value of its soort (PaO.LL08, OV04). */
import { isTrueValue, lexicalValue } from './lexical.js';
import { setChild } from './mutate.js';
import type { RuleKind, SecretValueCheck } from './types.js';
import type { PathMatch, RuleContext } from '../types.js';

function secretOf(
  c: SecretValueCheck,
  ctx: RuleContext,
  m: PathMatch,
): { soort: string; waarde: string; nummer: PathMatch | undefined } | undefined {
  const flag = ctx.selectFrom(m, c.flag)[0];
  if (!flag || !isTrueValue(ctx.valueOf(flag.value))) return undefined;
  const s = ctx.selectFrom(m, c.soort)[0];
  const soort = s ? (lexicalValue(ctx, s) ?? '') : '';
  const waarde = c.values[soort];
  if (waarde === undefined) return undefined; // unknown soort: the code-list check reports it
  const nummer = ctx.selectFrom(m, c.target)[0];
  if (nummer && lexicalValue(ctx, nummer) === waarde) return undefined;
  return { soort, waarde, nummer };
}

export const secretValue: RuleKind<SecretValueCheck> = {
  kind: 'secretValue',
  evaluate(c, ctx) {
    const hits = [];
    for (const p of c.contexts)
      for (const m of ctx.select(p)) {
        const s = secretOf(c, ctx, m);
        // The actual number is deliberately not in params: it is the secret.
        if (s)
          hits.push({
            path: `${m.path}/${c.target}`,
            params: { soort: s.soort, geheimwaarde: s.waarde },
          });
      }
    return hits;
  },
  repair(c, ctx) {
    for (const p of c.contexts)
      for (const m of ctx.select(p)) {
        const s = secretOf(c, ctx, m);
        if (!s) continue;
        const old = setChild(m.value, c.target, s.waarde);
        ctx.record({
          action: old === undefined ? 'set' : 'replaced',
          path: `${m.path}/${c.target}`,
          reason: `Geheime communicatie (${s.soort}): nummer vervangen door de geheimwaarde "${s.waarde}".`,
        });
      }
  },
  describe(c) {
    const vals = Object.entries(c.values)
      .map(([s, v]) => `${s}: "${v}"`)
      .join(', ');
    return `Als <${c.flag}> "true" is, bevat <${c.target}> de geheimwaarde van <${c.soort}> (${vals}); selectief uitleveren vervangt het nummer. Geldt voor ${c.contexts.join(', ')}.`;
  },
};
