/**
 * Profile definitions as data (DESIGN.md §2 "Definitions are data; the engine is generic").
 *
 * A profile narrows a base data set (e.g. the OSO gegevensset) for one use case (e.g. PO-SWV,
 * `OSO SWV profielen 2024.1` §2.6, Tabel 1–3): element rows with a cardinality (`0 ? 1 * +`,
 * the notation of that document), allowed values or a code list, and business rules. Everything
 * except a rule's optional `test` predicate is plain JSON-serialisable data, so the docs site can
 * list every row and rule without running anything.
 */
import type { Finding, Severity, SourceRef } from '../report.js';
import type { RuleCheck } from './kinds/types.js';

/**
 * Cardinality in the notation of the OSO profile documents (`OSO SWV profielen 2024.1` §2.6):
 * `0` verboden, `?` optioneel (0..1), `1` verplicht, `*` optioneel meervoudig (0..n),
 * `+` verplicht meervoudig (1..n).
 */
export type Cardinality = '0' | '?' | '1' | '*' | '+';

/** The five cardinality symbols, in order of the document's notation table. */
export const CARDINALITIES: readonly Cardinality[] = ['0', '?', '1', '*', '+'];

/** A cardinality as explicit bounds; `max: null` means unbounded. */
export interface Occurs {
  min: number;
  max: number | null;
}

/** Explicit bounds as an XSD states them (`maxOccurs="unbounded"`); accepted wherever bounds are. */
export interface XsdOccurs {
  min: number;
  max: number | null | 'unbounded';
}

/** Identifies the data set (and its version) a profile narrows, e.g. `{ id: 'OSO', version: '2024.1' }`. */
export interface BaseRef {
  id: string;
  version: string;
}

/** A scalar value as it appears in a decoded document. */
export type SimpleValue = string | number | boolean;

/** One element row of a profile table. */
export interface ProfileElement {
  /** Absolute element path in the base data set, e.g. `/dossier/huidigeschool/leerling/geboorteplaats`. */
  path: string;
  /** The profile's cardinality of this element under each instance of its parent. */
  cardinality: Cardinality;
  /** When present, the element's value must be one of these (compared as strings). */
  allowedValues?: readonly SimpleValue[];
  /** Id of a code list the value must come from; resolved through `EvaluateOptions.codelists`. */
  codelist?: string;
  /**
   * Code of the rule (in `rules`) that states this row's constraint, e.g. `PaO.LL10` for a
   * forbidden `geboorteplaats`. Cardinality and value findings of this row then carry that rule's
   * code, severity, message and source; without it they get the generic `PROFILE.*` codes.
   */
  rule?: string;
  /** Free Dutch explanation as the document words it ("Verplicht volgens Afspraak."). */
  note?: string;
  /** Where this row is defined (document, table). */
  source: SourceRef;
}

/** Where an official artefact differs from the leading document (e.g. the 2019.1 XSLT vs the profile text). */
export interface Divergence {
  /** Dutch summary of the difference and which source this profile follows. */
  summary: string;
  /** Every source involved: the leading document first, then the artefacts that differ. */
  sources: SourceRef[];
}

/** A location a predicate reports, with optional message parameters. */
export interface RuleHit {
  /** Concrete path (`/dossier/huidigeschool/leerling/adreslijst`). */
  path: string;
  /** Parameters for the message template and for consumers (`{ value: 'x' }`). */
  params?: Record<string, unknown>;
}

/**
 * What a predicate returns: `true`/`undefined` = satisfied; `false` = violated (one finding at the
 * matched node, or at the rule's first path when the rule has no `context`); hits or concrete
 * path strings = one finding per entry. Predicates never format codes, severities or messages.
 */
export type RuleOutcome =
  boolean | undefined | void | RuleHit | string | readonly (RuleHit | string)[];

/** One node found by {@link selectPaths}. */
export interface PathMatch {
  /** Concrete path with 1-based indices on repeated (array-valued) elements: `/dossier/x/toets[2]/score`. */
  path: string;
  /** The node: a scalar, an object (complex element) or whatever the decoder put there. */
  value: unknown;
  /** The object that holds the node (the parent element's content); `undefined` for the root. */
  parent: unknown;
}

/** Navigation options shared by {@link selectPaths} and the engine. */
export interface SelectOptions {
  /**
   * When set, `doc` is the content of this root element (e.g. `'dossier'`); otherwise `doc` is a
   * wrapper whose keys are root element names (`{ dossier: {...} }`).
   */
  root?: string;
}

/** The context a rule predicate receives. */
export interface RuleContext {
  /** The whole decoded document. */
  doc: unknown;
  /** Selects nodes by an absolute path (see {@link selectPaths}). */
  select(path: string): PathMatch[];
  /** Selects nodes by a path relative to a match (`ctx.selectFrom(m, 'adreslijst/adres')`). */
  selectFrom(match: PathMatch, relativePath: string): PathMatch[];
  /** The scalar value of a node (unwraps simple content that carries attributes). */
  valueOf(node: unknown): unknown;
  /** The profile being evaluated. */
  profile: Profile;
  /** The version of the document (option `version`, else the profile's version). */
  version: string;
  /** The rule whose predicate runs. */
  rule: ProfileRule;
  /** For rules with a `context`: the node the predicate runs for. */
  match?: PathMatch;
}

