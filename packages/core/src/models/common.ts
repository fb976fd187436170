/**
 * Shared value types of the central models (AMIGO: central data models from which domain models
 * such as OSO, RIO and OKE derive; AMIGO stand van zaken §1.2).
 */

/** Een kalenderdatum als `YYYY-MM-DD` (XSD `xs:date` zonder tijdzone), zoals in de gedecodeerde documenten. */
export type Datum = string;

/**
 * Periode: een tijdvak met een begin en (eventueel) een einde; beide grenzen horen bij de periode.
 * Een ontbrekende einddatum betekent een open periode.
 */
export interface Periode {
  /** De eerste dag van de periode. */
  begindatum?: Datum;
  /** De laatste dag van de periode; ontbreekt bij een open periode. */
  einddatum?: Datum;
}
