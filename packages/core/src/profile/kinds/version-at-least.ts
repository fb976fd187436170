/** `versionAtLeast`: a dotted version equal to or newer than a minimum (PaO.MD02 2024.1: "2024.1.1 (of recentere versie)"). */
import { lexicalValue } from './lexical.js';
import { isObject, setChild } from './mutate.js';
import type { RuleKind, VersionAtLeastCheck } from './types.js';

const DOTTED = /^\d+(?:\.\d+)*$/;

/**
 * Compares dotted numeric versions (`2024.1.1` < `2024.1.2` < `2025.1.1`).
 * @returns negative, zero or positive
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export const versionAtLeast: RuleKind<VersionAtLeastCheck> = {
  kind: 'versionAtLeast',
  evaluate(c, ctx) {
    const hits = [];
    for (const m of ctx.select(c.path)) {
      const v = lexicalValue(ctx, m) ?? '';
      if (DOTTED.test(v) && compareVersions(v, c.minimum) >= 0) continue;
      hits.push({ path: m.path, params: { value: v, verwacht: c.minimum } });
    }
    return hits;
  },
  repair(c, ctx) {
    const i = c.path.lastIndexOf('/');
    const name = c.path.slice(i + 1);
    for (const par of ctx.select(c.path.slice(0, i))) {
      if (!isObject(par.value)) continue;
      const cur = ctx.selectFrom(par, name)[0];
      const v = cur ? lexicalValue(ctx, cur) : undefined;
      if (v !== undefined && DOTTED.test(v) && compareVersions(v, c.minimum) >= 0) continue;
      const old = setChild(par.value, name, c.minimum);
      ctx.record({
        action: old === undefined ? 'set' : 'replaced',
        path: `${par.path}/${name}`,
        reason: `${name} ${old === undefined ? 'toegevoegd' : 'gewijzigd'}: "${c.minimum}" in een ${ctx.profile.id}-dossier ${ctx.version}.`,
      });
    }
  },
  describe(c) {
    return `${c.path} is "${c.minimum}" of een recentere versie; selectief uitleveren zet "${c.minimum}" als de waarde ouder of ongeldig is.`;
  },
};
