/**
 * @edustandaard/rio — the RIO register model, DUO RIO V4 webservice messages and the SIS↔RIO
 * synchronisation plan.
 */
export * from './sync/index.js';
export { RIO_CODE_PATTERNS } from './ids.js';
export type { OpleidingseenheidCode, AangebodenOpleidingCode } from './ids.js';
export * from './model/index.js';
export { buildRequest, toSoapEnvelope } from './messages/build.js';
export type { BuildOptions } from './messages/build.js';
export { RIO_ACTIONS } from './messages/actions.js';
export type { RioActionDef, RioAction, RioService } from './messages/actions.js';
export {
  buildMessage,
  readMessage,
  rioContract,
  deriveContract,
  RIO_CONTRACT_BUILDS,
} from './messages/codec.js';
export type {
  BuiltMessage,
  ReadMessage,
  RioCodecOptions,
  RioContract,
  RioContractBuild,
} from './messages/codec.js';
export { RIO_CONTRACT_2025, inScope } from './data/contract-2025.js';
export type {
  ContractChange,
  ContractDerivation,
  ContractBron,
  TypeScope,
} from './data/contract-2025.js';
export {
  RIO_BEHEREN_2022,
  RIO_RAADPLEGEN_2022,
  RIO_XSD_MAPPINGS_2022,
} from './generated/rio-2022.js';
export { RIO_EXAMPLES, RIO_KIND_EXAMPLES, EXAMPLE_HEADER } from './messages/examples.js';
export { NS_BEHEREN, NS_RAADPLEGEN } from './messages/schema.js';
export { kenmerkBereik, kenmerkDefs } from './messages/kenmerken.js';
export type { KenmerkBereikEntry } from './messages/kenmerken.js';
export type { KenmerkDef, KenmerkWaarde } from './messages/schema.js';
export { readResponse, responseToReport } from './messages/read.js';
export type { RioResponse, Foutmelding } from './messages/read.js';
export { RIO_ERROR_CODES, rioError, type RioError, type RioErrorCode } from './errors.js';
export { RIO_MESSAGES, type RioMessageId } from './catalogue.js';
export { raadplegenClient, RAADPLEGEN_SOAP_ACTION } from './raadplegen/client.js';
export type { RaadplegenClient, RaadplegenClientOptions } from './raadplegen/client.js';
export { readRioSideFromService } from './raadplegen/rio-side.js';
export type { ServiceRioSideOptions } from './raadplegen/rio-side.js';
export {
  RIO_DERIVATION_DATA,
  RIO_ELEMENTS,
  RIO_ENTITY_MAPPINGS,
  rioResolvedDerivations,
  RIO_ONDERWIJSAANBIEDER,
  RIO_ONDERWIJSBESTUUR,
  RIO_ONDERWIJSLOCATIE,
  rioAanbiederFromCentral,
  rioAanbiederToCentral,
  rioBestuurToCentral,
  rioLocatieFromCentral,
  rioLocatieToCentral,
  type RioLocatieAdres,
} from './central/index.js';
