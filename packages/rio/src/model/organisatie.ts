/**
 * The organisation side of the RIO informatiemodel (Edu-V "Identiteiten" Figuur 1–2; RIO V4 XSDs):
 * Onderwijsbestuur, Onderwijsaanbieder, Onderwijsaanbiedersgroep, Onderwijslocatie, Onderwijslocatiegebruik
 * and the erkenningen (BevoegdGezagErkenning, Onderwijsinstellingserkenning, Vestigingserkenning).
 */
import type { Datum, Kenmerk } from './common.js';

/**
 * "Een orgaan van een rechtspersoon krachtens publiekrecht ingesteld met een erkenning. In het mbo wordt
 * hiermee het Bevoegd Gezag bedoeld." (Edu-V Identiteiten). Raadplegen XSD type `Onderwijsbestuur`.
 */
export interface Onderwijsbestuur {
  /** OB_ID. @pattern ^\d{3}B\d{3}$ */
  onderwijsbestuurcode: string;
  /** BevoegdGezagnummer (5 digits), from the BevoegdGezagErkenning. */
  bevoegdGezagNummer?: string;
  inBedrijfdatum: Datum;
  uitBedrijfdatum?: Datum;
  periodes: { begindatum: Datum; einddatum?: Datum; naam: string }[];
  kenmerken?: Kenmerk[];
}

/**
 * Erkenning als bestuur in het onderwijs door OCW van een a- of b-orgaan (Edu-V Identiteiten: "Het
 * Onderwijsbestuur heeft een BevoegdGezagErkenning").
 */
export interface BevoegdGezagErkenning {
  /** Bevoegd-gezagnummer, 5 digits. @pattern ^\d{5}$ */
  code: string;
  erkenner: string;
  begindatum: Datum;
  einddatum?: Datum;
}

/** Erkenning of an onderwijsinstelling: BRIN4 (Raadplegen XSD `Instellingserkenning` / `ErkendeOnderwijsinstelling`). */
export interface Onderwijsinstellingserkenning {
  /** BRIN4: 2 digits, 2 capitals. @pattern ^\d{2}[A-Z]{2}$ */
  code: string;
  erkenner: string;
  begindatum: Datum;
  einddatum?: Datum;
}

/** Erkenning of a vestiging: BRIN6 (Raadplegen XSD `ErkendeVestiging`). */
export interface Vestigingserkenning {
  /** BRIN6: BRIN4 + 2-digit volgnummer. @pattern ^\d{2}[A-Z]{2}\d{2}$ */
  code: string;
  erkenner: string;
  begindatum: Datum;
  einddatum?: Datum;
}

/** Relation to an erkende onderwijsinstelling (`JuridischeRelatie`: BRIN4). */
export interface JuridischeRelatie {
  /** @maxLength 22 */
  instellingserkenningscode: string;
  begindatum: Datum;
  einddatum?: Datum;
}

/** "Een organisatie die door een onderwijsbestuur is ingesteld voor het verzorgen van onderwijs." */
export interface Onderwijsaanbieder {
  /** OA_ID; absent for a new onderwijsaanbieder (`NieuweOnderwijsaanbieder`). @pattern ^\d{3}A\d{3}$ */
  onderwijsaanbiedercode?: string;
  inBedrijfdatum: Datum;
  uitBedrijfdatum?: Datum;
  /** @minItems 1 @maxItems 999 */
  periodes: {
    begindatum: Datum;
    naam: string;
    internationaleNaam?: string;
    kenmerken?: Kenmerk[];
  }[];
  /** Under whose erkenning(en) it offers education (1..99). @minItems 1 @maxItems 99 */
  juridischeRelatie: JuridischeRelatie[];
  /** Kenmerk `eigenOnderwijsaanbiederSleutel`. */
  eigenOnderwijsaanbiederSleutel?: string;
  kenmerken?: Kenmerk[];
}

/** "Een aantal onderwijsaanbieders die gezamenlijk naar buiten treden" (not used by the Edu-V afsprakenstelsel). */
export interface Onderwijsaanbiedersgroep {
  code: string;
  inBedrijfdatum: Datum;
  uitBedrijfdatum?: Datum;
  periodes: { begindatum: Datum; einddatum?: Datum; naam: string }[];
  onderwijsaanbiedercodes: string[];
}

/** "Een punt op een geografische kaart waar onderwijs wordt aangeboden" (Raadplegen XSD `Onderwijslocatie`). */
export interface Onderwijslocatie {
  /** OL_CODE. @pattern ^\d{3}X\d{3}$ */
  onderwijslocatiecode: string;
  postcode?: string;
  huisnummer?: number;
  huisnummertoevoeging?: string;
  bagID?: string;
  gpsLatitude?: number;
  gpsLongitude?: number;
  plaatsnaam?: string;
}

/** Relation of a locatiegebruik to an erkende vestiging (BRIN6) (`JuridischeOnderwijslocatiegebruikRelatie`). */
export interface JuridischeOnderwijslocatiegebruikRelatie {
  instellingserkenningscode: string;
  begindatum: Datum;
  einddatum?: Datum;
}

/**
 * "Een locatie van een onderwijsbestuur, waar onderwijsaanbieders behorende bij dit onderwijsbestuur onderwijs
 * aanbieden." Exactly one of the four location references (XSD choice) identifies the onderwijslocatie.
 */
export interface Onderwijslocatiegebruik {
  /** @pattern ^\d{3}B\d{3}$ */
  onderwijsbestuurcode: string;
  inBedrijfdatum: Datum;
  uitBedrijfdatum?: Datum;
  /** BRIN6 relations; a dislocatie has none (Edu-V Figuur 2). @maxItems 99 */
  juridischeOnderwijslocatiegebruikRelatie?: JuridischeOnderwijslocatiegebruikRelatie[];
  /** Kenmerk `eigenOnderwijslocatiegebruikSleutel`. */
  eigenOnderwijslocatiegebruikSleutel?: string;
  kenmerken?: Kenmerk[];
  aanduidingAdres?: { postcode: string; huisnummer: number; huisnummertoevoeging?: string };
  aanduidingGPS?: { gpsLatitude: number; gpsLongitude: number };
  /** @pattern ^\d{3}X\d{3}$ */
  onderwijslocatieCode?: string;
  aanduidingPlaats?: { plaatsnaam: string; gemeentenaam?: string };
}
