/**
 * @edustandaard/oke — the OKE exam-chain flow contracts (Onderwijs Koppelvlakken Examinering,
 * MBO-toetsafname, flows 0–6 on OOAPI v5 with the NL-TEST-ADMIN consumer): flow data, typed
 * payloads, validators, a client, request handlers, reference implementations and a conformance kit.
 * @packageDocumentation
 */
export {
  AFSPRAKENSET,
  OKE_VERSION,
  OOAPI_SPEC_VERSION,
  CONSUMER_KEY,
  SPEC_SOURCE,
  SEED_SOURCE,
  ERROR_HANDLING_SOURCE,
  flowSource,
} from './version.js';
export { ROLES, roleById, type OkeRole, type OkeRoleId } from './roles.js';
export {
  FLOWS,
  INTERACTIONS,
  interactionById,
  sequenceDiagram,
  resolveOperation,
  FLOW_0,
  FLOW_1,
  FLOW_2,
  FLOW_3,
  FLOW_4,
  FLOW_5,
  FLOW_6,
} from './flows/index.js';
export type {
  OkeFlow,
  OkeFlowDefinition,
  OkeInteraction,
  OkeInteractionDefinition,
  OkeVersion,
  InteractionOperation,
} from './flows/index.js';
export {
  OPERATIONS,
  OOAPI_VERSION,
  BODY_TYPES,
  OTHER_CONSUMER_TYPES,
  type BodyTypeName,
} from './generated/operations.js';
export type { OoapiOperation, OoapiParameter, OoapiResponse } from './operation.js';
export { operationById, successStatuses } from './operations.js';
export { SCHEMA_TYPES, hasSchema, validateSchema, type SchemaView } from './schemas.js';
export { SCHEMA_READINGS, type SchemaReading } from './data/schema-profile.js';
export { SCHEMA_CODE, findingsFromAjv, type BranchReport } from './schema-findings.js';
export { OKE_MESSAGES, type OkeMessageId } from './messages.js';
export {
  check,
  checkJson,
  bodyContract,
  type Direction,
  type CheckOptions,
  type BodyContract,
} from './check.js';
export { readJsonBounded, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, type JsonLimits } from './json.js';
export type * from './generated/ooapi.js';
/** The OOAPI v5 types as openapi-typescript generates them from the specification (`paths`, `components`, `operations`). */
export type * as OpenApi from './generated/openapi.js';
export { applyMergePatch } from './merge-patch.js';
export type {
  OkeRequest,
  OkeResponse,
  OperationContext,
  OperationResult,
  OkeImplementation,
} from './http/types.js';
export {
  createOkeHandler,
  providedOperations,
  DEFAULT_MAX_BODY_BYTES,
  type OkeHandler,
  type OkeHandlerOptions,
} from './http/handler.js';
export { toNodeListener } from './http/node.js';
export { problemResponse, PROBLEM_CONTENT_TYPE } from './http/problem.js';
export {
  createOkeClient,
  createRoleClient,
  readBounded,
  type RoleClient,
  type OkeClient,
  type OkeClientOptions,
  type CallArgs,
  type CallResult,
} from './http/client.js';
export {
  clientCredentialsTokenProvider,
  type ClientCredentials,
  type TokenProvider,
} from './http/oauth.js';
export { createReferenceImplementation } from './reference/implementation.js';
export {
  startReferenceServer,
  createReferenceHandler,
  type ReferenceServer,
  type ReferenceServerOptions,
} from './reference/server.js';
export {
  withFaults,
  NAMED_FAULTS,
  FAULT_DELAY_MS,
  type OkeFaults,
  type NamedFault,
} from './reference/faults.js';
export {
  createTokenEndpoint,
  type OAuthClient,
  type TokenEndpoint,
  type TokenEndpointOptions,
} from './reference/token-endpoint.js';
export {
  type StoreLimits,
  type ReferenceImplementationOptions,
} from './reference/implementation.js';
export {
  OKE_SCOPES,
  requiredScopes,
  decide,
  type TokenInfo,
  type AuthDecision,
} from './http/scopes.js';
export { formatConformanceJunit } from './conformance/junit.js';
export { AUTH_PROBES, type AuthProbe } from './conformance/auth-probes.js';
export { emptyStore, seededStore, type OkeStore } from './reference/store.js';
export * as sampleData from './reference/sample-data.js';
export {
  SCENARIOS,
  runIds,
  type ScenarioStep,
  type ScenarioState,
} from './conformance/scenarios.js';
export {
  runConformance,
  formatConformanceTable,
  type ConformanceResult,
  type ConformanceStepResult,
  type ConformanceOptions,
} from './conformance/run.js';
export { OKE_DUTIES } from './duties/data.js';
export { DUTY_EXAMPLES, type DutyExample } from './duties/examples.js';
export { FLOW_TRIGGERS, type FlowTrigger } from './duties/triggers.js';
export {
  checkDuties,
  checkChainDuties,
  interactionFor,
  type ChainState,
} from './duties/evaluate.js';
export type {
  OkeDuty,
  OkeDutyCheck,
  IdentifierCheck,
  IdentifierSelectionCheck,
  PlannedCheck,
  TransitionCheck,
  JsonRequiredWhen,
  JsonValueConstraint,
} from './duties/types.js';
export { OKE_MANIFEST, OKE_MANIFEST_ASSUMPTIONS, type ManifestAssumption } from './manifest.js';
export {
  OKE_DERIVATIONS,
  OKE_DERIVATION_DATA,
  okeResolvedDerivations,
  OKE_ADDRESS,
  OKE_COMPONENT,
  OKE_ORGANIZATION,
  OKE_RESULT,
  OKE_RULES,
  OKE_SCHEMA_ELEMENTS,
  OKE_STAFF,
  OKE_STAFF_ROLES,
  OKE_STUDENT,
  okeOrganizationFromCentral,
  okeOrganizationToCentral,
  okePersonFromCentral,
  okePersonPayload,
  okePersonToCentral,
  resolveOkeDerivations,
  schemaElements,
  type OkeCentralPerson,
  type OkePersonPayload,
} from './derivations.js';
export {
  INTERACTION_OPERATIONS,
  type InteractionId,
  type InteractionsCalledBy,
  type OperationOf,
  type RequestOf,
  type ResponseOf,
} from './flows/interaction-map.js';

import { OKE_VERSION as IMPLEMENTED_OKE_VERSION } from './version.js';
/** The afsprakenset versions this package implements (issue #13: data, not the package version). */
export const AFSPRAKENSET_VERSIONS = [IMPLEMENTED_OKE_VERSION] as const;
