/**
 * Vocabulary of the Edu-V agreement "Identiteiten" (Architectenraad Edu-V, versie 0.9.0, 27 juni 2024):
 * the five levels, the technical terms of its tables and the branded value type per term.
 */
import type { Brand } from './result.js';

/** The levels the agreement assigns identifiers to (Dutch domain terms, as in the source tables). */
export type Niveau =
  | 'onderwijsdeelnemer'
  | 'onderwijsmedewerker'
  | 'onderwijsbestuur'
  | 'onderwijsaanbieder'
  | 'onderwijslocatie';

export const NIVEAUS: readonly Niveau[] = [
  'onderwijsdeelnemer',
  'onderwijsmedewerker',
  'onderwijsbestuur',
  'onderwijsaanbieder',
  'onderwijslocatie',
];

/** `primair` = eerste voorkeur; `secundair` = bij ontbreken van de eerste voorkeur. */
export type Rang = 'primair' | 'secundair';

/** Technical terms of the person tables ("Technical term" column). */
export type PersoonTerm = 'eckId' | 'NEPRI' | 'NEPPI' | 'BPI' | 'ASI' | 'eduID';

/** Technical terms of the organisation table ("Technical term" column). */
export type OrganisatieTerm =
  'OB_ID' | 'BGE_CODE' | 'OA_ID' | 'OIE_CODE' | 'VE_CODE' | 'BP_ID' | 'DD_ID' | 'AS_ID' | 'OL_CODE';

/** Every technical term of the agreement's tables. */
export type IdentifierTerm = PersoonTerm | OrganisatieTerm;

export const IDENTIFIER_TERMS: readonly IdentifierTerm[] = [
  'eckId',
  'NEPRI',
  'NEPPI',
  'BPI',
  'ASI',
  'eduID',
  'OB_ID',
  'BGE_CODE',
  'OA_ID',
  'OIE_CODE',
  'VE_CODE',
  'BP_ID',
  'DD_ID',
  'AS_ID',
  'OL_CODE',
];

/** ECK iD: `https://ketenid.nl/201703/` + 128 lower-case hexadecimal characters. */
export type EckId = Brand<string, 'eckId'>;
/** nlEduPersonRealId: `userId@realm`. */
export type NlEduPersonRealId = Brand<string, 'NEPRI'>;
/** nlEduPersonProfileId: `leerlingnummer@[administratienummer.]schooldomein`. */
export type NlEduPersonProfileId = Brand<string, 'NEPPI'>;
/** Basispoort ID of a person (no published format). */
export type BasispoortId = Brand<string, 'BPI'>;
/** LAS-key of a person (no published format). */
export type LasKey = Brand<string, 'ASI'>;
/** eduID identifier (no published format in the agreement). */
export type EduId = Brand<string, 'eduID'>;
/** RIO OnderwijsbestuurID: 3 digits, `B`, 3 digits. */
export type OnderwijsbestuurId = Brand<string, 'OB_ID'>;
/** Bevoegd-gezagnummer: 5 digits. */
export type BevoegdGezagCode = Brand<string, 'BGE_CODE'>;
/** RIO OnderwijsaanbiederID: 3 digits, `A`, 3 digits. */
export type OnderwijsaanbiederId = Brand<string, 'OA_ID'>;
/** Onderwijsinstellingserkenning (BRIN4): 2 digits, 2 capital letters. */
export type OnderwijsinstellingserkenningCode = Brand<string, 'OIE_CODE'>;
/** Vestigingserkenning (BRIN6): 2 digits, 2 capital letters, 2 digits. */
export type VestigingserkenningCode = Brand<string, 'VE_CODE'>;
/** BasispoortId of an onderwijsaanbieder (no published format). */
export type BasispoortAanbiederId = Brand<string, 'BP_ID'>;
/** DigiDeliveryId of an onderwijsaanbieder (no published format). */
export type DigiDeliveryId = Brand<string, 'DD_ID'>;
/** LAS-key of an onderwijsaanbieder (no published format). */
export type LasAanbiederKey = Brand<string, 'AS_ID'>;
/** RIO OnderwijslocatieID: 3 digits, `X`, 3 digits. */
export type OnderwijslocatieCode = Brand<string, 'OL_CODE'>;

/** The branded value type per technical term. */
export interface IdentifierValueMap {
  eckId: EckId;
  NEPRI: NlEduPersonRealId;
  NEPPI: NlEduPersonProfileId;
  BPI: BasispoortId;
  ASI: LasKey;
  eduID: EduId;
  OB_ID: OnderwijsbestuurId;
  BGE_CODE: BevoegdGezagCode;
  OA_ID: OnderwijsaanbiederId;
  OIE_CODE: OnderwijsinstellingserkenningCode;
  VE_CODE: VestigingserkenningCode;
  BP_ID: BasispoortAanbiederId;
  DD_ID: DigiDeliveryId;
  AS_ID: LasAanbiederKey;
  OL_CODE: OnderwijslocatieCode;
}

/** Where a definition comes from (structurally compatible with `SourceRef` of `@edustandaard/core`). */
export interface Bron {
  /** Document or artefact. */
  document: string;
  version?: string;
  /** Table, section or simple type. */
  section?: string;
  /** A public URL where it can be read. */
  url?: string;
}

/** How exactly the format of an identifier is known. */
export interface FormaatInfo {
  /** Dutch description of the format. */
  description: string;
  /**
   * `true` when a public document prescribes the format; `false` when none is published and this
   * package accepts any non-empty trimmed value.
   */
  published: boolean;
  /** The regular expression (ECMAScript source, anchored) the value must match, or `null`. */
  pattern: string | null;
  /** Whether a check character / check digit exists and how it is computed, or `null` if none is published. */
  checkCharacter: string | null;
  /** Where the format is documented. */
  sources: Bron[];
}

/** Everything known about one identifier type: plain, JSON-serialisable data for the docs site. */
export interface IdentifierTypeInfo {
  /** Technical term as in the agreement's tables, e.g. `eckId`, `OB_ID`. */
  term: IdentifierTerm;
  /** The "Type" column, e.g. `ECK iD`, `nlEduPersonRealId`, `Onderwijsbestuur`. */
  type: string;
  /** Short Dutch description. */
  description: string;
  format: FormaatInfo;
  /** Dutch description of the normalisation `parse` applies before checking. */
  normalisation: string;
  /** Example value from the agreement (or from the cited format source), or `null` when none exists. */
  example: string | null;
  /** What the example denotes in the agreement, e.g. `Stichting Flores Onderwijs`. */
  exampleOf?: string;
  /** Documentation link given by (or for) the agreement. */
  documentation: { title: string; url: string };
}
