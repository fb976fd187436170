/**
 * Toets and Toetsresultaat: the central concepts of the toetsdomein, the first domain AMIGO was
 * applied to (AMIGO stand van zaken §1.1, §1.4.2 Eindtoets PO, §1.4.3 UWLR).
 */
import type { PersoonTerm } from '@edustandaard/identifiers';
import type { Datum, Periode } from './common.js';
import type { Identificatie, OrganisatieIdentificatie } from './identificatie.js';

/**
 * Toets: een instrument waarmee kennis, vaardigheden of ontwikkeling van een onderwijsdeelnemer
 * wordt vastgesteld (methodegebonden toets, methode-onafhankelijke toets, doorstroomtoets,
 * examen).
 */
export interface Toets {
  /** De code van de toets bij de toetsaanbieder. */
  code: string;
  /** De naam van de toets. */
  naam: string;
  /** Het soort toets, bijv. `methodegebonden`, `methode-onafhankelijk`, `doorstroomtoets`, `centraal examen`. */
  soort?: string;
  /** Het vak, leergebied of domein. */
  domein?: string;
  /** De organisatie die de toets aanbiedt. */
  toetsaanbieder?: string;
  /** Het leerjaar of de groep waarvoor de toets bedoeld is. */
  leerjaar?: string;
  /** De periode waarin de toets wordt afgenomen. */
  afnameperiode?: Periode;
}

/**
 * Toetsresultaat: de uitkomst van de afname van een toets door een onderwijsdeelnemer (score,
 * niveau of advies) op een datum.
 */
export interface Toetsresultaat {
  /** De code van de afgenomen toets (zie {@link Toets}). */
  toets: string;
  /** De onderwijsdeelnemer die de toets heeft gemaakt. */
  onderwijsdeelnemer?: Identificatie<PersoonTerm>;
  /** De onderwijsaanbieder waar de toets is afgenomen. */
  onderwijsaanbieder?: OrganisatieIdentificatie;
  /** De datum van afname. */
  afnamedatum?: Datum;
  /** De score, als getal of in de exacte notatie van de bron (bijv. `6.50`). */
  score?: number | string;
  /** De schaal waarop de score is uitgedrukt, bijv. `vaardigheidsscore` of `cijfer`. */
  schaal?: string;
  /** Het behaalde niveau, als code. */
  niveau?: string;
  /** Het advies dat uit de toets volgt, bijv. het toetsadvies van de doorstroomtoets. */
  advies?: string;
}
