/**
 * The rule vocabulary (#10, DESIGN.md §2 "Definitions are data"): a business rule declares *what*
 * it checks as a {@link RuleCheck} — plain JSON data of one kind — and the engine runs the kind.
 * Each kind lives in its own file (as ajv keeps one keyword per file) and has three faces:
 * `evaluate` (the findings `validate()` reports), `repair` (what a selective export does to make
 * the document conform) and `describe` (the Dutch sentence the specification site shows).
 */
import type { PathMatch, RuleContext, RuleHit } from '../types.js';

/**
 * A condition on a node, evaluated relative to a rule's context node (`.` is the node itself) or,
 * when `path` starts with `/`, on the whole document. Booleans follow `xs:boolean`: `true`/`1` are
 * true, `false`/`0` are false; `notTrue` holds for false *and* absent (the 2019.1 validation's
 * `not(x = 'true')`), `false` only for an explicit false.
 */
export type Condition =
  | {
      path: string;
      is: 'true' | 'notTrue' | 'false' | 'present' | 'absent';
    }
  | { path: string; in: readonly string[] }
  | { path: string; notIn: readonly string[] };

/** Forbids children of each context node, when the condition holds (always without `when`). */
export interface ForbiddenWhenCheck {
  kind: 'forbiddenWhen';
  /** Absolute path of the context nodes (`/dossier/huidigeschool/leerling`). */
  context: string;
  when?: Condition;
  /** Child element names (or relative paths) that must then be absent; `repair` removes them. */
  forbidden: readonly string[];
}

/** Requires at least one of some relative paths under each context node, when the condition holds. */
export interface RequiredWhenCheck {
  kind: 'requiredWhen';
  context: string;
  when?: Condition;
  /** Relative paths; the rule holds when at least one of them has a node. */
  requires: readonly string[];
  /** Where the finding points, relative to the context node (default the first of `requires`). */
  at?: string;
}

/** Each node at `targets` must have at least one of `children` (PaO.TR01: score, referentiescore of bijlage). */
export interface RequiresOneOfCheck {
  kind: 'requiresOneOf';
  /** Absolute paths of the nodes to check. */
  targets: readonly string[];
  /** Child element names of which at least one must be present. */
  children: readonly string[];
}

/** The element at `path`, when present, has exactly this (lexical) value; `repair` sets it. */
export interface FixedValueCheck {
  kind: 'fixedValue';
  path: string;
  /** The value, or one per profile id (`{ 'PO-SWV': 'POSWV', 'VO-SWV': 'VOSWV' }`). */
  value: string | Readonly<Record<string, string>>;
  /** `repair` also adds the element when it is absent (its parent must exist). Default true. */
  add?: boolean;
}

/** The element at `path`, when present, is a dotted version equal to or newer than `minimum`. */
export interface VersionAtLeastCheck {
  kind: 'versionAtLeast';
  path: string;
  /** e.g. `2024.1.1` ("2024.1.1 (of recentere versie)"). */
  minimum: string;
}

/**
 * A node flagged secret carries the prescribed secret value for its soort (PaO.LL08 / PaO.OV04):
 * under each context node with `flag` true, `target` must equal `values[soort]`; `repair` replaces
 * it. The actual value is never put in a finding (it is the secret).
 */
export interface SecretValueCheck {
  kind: 'secretValue';
  /** Absolute paths of the nodes (`…/communicatielijst/communicatie`). */
  contexts: readonly string[];
  /** Boolean child that marks the node secret (`geheim`). */
  flag: string;
  /** Child that selects the secret value (`soort`). */
  soort: string;
  /** Child that must hold the secret value (`nummer`). */
  target: string;
  /** Secret value per soort; a soort not listed is left to the code-list check. */
  values: Readonly<Record<string, string>>;
}

/** At most `max` `child` elements under each context node (finding at the first one too many). */
export interface MaxCountCheck {
  kind: 'maxCount';
  context: string;
  child: string;
  max: number;
}

