/**
 * Profiles as plain data for the docs site and JSON consumers (DESIGN.md §2: no rule may live
 * only inside a function body where the site cannot show it).
 */
import { ruleForRow } from './link.js';
import { canRepair, describeCheck } from './kinds/index.js';
import type { Profile, ProfileElement, ProfileRule } from './types.js';

/** A rule without its predicate, plus whether it has one. */
export type RuleDescription = Omit<ProfileRule, 'test'> & {
  /** True when the engine runs a predicate for this rule. */
  hasTest: boolean;
  /** Paths of the element rows that carry this rule's code (cardinality/value checks). */
  enforcedBy: string[];
  /** The Dutch sentence of the rule's check (its kind's `describe`), when it has one. */
  uitleg?: string;
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
      ...(r.check ? { uitleg: describeCheck(r.check), herstelbaar: canRepair(r.check) } : {}),
    })),
  };
}
