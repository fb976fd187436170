/**
 * The browser entry of @edustandaard/oke (package.json `exports` condition `browser`, #16): the flow
 * data, the operations, the types, `check`/`checkJson` with the precompiled validators, the flow
 * duties, the manifest and the derivations. Nothing here imports a `node:` module; the reference
 * servers, the conformance kit, the HTTP client and the request handlers are only in the Node
 * entry (`index.ts`), which re-exports all of this.
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
export {
  SCHEMA_CODE,
  SCHEMA_TYPES,
  hasSchema,
  validateSchema,
  type SchemaView,
} from './schemas.js';
export { SCHEMA_READINGS, type SchemaReading } from './data/schema-profile.js';
export { OKE_MESSAGES, type OkeMessageId } from './messages.js';
/** One branch of an alternative in a `OKE.SCHEMA.oneOf` finding's `params.branches` (core's shape). */
export type { SchemaBranchReport as BranchReport } from '@edustandaard/core';
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
export { applyMergePatch, type MergePatch } from './merge-patch.js';
export type {
  OkeRequest,
  OkeResponse,
  OperationContext,
  OperationResult,
  OkeImplementation,
} from './http/types.js';
export {
  OKE_SCOPES,
  requiredScopes,
  decide,
  type TokenInfo,
  type AuthDecision,
} from './http/scopes.js';
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
