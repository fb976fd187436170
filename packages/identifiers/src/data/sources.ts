/** The public documents the identifier definitions cite. Plain data. */
import type { Bron } from '../types.js';

/** A source with a public URL. */
export type BronMetUrl = Bron & { url: string };

/** Public copy of the DUO RIO V4 Raadplegen XSD. */
export const RIO_XSD_URL =
  'https://github.com/jomco/eduhub-rio-mapper/blob/main/resources/DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4.xsd';

/** The Edu-V agreement page "Identiteiten" (the source of every table in this package). */
export const BRON_IDENTITEITEN: BronMetUrl = {
  document: 'Edu-V afsprakenstelsel — Identiteiten',
  version: '0.9.0 (27 juni 2024)',
  url: 'https://edu-v.atlassian.net/wiki/spaces/AFSPRAKENS/pages/23822337',
};

/** DUO RIO V4 "Raadplegen OnderwijsOrganisatie" message schema; its simple types define the RIO code formats. */
export function rioXsd(simpleType: string): BronMetUrl {
  return {
    document: 'DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4.xsd (DUO Service- en Berichtenboek)',
    version: 'commit-versie 33288 (09-03-2023)',
    section: `simpleType ${simpleType}`,
    url: RIO_XSD_URL,
  };
}

/** Kennisnet Entree Federatie attribute overview (NEPRI, NEPPI, BRIN in `nlEduPersonHomeOrganizationId`). */
export const BRON_ENTREE: BronMetUrl = {
  document: 'Kennisnet Entree Federatie — Attributen overzicht voor Service Providers',
  url: 'https://developers.wiki.kennisnet.nl/index.php?title=KNF:Attributen_overzicht_voor_Service_Providers/en',
};

/** ECK iD background (Edu-K / Kennisnet). */
export const BRON_ECK_ID: BronMetUrl = {
  document: 'ECK iD (Edu-K / Kennisnet)',
  url: 'https://www.eck-id.nl/',
};

/** SURF on eduID. */
export const BRON_EDUID: BronMetUrl = {
  document: 'SURF — eduID vs ECK iD: de verschillen en mogelijkheden',
  url: 'https://www.surf.nl/artikel/eduid-vs-eck-id-de-verschillen-en-mogelijkheden',
};

/** Kennisnet Nummervoorziening reference implementation (scrypt parameters for the 1e-niveau hash of the PGN). */
export const BRON_NUMMERVOORZIENING: BronMetUrl = {
  document:
    'Kennisnet Nummervoorziening — Java/.NET reference implementation (EckID scrypter Constants, ScryptUtil)',
  section: 'EckID/src/main/java/nl/kennisnet/nummervoorziening/client/eckid/scrypter/',
  url: 'https://github.com/kennisnet/Nummervoorziening-JavaReferenceImplementation',
};

/** EDU-DEX key recognition rules. */
export const BRON_RIO_OOAPI_SYNC: Bron = {
  document: 'Synchronisatie RIO en SIS voor de OOAPI-koppeling (handreiking)',
  section: '§4, "Let op" 1: EDU-DEX aangeboden opleidingen en opleidingseenheden herkennen',
};

/** BSN elfproef. */
export const BRON_BSN: BronMetUrl = {
  document: 'Burgerservicenummer — 11-proef',
  url: 'https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef',
};

/** Onderwijsnummer check (the BSN elfproef with remainder 5, numbers starting with 10). */
export const BRON_ONDERWIJSNUMMER: BronMetUrl = {
  document:
    'Onderwijsnummer-controle zoals python-stdnum en stdnum-js (nl/onderwijsnummer) die uitvoeren, met hun testgegevens; zij verwijzen naar nl.wikipedia.org/wiki/Onderwijsnummer. DUO publiceert de regel niet in de bronnen van deze afspraak.',
  url: 'https://app.unpkg.com/stdnum@1.11.3/files/src/nl/onderwijsnummer.ts',
};
