/** The rule vocabulary: every kind by name, and the three operations over any check. */
import { codelist } from './codelist.js';
import { dateWindow } from './date-window.js';
import { fixedValue } from './fixed-value.js';
import { forbiddenWhen } from './forbidden-when.js';
import { maxCount } from './max-count.js';
import { requiredWhen } from './required-when.js';
import { requiresOneOf } from './requires-one-of.js';
import { secretValue } from './secret-value.js';
import { valueConstraint } from './value-constraint.js';
import { versionAtLeast } from './version-at-least.js';
import type { RepairContext, RuleCheck, RuleKind, RuleKindName } from './types.js';
import type { RuleContext, RuleHit } from '../types.js';

/** Every kind of the vocabulary, by name. */
export const RULE_KINDS: {
  readonly [K in RuleKindName]: RuleKind<Extract<RuleCheck, { kind: K }>>;
} = {
  forbiddenWhen,
  requiredWhen,
  requiresOneOf,
  fixedValue,
  versionAtLeast,
  secretValue,
  maxCount,
  valueConstraint,
  codelist,
  dateWindow,
};

function kindOf(check: RuleCheck): RuleKind {
  const k = (RULE_KINDS as Record<string, RuleKind | undefined>)[check.kind];
  if (!k) throw new TypeError(`unknown rule kind ${String(check.kind)}`);
  return k;
}

/** The findings' locations of a check. */
export function evaluateCheck(check: RuleCheck, ctx: RuleContext): RuleHit[] {
  return kindOf(check).evaluate(check, ctx);
}

/** Applies a check's repair, when its kind has one; returns whether it has one. */
export function repairCheck(check: RuleCheck, ctx: RepairContext): boolean {
  const k = kindOf(check);
  if (!k.repair) return false;
  k.repair(check, ctx);
  return true;
}

/** The Dutch sentence of a check. */
export function describeCheck(check: RuleCheck): string {
  return kindOf(check).describe(check);
}

/** True when selective export can repair a violation of this check. */
export function canRepair(check: RuleCheck): boolean {
  return typeof kindOf(check).repair === 'function';
}

export { holds, describeCondition } from './condition.js';
export { lexicalValue, isTrueValue, isFalseValue } from './lexical.js';
export { compareVersions } from './version-at-least.js';
export { fixedValueFor } from './fixed-value.js';
export type * from './types.js';
