/**
 * @edustandaard/core — central models, profile and rule engine, the validation report shape,
 * the hardened XML codec and afsprakenset manifests.
 * @packageDocumentation
 */
export * from './report.js';
export * from './errors.js';
export * from './profile/index.js';
export {
  DERIVATION_MESSAGES,
  MANIFEST_MESSAGES,
  PLACEHOLDER,
  SCHEMA_MESSAGES,
  XSD_MESSAGES,
  defineCatalogue,
  formatMessage,
  mergeCatalogues,
  messageCode,
  placeholders,
  simpleMessageId,
  xsdMessage,
  type Catalogue,
  type DerivationMessageId,
  type Locale,
  type ManifestMessageId,
  type MessageId,
  type PlaceholderFormat,
  type SchemaMessageId,
  type Templates,
  type XsdMessageId,
  type XsdWording,
} from './messages/index.js';
export { JSON_DEFAULT_LIMITS, readJson, type JsonReadOptions } from './json.js';
export {
  findingsFromSchemaErrors,
  schemaErrorMessage,
  schemaMessageId,
  type SchemaBranch,
  type SchemaBranchReport,
  type SchemaBranchValidator,
  type SchemaError,
  type SchemaFindingOptions,
  type SchemaValidationContext,
} from './schema-findings.js';
export * from './xml/index.js';
export { readBounded, type BoundedSource, type ReadBoundedOptions } from './io/read-bounded.js';
export * from './models/index.js';
export {
  checkManifest,
  MANIFEST_LAYERS,
  MANIFEST_STATUSES,
  type Actor,
  type AfsprakensetManifest,
  type Interaction,
  type InteractionPattern,
  type LegalGround,
  type ManifestContext,
  type ManifestData,
  type ManifestLegal,
  type ManifestProcess,
  type ManifestSecurity,
  type ManifestStatus,
  type ManifestTransport,
  type ProcessStep,
  type Scenario,
} from './manifest/index.js';
export {
  compareFindings,
  type CompareOptions,
  type ConformanceFixture,
  type ConformanceResult,
  type ExpectedFinding,
} from './conformance.js';
