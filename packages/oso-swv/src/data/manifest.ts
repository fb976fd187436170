/**
 * The afsprakenset manifest of the SWV profiles (DESIGN.md §7), from `Afspraak SWV-profielen als
 * toepassing van de OSO gegevensset` 2024.1: use case §2.2, principles §2.3, security §2.4, legal
 * grounds §2.5, dossier §2.6 and conformance §2.7.
 */
import type { AfsprakensetManifest, SourceRef } from '@edustandaard/core';
import { doc2024 } from './sources.js';

/** One principle of §2.3 ("Principes uitwisseling volgens SWV-profielen"). */
export interface SwvPrincipe {
  nummer: number;
  principe: string;
  /** Short Dutch summary of the "Uitleg". */
  uitleg: string;
  rationale: string;
  source: SourceRef;
}

const P = doc2024('§2.3');

/** The nine principles of §2.3. */
export const PRINCIPES: readonly SwvPrincipe[] = [
  {
    nummer: 1,
    principe: 'De verantwoordelijkheid voor de inhoud van het dossier ligt bij DossierBron.',
    uitleg:
      'Het leverende systeem bepaalt wat in het dossier thuishoort (selectief uitleveren); alle informatie-onderdelen worden bewust door de gebruiker in het dossier geplaatst.',
    rationale: 'Dit is wat de wetgever eist in deze.',
    source: P,
  },
  {
    nummer: 2,
    principe:
      'In het geval van de overdracht van de leerlinggegevens aan een externe partij zoals een samenwerkingsverband, verstrekt de school alleen het dossier na inzage door de betreffende leerling of diens wettelijke vertegenwoordiger (ouders/verzorgers).',
    uitleg:
      'Overdracht binnen de school via OSO + SWV-profiel vraagt geen inzage; voorafgaand aan de definitieve uitwisseling met het SWV moet wel de mogelijkheid tot inzage worden geboden.',
    rationale:
      'Artikel 42b Wet primair onderwijs; artikel 103b Wet voortgezet onderwijs, artikel 43 Wet expertisecentra; informatieplicht volgens de AVG.',
    source: P,
  },
  {
    nummer: 3,
    principe:
      'De uitwisseling van een dossier leerlinggegevens en leerresultaten is gebaseerd op de SWV-profielen',
    uitleg:
      'Het gebruik van een SWV-profiel is gebonden aan de daarbij geformuleerde verplichtingen, inperkingen en voorwaarden.',
    rationale:
      'OSO Gegevensset is bekend en er is binnen de betrokken systemen al ondersteuning voor.',
    source: P,
  },
  {
    nummer: 4,
    principe: 'De definitieve afspraak is een open standaard',
    uitleg:
      'In een open proces tot stand gekomen, vrij beschikbaar, goedgekeurd en beheerd door Edustandaard, zonder beperkingen op hergebruik.',
    rationale: 'Interoperabiliteit in het samenwerken met partners in de keten (BOMOS 2).',
    source: P,
  },
  {
    nummer: 5,
    principe:
      'Alleen een dossier dat voldoet aan de in deze afspraak gestelde eisen mag uitgewisseld worden.',
    uitleg:
      'Dit gaat verder dan een werkende technische uitwisseling: alle betrokkenen kennen de semantiek van alle gegevenselementen.',
    rationale: 'Alleen dan kan de uitwisseling probleemloos plaatsvinden.',
    source: P,
  },
  {
    nummer: 6,
    principe:
      'De inhoud van een SWV-dossier voldoet aan de juridische wettelijke kaders en privacywetgeving.',
    uitleg:
      'Er mogen geen gegevens worden uitgewisseld die in strijd zijn met de wetgeving, bijvoorbeeld het PGN, dat een SWV niet mag verwerken.',
    rationale: 'Alle uitwisselingen moeten voldoen aan de wet.',
    source: P,
  },
  {
    nummer: 7,
    principe:
      'De technische details van de afspraak zoals vastgelegd in dit document zijn leidend.',
    uitleg:
      'XSD en XSLT zijn uitwerkingen van het document; bij tegenspraak geeft het document de doorslag.',
    rationale:
      'De technische afspraken in het document zijn afgestemd, beproefd en bijgewerkt en ook leesbaar voor niet-technici.',
    source: P,
  },
  {
    nummer: 8,
    principe:
      'Velden met termen/begrippen/codes worden niet in de berichten aan een vocabulaire gebonden.',
    uitleg:
      'Codelijsten worden apart (Excel, eventueel VDEX of JSON) beschikbaar gesteld en periodiek vastgesteld.',
    rationale:
      'Sectoren en partijen hanteren verschillende codelijsten; de dynamiek van een vocabulaire wijkt af van die van de afspraak.',
    source: P,
  },
  {
    nummer: 9,
    principe: 'Aanbevelingen.',
    uitleg: 'Het volgen van aanbevelingen is gewenst.',
    rationale:
      'Aanbevolen velden en business rules zijn niet verplicht: in enkele gevallen is een zinvolle invulling niet mogelijk.',
    source: P,
  },
];

