/**
 * Inputs of the actions that take no model entity of their own (DUO RIO V4 Beheren verwijderen_* and
 * aanleveren_onderwijsaanbieder; Raadplegen opvragen_*). Property order follows the XSD sequence.
 */
import type { Datum } from './common.js';
import type { Onderwijsaanbieder } from './organisatie.js';

/** `aanleveren_onderwijsaanbieder`: a new onderwijsaanbieder has no `onderwijsaanbiedercode`. */
export interface AanleverenOnderwijsaanbieder {
  /** @pattern ^\d{3}B\d{3}$ */
  onderwijsbestuurcode: string;
  onderwijsaanbieder: Onderwijsaanbieder;
}
export interface VerwijderenAangebodenOpleiding {
  aangebodenOpleidingCode: string;
}
export interface VerwijderenOnderwijsaanbieder {
  /** @pattern ^\d{3}A\d{3}$ */
  onderwijsaanbiedercode: string;
}
export interface VerwijderenOnderwijslocatiegebruik {
  /** @pattern ^\d{3}B\d{3}$ */
  onderwijsbestuurcode: string;
  /** @pattern ^\d{3}X\d{3}$ */
  onderwijslocatiecode: string;
}
export interface VerwijderenOpleidingseenheid {
  /** @pattern ^\d{4}O\d{4}$ */
  opleidingseenheidcode: string;
}
export interface VerwijderenOpleidingsrelatie {
  /** @minItems 2 @maxItems 2 */
  opleidingseenheidcode: [string, string];
  begindatum: Datum;
}
export interface OpvragenAangebodenOpleiding {
  aangebodenOpleidingCode: string;
}
/** Exactly one of `onderwijsaanbiedercode` and `erkendeVestigingCode`. */
export interface OpvragenAangebodenOpleidingenVanOrganisatie {
  onderwijsaanbiedercode?: string;
  erkendeVestigingCode?: string;
  onderwijslocatiecode?: string;
  peildatum?: Datum;
  /** 0-based page. @minimum 0 @maximum 999999 */
  pagina: number;
}
export interface OpvragenGewijzigdeAangebodenOpleidingen {
  peildatumtijdMutaties: string;
  onderwijsaanbiederCode: string;
  /** @minimum 0 */
  pagina: number;
}
export interface OpvragenGewijzigdeOnderwijsaanbieders {
  peildatumtijdMutaties: string;
  /** @minimum 0 */
  pagina: number;
  onderwijsbestuurcode?: string;
}
export interface OpvragenGewijzigdOnderwijslocatiegebruik {
  peildatumtijdMutaties: string;
  /** @minimum 0 */
  pagina: number;
}
export interface OpvragenInstellingsstructuur {
  /** @pattern ^\d{5}$ */
  bevoegdGezagNummer: string;
  peildatum?: Datum;
}
/** Exactly one of the two. */
export interface OpvragenOnderwijsaanbiedersVanOrganisatie {
  bevoegdGezagNummer?: string;
  onderwijsbestuurCode?: string;
}
export interface OpvragenOnderwijsaanbieder {
  onderwijsaanbiedercode: string;
}
export interface OpvragenOnderwijslocatiegebruikVanOrganisatie {
  onderwijsbestuurCode: string;
}
export interface OpvragenOnderwijslocatiegebruik {
  onderwijsbestuurCode: string;
  onderwijslocatieCode: string;
}
export interface OpvragenOnderwijslocatie {
  onderwijslocatieCode: string;
}
export interface OpvragenOpleidingseenhedenVanOrganisatie {
  onderwijsbestuurcode: string;
  /** @minimum 0 */
  pagina: number;
}
export interface OpvragenOpleidingseenheid {
  opleidingseenheidcode: string;
}
export interface OpvragenOpleidingsrelatiesBijOpleidingseenheid {
  opleidingseenheidcode: string;
}
/** Exactly one key: the SIS's own key of an entity, a kadaster plaatscode or an address. */
export interface OpvragenRioIdentificatiecode {
  eigenAangebodenOpleidingSleutel?: string;
  eigenOnderwijsaanbiederSleutel?: string;
  eigenOpleidingseenheidSleutel?: string;
  kadasterPlaatscode?: string;
  aanduidingAdres?: { postcode: string; huisnummer: number; huisnummertoevoeging?: string };
}
