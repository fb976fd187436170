/**
 * Identificatie: the identifiers of the Edu-V agreement "Identiteiten" (versie 0.9.0), typed by
 * their technical term. The branded value types come from `@edustandaard/identifiers`.
 */
import type {
  IdentifierTerm,
  IdentifierValueMap,
  OrganisatieTerm,
  PersoonTerm,
  Rang,
} from '@edustandaard/identifiers';

/**
 * Identificatie: een identificerende code van een persoon of onderwijsorganisatie, met het soort
 * identifier (de "technical term" uit de tabellen van de afspraak Identiteiten, bijv. `eckId` of `OA_ID`)
 * en, waar bekend, of het de primaire (eerste voorkeur) of een secundaire identifier is.
 *
 * `Identificatie<'OA_ID'>` is precies een OnderwijsaanbiederID; zonder typeparameter elk soort.
 */
export type Identificatie<T extends IdentifierTerm = IdentifierTerm> = {
  [K in T]: {
    /** Het soort identifier: de technical term uit de afspraak Identiteiten. */
    soort: K;
    /** De waarde, gecontroleerd met de parser van `@edustandaard/identifiers`. */
    waarde: IdentifierValueMap[K];
    /** `primair` (eerste voorkeur) of `secundair` (bij ontbreken van de eerste voorkeur). */
    rang?: Rang;
  };
}[T];

/** Identificatie van een persoon (onderwijsdeelnemer of onderwijsmedewerker). */
export type PersoonIdentificatie = Identificatie<PersoonTerm>;

/** Identificatie van een onderwijsorganisatie (bestuur, aanbieder of locatie). */
export type OrganisatieIdentificatie = Identificatie<OrganisatieTerm>;
