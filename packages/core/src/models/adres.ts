/** Adres and Communicatie: where and how a person or organisation can be reached. */
import type { Periode } from './common.js';

/**
 * Adres: de plaats waar een persoon woont of verblijft of waar een organisatie gevestigd is, als
 * binnenlands adres (straat, huisnummer, postcode, plaats) of als buitenlands adres (vrije regels
 * en land).
 */
export interface Adres {
  /** Het soort adres: `woonadres`, `postadres`, `bezoekadres`, `afleveradres`, `factuuradres` of `lesadres`. */
  soort?: string;
  /** De naam van de openbare ruimte. */
  straatnaam?: string;
  /** Het huisnummer. */
  huisnummer?: number;
  /** Huisletter of toevoeging bij het huisnummer. */
  huisnummertoevoeging?: string;
  /** De Nederlandse postcode (`1234AB`). */
  postcode?: string;
  /** De woonplaats of vestigingsplaats. */
  plaatsnaam?: string;
  /** De adresregels van een buitenlands adres, in volgorde. */
  adresregels?: string[];
  /** De landcode, ISO 3166-1 alpha-2 (`NL`); een afsprakenset met een eigen codelijst vertaalt met een codetabel. */
  land?: string;
  /** Of het adres geheim is: dan mag het niet worden uitgewisseld (OSO SWV profielen PaO.LL06). */
  geheim?: boolean;
  /** De periode waarin het adres geldt. */
  geldigheid?: Periode;
}

/**
 * Communicatie: een nummer of adres waarop een persoon of organisatie bereikbaar is (telefoon,
 * e-mail, website), met het soort en of het geheim is.
 */
export interface Communicatie {
  /** Het soort communicatiemiddel, bijv. `telefoon`, `mobiel`, `email`, `website`. */
  soort: string;
  /** Het nummer of adres zelf. */
  waarde: string;
  /** Nadere omschrijving, bijv. `thuis` of `werk`. */
  omschrijving?: string;
  /** Of het nummer of adres geheim is (OSO SWV profielen PaO.LL08: dan wordt een vaste geheimwaarde overgedragen). */
  geheim?: boolean;
  /** Of dit het voorkeurskanaal is. */
  voorkeur?: boolean;
}
