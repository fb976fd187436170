/** Conditions of the rule vocabulary ({@link Condition}): evaluation and Dutch description. */
import type { PathMatch, RuleContext } from '../types.js';
import { isFalseValue, isTrueValue, lexicalValue } from './lexical.js';
import { relative, type Condition } from './types.js';

function nodes(ctx: RuleContext, m: PathMatch | undefined, path: string): PathMatch[] {
  if (path.startsWith('/')) return ctx.select(path);
  return m ? relative(ctx, m, path) : [];
}

/**
 * True when the condition holds for a context node (or for the document, for absolute paths).
 * @param ctx - the rule context
 * @param m - the context node
 * @param c - the condition; `undefined` always holds
 */
export function holds(
  ctx: RuleContext,
  m: PathMatch | undefined,
  c: Condition | undefined,
): boolean {
  if (c === undefined) return true;
  const found = nodes(ctx, m, c.path);
  if ('is' in c) {
    switch (c.is) {
      case 'present':
        return found.length > 0;
      case 'absent':
        return found.length === 0;
      case 'true':
        return found.some((n) => isTrueValue(ctx.valueOf(n.value)));
      case 'false':
        return found.some((n) => isFalseValue(ctx.valueOf(n.value)));
      case 'notTrue':
        return !found.some((n) => isTrueValue(ctx.valueOf(n.value)));
    }
  }
  const values = found.map((n) => lexicalValue(ctx, n));
  if ('in' in c) return values.some((v) => v !== undefined && c.in.includes(v));
  return !values.some((v) => v !== undefined && c.notIn.includes(v));
}

function quoteAll(vs: readonly string[]): string {
  return vs.map((v) => `"${v}"`).join(' of ');
}

/**
 * The condition as a Dutch clause ("als adresgeheim "true" is").
 * @param c - the condition
 */
export function describeCondition(c: Condition | undefined): string {
  if (c === undefined) return '';
  const p = c.path === '.' ? 'de waarde' : c.path;
  if ('is' in c) {
    return {
      present: `als ${p} aanwezig is`,
      absent: `als ${p} ontbreekt`,
      true: `als ${p} "true" is`,
      false: `als ${p} "false" is`,
      notTrue: `als ${p} niet "true" is (ook als het ontbreekt)`,
    }[c.is];
  }
  if ('in' in c) return `als ${p} ${quoteAll(c.in)} is`;
  return `als ${p} niet ${quoteAll(c.notIn)} is`;
}
