/** The profile and business-rule engine (DESIGN.md §2). */
export type {
  BaseElement,
  BaseElementTable,
  BaseRef,
  Cardinality,
  CodeSet,
  DefinitionFinding,
  Divergence,
  EvaluateOptions,
  Occurs,
  PathMatch,
  Profile,
  ProfileElement,
  ProfileRule,
  RuleContext,
  RuleHit,
  RuleOutcome,
  RulePredicate,
  Navigator,
  SelectOptions,
  SimpleValue,
  XsdOccurs,
} from './types.js';
export { CARDINALITIES } from './types.js';
export {
  checkNarrowing,
  formatCardinality,
  isCardinality,
  toOccurs,
  type NarrowingResult,
} from './cardinality.js';
export {
  countChildren,
  defaultValueOf,
  parseAbsolutePath,
  parsePath,
  selectFrom,
  selectFromSteps,
  selectPaths,
  selectSteps,
  type PathStep,
} from './select.js';
export {
  PROFILE_CATALOGUE,
  PROFILE_MESSAGES,
  renderMessage,
  type ProfileMessageCode,
} from './message.js';
export { findProfile } from './resolve.js';
export { evaluateProfile } from './evaluate.js';
export { validateProfileDefinition } from './definition.js';
export {
  describeProfile,
  describeRule,
  type ProfileDescription,
  type RuleDescription,
} from './describe.js';
export { repairProfile, type RepairOptions } from './repair.js';
export { removeChild, setChild } from './kinds/mutate.js';
export {
  RULE_KINDS,
  canRepair,
  compareVersions,
  describeCheck,
  describeCondition,
  evaluateCheck,
  fixedValueFor,
  holds,
  isFalseValue,
  isTrueValue,
  lexicalValue,
  repairCheck,
} from './kinds/index.js';
export type {
  CodelistCheck,
  Condition,
  DateWindowCheck,
  FixedValueCheck,
  ForbiddenWhenCheck,
  MaxCountCheck,
  RepairChange,
  RepairContext,
  RequiredWhenCheck,
  RequiresOneOfCheck,
  RuleCheck,
  RuleKind,
  RuleKindName,
  SecretValueCheck,
  ValueConstraintCheck,
  VersionAtLeastCheck,
} from './kinds/types.js';
