/**
 * The afsprakenset manifest of the OSO gegevensset (DESIGN.md §7). Sources: the XSD and release
 * notes of 2019.1 and `Afspraak SWV-profielen als toepassing van de OSO gegevensset` 2024.1
 * (use case §2.2, security §2.4, legal grounds §2.5), which applies the same gegevensset.
 */
import type { AfsprakensetManifest, SourceRef } from '@edustandaard/core';
import type { OsoVersion } from './versions.js';

const SWV = (section: string): SourceRef => ({
  document: 'OSO SWV profielen',
  version: '2024.1',
  section,
});
const XSD: SourceRef = { document: 'OSO_gegevensset_2019.1.xsd', version: '2019.1' };
const NOTES: SourceRef = { document: 'release notes overstapprofielen', version: '2019.1' };

function manifest(version: OsoVersion): AfsprakensetManifest {
  return {
    id: 'OSO',
    naam: 'OSO Gegevensset',
    version,
    status: version === '2024.1' ? 'in beheer' : 'uitgefaseerd',
    beheerder: 'Edustandaard',
    sources: [XSD, NOTES, SWV('§1.3')],
    context: {
      toepassingsdomein:
        'Primair en voortgezet onderwijs: overdracht van leer- en begeleidingsgegevens van een leerling (overstapdossier).',
      beschrijving:
        'De OSO gegevensset beschrijft de inhoud van een leerlingdossier (administratieve gegevens, onderwijsondersteuning, begeleiding, leerresultaten en bijlagen) dat een school bij een overstap of binnen de school uitwisselt. Profielen (overstapprofielen, SWV-profielen) beperken de gegevensset per gebruiksscenario.',
      scenarios: [
        {
          id: 'overstapdossier',
          naam: 'Overstap naar een andere school',
          beschrijving:
            'Overdracht van het dossier van de huidige naar de nieuwe school (POPO, POVO, VOVO), overdrachtsoort "overstapdossier".',
        },
        {
          id: 'overdrachtbinnenbrin',
          naam: 'Overdracht binnen de BRIN',
          beschrijving:
            'Overdracht tussen vestigingen of systemen binnen dezelfde school (overdrachtsoort "overdrachtbinnenbrin").',
        },
        {
          id: 'swv-dossier',
          naam: 'Onderwijsondersteuningsaanvraag bij het SWV',
          beschrijving:
            'Overdracht binnen de school van het LAS naar het systeem van het samenwerkingsverband (POSWV, VOSWV; overdrachtsoort "swv-dossier").',
          buitenScope: [
            'Deeldossiers waarbij administratie en begeleiding apart worden verstuurd.',
            'De terugkoppeling van het resultaat van de aanvraag.',
          ],
        },
      ],
      sources: [XSD, SWV('§2.2')],
    },
    actors: [
      {
        id: 'dossierbron',
        naam: 'DossierBron (LAS huidige school)',
        beschrijving:
          'Het leerlingadministratiesysteem dat het dossier samenstelt (selectief uitleveren) en exporteert.',
        rollen: ['leverancier van het dossier'],
      },
      {
        id: 'dossierdoel',
        naam: 'DossierDoel (LAS nieuwe school of SWV-systeem)',
        beschrijving: 'Het systeem dat het dossier importeert en alle ontvangen gegevens toont.',
        rollen: ['ontvanger van het dossier'],
      },
      {
        id: 'ouders',
        naam: 'Leerling of wettelijk vertegenwoordiger',
        beschrijving:
          'Krijgt inzage in het dossier voordat het aan een externe partij wordt verstrekt.',
        rollen: ['inzage'],
      },
    ],
    process: {
      beschrijving:
        'De school stelt het dossier samen, biedt inzage waar de wet dat vraagt, en draagt het over; het ontvangende systeem valideert en importeert het.',
      stappen: [
        {
          id: 'samenstellen',
          naam: 'Dossier samenstellen',
          actor: 'dossierbron',
          beschrijving:
            'Selectief uitleveren: optionele categorieën bewust meeleveren of uitzetten (categorie_uitlevering).',
        },
        {
          id: 'inzage',
          naam: 'Inzage',
          actor: 'ouders',
          beschrijving: 'Inzage in de gegevens die worden verstrekt (blok inzage).',
        },
        {
          id: 'overdragen',
          naam: 'Overdragen',
          actor: 'dossierbron',
          beschrijving:
            'Het dossier (XML volgens de XSD van de versie) wordt verstuurd via de OSO-infrastructuur of een vergelijkbaar beveiligd kanaal.',
        },
        {
          id: 'importeren',
          naam: 'Valideren en importeren',
          actor: 'dossierdoel',
          beschrijving:
            'Validatie tegen XSD, codelijsten en profielregels; weergave van alle ontvangen gegevens.',
        },
      ],
      sources: [SWV('§2.2'), SWV('§2.7')],
    },
    data: {
      gegevensset: { id: 'OSO', version },
      profielen: ['POPO', 'POVO', 'VOVO', 'PO-SWV', 'VO-SWV'],
      codelijsten: ['OSO codelijsten (codelijsten.json, 2019.1-validatie)'],
      sources: [XSD],
    },
    interactions: [
      {
        flow: 'overdracht',
        naam: 'Dossier overdragen',
        van: 'dossierbron',
        naar: 'dossierdoel',
        patroon: 'push',
        bericht: `dossier (${version === '2019.1' ? 'http://www.edustandaard.nl/oso_gegevensset/2019/dossier' : 'http://www.edustandaard.nl/oso_gegevensset/2024/dossier'})`,
        beschrijving:
          'Het samengestelde dossier gaat van de bron naar het doel; de OSO-infrastructuur verzorgt het transport.',
      },
    ],
    transport: {
      standaarden: ['OSO-infrastructuur', 'Edukoppeling'],
      beschrijving:
        'Transport via de OSO-infrastructuur; via een ander kanaal is een vergelijkbaar beveiligingsniveau nodig (Edukoppeling, Certificeringsschema Edustandaard).',
      sources: [SWV('§2.4')],
    },
    security: {
      classificatie: 'Risicoklasse II (AV-23, Registratiekamer)',
      beschrijving:
        'Het transport moet voldoende beveiligd zijn om onrechtmatige toegang te voorkomen; het dossier kan gevoelige en medische gegevens bevatten.',
      sources: [SWV('§2.4'), SWV('§2.5')],
    },
    legal: {
      doel: 'Veilige overdracht van leer- en begeleidingsgegevens (onderwijskundig rapport) bij overstap en ter voorbereiding op een onderwijsondersteuningsaanvraag.',
      grondslagen: [
        {
          naam: 'Wet op het primair onderwijs',
          artikel: 'art. 42 (onderwijskundig rapport), art. 18a (samenwerkingsverband)',
          beschrijving:
            'Inhoud van het onderwijskundig rapport en taak van het samenwerkingsverband.',
        },
        {
          naam: 'Wet op het voortgezet onderwijs',
          artikel: 'art. 17a',
          beschrijving: 'Taak van het samenwerkingsverband.',
        },
        {
          naam: 'Wet op de expertisecentra',
          artikel: 'art. 43',
          beschrijving: 'Onderwijskundig rapport.',
        },
        {
          naam: 'Besluit uitwisseling leer- en begeleidingsgegevens',
          beschrijving:
            'Nadere specificatie van de gegevens die mogen worden uitgewisseld (2 mei 2012).',
          url: 'https://zoek.officielebekendmakingen.nl/stb-2012-234.html',
        },
        {
          naam: 'Algemene verordening gegevensbescherming',
          beschrijving:
            'Doelbinding, dataminimalisatie en informatieplicht; het BSN is geen sleutel bij de uitwisseling.',
          url: 'https://wetten.overheid.nl/BWBR0040940/2021-07-01',
        },
      ],
      sources: [SWV('§2.5')],
    },
  };
}

/** Manifest of OSO 2024.1 (current). */
export const OSO_MANIFEST: AfsprakensetManifest = manifest('2024.1');
/** Manifest of OSO 2019.1. */
export const OSO_MANIFEST_2019_1: AfsprakensetManifest = manifest('2019.1');
