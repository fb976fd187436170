/**
 * The afsprakenset manifest of the overstapprofielen (DESIGN.md §7), the template of the other
 * afsprakensets. Sources: the 2019.1 overstap validation and its release notes, the official OV
 * examples, and — for the parts the overstap and SWV profiles share (transport, security, legal
 * grounds of the onderwijskundig rapport) — `Afspraak SWV-profielen` 2024.1, which applies the same
 * gegevensset. The overstap profile document itself is not among the reference artefacts; where the
 * manifest says what only that document would say, its source is the validation or the examples.
 */
import type { AfsprakensetManifest, SourceRef } from '@edustandaard/core';
import { OV_PROFILE_IDS, type OvVersion } from './constants.js';
import { VOORBEELDEN_2019, WIJZIGINGEN_2024, XSLT_2019_URL, doc2024 } from './sources.js';

const XSLT: SourceRef = {
  document: 'ValideerOverstapprofielen.xsl (OSO technische bestanden Overstapprofielen)',
  version: '2019.1.1',
  url: XSLT_2019_URL,
};
const NOTES: SourceRef = {
  document: 'Release notes Overstapprofielen technische bestanden',
  version: '2019.1',
};

function manifest(version: OvVersion): AfsprakensetManifest {
  return {
    id: 'OSO-OVERSTAP',
    naam: 'OSO Overstapprofielen',
    version,
    status: version === '2024.1' ? 'in beheer' : 'uitgefaseerd',
    beheerder: 'Edustandaard',
    sources:
      version === '2024.1' ? [WIJZIGINGEN_2024, XSLT, NOTES] : [XSLT, NOTES, VOORBEELDEN_2019],
    context: {
      toepassingsdomein:
        'Primair en voortgezet onderwijs: overdracht van het leerlingdossier (onderwijskundig rapport) bij een overstap naar een andere school en bij overdracht binnen de school.',
      beschrijving:
        'De overstapprofielen beperken de OSO gegevensset voor de overstap van een leerling: PO naar PO (POPO), PO naar VO (POVO), VO naar VO (VOVO), en voor de overdracht binnen dezelfde brin (BB). ' +
        'Per profiel: verplichte, optionele en verboden categorieën, verboden velden (geboorteplaats, nationaliteit, geboortemaand, postcode4-adres) en business rules (OVa voor een overstapdossier, OVb voor een overdracht binnen brin).',
      scenarios: [
        {
          id: 'POPO',
          naam: 'Overstap PO-PO',
          beschrijving:
            'Een leerling gaat naar een andere basisschool; overdrachtsoort "overstapdossier", overstap "POPO". VVE-gegevens zijn toegestaan.',
        },
        {
          id: 'POVO',
          naam: 'Overstap PO-VO',
          beschrijving:
            'Een leerling gaat van het primair naar het voortgezet onderwijs; overstap "POVO". Advies (2024.1: voorlopig schooladvies) en leerlingid verplicht; alleen toetsen van het huidige en twee voorgaande schooljaren.',
        },
        {
          id: 'VOVO',
          naam: 'Overstap VO-VO',
          beschrijving:
            'Een leerling gaat naar een andere school voor voortgezet onderwijs; overstap "VOVO". Toestemming (inzage) verplicht; VO-MBO-gegevens toegestaan.',
        },
        {
          id: 'BB',
          naam: 'Overdracht binnen brin',
          beschrijving:
            'Overdracht tussen vestigingen of systemen binnen dezelfde school; overdrachtsoort "overdrachtbinnenbrin". Alleen metadata, school en leerling zijn verplicht.',
        },
      ],
      sources: [XSLT, VOORBEELDEN_2019],
    },
    actors: [
      {
        id: 'dossierbron',
        naam: 'DossierBron (LAS huidige school)',
        beschrijving:
          'Het leerlingadministratiesysteem dat het dossier samenstelt (selectief uitleveren) en exporteert.',
        rollen: ['DossierBron'],
      },
      {
        id: 'dossierdoel',
        naam: 'DossierDoel (LAS nieuwe school of andere vestiging)',
        beschrijving: 'Het systeem dat het dossier importeert en alle ontvangen gegevens toont.',
        rollen: ['DossierDoel'],
      },
      {
        id: 'ouders',
        naam: 'Ouders/verzorgers',
        beschrijving:
          'Hebben het overstapdossier ingezien voordat het wordt verstuurd (OVa.IZ01–IZ05); bij VOVO geven zij toestemming.',
        rollen: ['inzage'],
      },
    ],
    process: {
      beschrijving:
        'De huidige school stelt het dossier samen volgens het profiel, laat het inzien, en draagt het over; de ontvangende school valideert en importeert het.',
      stappen: [
        {
          id: 'samenstellen',
          naam: 'Dossier samenstellen',
          actor: 'dossierbron',
          beschrijving:
            'Verboden gegevens ontbreken; optionele categorieën kunnen worden uitgezet (OPT-UIT); geheime adressen en communicatie volgens de profielregels.',
        },
        {
          id: 'inzage',
          naam: 'Inzage',
          actor: 'ouders',
          beschrijving: 'Inzage door ouders/verzorgers, met datum en akkoord (blok inzage).',
        },
        {
          id: 'overdragen',
          naam: 'Dossier overdragen',
          actor: 'dossierbron',
          beschrijving: 'Het dossier gaat via de OSO-infrastructuur naar de nieuwe school.',
        },
        {
          id: 'importeren',
          naam: 'Valideren en importeren',
          actor: 'dossierdoel',
          beschrijving:
            'Validatie tegen XSD, codelijsten en het overstapprofiel; weergave van alle ontvangen gegevens.',
        },
      ],
      sources: [XSLT, doc2024('§2.7')],
    },
    data: {
      gegevensset: { id: 'OSO', version },
      profielen: [...OV_PROFILE_IDS],
      codelijsten: ['OSO codelijsten'],
      sources: [XSLT],
    },
    interactions: [
      {
        flow: 'overstapdossier',
        naam: 'Overstapdossier overdragen',
        van: 'dossierbron',
        naar: 'dossierdoel',
        patroon: 'push',
        bericht: 'dossier (OSO gegevensset, overdrachtsoort overstapdossier)',
      },
      {
        flow: 'overdrachtbinnenbrin',
        naam: 'Overdracht binnen brin',
        van: 'dossierbron',
        naar: 'dossierdoel',
        patroon: 'push',
        bericht: 'dossier (OSO gegevensset, overdrachtsoort overdrachtbinnenbrin)',
      },
    ],
    transport: {
      standaarden: ['OSO-infrastructuur', 'Edukoppeling'],
      beschrijving:
        'Transport via de OSO-infrastructuur; via een ander kanaal is een vergelijkbaar beveiligingsniveau nodig (Edukoppeling, Certificeringsschema Edustandaard).',
      sources: [doc2024('§2.4')],
    },
    security: {
      classificatie: 'risicoklasse II (AV-23, Registratiekamer)',
      beschrijving:
        'Het dossier kan gevoelige en medische gegevens bevatten; het transport moet onrechtmatige toegang voorkomen.',
      sources: [doc2024('§2.4')],
    },
    legal: {
      doel: 'Overdracht van het onderwijskundig rapport bij de overstap van een leerling naar een andere school of vestiging.',
      grondslagen: [
        {
          naam: 'Wet op het primair onderwijs (WPO)',
          artikel: 'artikel 42',
          beschrijving: 'Onderwijskundig rapport bij overstap naar een andere school.',
        },
        {
          naam: 'Wet op het voortgezet onderwijs (WVO)',
          artikel: 'artikel 29',
          beschrijving: 'Onderwijskundig rapport bij toelating tot het voortgezet onderwijs.',
        },
        {
          naam: 'Wet op de expertisecentra (WEC)',
          artikel: 'artikel 43',
          beschrijving: 'Inhoud van het onderwijskundig rapport.',
        },
        {
          naam: 'Besluit uitwisseling leer- en begeleidingsgegevens',
          artikel: '2 mei 2012',
          beschrijving: 'Nadere specificatie van de gegevens in het onderwijskundig rapport.',
          url: 'https://zoek.officielebekendmakingen.nl/stb-2012-234.html',
        },
        {
          naam: 'Algemene verordening gegevensbescherming (AVG)',
          beschrijving:
            'Doelbinding, dataminimalisatie en informatieplicht; verboden velden ontbreken in het dossier.',
          url: 'https://wetten.overheid.nl/BWBR0040940/2021-07-01',
        },
      ],
      sources: [doc2024('§2.5')],
    },
  };
}

/** The manifest of the overstapprofielen 2024.1 (derived, see the rules' assumptions). */
export const OSO_OVERSTAP_MANIFEST_2024_1: AfsprakensetManifest = manifest('2024.1');
/** The manifest of the overstapprofielen 2019.1. */
export const OSO_OVERSTAP_MANIFEST_2019_1: AfsprakensetManifest = manifest('2019.1');
