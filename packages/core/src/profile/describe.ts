/**
 * Profiles as plain data for the docs site and JSON consumers (DESIGN.md §2: no rule may live
 * only inside a function body where the site cannot show it).
 */
import { ruleForRow } from './link.js';
import { canRepair, describeCheck } from './kinds/index.js';
import type { Cardinality, Profile, ProfileElement, ProfileRule } from './types.js';

const CARDINALITEIT: Readonly<Record<Cardinality, string>> = {
  '0': 'is verboden',
  '?': 'mag hoogstens één keer voorkomen',
  '1': 'is verplicht (precies één keer)',
  '*': 'mag voorkomen, ook meer dan eens',
  '+': 'is verplicht (minstens één keer)',
};

function rowSentence(row: ProfileElement): string {
  const i = row.path.lastIndexOf('/');
  const parent = row.path.slice(0, i) || '/';
  const name = row.path.slice(i + 1);
  const values =
    row.allowedValues !== undefined
      ? `; toegestane waarden: ${row.allowedValues.map((v) => `"${String(v)}"`).join(', ')}`
      : row.codelist !== undefined
        ? `; de waarde komt uit codelijst ${row.codelist}`
        : '';
  const repair = row.cardinality === '0' ? '; selectief uitleveren laat het weg' : '';
  return `<${name}> onder ${parent} ${CARDINALITEIT[row.cardinality]}${values}${repair}.`;
}

/**
 * The Dutch sentence the site shows for a rule: its check's `describe` when it has one, else the
 * sentences of the element rows that enforce it, else its own description (a rule that cannot be
 * checked on the data says why there).
 * @param profile - the profile the rule belongs to
 * @param rule - the rule
 */
export function describeRule(profile: Profile, rule: ProfileRule): string {
  if (rule.check) return describeCheck(rule.check);
  const rows = profile.elements.filter((e) => ruleForRow(profile.rules, e) === rule);
  if (rows.length > 0) return rows.map(rowSentence).join(' ');
  return rule.description ?? rule.message;
}

/** A rule without its predicate, plus whether it has one. */
export type RuleDescription = Omit<ProfileRule, 'test'> & {
  /** True when the engine runs a predicate for this rule. */
  hasTest: boolean;
  /** Paths of the element rows that carry this rule's code (cardinality/value checks). */
  enforcedBy: string[];
  /** The Dutch sentence of the rule ({@link describeRule}): its check, its rows, or its description. */
  uitleg: string;
  /** True when selective export repairs a violation (the check's kind has a `repair`). */
  herstelbaar?: boolean;
};

/** A profile as JSON-serialisable data. */
export type ProfileDescription = Omit<Profile, 'rules' | 'elements'> & {
  elements: ProfileElement[];
  rules: RuleDescription[];
};

/**
 * Turns a profile into plain data: every field except rule predicates, with `hasTest` and the
 * element rows that enforce each rule, so the site can list rules without running them.
 * @param profile - the profile
 */
export function describeProfile(profile: Profile): ProfileDescription {
  const { rules, elements, ...rest } = profile;
  return {
    ...rest,
    elements: elements.map((e) => ({ ...e })),
    rules: rules.map(({ test, ...r }, i) => ({
      ...r,
      hasTest: typeof test === 'function' || r.check !== undefined,
      enforcedBy: elements.filter((e) => ruleForRow(rules, e) === rules[i]).map((e) => e.path),
      uitleg: describeRule(profile, rules[i]!),
      ...(r.check ? { herstelbaar: canRepair(r.check) } : {}),
    })),
  };
}
