/**
 * Linking element rows to rules. The standard reuses some rule codes for different rules (`OSO SWV
 * profielen 2024.1`: PaO.SL01 is the school's adreslijst in Tabel 1 and the leerling's
 * schoolloopbaanlijst in Tabel 2), so a row links to the rule with its code whose `paths` cover the
 * row's path, and only falls back to the first rule with that code.
 */
import type { ProfileElement, ProfileRule } from './types.js';

/** Strips `[n]` indices so concrete and table paths compare. */
export function tablePath(path: string): string {
  return path.replace(/\[[0-9]+\]/g, '');
}

/**
 * True when one of the rule's paths is `path` or an ancestor of it.
 * @param rule - the rule
 * @param path - a table or concrete path
 */
export function ruleCovers(rule: ProfileRule, path: string): boolean {
  const p = tablePath(path);
  return rule.paths.some((rp) => {
    const r = tablePath(rp);
    return p === r || p.startsWith(`${r}/`);
  });
}

/**
 * The rule an element row links to through `row.rule`, or `undefined` when it links none (or an unknown code).
 * @param rules - the profile's rules
 * @param row - the element row
 */
export function ruleForRow(
  rules: readonly ProfileRule[],
  row: ProfileElement,
): ProfileRule | undefined {
  if (row.rule === undefined) return undefined;
  // Profiles are data evaluated many times: the link is computed once per rule list and row.
  let byRow = LINKS.get(rules);
  if (!byRow) LINKS.set(rules, (byRow = new WeakMap()));
  if (byRow.has(row)) return byRow.get(row);
  const r = link(rules, row);
  byRow.set(row, r);
  return r;
}

const LINKS = new WeakMap<
  readonly ProfileRule[],
  WeakMap<ProfileElement, ProfileRule | undefined>
>();

function link(rules: readonly ProfileRule[], row: ProfileElement): ProfileRule | undefined {
  const variants = rules.filter((r) => r.code === row.rule);
  return variants.find((r) => ruleCovers(r, row.path)) ?? variants[0];
}
