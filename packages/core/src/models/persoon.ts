/**
 * Persoon and its roles Onderwijsdeelnemer and Onderwijsmedewerker (Edu-V "Identiteiten": "In het
 * afsprakenstelsel worden gegevens over Onderwijsorganisaties, Onderwijsdeelnemers en
 * Onderwijsmedewerkers uitgewisseld").
 */
import type { Pgn } from '@edustandaard/identifiers';
import type { Adres, Communicatie } from './adres.js';
import type { Datum, Periode } from './common.js';
import type { OrganisatieIdentificatie, PersoonIdentificatie } from './identificatie.js';

/**
 * Persoon: een natuurlijk persoon over wie gegevens worden uitgewisseld, los van de rol die hij in
 * het onderwijs vervult.
 */
export interface Persoon {
  /** De identifiers van de persoon (ECK iD primair; NEPRI, NEPPI, BPI, ASI, eduID secundair). */
  identificaties?: PersoonIdentificatie[];
  /**
   * Het persoonsgebonden nummer (BSN of onderwijsnummer). Alleen binnen de administratie van de
   * onderwijsorganisatie; veel profielen verbieden uitwisseling (OSO SWV profielen PaO.LL12).
   */
  pgn?: Pgn;
  /** De voornamen, in volgorde. */
  voornamen?: string[];
  /** De roepnaam. */
  roepnaam?: string;
  /** De voorletters. */
  voorletters?: string;
  /** Voorvoegsel(s) van de achternaam, bijv. `van der`. */
  voorvoegsel?: string;
  /** De achternaam (geslachtsnaam). */
  achternaam: string;
  /** De geboortedatum. */
  geboortedatum?: Datum;
  /**
   * Het geslacht. Centraal één woordenlijst; elke afsprakenset vertaalt haar eigen codes met een
   * codetabel (OSO codelijst 14: 0/1/2; OOAPI gender: U/F/M/X).
   */
  geslacht?: 'man' | 'vrouw' | 'onbekend' | 'anders';
  /** De nationaliteiten als codes. */
  nationaliteiten?: string[];
  /** De adressen. */
  adressen?: Adres[];
  /** De communicatiegegevens. */
  communicatie?: Communicatie[];
}

/**
 * Onderwijsdeelnemer: een persoon die onderwijs volgt bij een onderwijsaanbieder (leerling,
 * deelnemer of student); het ECK iD is de primaire identifier.
 */
export interface Onderwijsdeelnemer extends Persoon {
  /** De onderwijscategorie van het ECK iD (Regeling pseudonimisering persoonsgegevens): po, vo, mbo of ho. */
  sector?: 'po' | 'vo' | 'mbo' | 'ho';
  /** De onderwijsaanbieder waar de deelnemer is ingeschreven. */
  onderwijsaanbieder?: OrganisatieIdentificatie;
  /** De periode van de inschrijving. */
  inschrijving?: Periode;
  /** Het leerjaar of de groep, als code van de afsprakenset. */
  leerjaar?: string;
}

/**
 * Onderwijsmedewerker: een persoon die werkzaamheden verricht voor een onderwijsorganisatie
 * (leraar, mentor, intern begeleider); alleen secundaire identifiers.
 */
export interface Onderwijsmedewerker extends Persoon {
  /** De functie, bijv. `leraar` of `intern begeleider`. */
  functie?: string;
  /** De onderwijsorganisatie waarvoor de medewerker werkt. */
  onderwijsorganisatie?: OrganisatieIdentificatie;
  /** De periode van het dienstverband. */
  dienstverband?: Periode;
}
