/**
 * The lexical value of a node, as the official validations compare it (XSLT works on text): the
 * form recorded by the XML reader under the parent's `$lexical` member when it differs from the
 * canonical form of the typed value, else the canonical form (`true`, `15`).
 */
import type { PathMatch, RuleContext } from '../types.js';

function lastStep(path: string): { name: string; index: number | undefined } {
  const last = path.slice(path.lastIndexOf('/') + 1);
  const b = last.indexOf('[');
  return b === -1
    ? { name: last, index: undefined }
    : { name: last.slice(0, b), index: Number(last.slice(b + 1, -1)) };
}

/**
 * The lexical form of a matched scalar node, or `undefined` for an absent or complex node.
 * @param ctx - the rule context (for `valueOf`)
 * @param m - the node
 */
export function lexicalValue(ctx: Pick<RuleContext, 'valueOf'>, m: PathMatch): string | undefined {
  const v = ctx.valueOf(m.value);
  if (v === undefined || v === null || typeof v === 'object') return undefined;
  // Simple content with attributes keeps its own `$lexical.$value`.
  const own =
    m.value !== null && typeof m.value === 'object'
      ? (m.value as { $lexical?: Record<string, unknown> }).$lexical?.['$value']
      : undefined;
  if (typeof own === 'string') return own;
  const parent = m.parent as { $lexical?: Record<string, unknown> } | undefined;
  const lex = parent !== null && typeof parent === 'object' ? parent.$lexical : undefined;
  if (lex) {
    const { name, index } = lastStep(m.path);
    const rec = lex[name];
    if (typeof rec === 'string' && index === undefined) return rec;
    if (Array.isArray(rec)) {
      const r: unknown = rec[(index ?? 1) - 1];
      if (typeof r === 'string') return r;
    }
  }
  return String(v);
}

/** `xs:boolean` true in any lexical form. */
export function isTrueValue(v: unknown): boolean {
  return v === true || v === 'true' || v === '1' || v === 1;
}

/** `xs:boolean` false in any lexical form. */
export function isFalseValue(v: unknown): boolean {
  return v === false || v === 'false' || v === '0' || v === 0;
}
