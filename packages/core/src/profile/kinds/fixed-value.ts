/** `fixedValue`: an element has one prescribed value, possibly per profile (PaO.SO02, SO03, OG.02). */
import { lexicalValue } from './lexical.js';
import { isObject, setChild } from './mutate.js';
import type { FixedValueCheck, RuleKind } from './types.js';
import type { RuleContext } from '../types.js';

/** The value the check prescribes in this profile (`undefined` when the profile has none). */
export function fixedValueFor(
  c: FixedValueCheck,
  ctx: Pick<RuleContext, 'profile'>,
): string | undefined {
  return typeof c.value === 'string' ? c.value : c.value[ctx.profile.id];
}

function split(path: string): { parent: string; name: string } {
  const i = path.lastIndexOf('/');
  return { parent: path.slice(0, i), name: path.slice(i + 1) };
}

export const fixedValue: RuleKind<FixedValueCheck> = {
  kind: 'fixedValue',
  evaluate(c, ctx) {
    const verwacht = fixedValueFor(c, ctx);
    if (verwacht === undefined) return [];
    const hits = [];
    for (const m of ctx.select(c.path)) {
      const value = lexicalValue(ctx, m);
      if (value !== verwacht) hits.push({ path: m.path, params: { value: value ?? '', verwacht } });
    }
    return hits;
  },
  repair(c, ctx) {
    const waarde = fixedValueFor(c, ctx);
    if (waarde === undefined) return;
    const { parent, name } = split(c.path);
    for (const par of ctx.select(parent)) {
      if (!isObject(par.value)) continue;
      const present = Object.prototype.hasOwnProperty.call(par.value, name);
      if (!present && c.add === false) continue;
      const cur = present ? ctx.selectFrom(par, name)[0] : undefined;
      if (cur && lexicalValue(ctx, cur) === waarde) continue;
      const old = setChild(par.value, name, waarde);
      ctx.record({
        action: old === undefined ? 'set' : 'replaced',
        path: `${par.path}/${name}`,
        reason: `${name} ${old === undefined ? 'toegevoegd' : 'gewijzigd'}: "${waarde}" in een ${ctx.profile.id}-dossier ${ctx.version}.`,
      });
    }
  },
  describe(c) {
    const v =
      typeof c.value === 'string'
        ? `"${c.value}"`
        : Object.entries(c.value)
            .map(([p, v]) => `"${v}" in ${p}`)
            .join(', ');
    return `${c.path} heeft de waarde ${v}; selectief uitleveren zet die waarde.`;
  },
};
