/** The profile-engine types this package builds on (re-exported from @edustandaard/core). */
export type {
  Cardinality,
  Divergence,
  PathMatch,
  Profile,
  ProfileElement,
  ProfileRule,
  RuleContext,
  RuleHit,
  RuleOutcome,
  RulePredicate,
} from '@edustandaard/core';