/** A rule predicate. It may be absent: then the rule is documentation only (or enforced by an element row). */
export type RulePredicate = (ctx: RuleContext) => RuleOutcome;

/** One business rule. Everything but `test` is data. */
export interface ProfileRule {
  /** The standard's rule id, e.g. `PaO.LL12`. */
  code: string;
  severity: Severity;
  /** Dutch message as the standard words it; may contain `{param}` placeholders (see {@link renderMessage}). */
  message: string;
  /** The element paths this rule is about (for the site, and the default finding location). */
  paths: readonly string[];
  /** Where the rule is defined (document, version, table/section). */
  source: SourceRef;
  /** Longer Dutch explanation ("d.w.z. …"). */
  description?: string;
  /** Where an official artefact differs from the document, and which one this profile follows. */
  divergence?: Divergence;
  /**
   * When set, `test` runs once per node matching this absolute path (e.g. once per `leerling`),
   * with `ctx.match` set; `false` then reports at that node.
   */
  context?: string;
  /**
   * What the rule checks, as data of one kind of the rule vocabulary (`forbiddenWhen`,
   * `requiredWhen`, `secretValue`, …): `validate()` evaluates it, selective export repairs with
   * it, the site shows its `describe` sentence. A rule has a `check`, a `test`, or neither (then
   * an element row enforces it, or it cannot be checked on the data; say why in `description`).
   */
  check?: RuleCheck;
  /**
   * A bespoke predicate, only where no kind of the vocabulary fits; `bespoke` must then say why.
   * Dropped by `JSON.stringify` (functions are not data).
   */
  test?: RulePredicate;
  /** Why this rule needs a bespoke `test` instead of a `check` (required with `test`). */
  bespoke?: string;
}

/** A profile: data that narrows a base data set (e.g. PO-SWV on OSO 2024.1). */
export interface Profile {
  /** e.g. `PO-SWV`. */
  id: string;
  /** Dutch name, e.g. `PO SWV PaO`. */
  naam: string;
  /** The afsprakenset this profile belongs to, e.g. `OSO-SWV`. */
  afsprakenset: string;
  /** Version of the profile, e.g. `2024.1`. */
  version: string;
  /** The data set it narrows. */
  base: BaseRef;
  /** Element rows, in table order. */
  elements: readonly ProfileElement[];
  /** Business rules, in table order. */
  rules: readonly ProfileRule[];
  /** Where the profile is defined. */
  source?: SourceRef;
}

/** One row of a base data set's element table, for {@link validateProfileDefinition}. */
export interface BaseElement {
  path: string;
  /** The base cardinality: a symbol, or explicit bounds (XSD `minOccurs`/`maxOccurs`). */
  cardinality: Cardinality | XsdOccurs;
  /** Values the base already restricts this element to (XSD enumeration). */
  allowedValues?: readonly SimpleValue[];
  /** Code list the base binds this element to. */
  codelist?: string;
  /**
   * Id of the `xs:choice` the element is an alternative of, when it is one. `cardinality` then
   * counts within the chosen branch; under the parent the element is never required on its own
   * (another alternative may be chosen), so the narrowing check takes the base minimum as 0.
   */
  choice?: string;
}

/** The element table of a base data set. */
export interface BaseElementTable {
  id: string;
  version: string;
  elements: readonly BaseElement[];
}

/** A code list as the engine needs it: the set of valid codes. */
export type CodeSet = ReadonlySet<string> | readonly string[];

/** Options for {@link evaluateProfile}. */
export interface EvaluateOptions extends SelectOptions {
  /** Label for the report's `file` (default `-`). */
  file?: string;
  /** The document's version when known (passed to predicates; default the profile's version). */
  version?: string;
  /** Resolves code list ids used by element rows; required when a row names a `codelist`. */
  codelists?: Readonly<Record<string, CodeSet>> | ((id: string) => CodeSet | undefined);
  /**
   * Unwraps a node to its scalar value (e.g. simple content with attributes). The default returns
   * scalars as they are, and for objects the `$value` or `#text` member when present.
   */
  unwrapValue?: (node: unknown) => unknown;
  /** Profiles to resolve a profile id against when `evaluateProfile` receives an id. */
  profiles?: readonly Profile[];
  /**
   * How paths are resolved in the document. The default is core's {@link selectPaths}; a data set
   * whose model needs its schema to number repeated elements (OSO's repeating sequences) passes
   * its own, so findings use the same `/a/b[2]` paths as the reader.
   */
  navigator?: Navigator;
}

/** Path resolution over one document (see {@link EvaluateOptions.navigator}). */
export interface Navigator {
  /** Every node at an absolute path, in document order. */
  select(doc: unknown, path: string, options: SelectOptions): PathMatch[];
  /** Nodes at a relative path under a match. */
  selectFrom(match: PathMatch, relativePath: string): PathMatch[];
}

/** Findings of a profile-definition check; the same shape as validation findings. */
export type DefinitionFinding = Finding;
