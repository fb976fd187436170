/**
 * @edustandaard/identifiers — every identifier of the Edu-V agreement "Identiteiten" as code and as data:
 * branded types, `parse`/`isValid` with Dutch reasons, the agreement's tables, identifier selection,
 * BSN/onderwijsnummer checks, PGN hashing for the Nummervoorziening, and EDU-DEX keys in RIO.
 * Zero runtime dependencies (only `node:crypto`).
 * @packageDocumentation
 */
export type { Brand, ParseResult, ParseFailureCode } from './result.js';
export {
  NIVEAUS,
  IDENTIFIER_TERMS,
  type Niveau,
  type Rang,
  type PersoonTerm,
  type OrganisatieTerm,
  type IdentifierTerm,
  type IdentifierValueMap,
  type IdentifierTypeInfo,
  type FormaatInfo,
  type Bron,
  type EckId,
  type NlEduPersonRealId,
  type NlEduPersonProfileId,
  type BasispoortId,
  type LasKey,
  type EduId,
  type OnderwijsbestuurId,
  type BevoegdGezagCode,
  type OnderwijsaanbiederId,
  type OnderwijsinstellingserkenningCode,
  type VestigingserkenningCode,
  type BasispoortAanbiederId,
  type DigiDeliveryId,
  type LasAanbiederKey,
  type OnderwijslocatieCode,
} from './types.js';

// Data for the specification site.
export { IDENTIFIER_TYPES, ECK_ID_PREFIX, ECK_ID_HEX_LENGTH } from './data/identifier-types.js';
export {
  identifierTables,
  tableFor,
  GEEN_ECK_ID_SITUATIES,
  GEEN_ECK_ID_BRON,
  type IdentifierTable,
  type IdentifierTableRow,
  type GeenEckIdSituatie,
} from './data/tables.js';

// Parsers.
export {
  IDENTIFIER_PARSERS,
  parseIdentifier,
  isValidIdentifier,
  isIdentifierTerm,
  parseBasispoortId,
  parseLasKey,
  parseEduId,
  parseBasispoortAanbiederId,
  parseDigiDeliveryId,
  parseLasAanbiederKey,
  type IdentifierParser,
} from './parse/index.js';
export { parseEckId, parseNlEduPersonRealId, parseNlEduPersonProfileId } from './parse/person.js';
export {
  parseOnderwijsbestuurId,
  parseOnderwijsaanbiederId,
  parseOnderwijslocatieCode,
  parseBevoegdGezagCode,
  parseOnderwijsinstellingserkenningCode,
  parseVestigingserkenningCode,
} from './parse/organisation.js';

// Selection.
export {
  selectIdentifier,
  type KnownIdentifiers,
  type IdentifierSelection,
  type SkippedIdentifier,
} from './select.js';

// Persoonsgebonden nummer.
export {
  parseBsn,
  parseOnderwijsnummer,
  parsePgn,
  isBsn,
  isOnderwijsnummer,
  elfproefRest,
  ELFPROEF_GEWICHTEN,
  PGN_REGELS,
  type Bsn,
  type Onderwijsnummer,
  type Pgn,
  type PgnRegel,
} from './pgn.js';
export {
  hashPgn,
  hashPgnAsync,
  decodeSalt,
  resolveScryptParameters,
  NUMMERVOORZIENING_SCRYPT,
  NUMMERVOORZIENING_SCRYPT_BRON,
  MAX_SCRYPT_MEMORY,
  MAX_SCRYPT_WORK,
  MAX_SALT_BYTES,
  type ScryptParameters,
  type HashPgnOptions,
} from './hash-pgn.js';

// EDU-DEX keys in RIO.
export {
  parseEduDexAangebodenOpleidingCode,
  parseEduDexOpleidingseenheidSleutel,
  eduDexSoort,
  isEduDexKey,
  EDU_DEX_REGELS,
  type EduDexSoort,
  type EduDexRegel,
  type EduDexAangebodenOpleidingCode,
  type EduDexOpleidingseenheidSleutel,
} from './edudex.js';

export { IdentifierError, isIdentifierError, type IdentifierErrorCode } from './errors.js';

export { AFSPRAKENSET_VERSIONS, type IdentiteitenVersion } from './versions.js';
