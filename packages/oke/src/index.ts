/**
 * @edustandaard/oke — the OKE exam-chain flow contracts (Onderwijs Koppelvlakken Examinering,
 * MBO-toetsafname, flows 0–6 on OOAPI v5 with the NL-TEST-ADMIN consumer): flow data, typed
 * payloads, validators, a client, request handlers, reference implementations and a conformance kit.
 * @packageDocumentation
 */
export { AFSPRAKENSET, OKE_VERSION, OOAPI_SPEC_VERSION, CONSUMER_KEY, SPEC_SOURCE, SEED_SOURCE, ERROR_HANDLING_SOURCE, flowSource } from './version.js';
export { ROLES, roleById, type OkeRole, type OkeRoleId } from './roles.js';
export { FLOWS, INTERACTIONS, interactionById, sequenceDiagram, FLOW_0, FLOW_1, FLOW_2, FLOW_3, FLOW_4, FLOW_5, FLOW_6 } from './flows/index.js';
export type { OkeFlow, OkeInteraction, OkeVersion } from './flows/index.js';
export { OPERATIONS, OOAPI_VERSION, BODY_TYPES, OTHER_CONSUMER_TYPES, type BodyTypeName } from './generated/operations.js';
export type { OoapiOperation, OoapiParameter, OoapiResponse } from './operation.js';
export { operationById, successStatuses } from './operations.js';
export { SCHEMA_TYPES, hasSchema, validateSchema } from './schemas.js';
export { SCHEMA_CODE, findingsFromAjv } from './schema-findings.js';
export { check, checkJson, bodyContract, type Direction, type CheckOptions, type BodyContract } from './check.js';
export { readJsonBounded, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, type JsonLimits } from './json.js';
export type * from './generated/ooapi.js';
