/** Data types of the overstapprofielen (turned into core `Profile`s by `buildProfile`). */
import type { Cardinality, ProfileRule } from '@edustandaard/core';
import type { OvProfileId } from './constants.js';

/** An element row a rule states: the element's cardinality in the rule's profiles. */
export interface OvRegelRij {
  /** Absolute element path (names of the rule's version). */
  path: string;
  cardinality: Cardinality;
  /** Values the element may take (compared as text). */
  allowedValues?: readonly string[];
}

/** A business rule of the overstapprofielen as data (a core `ProfileRule` without predicate). */
export interface OvRuleData extends Omit<ProfileRule, 'test'> {
  /** The profiles this rule belongs to (OVa.LL13 only POVO, the OVb rules only BB, …). */
  profiles: readonly OvProfileId[];
  /**
   * Element rows that state this rule (required / forbidden elements): their cardinality and value
   * findings carry this rule's code, severity and message. A rule has `rows`, a `check`, or
   * `nietToetsbaar`.
   */
  rows?: readonly OvRegelRij[];
  /** Why the rule cannot be checked on the data alone (then it has neither rows nor check). */
  nietToetsbaar?: string;
  /**
   * Set when the rule (or this version of it) is not published but derived: what is assumed and
   * why (as `assumption` in `@edustandaard/oso`'s `changes-2024.1.json`).
   */
  assumption?: string;
}
