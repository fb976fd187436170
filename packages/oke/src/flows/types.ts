/** The shape of an OKE flow contract (informatiestroom) as data. */
import type { SourceRef } from '@edustandaard/core';
import type { OkeRoleId } from '../roles.js';

/** OKE version that introduced an interaction. */
export type OkeVersion = '1.0' | '1.1';

/** The OOAPI operation of an interaction, resolved from ooapiv5_MBO.yaml (so the data stands alone). */
export interface InteractionOperation {
  method: string;
  path: string;
  pathParameters: readonly string[];
  /** Every query parameter the operation accepts. */
  queryParameters: readonly string[];
  /** Request body: media type and schema type, or null (GET). */
  requestBody: { contentType: string; type: string | null } | null;
  /** Success status codes (2xx). */
  successStatus: readonly number[];
  /** Every status code the specification lists, with the body type (null: no JSON body). */
  responses: Readonly<Record<string, { contentType: string | null; type: string | null }>>;
  scopes: readonly string[];
}

/** One interaction as it is defined: the data the flow files hold. */
export type OkeInteractionDefinition = Omit<OkeInteraction, 'operation'>;

/** One interaction of a flow: a Dutch name from the OKE documents mapped to one OOAPI operation. */
export interface OkeInteraction {
  /** `<flow>.<slug>`, e.g. `2.zitting-aanmaken`: what `check` and the CLI take. */
  id: string;
  /** Dutch interaction name as "OKE uitgelegd vanuit SI perspectief" gives it. */
  naam: string;
  /** The sub-flow of the NED-OOAPI flow document, e.g. `2.1`. */
  subflow: string;
  /** The role that calls (the client). */
  consumer: OkeRoleId | readonly OkeRoleId[];
  /** The role that serves the endpoint (the provider). */
  provider: OkeRoleId;
  /** `operationId` in ooapiv5_MBO.yaml; method, path, bodies and status codes come from there. */
  operationId: string;
  /** Query parameters this interaction uses (a subset of the operation's), with the value OKE expects where fixed. */
  query?: Readonly<Record<string, string | null>>;
  /** Push (consumer sends data) or pull (consumer retrieves data). */
  pattern: 'push' | 'pull';
  /** Version of OKE that introduced the interaction. */
  sinds: OkeVersion;
  /** True when a role may leave the interaction out (flow 6, the optional sub-flows). */
  optioneel?: boolean;
  /** Remarks from the flow documents (Dutch or as the document words them). */
  notes?: readonly string[];
  source: SourceRef;
  /** The operation, resolved from `operationId`. */
  operation: InteractionOperation;
}

/** One information flow (informatiestroom) of the OKE chain. */
export interface OkeFlow {
  /** 0 … 6. */
  nummer: number;
  /** Dutch name: Toetscatalogus, Toetsdeelnemers, … */
  naam: string;
  /** Context, as the seed document describes it. */
  context: string;
  /** When the flow runs. */
  trigger: string;
  /** The roles that serve the flow's endpoints. */
  providers: readonly OkeRoleId[];
  /** The roles that call them. */
  consumers: readonly OkeRoleId[];
  /** OAuth2 scope of the flow (ErrorHandling.md). */
  scope: string;
  sinds: OkeVersion;
  optioneel?: boolean;
  notes?: readonly string[];
  interactions: readonly OkeInteraction[];
  /** Mermaid `sequenceDiagram` text, generated from the interactions. */
  mermaid: string;
  source: SourceRef;
}
