/** The central AMIGO models (DESIGN.md §6): interfaces, the concept table as data, derivation maps. */
export type { Datum, Periode } from './common.js';
export type {
  Identificatie,
  OrganisatieIdentificatie,
  PersoonIdentificatie,
} from './identificatie.js';
export type { Adres, Communicatie } from './adres.js';
export type { Onderwijsdeelnemer, Onderwijsmedewerker, Persoon } from './persoon.js';
export type {
  Onderwijsaanbieder,
  Onderwijsbestuur,
  Onderwijslocatie,
  Onderwijsorganisatie,
  OnderwijsorganisatieBasis,
} from './organisatie.js';
export type { Toets, Toetsresultaat } from './toets.js';
export {
  CENTRAL_CONCEPTS,
  CENTRAL_CONCEPT_IDS,
  conceptAttributes,
  getConcept,
  type CentralConcept,
  type CentralConceptId,
  type ConceptAttribute,
} from './concepts.js';
export {
  buildDerivationMatrix,
  checkDerivationMap,
  type Derivation,
  type DerivationCell,
  type DerivationColumn,
  type DerivationMap,
  type DerivationMatrix,
  type DerivationRow,
} from './derivation.js';
export {
  CONVERSIONS,
  isReversible,
  type Conversion,
  type ConversionId,
  type ConversionParams,
} from './conversions.js';
export {
  fieldReversible,
  fromCentral,
  missingRequired,
  reversiblePart,
  toCentral,
  type AnyObjectMapping,
  type CentralPath,
  type FieldMapping,
  type MappingResult,
  type NotCarried,
  type ObjectMapping,
} from './mapping.js';
export {
  derivationsByConcept,
  lazyDerivationMap,
  matchPath,
  memoResolved,
  resolveDerivations,
  toDerivationMap,
  type ConceptDerivations,
  type Coverage,
  type DerivationAnchor,
  type DerivationData,
  type DerivationRule,
  type ResolvedDerivations,
  type ResolvedElement,
} from './coverage.js';
export type { Proof, ProvesSameStructure, SameStructure } from './same-structure.js';
export { roundTrip, type RoundTripMismatch, type RoundTripResult } from './roundtrip.js';
