/**
 * Selective export's generic half (DESIGN.md §2): makes a decoded document satisfy a profile as
 * far as that can be done without inventing data, from the same declarations `evaluateProfile`
 * reads — element rows with cardinality `0` are removed, and every rule whose check kind has a
 * `repair` applies it (remove forbidden children, set fixed values, replace secret values).
 * The document is changed in place; the caller clones first.
 */
import { findProfile } from './resolve.js';
import { repairCheck } from './kinds/index.js';
import { removeChild } from './kinds/mutate.js';
import type { RepairChange, RepairContext } from './kinds/types.js';
import {
  defaultValueOf,
  parseAbsolutePath,
  parsePath,
  selectFromSteps,
  selectSteps,
  splitPath,
} from './select.js';
import type { EvaluateOptions, PathMatch, Profile, ProfileRule } from './types.js';

/** Options of {@link repairProfile}: the navigation options of {@link evaluateProfile}. */
export type RepairOptions = Pick<
  EvaluateOptions,
  'root' | 'version' | 'navigator' | 'unwrapValue' | 'profiles'
> & {
  /** Only rules for which this returns true are applied (default: every rule). */
  filter?: (rule: ProfileRule) => boolean;
};

/**
 * Repairs a document in place.
 * @param profile - the profile or its id
 * @param doc - the decoded document (wrapper or root content, as for `evaluateProfile`)
 * @param options - navigation, version, a rule filter
 * @returns every change, in the order applied: forbidden rows first (table order), then the rules
 */
export function repairProfile(
  profile: Profile | string,
  doc: unknown,
  options: RepairOptions = {},
): RepairChange[] {
  const p =
    typeof profile === 'string'
      ? findProfile(options.profiles ?? [], profile, options.version)
      : profile;
  const version = options.version ?? p.version;
  const nav = options.navigator;
  const select = (path: string): PathMatch[] =>
    nav ? nav.select(doc, path, options) : selectSteps(doc, parseAbsolutePath(path), options);
  const selectFrom = (m: PathMatch, path: string): PathMatch[] =>
    nav ? nav.selectFrom(m, path) : selectFromSteps(m, parsePath(path));
  const changes: RepairChange[] = [];
  const byCode = new Map(p.rules.map((r) => [r.code, r]));
  const use = options.filter ?? (() => true);

  for (const row of p.elements) {
    if (row.cardinality !== '0') continue;
    const rule = row.rule !== undefined ? byCode.get(row.rule) : undefined;
    if (rule && !use(rule)) continue;
    const { parent, name } = splitPath(row.path);
    for (const par of select(parent))
      for (const path of removeChild(par.value, par.path, name))
        changes.push({
          action: 'removed',
          code: rule?.code ?? 'PROFILE.CARDINALITY.forbidden',
          path,
          reason: rule?.message ?? `Verboden in ${p.id}.`,
        });
  }
  for (const rule of p.rules) {
    if (!rule.check || !use(rule)) continue;
    const ctx: RepairContext = {
      doc,
      select,
      selectFrom,
      valueOf: options.unwrapValue ?? defaultValueOf,
      profile: p,
      version,
      rule,
      record: (c) => changes.push({ ...c, code: rule.code }),
    };
    repairCheck(rule.check, ctx);
  }
  return changes;
}
