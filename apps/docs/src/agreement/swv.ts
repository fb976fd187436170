/**
 * Chapter 2 of "Afspraak SWV-profielen als toepassing van de OSO gegevensset" 2024.1 (21 december 2023)
 * as the site shows it: §2.1–§2.5 and §2.7. §2.6 (the tables and business rules) is rendered from
 * `@edustandaard/oso-swv`'s profile data on the SWV pages; §2.3's principles from its `PRINCIPES` export.
 */
import type { AgreementSection, Source } from './blocks.ts';

const DOC = 'Afspraak SWV-profielen als toepassing van de OSO gegevensset';
const URL =
  'https://www.edustandaard.nl/standaard_afspraken/oso-gegevensset-en-profielen-oso/oso-gegevensset-en-profielen-2024-1/';
const src = (section: string): Source => ({ document: DOC, version: '2024.1', section, url: URL });

export const SWV_SECTIONS: AgreementSection[] = [
  {
    id: 'inleiding',
    title: 'Inleiding en profielen',
    source: src('§2.1'),
    blocks: [
      {
        kind: 'p',
        text: 'De OSO gegevensset kan bij verschillende gebruiksscenario’s worden toegepast. Nadere inperkingen en voorwaarden voor die scenario’s worden in profielen vastgelegd. Dit hoofdstuk van de afspraak definieert twee SWV-profielen:',
      },
      {
        kind: 'list',
        items: [
          'PO-SWV: de overdracht van het leerlingdossier binnen de PO-school ten behoeve van het samenwerkingsverband passend onderwijs (SWV PaO).',
          'VO-SWV: de overdracht van het leerlingdossier binnen de VO-school ten behoeve van het SWV PaO.',
        ],
      },
      {
        kind: 'p',
        text: 'Een profiel kan op de gegevenselementen leggen: een selectie van verplichte elementen, een inperking van toegestane elementen (verboden elementen), een inperking van het waardebereik (codelijsten), business rules over de toepassing van gegevensblokken en -velden, en een concretere omschrijving van semantiek en gebruik. Gebruikers van de afspraak zijn verplicht het profiel te gebruiken voor het scenario waarvoor het is gedefinieerd.',
      },
      {
        kind: 'assumption',
        text: 'De bron verwijst hier naar “paragraaf 6.2–6.6”; in dit document zijn dat §2.2–§2.6 (een nummering uit een eerder, groter document). Deze site volgt de nummering van het document zelf.',
      },
    ],
  },
  {
    id: 'use-case',
    title: 'Use case: SWV PaO-uitwisseling via OSO',
    source: src('§2.2'),
    blocks: [
      {
        kind: 'p',
        text: 'De gegevensset wordt toegepast binnen de OSO-infrastructuur of een directe koppeling tussen schoolsystemen en/of SWV-systemen, voor de overdracht van dossiers binnen een school ten behoeve van de aanvraag van onderwijsondersteuning bij een samenwerkingsverband passend onderwijs. Het samenwerkingsverband heeft de gegevens nodig om een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen scholen te realiseren.',
      },
      {
        kind: 'table',
        head: ['Actor', 'Rol', 'Beschrijving'],
        rows: [
          [
            'LAS (school)',
            'DossierBron',
            'Het leerlingadministratiesysteem van de huidige school: bevat de informatie over de leerling en exporteert een gegevensset in het dossier, om dat als bijlage bij de onderwijsondersteuningsaanvraag naar het SWV te sturen.',
          ],
          [
            'SWV/RP (school)',
            'DossierDoel',
            'Het SWV-systeem, regionaal platform of ander informatiesysteem van de huidige school dat het door het LAS overgedragen dossier importeert.',
          ],
        ],
      },
      { kind: 'p', text: 'Buiten de scope van deze profielen vallen (vooralsnog):' },
      {
        kind: 'list',
        items: [
          'Deeldossiers waarbij een administratieve applicatie alleen administratieve gegevens en een begeleidingssysteem alleen begeleidingsgegevens aanlevert: een dossier wordt altijd in zijn geheel overgestuurd.',
          'De terugkoppeling waarmee het resultaat van de aanvraag rechtstreeks en digitaal aan het LAS wordt teruggemeld.',
        ],
      },
      {
        kind: 'p',
        text: 'Uitgangspunt: gegevensonderdelen (met name de optionele) die niet relevant zijn voor de aanvraag bij het SWV worden bewust uit het dossier verwijderd, bij uitstek door de intern begeleider, docent of mentor, ondersteund door de software. Dit samenstellen van een dossier met alleen relevante gegevens heet selectief uitleveren en is een uitwerking van het wettelijke uitgangspunt van dataminimalisatie.',
      },
    ],
  },
  {
    id: 'principes',
    title: 'Principes van de uitwisseling',
    source: src('§2.3'),
    blocks: [
      {
        kind: 'p',
        text: 'De SWV-profielen volgen de principes en uitspraken van de overheidsreferentiearchitecturen ROSA (Referentiearchitectuur sector onderwijs) en NORA (Nederlandse Overheid Referentie Architectuur), volgens ‘pas toe of leg uit (bij afwijkingen)’. Het toepassen van gedeelde open standaarden wordt onderschreven door de NORA-principes AP 08 (de dienst maakt gebruik van open standaarden) en AP 06 (de dienst maakt gebruik van standaardoplossingen).',
      },
      { kind: 'p', text: 'De belangrijkste uitgangspunten uit de ROSA:' },
      {
        kind: 'list',
        items: [
          'De onderwijsvolger (of diens wettelijk vertegenwoordiger) voert regie op zijn eigen onderwijsgegevens.',
          'Gemeenschappelijkheid in informatiehuishouding.',
          'Koppelen, niet kantelen: onderwijsinstellingen blijven verantwoordelijk voor hun eigen (proces)inrichting.',
          'Aansluiten bij NORA.',
          'Eenmalige registratie, meervoudig gebruik.',
        ],
      },
      {
        kind: 'p',
        text: 'Daarnaast zijn voor het uitwisselen van SWV-dossiers de volgende specifieke principes vastgesteld (uit de export PRINCIPES van @edustandaard/oso-swv):',
      },
      { kind: 'export', name: 'PRINCIPES' },
    ],
  },
  {
    id: 'beveiliging',
    title: 'Beveiligingseisen aan het transport',
    source: src('§2.4'),
    blocks: [
      {
        kind: 'p',
        text: 'De gegevens in de SWV-profielen vallen in risicoklasse II, zoals gedefinieerd in document AV-23 van de Registratiekamer. Het transport moet daarom voldoende beveiligd zijn om onrechtmatige toegang te voorkomen.',
      },
      {
        kind: 'p',
        text: 'De OSO-infrastructuur biedt hiervoor voldoende maatregelen. Wie de dataset via een ander kanaal transporteert, moet een vergelijkbaar beveiligingsniveau inrichten; de Edustandaard-afspraak Edukoppeling en het Certificeringsschema Edustandaard kunnen daarvoor worden toegepast.',
      },
    ],
  },
  {
    id: 'juridisch',
    title: 'Juridische gronden',
    source: src('§2.5'),
    blocks: [],
    parts: [
      {
        id: 'doel-en-grondslag',
        title: 'Doel en grondslag',
        blocks: [
          {
            kind: 'table',
            head: ['', 'Uitwisseling SWV-profiel (PO / VO)'],
            rows: [
              [
                'Doel',
                'Faciliteren van veilige gegevensoverdracht ten behoeve van de administratie binnen de eigen instelling, ter voorbereiding op de onderwijsondersteuningsaanvraag bij het SWV.',
              ],
              [
                'Grondslag',
                'Verwerking ten behoeve van gerechtvaardigd belang: noodzakelijke administratie bij de uitvoering van de onderwijsovereenkomst (Algemene verordening gegevensbescherming, AVG).',
              ],
              [
                'Opmerking',
                'Het BSN als sleutel bij de uitwisseling gebruiken is niet toegestaan. Het BSN of onderwijsnummer in de administratie hebben mag, het gebruiken ten behoeve van de administratie (bijvoorbeeld als unieke identificerende sleutel) niet.',
              ],
            ],
          },
          { kind: 'p', text: 'Persoonsgegevens verwerken is alleen toegestaan wanneer:' },
          {
            kind: 'list',
            ordered: true,
            marker: '1',
            items: [
              'de persoonsgegevens enkel worden verwerkt voor het doel waarvoor ze zijn verkregen;',
              'er niet meer gegevens worden gebruikt dan strikt noodzakelijk om het doel te bereiken; en',
              'daar een toereikende wettelijke grond voor is.',
            ],
          },
        ],
      },
      {
        id: 'wetgeving',
        title: 'Relevante wetgeving',
        blocks: [
          {
            kind: 'list',
            items: [
              'Wet op het primair onderwijs (WPO)',
              'Wet op de expertisecentra (WEC)',
              'Wet op het voortgezet onderwijs (WVO)',
              'Algemene verordening gegevensbescherming (AVG), met de Uitvoeringswet AVG: https://wetten.overheid.nl/BWBR0040940/2021-07-01',
              'Wet bescherming persoonsgegevens (Wbp)',
              'Besluit uitwisseling leer- en begeleidingsgegevens, 2 mei 2012',
              'Nota van Toelichting bij het Besluit uitwisseling leer- en begeleidingsgegevens, 2 mei 2012: https://zoek.officielebekendmakingen.nl/stb-2012-234.html',
            ],
          },
          {
            kind: 'assumption',
            text: 'De bron noemt de Wet bescherming persoonsgegevens (Wbp) naast de AVG; de Wbp is sinds 25 mei 2018 vervangen door de AVG en de Uitvoeringswet AVG. De site geeft de lijst weer zoals de afspraak hem noemt.',
          },
        ],
      },
      {
        id: 'wat-volgt',
        title: 'Wat uit de wetgeving volgt',
        blocks: [
          {
            kind: 'list',
            items: [
              'Samenwerkingsverbanden zijn verankerd in de wet: WPO artikel 18a en WVO artikel 17a; hun taak staat in WPO artikel 18a lid 6 en WVO artikel 17a lid 6.',
              'Het onderwijskundig rapport (OKR), met de gegevens die van belang zijn voor het leren en/of begeleiden van de leerling, is toegestaan in het dossier dat met het SWV wordt uitgewisseld ten behoeve van een aanvraag. De samensteller van het dossier bepaalt welke gegevens worden uitgewisseld; het SWV mag ze alleen gebruiken voor het aanvragen van onderwijsondersteuning.',
              'Scholen moeten “passende technische en organisatorische maatregelen” nemen om een overdrachtsdossier te beveiligen; omdat het gevoelige en soms medische gegevens bevat, gelden hoge eisen aan de beveiliging.',
              'Onderdeel van het OKR kan het ontwikkelingsperspectief (OPP) zijn: het beschrijft in elk geval de te verwachten uitstroombestemming en de onderbouwing daarvan (de factoren die het onderwijsproces belemmeren en bevorderen).',
            ],
          },
        ],
      },
      {
        id: 'okr',
        title: 'Inhoud van het onderwijskundig rapport (a–e)',
        blocks: [
          {
            kind: 'p',
            text: 'Volgens de Wet op het primair onderwijs en de Wet op de expertisecentra kan een OKR geen andere gegevens bevatten dan:',
          },
          {
            kind: 'list',
            ordered: true,
            marker: 'a',
            items: [
              'administratieve gegevens;',
              'gegevens over onderwijshistorie, leerresultaten en stage- en werkervaring;',
              'gegevens over de sociaal-emotionele ontwikkeling en het gedrag;',
              'gegevens met betrekking tot de gegeven of geïndiceerde begeleiding;',
              'gegevens omtrent de verzuimhistorie.',
            ],
          },
          {
            kind: 'p',
            text: 'Het Besluit uitwisseling leer- en begeleidingsgegevens en de Nota van Toelichting op de WPO/WEC specificeren deze gegevens nader. Artikel 15d (beoordelingscriteria SWV) van de WVO verwijst naar dit OKR zoals bedoeld in artikel 42 WPO en artikel 43 WEC.',
          },
        ],
      },
      {
        id: 'onderzoeksrapportages',
        title: 'Onderzoeksrapportages',
        blocks: [
          {
            kind: 'list',
            items: [
              'In het kader van doelbinding en dataminimalisatie is het niet noodzakelijk uitvoerige rapportages (bijvoorbeeld psychologisch onderzoek) in de administratie op te nemen, laat staan integraal uit te wisselen: de conclusie of aanbevelingen van een deskundige overnemen is doorgaans voldoende. Soms is het wel nodig; dat beoordeelt de school.',
              'Een rapport is doorgaans beperkt houdbaar: onderzoekers maken meestal het voorbehoud dat conclusies en aanbevelingen na twee jaar opnieuw beoordeeld moeten worden.',
              'Het uitwisselen van een rapport door een school is doorgaans uitgesloten door professionele hulpverleners: een rapport is meestal voor een bepaalde ontvanger geschreven.',
            ],
          },
        ],
      },
      {
        id: 'privacyconvenant',
        title: 'Convenant Digitale Onderwijsmiddelen en privacy',
        blocks: [
          {
            kind: 'p',
            text: 'Het convenant ‘Digitale Onderwijsmiddelen en privacy’ (versie 3.0, maart 2018) beschrijft hoe schoolbesturen omgaan met het uitwisselen van leerlingdata met leveranciers; het vertaalt de AVG naar de onderwijspraktijk (http://www.privacyconvenant.nl/). Bij het convenant hoort de modelbewerkersovereenkomst die voorschrijft welke afspraken schoolbesturen met leveranciers maken; het gebruik van dat model is verplicht.',
          },
        ],
      },
      {
        id: 'aandachtspunt',
        title: 'Aandachtspunt: inzage',
        blocks: [
          {
            kind: 'p',
            text: 'De uitwisseling volgens de SWV-profielen is een dossieroverdracht binnen de school en de voorbereiding op de onderwijsondersteuningsaanvraag; ouders hebben daarom geen inzage in deze overdracht. Voor de uitwisseling van de onderwijsondersteuningsaanvraag zelf met het SWV gelden andere voorwaarden:',
          },
          {
            kind: 'list',
            ordered: true,
            marker: '1',
            items: [
              'Ouders kunnen zich niet verzetten tegen de overdracht naar het samenwerkingsverband; voorafgaand aan de overdracht hebben ze wel inzage.',
              'De school moet (achteraf) kunnen aantonen dat zij de ouder, voogd of verzorger de mogelijkheid tot inzage heeft geboden.',
              'Het samenwerkingsverband heeft een wettelijke bewaarplicht van drie jaar (WPO artikel 18a lid 13 en WVO artikel 17a lid 14).',
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'conformiteit',
    title: 'Conformiteit: eisen aan verzenders en ontvangers',
    source: src('§2.7'),
    blocks: [
      {
        kind: 'p',
        text: 'Conformiteit betreft een bij de uitwisseling betrokken applicatie. Een applicatie is conform de profielen wanneer zij aan de volgende eisen voldoet.',
      },
    ],
    parts: [
      {
        id: 'beide',
        title: 'Verzender en ontvanger',
        blocks: [
          {
            kind: 'p',
            text: 'De applicatie kan, waar nodig, een dossier samenstellen (export) en/of een relevant dossier verwerken (import), waarbij het dossier voldoet aan de eisen aan de gegevensset (de OSO Gegevensset-XSD) en aan alle betreffende profielen (de validatie-XSLT “ValideerSWVprofielen_2024.1.1.xsl” of later). Een SWV-dossier moet deze validatietest doorstaan.',
          },
          {
            kind: 'note',
            text: 'De validatie-XSLT controleert veel maar niet alle conditionele eisen: een positief resultaat sluit afwijkingen niet uit. De afspraak noemt als voorbeelden een foutieve toetscode, een inzagedatum in de toekomst en een verkeerde bijlage. Dat geldt ook voor de validator van @edustandaard/oso-swv, die dezelfde regels controleert.',
          },
        ],
      },
      {
        id: 'verzender',
        title: 'Verzender (export)',
        blocks: [
          {
            kind: 'p',
            text: 'Bij een export plaatst de applicatie de dossiergegevens die zij heeft voor alle verplichte en optionele gegevensvelden van het profiel in het dossier. Of optionele gegevens worden meegegeven, kan de gebruiker beoordelen via selectief uitleveren.',
          },
        ],
      },
      {
        id: 'ontvanger',
        title: 'Ontvanger (import)',
        blocks: [
          {
            kind: 'p',
            text: 'Bij een import van een dossier volgens het SWV-profiel toont de applicatie alle binnengekomen gegevens, met een lijst van de bijgesloten bijlagen (hun metadata), leesbaar aan de geautoriseerde gebruiker in een dossierweergave (bijvoorbeeld een PDF): een compacte presentatie van alle overgedragen gegevens en bijlagen. Afhankelijk van gegevensveld, gebruiker en type applicatie kunnen gegevens na verwerking getoond worden om in te zien of te wijzigen.',
          },
          { kind: 'p', text: 'Aanbevelingen voor de dossierweergave:' },
          {
            kind: 'list',
            items: [
              'De dossierweergave blijft een vastgestelde periode beschikbaar.',
              'Codes in de dossierweergave worden vertaald volgens de codelijsten.',
              'De dossierweergave is toegankelijk direct nadat het dossier is ontvangen, meestal vóór het invoegen van gegevens en bijlagen in de doelapplicatie.',
              'Het dossier voldoet aan de aanvullende eisen en aanbevelingen van deze afspraak voor de OSO gegevensset en de SWV-profielen.',
            ],
          },
        ],
      },
    ],
  },
];