/**
 * A constraint on the lexical value of `target` under each context node (when the condition
 * holds): length in characters, a substring, a pattern (searched, not anchored, as XSLT `matches`),
 * or values it may not take.
 */
export interface ValueConstraintCheck {
  kind: 'valueConstraint';
  /** Absolute path(s) of the context nodes (several: the same element under different parents). */
  context: string | readonly string[];
  when?: Condition;
  /** Relative path of the checked node (`.` for the context node itself). */
  target: string;
  minLength?: number;
  maxLength?: number;
  /** The value must contain this text. */
  contains?: string;
  /** The value must (`pattern`) match this regular expression (unanchored). */
  pattern?: string;
  /** `pattern` must not match (`patternAbsent: true`) instead of must match. */
  patternAbsent?: boolean;
  /** Values it may not take (compared lexically). */
  notIn?: readonly string[];
}

/**
 * The lexical value at each target comes from a code list. Compared as text, as the official
 * 2019.1 validation does: `01` or ` 1 ` is not code `1`, even where the XSD type is `xs:integer`.
 */
export interface CodelistCheck {
  kind: 'codelist';
  targets: readonly string[];
  /** Name of the list for messages (`Codelijst 12 (Land)`). */
  name: string;
  codes: readonly string[];
}

/**
 * A date (`target`, relative to each context node) is not before the start of the period
 * `periodsBefore` periods before the period of the reference date; periods are years starting on
 * `periodStart` (OVa.TR04: schooljaren from 1 August, the current and two previous ones). `repair`
 * removes the context nodes outside the window.
 */
export interface DateWindowCheck {
  kind: 'dateWindow';
  /** Absolute path of the dated nodes (`…/toetslijst/toets`). */
  context: string;
  /** Relative path of the date under each context node (`afname/afnamedatum`). */
  target: string;
  /** Absolute path of the reference date (`/dossier/metadata/datum`). */
  reference: string;
  /** First day of a period as `MM-DD` (`08-01`). */
  periodStart: string;
  /** How many whole periods before the reference's period are still in the window (2). */
  periodsBefore: number;
}

/** Every check kind of the vocabulary. */
export type RuleCheck =
  | ForbiddenWhenCheck
  | RequiredWhenCheck
  | RequiresOneOfCheck
  | FixedValueCheck
  | VersionAtLeastCheck
  | SecretValueCheck
  | MaxCountCheck
  | ValueConstraintCheck
  | CodelistCheck
  | DateWindowCheck;

/** The kind names. */
export type RuleKindName = RuleCheck['kind'];

/** One change a repair made (selective export lists every one). */
export interface RepairChange {
  /** `removed` (element dropped), `replaced` (value replaced), `set` (value added). */
  action: 'removed' | 'replaced' | 'set';
  /** The rule that requires the change. */
  code: string;
  /** Path in the document (for `set` of a new element: where it was added). */
  path: string;
  /** Dutch reason; never contains a removed or replaced value. */
  reason: string;
}

/** What a kind's `repair` may do to the document, besides reading it through the context. */
export interface RepairContext extends RuleContext {
  /** Records a change (the kind has already applied it to the document). */
  record(change: Omit<RepairChange, 'code'>): void;
}

/** A kind: evaluate, repair, describe. */
export interface RuleKind<C extends RuleCheck = RuleCheck> {
  kind: C['kind'];
  /** The hits (one finding each); an empty list when the rule holds. */
  evaluate(check: C, ctx: RuleContext): RuleHit[];
  /** Makes the document satisfy the check where that can be done without inventing data. */
  repair?(check: C, ctx: RepairContext): void;
  /** One Dutch sentence saying what the check requires (shown on the site). */
  describe(check: C): string;
}

/** A match's children or descendants by a relative path; `.` is the match itself. */
export function relative(ctx: RuleContext, m: PathMatch, path: string): PathMatch[] {
  if (path === '.' || path === '') return [m];
  return ctx.selectFrom(m, path);
}
