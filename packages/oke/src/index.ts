/**
 * @edustandaard/oke — the OKE exam-chain flow contracts (Onderwijs Koppelvlakken Examinering,
 * MBO-toetsafname, flows 0–6 on OOAPI v5 with the NL-TEST-ADMIN consumer): flow data, typed
 * payloads, validators, a client, request handlers, reference implementations and a conformance kit.
 * @packageDocumentation
 */
export * from './browser.js';
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
