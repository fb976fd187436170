/**
 * The afsprakenset manifest (DESIGN.md §7): every afsprakenset describes its ROSA/AMIGO layers the
 * same way — context and scenario, actors and roles, process, data (gegevensset + profiles),
 * interactions (push/pull, per flow), transport, security classification, legal grounds, version
 * and status — so the site renders every manifest with one template (AMIGO stand van zaken §1.2:
 * "voorspelbare en voor alle contexten vergelijkbare formats").
 *
 * The JSON Schema `@edustandaard/core/schema/manifest.json` is generated from these types at build
 * time (typescript-json-schema) for non-TypeScript users.
 */
import type { SourceRef } from '../report.js';

/**
 * Lifecycle of an afsprakenset, in the phases of the Edu-V afsprakenstelsel (page header "Status":
 * in ontwikkeling → ROSA-architectuurscan → besluitvorming → implementatie → in beheer), plus
 * `uitgefaseerd`.
 */
export type ManifestStatus =
  | 'in ontwikkeling'
  | 'rosa-architectuurscan'
  | 'besluitvorming'
  | 'implementatie'
  | 'in beheer'
  | 'uitgefaseerd';

/** The statuses in lifecycle order. */
export const MANIFEST_STATUSES: readonly ManifestStatus[] = [
  'in ontwikkeling',
  'rosa-architectuurscan',
  'besluitvorming',
  'implementatie',
  'in beheer',
  'uitgefaseerd',
];

/**
 * Text that is not blank (the site renders it; an empty string would give an empty section).
 * @pattern \S
 */
export type Tekst = string;

/** A use case within the afsprakenset's context. */
export interface Scenario {
  /** Stable id, e.g. `swv-po`. */
  id: Tekst;
  /** Dutch name. */
  naam: Tekst;
  /** Dutch description of the use case. */
  beschrijving: Tekst;
  /** What is explicitly out of scope. */
  buitenScope?: Tekst[];
}

/** Context and scenario layer: the application domain and the use cases. */
export interface ManifestContext {
  /** The toepassingsdomein, e.g. `Overstap en passend onderwijs`. */
  toepassingsdomein: Tekst;
  /** Dutch description of the context. */
  beschrijving: Tekst;
  /**
   * At least one scenario.
   * @minItems 1
   */
  scenarios: Scenario[];
  sources?: SourceRef[];
}

/** An actor (system or party) with the roles it plays. */
export interface Actor {
  /** Stable id referenced by process steps and interactions, e.g. `las`. */
  id: Tekst;
  /** Dutch name, e.g. `LAS (School)`. */
  naam: Tekst;
  /** Dutch description. */
  beschrijving: Tekst;
  /**
   * Roles in the exchange, e.g. `DossierBron`.
   * @minItems 1
   */
  rollen: Tekst[];
}

/** One step of the process. */
export interface ProcessStep {
  id: Tekst;
  naam: Tekst;
  /** Id of the actor that performs the step. */
  actor: Tekst;
  beschrijving: Tekst;
}

/** Process layer. */
export interface ManifestProcess {
  beschrijving: Tekst;
  /**
   * The steps in order (at least one).
   * @minItems 1
   */
  stappen: ProcessStep[];
  sources?: SourceRef[];
}

/** Data layer: the gegevensset and the profiles on it. */
export interface ManifestData {
  /** The data set, e.g. `{ id: 'OSO', version: '2024.1' }`. */
  gegevensset: { id: Tekst; version: string };
  /** Ids of the profiles this afsprakenset defines or uses (e.g. `PO-SWV`); may be empty for a data set without profiles. */
  profielen: Tekst[];
  /** Ids of the code lists used. */
  codelijsten?: Tekst[];
  sources?: SourceRef[];
}

/** `push`: the source sends when it decides; `pull`: the consumer asks. */
export type InteractionPattern = 'push' | 'pull';

/** Interaction layer: one flow between two actors. */
export interface Interaction {
  /** Flow id, e.g. `0` … `6` for OKE or `overdracht` for OSO. */
  flow: Tekst;
  naam: Tekst;
  /** Id of the sending actor. */
  van: Tekst;
  /** Id of the receiving actor. */
  naar: Tekst;
  patroon: InteractionPattern;
  /** The message or operation, e.g. an OOAPI endpoint or `overstapdossier`. */
  bericht?: Tekst;
  beschrijving?: Tekst;
}

/** Transport layer. */
export interface ManifestTransport {
  /**
   * Standards and infrastructures, e.g. `OSO-infrastructuur`, `Edukoppeling`, `REST (OOAPI v5)`.
   * @minItems 1
   */
  standaarden: Tekst[];
  beschrijving: Tekst;
  sources?: SourceRef[];
}

/** Security layer. */
export interface ManifestSecurity {
  /** The classification as the source words it, e.g. `risicoklasse II (AV-23)` or `BIV-klasse hoog`. */
  classificatie: Tekst;
  beschrijving: Tekst;
  sources?: SourceRef[];
}

/** One legal ground. */
export interface LegalGround {
  /** e.g. `Algemene verordening gegevensbescherming (AVG)`. */
  naam: Tekst;
  /** Article, e.g. `artikel 42b WPO`. */
  artikel?: Tekst;
  beschrijving: Tekst;
  url?: Tekst;
}

/** Legal layer. */
export interface ManifestLegal {
  /** Purpose of the processing. */
  doel: Tekst;
  /**
   * At least one ground.
   * @minItems 1
   */
  grondslagen: LegalGround[];
  sources?: SourceRef[];
}

/** The manifest of one afsprakenset version. */
export interface AfsprakensetManifest {
  /** e.g. `OSO-SWV`. */
  id: Tekst;
  /** Dutch name. */
  naam: Tekst;
  /** Version of the afsprakenset, e.g. `2024.1`. */
  version: Tekst;
  status: ManifestStatus;
  /** Who maintains it, e.g. `Edustandaard`. */
  beheerder: Tekst;
  /**
   * The documents that define it.
   * @minItems 1
   */
  sources: SourceRef[];
  context: ManifestContext;
  /** @minItems 1 */
  actors: Actor[];
  process: ManifestProcess;
  data: ManifestData;
  /** @minItems 1 */
  interactions: Interaction[];
  transport: ManifestTransport;
  security: ManifestSecurity;
  legal: ManifestLegal;
}

/** The layers, in the order the site renders them. */
export const MANIFEST_LAYERS = [
  'context',
  'actors',
  'process',
  'data',
  'interactions',
  'transport',
  'security',
  'legal',
] as const satisfies readonly (keyof AfsprakensetManifest)[];
