/**
 * The AMIGO memo ("Stand van zaken AMIGO", Bureau Edustandaard, voorjaar 2020) as the site shows it:
 * what AMIGO is and its steps (§1.1), why it exists (§1.2), its relation to UWLR (§1.3), the trials
 * (§1.4) and the planning (§1.5). Which ROSA layers each manifest fills is computed from the manifests
 * (render.ts); the derivation of domain elements from central concepts is on the central-models page.
 */
import type { AgreementSection, Source } from './blocks.ts';

const src = (section: string): Source => ({
  document: 'Memo Stand van zaken AMIGO (Bureau Edustandaard)',
  section,
  url: 'https://www.edustandaard.nl/amigo/',
});

export const AMIGO_SECTIONS: AgreementSection[] = [
  {
    id: 'methode',
    title: 'Wat is AMIGO: de methode en haar stappen',
    source: src('§1.1'),
    blocks: [
      {
        kind: 'p',
        text: 'AMIGO is een methodiek die leidt tot een bouwbare uitwisselspecificatie op basis van het ROSA-interoperabiliteitsraamwerk. Ketenpartijen komen er gecontroleerd en stapsgewijs mee tot een afsprakenset over de uitwisseling van gegevens in een specifiek toepassingsdomein en, daarbinnen, in een specifieke context. AMIGO wordt eerst toegepast in het toepassingsdomein Toetsen; de Architectuurraad vindt het ook bruikbaar voor andere domeinen, zoals de overdracht van leerlingdossiers.',
      },
      {
        kind: 'p',
        text: 'De methodiek bestaat uit stappen die één of meer keren worden doorlopen. Startpunt is altijd de scenarioanalyse: wat is de scope van de uitwisseling, welke systemen en partijen zijn betrokken en hoe lopen de gegevensstromen. Daarna wordt elke laag van het ROSA-raamwerk ingevuld:',
      },
      { kind: 'export', name: 'AMIGO_STEPS' },
      {
        kind: 'assumption',
        text: 'De memo noemt alleen de scenarioanalyse als vaste eerste stap. De volgorde van de overige stappen volgt hier de ROSA-lagen zoals @edustandaard/core ze in MANIFEST_LAYERS vastlegt (en elk manifest op deze site ze vult); dat is een lezing van deze site, niet de tekst van de memo.',
      },
    ],
  },
  {
    id: 'aanleiding',
    title: 'Aanleiding: modulariseren en afleiden van centrale modellen',
    source: src('§1.2'),
    blocks: [
      {
        kind: 'p',
        text: 'AMIGO komt voort uit de wens om de uitwisseling van leerling- en resultaatgegevens beter te ondersteunen. De afspraak UWLR was een geïntegreerde, ‘monolithische’ afspraak waarin alle architectuurlagen met specifieke technische standaarden en historisch gegroeide gegevens waren ingevuld; implementaties vulden daarnaast bilateraal zaken in die geen deel van de afspraak waren. Nieuwe contexten waren daardoor moeilijk te ondersteunen.',
      },
      {
        kind: 'list',
        items: [
          'Modulariseren, zowel per architectuurlaag als binnen een laag, zodat per scenario de benodigde onderdelen (gegevens, processen, gegevensstructuren, interacties, communicatieprotocollen) onafhankelijk gekozen en geïmplementeerd kunnen worden, met behoud van samenhang.',
          'Gegevens op de gegevenslaag baseren op centrale gegevensmodellen, waarvan domeinspecifieke modellen (zoals die van het toetsdomein) worden afgeleid.',
          'Eenduidig beheer: voorspelbare, voor alle contexten vergelijkbare formats (procesuitwerking volgens vaste sjablonen, technische standaarden volgens naming and design rules) en samenhang door begrippen van dezelfde bovenliggende modellen af te leiden, in een (semi-geautomatiseerde) beheeromgeving.',
        ],
      },
      {
        kind: 'note',
        text: 'Deze site is zo’n voorspelbaar format: elk manifest met hetzelfde sjabloon, en bij elk domeinelement het centrale begrip waarvan het is afgeleid (zie Centrale modellen).',
      },
    ],
  },
  {
    id: 'uwlr',
    title: 'AMIGO en de afspraak UWLR',
    source: src('§1.3'),
    blocks: [
      {
        kind: 'p',
        text: 'AMIGO gaat niet over de implementatie zelf en vervangt bestaande standaarden niet direct; kleine aanpassingen op bestaande afspraken blijven voorlopig mogelijk. Partijen die nog op UWLR bouwen, stellen op termijn een roadmap op voor de migratie naar een AMIGO-afspraak, eventueel per architectuurlaag. Nieuwe uitwisselingen in het toetsdomein worden niet meer op UWLR gebaseerd. Uitzonderingen voor beperkte, snel noodzakelijke wijzigingen: de concept-afspraak UWLR 2.3 (ECK iD in plaats van LAS-key) en het FDE-profiel (fijndistributie van leermiddelen).',
      },
    ],
  },
  {
    id: 'trajecten',
    title: 'Het beproeven van AMIGO',
    source: src('§1.4'),
    blocks: [
      {
        kind: 'table',
        head: ['Traject', 'Doel', 'Betrokken partijen', 'Stand (voorjaar 2020)'],
        rows: [
          [
            'Centrale examens VO (§1.4.1)',
            'De uitwisselingen tussen FACET en de LAS-leveranciers moderniseren en op landelijke standaarden baseren.',
            'CvTE, DUO, LAS-leveranciers VO, Kennisnet',
            'Afspraken ontwikkelen ligt op koers; in productie voor de centrale examens 2022. Voor de centrale examens MBO loopt een vergelijkbaar traject.',
          ],
          [
            'Eindtoets PO (§1.4.2)',
            'De uitwisselingen voor de logistiek van de eindtoets moderniseren, beveiligd en conform de AVG.',
            'LAS-leveranciers en toetsaanbieders; coördinatie PO-Raad met Kennisnet',
            'Logische gegevensmodellen nagenoeg af; push-patroon gekozen; REST best-effort; transport volgens UBV (BIV-klasse hoog).',
          ],
          [
            'UWLR-domein PO (§1.4.3)',
            'AMIGO beproeven voor de UWLR-uitwisselingen en UWLR 2.2.1 naar de bouwblokken van AMIGO vertalen.',
            'LAS-leveranciers, toetsaanbieders, Basispoort, Momento, Kennisnet',
            'Twee sporen: methodegebonden toetsen blijven op UWLR (vertaling op papier), methode-ongebonden toetsen krijgen een nieuwe AMIGO-afspraak.',
          ],
        ],
      },
    ],
  },
  {
    id: 'planning',
    title: 'Review en planning',
    source: src('§1.5'),
    blocks: [
      {
        kind: 'p',
        text: 'Bureau Edustandaard publiceerde AMIGO versie 0.9 in oktober 2019; alle reviewcommentaren zijn beantwoord. AMIGO 1.0 zou vóór de zomer van 2020 aan de Standaardisatieraad worden aangeboden.',
      },
      {
        kind: 'note',
        text: 'Dit is de stand van de memo (2020); deze site kent geen latere stand.',
      },
    ],
  },
];
