/**
 * Onderwijsorganisatie at the three levels Edu-V uses from the RIO canonical model (Edu-V
 * "Identiteiten", Onderwijsbestuur / Onderwijsaanbieder / Onderwijslocatie; the
 * Onderwijsaanbiedersgroep is not used).
 */
import type { OrganisatieTerm } from '@edustandaard/identifiers';
import type { Adres, Communicatie } from './adres.js';
import type { Periode } from './common.js';
import type { Identificatie } from './identificatie.js';

/** Gegevens die elk niveau van een onderwijsorganisatie heeft. */
export interface OnderwijsorganisatieBasis<T extends OrganisatieTerm = OrganisatieTerm> {
  /** De identifiers op dit niveau (primair en secundair). */
  identificaties: Identificatie<T>[];
  /**
   * De naam. Optioneel: een RIO-onderwijslocatie heeft geen naam (RIO informatiemodel,
   * Onderwijslocatie: alleen code, adres en coördinaten).
   */
  naam?: string;
  /** De adressen. */
  adressen?: Adres[];
  /** De communicatiegegevens. */
  communicatie?: Communicatie[];
  /** De periode waarin de organisatie bestaat. */
  geldigheid?: Periode;
}

/**
 * Onderwijsbestuur: een orgaan van een rechtspersoon krachtens publiekrecht ingesteld met een
 * erkenning (in het mbo het Bevoegd Gezag). Primair OB_ID, secundair BGE_CODE.
 */
export interface Onderwijsbestuur extends OnderwijsorganisatieBasis<'OB_ID' | 'BGE_CODE'> {
  niveau: 'onderwijsbestuur';
}

/**
 * Onderwijsaanbieder: een organisatie die door een onderwijsbestuur is ingesteld voor het verzorgen
 * van onderwijs. Primair OA_ID; secundair OIE_CODE, VE_CODE, BP_ID, DD_ID, AS_ID.
 */
export interface Onderwijsaanbieder extends OnderwijsorganisatieBasis<
  'OA_ID' | 'OIE_CODE' | 'VE_CODE' | 'BP_ID' | 'DD_ID' | 'AS_ID'
> {
  niveau: 'onderwijsaanbieder';
  /** De onderwijsbesturen die de aanbieder hebben ingesteld (er kunnen er meer zijn). */
  onderwijsbesturen?: Identificatie<'OB_ID' | 'BGE_CODE'>[];
  /** De onderwijslocaties waar de aanbieder onderwijs geeft. */
  onderwijslocaties?: Identificatie<'OL_CODE' | 'VE_CODE'>[];
}

/**
 * Onderwijslocatie: een punt op een geografische kaart waar onderwijs wordt aangeboden.
 * Primair OL_CODE, secundair VE_CODE.
 */
export interface Onderwijslocatie extends OnderwijsorganisatieBasis<'OL_CODE' | 'VE_CODE'> {
  niveau: 'onderwijslocatie';
}

/** Onderwijsorganisatie: een onderwijsbestuur, onderwijsaanbieder of onderwijslocatie. */
export type Onderwijsorganisatie = Onderwijsbestuur | Onderwijsaanbieder | Onderwijslocatie;
