/**
 * Shared building blocks of the RIO informatiemodel as used by DUO_RIO_Beheren_OnderwijsOrganisatie_V4
 * (XSD commit-versie 30157). Dates are `YYYY-MM-DD` strings (xsd:date), date-times ISO 8601 strings.
 */

/** `xsd:date` as `YYYY-MM-DD`. @pattern ^\d{4}-\d{2}-\d{2}$ */
export type Datum = string;

/**
 * A Kenmerk: "Een eigenschap van een object dat niet vooraf gedefinieerd is en welke met een naam en een
 * waarde opgenomen wordt" (XSD type `Kenmerk`). Typed attributes of the model that RIO transports as
 * kenmerken (e.g. `eigenOpleidingseenheidSleutel`) are written as kenmerken by the message builder; use
 * this list only for kenmerken the model does not type.
 */
export interface Kenmerk {
  /** @minLength 1 @maxLength 50 */
  kenmerknaam: string;
  /** Exactly one of the values (XSD choice). */
  kenmerkwaardeDatum?: Datum;
  /** @maxLength 1000 */
  kenmerkwaardeTekst?: string;
  /** @pattern ^[A-Z0-9_]*$ @maxLength 70 */
  kenmerkwaardeEnumeratiewaarde?: string;
  kenmerkwaardeGetal?: number;
  kenmerkwaardeBoolean?: boolean;
}

/** Header of every request and response (XSD type `Bedrijfsdocument`). */
export interface Bedrijfsdocument {
  /** Unique id of the message. @pattern ^[A-Za-z0-9_\-]{1,50}$ */
  identificatiecodeBedrijfsdocument: string;
  /** OIN of the sender. @maxLength 22 */
  verzendendeInstantie: string;
  /** OIN of the receiver (DUO). @maxLength 22 */
  ontvangendeInstantie: string;
  /** xsd:dateTime. */
  datumTijdBedrijfsdocument: string;
}
