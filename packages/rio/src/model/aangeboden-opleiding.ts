/**
 * AangebodenOpleiding, its periods and cohorts, and its kinds (DUO_RIO_Beheren_OnderwijsOrganisatie_V4.xsd:
 * `AangebodenOpleiding`, `AangebodenOpleidingPeriode`, `AangebodenOpleidingCohort` and the ten kinds of the
 * substitution group `aangebodenOpleiding`). Definition: "Is een Opleidingseenheid die door een
 * Onderwijsaanbieder aangeboden wordt in een bepaalde vorm, al dan niet op een bepaalde Onderwijslocatie."
 */
import type { Datum, Kenmerk } from './common.js';

/** Element names of the kinds (substitution group `aangebodenOpleiding`). */
export type AangebodenOpleidingSoort =
  | 'aangebodenBOOpleiding'
  | 'aangebodenHOOpleiding'
  | 'aangebodenHOOpleidingsonderdeel'
  | 'aangebodenMboOpleiding'
  | 'aangebodenMboOpleidingsonderdeel'
  | 'aangebodenParticuliereOpleiding'
  | 'aangebodenSOOpleiding'
  | 'aangebodenVavoOpleiding'
  | 'aangebodenVOOpleiding'
  | 'aangebodenVSOOpleiding';

/** "De specifieke eigenschappen van een aangeboden opleiding die in de tijd kunnen wijzigen." */
export interface AangebodenOpleidingPeriode {
  begindatum: Datum;
  eigenNaamAangebodenOpleiding?: string;
  eigenNaamInternationaal?: string;
  eigenOmschrijving?: string;
  /** Kenmerk `samenwerkendeOnderwijsaanbiedercode` (0..99). */
  samenwerkendeOnderwijsaanbiedercode?: string[];
  /** Kenmerk `website` (Mbo, MboOnderdeel, Particuliere, HO, HOOnderdeel). */
  website?: string;
  /** Kenmerk `eigenNaamKort` (HO, HOOnderdeel). */
  eigenNaamKort?: string;
  /** Kenmerk `propedeutischeFase` (HO, required there). */
  propedeutischeFase?: string;
  /** Kenmerk `studiekeuzecheck` (HO, required there). */
  studiekeuzecheck?: string;
  kenmerken?: Kenmerk[];
}

/** Flexible intake: a period in which students can start (`FlexibeleInstroom`). */
export interface FlexibeleInstroom {
  beginInstroomperiode: Datum;
  eindeInstroomperiode?: Datum;
}

/**
 * "Is de realisatie van een AangebodenOpleiding met eigen startmoment, instroomperiode en aanmeldbeperkingen"
 * (`AangebodenOpleidingCohort`). Delivering an aangeboden opleiding replaces all its cohorts in RIO
 * (standlevering; synchronisation guide §5.5).
 */
export interface AangebodenOpleidingCohort {
  /** @maxLength 60 */
  cohortcode: string;
  /** Waardenlijst Cohortstatus-v01. */
  cohortstatus: string;
  /** Kenmerk `deelnemersplaatsen`. @minimum 1 @maximum 32000 */
  deelnemersplaatsen?: number;
  /** Kenmerk `opleidingsvorm` (required for HO, HOOnderdeel, Mbo, MboOnderdeel, Particuliere). */
  opleidingsvorm?: string;
  kenmerken?: Kenmerk[];
  beginAanmeldperiode: Datum;
  /** Exactly one of `vastInstroommoment` and `flexibeleInstroom`. */
  vastInstroommoment?: { instroommoment: Datum };
  flexibeleInstroom?: FlexibeleInstroom;
  eindeAanmeldperiode?: Datum;
  /** Waardenlijst ToestemmingAanmeldingscohortVereist-v01. */
  toestemmingVereistVoorAanmelding: string;
  toelichtingVereisteToestemming?: string;
  bedrijfsopleiding?: { toegangscodeCohort: string };
  einddatum?: Datum;
  /** @maxItems 99 */
  prijs?: { soort: string; bedrag: number }[];
}

/** What is offered: exactly one of the three references (XSD choice). */
export interface AangebodenOpleidingVerwijzing {
  voVakerkenningSleutel?: {
    opleidingsstelsel: string;
    opleidingscode: string;
    opleidingsniveau: string;
  };
  opleidingserkenningSleutel?: { opleidingsstelsel: string; opleidingscode: string };
  /** Opleidingseenheidcode of a (not yet recognised) opleidingseenheid. @pattern ^\d{4}O\d{4}$ */
  opleidingseenheidSleutel?: string;
}

/** An aangeboden opleiding of any kind. */
export interface AangebodenOpleiding extends AangebodenOpleidingVerwijzing {
  /** The kind (element name). */
  type: AangebodenOpleidingSoort;
  /** UUID (`OpleidingsUUID-v01`). EDU-DEX codes start with `ED0C` (guide §4.1). */
  aangebodenOpleidingCode: string;
  /** @pattern ^\d{3}A\d{3}$ */
  onderwijsaanbiedercode: string;
  /** @pattern ^\d{3}X\d{3}$ */
  onderwijslocatiecode?: string;
  begindatum: Datum;
  eersteInstroomDatum?: Datum;
  einddatum?: Datum;
  /** @minItems 1 @maxItems 999 */
  periodes: AangebodenOpleidingPeriode[];
  /** Only kinds with cohorts (HO, HOOnderdeel, Mbo, MboOnderdeel, Particuliere, Vavo). @maxItems 999 */
  cohorten?: AangebodenOpleidingCohort[];
  afwijkendeOpleidingsduur?: { opleidingsduurEenheid: string; opleidingsduurOmvang: number };
  /** The SIS's own key, kenmerk `eigenAangebodenOpleidingSleutel` (synchronisation guide §3.3). @maxLength 60 */
  eigenAangebodenOpleidingSleutel?: string;
  /**
   * Kenmerk `toestemmingDeelnameSTAP` (2022 build: required for HO, HOOnderdeel, Mbo, MboOnderdeel,
   * Particuliere; the 2025 build has no such kenmerk and refuses it).
   */
  toestemmingDeelnameSTAP?: string;
  /** Kenmerk `vorm` (required for HO). */
  vorm?: string;
  /** Kenmerk `voertaal` (ISO 639-2, 3 letters); the 2025 build takes up to 3 (a list). */
  voertaal?: string | string[];
  /** Kenmerk `laatsteInstroomdatum` (2025 build only; derived, see RIO_CONTRACT_2025). */
  laatsteInstroomdatum?: Datum;
  kenmerken?: Kenmerk[];
}
