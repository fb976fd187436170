/**
 * Opleidingseenheid and its kinds (DUO_RIO_Beheren_OnderwijsOrganisatie_V4.xsd: abstract `Opleidingseenheid`,
 * `Opleiding`, `Opleidingsonderdeel`, `HoOpleidingsonderdeel`; concrete `HoOpleiding`, `HoOnderwijseenheid`,
 * `HoOnderwijseenhedencluster`, `ParticuliereOpleiding`). Properties are in XSD sequence order; the kind's
 * own elements (`waardedocumentsoort`, `niveau`, `ISCED`) follow the periods, as the XSD extension puts them.
 */
import type { Datum, Kenmerk } from './common.js';

/** Kinds of opleidingseenheid a request can carry (element names of the substitution group `opleidingseenheid`). */
export type OpleidingseenheidSoort =
  'hoOpleiding' | 'hoOnderwijseenheid' | 'hoOnderwijseenhedencluster' | 'particuliereOpleiding';

/**
 * "De specifieke eigenschappen van een opleidingseenheid die in de tijd kunnen wijzigen" (`OpleidingseenheidPeriode`).
 */
export interface OpleidingseenheidPeriode {
  begindatum: Datum;
  /** @minLength 1 @maxLength 225 */
  naamLang: string;
  naamKort?: string;
  internationaleNaam?: string;
  /** @maxLength 3000 */
  omschrijving?: string;
  kenmerken?: Kenmerk[];
  /** HoOpleidingPeriode, ParticuliereOpleidingPeriode, OpleidingsonderdeelPeriode. */
  studielast?: number;
  /** HoOpleidingPeriode, ParticuliereOpleidingPeriode, OpleidingsonderdeelPeriode (waardenlijst StudielastEenheid-v03). */
  studielasteenheid?: string;
  /** OpleidingsonderdeelPeriode only (waardenlijst SoortWaardedocument-v01). */
  waardedocumentsoort?: string;
}

interface OpleidingseenheidBasis {
  /** Opleidingseenheidcode; absent for a new one (RIO assigns it). @pattern ^\d{4}O\d{4}$ */
  opleidingseenheidcode?: string;
  begindatum: Datum;
  einddatum?: Datum;
  /** The SIS's own key, transported as kenmerk `eigenOpleidingseenheidSleutel` (synchronisation guide §3.3). @maxLength 60 */
  eigenOpleidingseenheidSleutel?: string;
  /** Further kenmerken. */
  kenmerken?: Kenmerk[];
  /** One or more periods (1..999). @minItems 1 @maxItems 999 */
  periodes: OpleidingseenheidPeriode[];
}

/** "Een geheel van kennis, inzicht en vaardigheden" in het HO: a HoOpleiding (element `hoOpleiding`). */
export interface HoOpleiding extends OpleidingseenheidBasis {
  type: 'hoOpleiding';
  /** Kenmerk `soort` (waardenlijst HoOpleidingsoort-v01, e.g. `OPLEIDING`, `VARIANT`). */
  soort: string;
  /** Waardenlijst SoortWaardedocument-v01. */
  waardedocumentsoort: string;
  /** Waardenlijst Niveaucode-v06. */
  niveau: string;
  /** @minimum 0 @maximum 999 */
  ISCED?: number;
}

/** A HO onderwijseenheid (element `hoOnderwijseenheid`). */
export interface HoOnderwijseenheid extends OpleidingseenheidBasis {
  type: 'hoOnderwijseenheid';
  /** @minimum 0 @maximum 999 */
  ISCED?: number;
}

/** A cluster of HO onderwijseenheden (element `hoOnderwijseenhedencluster`). */
export interface HoOnderwijseenhedencluster extends OpleidingseenheidBasis {
  type: 'hoOnderwijseenhedencluster';
  /** Kenmerk `soort` (waardenlijst Keuzeruimtesoort-v03). */
  soort: string;
  /** @minimum 0 @maximum 999 */
  ISCED?: number;
}

/** A particuliere (NFO) opleiding (element `particuliereOpleiding`). */
export interface ParticuliereOpleiding extends OpleidingseenheidBasis {
  type: 'particuliereOpleiding';
  /** Kenmerk `categorie` (waardenlijst NfoOpleidingscategorie-v01), 0..3. @maxItems 3 */
  categorie?: string[];
  waardedocumentsoort?: string;
  niveau?: string;
  eqf?: string;
  nlqf?: string;
}

/** Any opleidingseenheid a request can carry. */
export type Opleidingseenheid =
  HoOpleiding | HoOnderwijseenheid | HoOnderwijseenhedencluster | ParticuliereOpleiding;

/**
 * "Een relatie tussen twee opleidingseenheden die verband met elkaar houden" (`Opleidingsrelatie`); RIO
 * derives direction and kind from the two opleidingseenheden.
 */
export interface Opleidingsrelatie {
  begindatum: Datum;
  einddatum?: Datum;
  /** Exactly two opleidingseenheidcodes. @minItems 2 @maxItems 2 */
  opleidingseenheidcode: [string, string];
}
