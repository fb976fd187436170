/**
 * The RIO afsprakenset manifest (DESIGN.md §7): the register, its actors, its interactions and the two
 * transports — OOAPI via SURFeduhub (synchronisation guide §1, §4.2) and the DUO RIO V4 SOAP webservice.
 */
import type { AfsprakensetManifest } from '@edustandaard/core';

const GIDS = {
  document: 'Synchronisatie OOAPI RIO HO data (SURFeduhub)',
  url: 'https://wiki.surfnet.nl/display/SURFeduhub/Synchronisatie+OOAPI+RIO+HO+data',
};
const EDUV = {
  document: 'Edu-V afsprakenstelsel, Identiteiten',
  section: 'Register onderwijsorganisaties (RIO)',
};
const WSDL_B = { document: 'DUO_RIO_Beheren_OnderwijsOrganisatie_V4.wsdl', version: '4.0' };
const WSDL_R = { document: 'DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4.wsdl', version: '4.0' };

export const RIO_MANIFEST: AfsprakensetManifest = {
  id: 'RIO',
  naam: 'Registratie Instellingen en Opleidingen',
  version: 'V4',
  status: 'in beheer',
  beheerder: 'DUO (register); Edustandaard (afspraken in het Edu-V afsprakenstelsel)',
  sources: [EDUV, GIDS, WSDL_B, WSDL_R],
  context: {
    toepassingsdomein: 'Register onderwijsorganisaties en opleidingsaanbod',
    beschrijving:
      'RIO beschrijft de onderwijsorganisaties in relatie tot het onderwijs dat ze aanbieden, hoe ze het aanbieden en waar. Edu-V gebruikt het canonieke model van RIO om onderwijsorganisaties op het niveau van onderwijsbestuur en onderwijsaanbieder te identificeren.',
    scenarios: [
      {
        id: 'onderwijsaanbod-beheren',
        naam: 'Onderwijsaanbod beheren vanuit het SIS',
        beschrijving:
          'De instelling levert opleidingseenheden, aangeboden opleidingen en cohorten vanuit het SIS via de OOAPI-koppeling (SURFeduhub) aan RIO en houdt ze bij.',
      },
      {
        id: 'synchronisatie',
        naam: 'Synchronisatie SIS en RIO vóór de eerste OOAPI-koppeling',
        beschrijving:
          'Bestaande RIO-gegevens (CROHO, handmatig, EDU-DEX) worden gekoppeld aan de eigen sleutels uit het SIS zodat geen duplicaten ontstaan.',
        buitenScope: ['Gegevens die via EDU-DEX of handmatig beheerd blijven'],
      },
      {
        id: 'organisatie-identificeren',
        naam: 'Onderwijsorganisaties identificeren',
        beschrijving:
          'Ketenpartijen identificeren onderwijsbestuur, onderwijsaanbieder en onderwijslocatie met de RIO-codes (primaire identifiers).',
      },
    ],
    sources: [EDUV, GIDS],
  },
  actors: [
    {
      id: 'duo-rio',
      naam: 'RIO (DUO)',
      beschrijving: 'Het register, beheerd door DUO.',
      rollen: ['Register', 'Bronhouder onderwijserkenningen'],
    },
    {
      id: 'sis',
      naam: 'SIS (instelling)',
      beschrijving:
        'Het studentinformatiesysteem van de instelling, aanbiedend systeem van opleidingsinformatie.',
      rollen: ['Aanleverend systeem'],
    },
    {
      id: 'surfeduhub',
      naam: 'SURFeduhub',
      beschrijving: 'Vertaalt OOAPI-gegevens naar RIO-berichten; biedt link- en unlink-jobs.',
      rollen: ['Koppelvlak', 'Mapper'],
    },
    {
      id: 'edu-dex',
      naam: 'EDU-DEX',
      beschrijving: 'Alternatieve aanlevering (STAP); sleutels beginnen met ED0B/ED0C.',
      rollen: ['Aanleverend systeem'],
    },
    {
      id: 'croho',
      naam: 'CROHO / Loket Erkenningen Opleidingen HO',
      beschrijving: 'Levert dagelijks de geaccrediteerde opleidingen aan RIO.',
      rollen: ['Bronhouder erkenningen'],
    },
    {
      id: 'afnemer',
      naam: 'Ketenpartij',
      beschrijving: 'Leverancier of instantie die RIO raadpleegt.',
      rollen: ['Afnemer'],
    },
  ],
  process: {
    beschrijving: 'Synchroniseren en daarna beheren van het onderwijsaanbod (handreiking §4).',
    stappen: [
      {
        id: 'vergaren-rio',
        naam: 'Vergaren RIO-gegevens',
        actor: 'sis',
        beschrijving:
          'DUO open-data-exports downloaden en filteren op het onderwijsbestuur (§4.1).',
      },
      {
        id: 'vergaren-sis',
        naam: 'Vergaren SIS-gegevens',
        actor: 'sis',
        beschrijving: 'Opleidingen, aangeboden opleidingen en cohorten uit het SIS halen.',
      },
      {
        id: 'matchen',
        naam: 'Matchen',
        actor: 'sis',
        beschrijving: 'Gegevens uit SIS en RIO matchen; EDU-DEX en handmatig beheer uitsluiten.',
      },
      {
        id: 'linken',
        naam: 'Linken',
        actor: 'surfeduhub',
        beschrijving:
          'De eigen sleutel uit het SIS aanbrengen bij het overeenkomstige RIO-item (link/unlink, §4.2, §5.1).',
      },
      {
        id: 'beheren',
        naam: 'Beheren via OOAPI',
        actor: 'surfeduhub',
        beschrijving: 'Aanleveren en verwijderen via DUO_RIO_Beheren_OnderwijsOrganisatie_V4.',
      },
    ],
    sources: [GIDS],
  },
  data: {
    gegevensset: { id: 'RIO', version: 'V4' },
    profielen: [],
    codelijsten: ['RIO-waardenlijsten (WaardenlijstType-v01)'],
    sources: [WSDL_B, WSDL_R],
  },
  interactions: [
    {
      flow: 'aanleveren',
      naam: 'Aanleveren onderwijsaanbod',
      van: 'surfeduhub',
      naar: 'duo-rio',
      patroon: 'push',
      bericht: 'aanleveren_* (Beheren V4)',
    },
    {
      flow: 'verwijderen',
      naam: 'Verwijderen onderwijsaanbod',
      van: 'surfeduhub',
      naar: 'duo-rio',
      patroon: 'push',
      bericht: 'verwijderen_* (Beheren V4)',
    },
    {
      flow: 'raadplegen',
      naam: 'Raadplegen register',
      van: 'afnemer',
      naar: 'duo-rio',
      patroon: 'pull',
      bericht: 'opvragen_* (Raadplegen V4)',
    },
    {
      flow: 'ooapi',
      naam: 'Opleidingsinformatie ophalen',
      van: 'surfeduhub',
      naar: 'sis',
      patroon: 'pull',
      bericht: 'OOAPI v5 education-specifications, programs, courses, offerings',
    },
    {
      flow: 'link',
      naam: 'Link / unlink',
      van: 'sis',
      naar: 'surfeduhub',
      patroon: 'push',
      bericht: 'SURFeduhub link- en unlink-job',
    },
    {
      flow: 'croho',
      naam: 'Erkenningen HO',
      van: 'croho',
      naar: 'duo-rio',
      patroon: 'push',
      beschrijving: 'Dagelijkse conversie van geaccrediteerde opleidingen.',
    },
  ],
  transport: {
    standaarden: [
      'REST (OOAPI v5) via SURFeduhub',
      'SOAP 1.1 (DUO RIO V4-webservice, Digikoppeling)',
    ],
    beschrijving:
      'Instellingen leveren via de OOAPI-koppeling; SURFeduhub roept de DUO-webservices DUO_RIO_Beheren_OnderwijsOrganisatie_V4 en DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4 aan. Open data komt als CSV van DUO Open Onderwijsdata.',
    sources: [GIDS, WSDL_B],
  },
  security: {
    classificatie:
      'Openbare registergegevens (open data); aanlevering alleen door de eigen instelling (OIN)',
    beschrijving:
      'De registergegevens zijn publiek; de webservices vereisen een PKIoverheid-certificaat en het OIN van de verzendende instantie.',
  },
  legal: {
    doel: 'Centrale, betrouwbare registratie van instellingen en opleidingen.',
    grondslagen: [
      {
        naam: 'Wet register onderwijsdeelnemers / RIO-regelgeving',
        beschrijving:
          'Wettelijke basis van het register onderwijsinstellingen en opleidingen (DUO).',
      },
    ],
  },
};
