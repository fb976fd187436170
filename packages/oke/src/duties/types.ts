/**
 * The shape of an OKE flow duty (a duty of an interaction that the OpenAPI schemas cannot say) as
 * data. Message duties use the data shapes of core's rule vocabulary (`requiredWhen`,
 * `valueConstraint`), read on JSON with JSON-pointer paths in which `*` matches every array
 * entry; identifier and chain duties are OKE's own kinds. The evaluation of all kinds sits in one
 * module (evaluate.ts), so it can be pointed at core's engine when that reads JSON.
 */
import type { PersoonTerm } from '@edustandaard/identifiers';
import type {
  RequiredWhenCheck,
  ValueConstraintCheck,
  Severity,
  SourceRef,
} from '@edustandaard/core';

/** `requiredWhen` of the vocabulary on JSON: `context` and `requires` are JSON pointers (`*` = every entry; `''` = the message). */
export type JsonRequiredWhen = RequiredWhenCheck;

/** `valueConstraint` of the vocabulary on JSON; `required: true` also reports an absent target. */
export type JsonValueConstraint = ValueConstraintCheck & { required?: boolean };

/**
 * Identifier duties (Edu-V "Identiteiten", via @edustandaard/identifiers) on every IdentifierEntry
 * (`{ codeType, code }`) of the message: `forbiddenCodeTypes` may not occur; a `codeType` listed
 * in `parse` must hold a value its parser accepts.
 */
export interface IdentifierCheck {
  kind: 'identifiers';
  /** codeType values (compared case-insensitively, also with an `x-` prefix) that may not occur. */
  forbiddenCodeTypes?: readonly string[];
  /** codeType → identifier term of @edustandaard/identifiers whose parser must accept the code. */
  parse?: Readonly<Record<string, 'eckId'>>;
}

/**
 * Edu-V selection: among its codes (primaryCode and otherCodes) a person sent in the interaction
 * carries an identifier the agreement's selection accepts for its level: the primary identifier
 * (ECK iD for an onderwijsdeelnemer) or, when that is absent, a secondary one of the table.
 */
export interface IdentifierSelectionCheck {
  kind: 'identifierSelection';
  /** Where the person objects are (JSON pointers, `*` = every entry). */
  persons: readonly string[];
  niveau: 'onderwijsdeelnemer';
  /** OOAPI codeType → the identifier term it carries (codeType compared case-insensitively, also with an `x-` prefix). */
  codeTypes: readonly (readonly [codeType: string, term: PersoonTerm])[];
}

/** Chain duty: the target (an association) was planned through OKE and is not canceled. */
export interface PlannedCheck {
  kind: 'planned';
  /** Which record: the association of the path, or the association's offering. */
  record: 'association';
  /** When set: the offering of the association must say it expects results (flow 5). */
  resultExpected?: boolean;
}

/** Chain duty: a state field moves only as the flows allow. */
export interface TransitionCheck {
  kind: 'transition';
  record: 'association' | 'offering';
  /** JSON pointer of the state field in the record (`/state`, `/consumers/*\/offeringState`). */
  field: string;
  /** Current value → the values it may take next (the same value is always allowed). */
  allowed: Readonly<Record<string, readonly string[]>>;
}

/** Every check kind an OKE duty can have. */
export type OkeDutyCheck =
  | ({ kind: 'requiredWhen' } & JsonRequiredWhen)
  | ({ kind: 'valueConstraint' } & JsonValueConstraint)
  | IdentifierCheck
  | IdentifierSelectionCheck
  | PlannedCheck
  | TransitionCheck;

/** One duty of one or more interactions. */
export interface OkeDuty {
  /** Stable code, e.g. `OKE.F3.attendance`. */
  code: string;
  severity: Severity;
  /** Dutch message, as the flow documents word the duty. */
  message: string;
  /** The interactions (ids) the duty applies to, or `*` for every interaction with a body. */
  interactions: readonly string[] | '*';
  /** `message`: checked on the message alone (check(), handlers, kit); `chain`: needs the chain's state (reference servers, kit). */
  scope: 'message' | 'chain';
  /** Applies to the request or the response body. */
  direction: 'request' | 'response' | 'both';
  check: OkeDutyCheck;
  /** Flow document section (or the seed) the duty comes from. */
  source: SourceRef;
  /** True where the duty is our reading of open text (the flow documents leave it open). */
  assumption?: boolean;
}