const base = (version: '2019.1' | '2024.1'): AfsprakensetManifest => ({
  id: 'OSO-SWV',
  naam: 'SWV-profielen als toepassing van de OSO gegevensset',
  version,
  status: version === '2024.1' ? 'in beheer' : 'uitgefaseerd',
  beheerder: 'Edustandaard',
  sources: [doc2024('volledig document')],
  context: {
    toepassingsdomein:
      'Passend onderwijs: ondersteuningsaanvraag bij een samenwerkingsverband (SWV PaO)',
    beschrijving:
      'Overdracht van een leerlingdossier binnen de school, van het LAS naar het SWV-systeem of regionaal platform, ter voorbereiding op de ' +
      'aanvraag van onderwijsondersteuning bij het samenwerkingsverband passend onderwijs. De verschillende gegevensonderdelen worden, indien niet ' +
      'relevant voor de aanvraag, bewust verwijderd (selectief uitleveren, dataminimalisatie).',
    scenarios: [
      {
        id: 'po-swv',
        naam: 'PO SWV PaO',
        beschrijving:
          'Overdracht van het leerlingdossier binnen de PO-school ten behoeve van het SWV PaO (profiel PO-SWV, overstap "POSWV").',
        buitenScope: [
          'Deeldossiers waarbij een administratieve applicatie en een begeleidingssysteem elk een deel aanleveren: een dossier wordt altijd in zijn geheel overgestuurd.',
          'De terugkoppeling van het resultaat van de aanvraag naar het LAS.',
        ],
      },
      {
        id: 'vo-swv',
        naam: 'VO SWV PaO',
        beschrijving:
          'Overdracht van het leerlingdossier binnen de VO-school ten behoeve van het SWV PaO (profiel VO-SWV, overstap "VOSWV").',
      },
    ],
    sources: [doc2024('§2.2')],
  },
  actors: [
    {
      id: 'las',
      naam: 'LAS (School)',
      rollen: ['DossierBron'],
      beschrijving:
        'Het leerlingadministratiesysteem van de huidige school: exporteert de gegevensset van een leerling als dossier, met de intentie dit als bijlage bij de onderwijsondersteuningsaanvraag naar het SWV te sturen.',
    },
    {
      id: 'swv',
      naam: 'SWV/RP (School)',
      rollen: ['DossierDoel'],
      beschrijving:
        'Het swv-systeem, regionaal platform of ander informatiesysteem van de huidige school dat het dossier importeert en toont (dossierweergave, §2.7).',
    },
  ],
  process: {
    beschrijving:
      'Samenstellen (selectief uitleveren) door de intern begeleider, leerkracht of mentor, overdragen via de OSO-infrastructuur, importeren en tonen.',
    stappen: [
      {
        id: 'samenstellen',
        naam: 'Dossier samenstellen',
        actor: 'las',
        beschrijving:
          'Alleen relevante gegevens; verboden gegevens (BSN, geboorteplaats, nationaliteit, …) ontbreken; optionele categorieën kunnen worden uitgezet.',
      },
      {
        id: 'overdragen',
        naam: 'Dossier overdragen',
        actor: 'las',
        beschrijving:
          'Het SWV-dossier (overdrachtsoort "swv-dossier") wordt naar het SWV-systeem gestuurd.',
      },
      {
        id: 'importeren',
        naam: 'Dossier importeren en tonen',
        actor: 'swv',
        beschrijving:
          'Het dossier wordt gevalideerd en met alle gegevens en de lijst met bijlagen aan de geautoriseerde gebruiker getoond.',
      },
    ],
    sources: [doc2024('§2.2'), doc2024('§2.7')],
  },
  data: {
    gegevensset: { id: 'OSO', version },
    profielen: ['PO-SWV', 'VO-SWV'],
    codelijsten: ['OSO codelijsten'],
    sources: [doc2024('§2.6')],
  },
  interactions: [
    {
      flow: 'swv-dossier',
      naam: 'Overdracht SWV-dossier',
      van: 'las',
      naar: 'swv',
      patroon: 'push',
      bericht: 'dossier (OSO gegevensset, overdrachtsoort swv-dossier)',
    },
  ],
  transport: {
    standaarden: ['OSO-infrastructuur', 'Edukoppeling'],
    beschrijving:
      'De OSO-infrastructuur biedt voldoende maatregelen. Bij transport via een ander kanaal moet een vergelijkbaar beveiligingsniveau worden ingericht; ' +
      'de Edustandaard Edukoppeling-afspraak en het Certificeringsschema Edustandaard kunnen hiervoor worden toegepast.',
    sources: [doc2024('§2.4')],
  },
  security: {
    classificatie: 'risicoklasse II (AV-23, Registratiekamer)',
    beschrijving:
      'Het transport moet voldoende beveiligd zijn om onrechtmatige toegang te voorkomen; scholen nemen passende technische en organisatorische maatregelen.',
    sources: [doc2024('§2.4'), doc2024('§2.5')],
  },
  legal: {
    doel: 'Faciliteren van veilige gegevensoverdracht ten behoeve van administratie binnen de eigen instelling ter voorbereiding op de onderwijsondersteuningsaanvraag bij het SWV.',
    grondslagen: [
      {
        naam: 'Algemene verordening gegevensbescherming (AVG)',
        artikel: 'gerechtvaardigd belang',
        beschrijving:
          'Verwerking ten behoeve van gerechtvaardigd belang (noodzakelijke administratie bij uitvoering van de onderwijsovereenkomst). Gebruik van het BSN als sleutel bij de uitwisseling is niet toegestaan.',
        url: 'https://wetten.overheid.nl/BWBR0040940/2021-07-01',
      },
      {
        naam: 'Wet op het primair onderwijs (WPO)',
        artikel: 'artikel 18a (lid 6, lid 13), artikel 42',
        beschrijving:
          'Samenwerkingsverband, taakstelling, bewaarplicht van drie jaar; onderwijskundig rapport (OKR).',
      },
      {
        naam: 'Wet op het voortgezet onderwijs (WVO)',
        artikel: 'artikel 17a (lid 6, lid 14), artikel 15d',
        beschrijving:
          'Samenwerkingsverband, taakstelling, bewaarplicht; beoordelingscriteria SWV met verwijzing naar het OKR.',
      },
      {
        naam: 'Wet op de expertisecentra (WEC)',
        artikel: 'artikel 43',
        beschrijving: 'Inhoud van het onderwijskundig rapport.',
      },
      {
        naam: 'Besluit uitwisseling leer- en begeleidingsgegevens',
        artikel: '2 mei 2012',
        beschrijving: 'Nadere specificatie van de gegevens in het OKR.',
        url: 'https://zoek.officielebekendmakingen.nl/stb-2012-234.html',
      },
    ],
    sources: [doc2024('§2.5')],
  },
});

/** The manifest of the SWV profiles 2024.1. */
export const OSO_SWV_MANIFEST_2024_1: AfsprakensetManifest = base('2024.1');
/** The manifest of the SWV profiles 2019.1 (superseded by 2024.1). */
export const OSO_SWV_MANIFEST_2019_1: AfsprakensetManifest = base('2019.1');
