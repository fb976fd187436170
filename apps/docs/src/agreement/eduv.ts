/**
 * The Edu-V document "Identiteiten" (Architectenraad Edu-V, versie 0.9.0, 27 juni 2024) beyond the
 * identifier tables `@edustandaard/identifiers` exports: the three digital identities, the ECK iD
 * (legal basis, sectors, how it is formed, process steps 1–4), the organisation levels, the
 * requirements on the register and the hybrid situation. The seed has no section numbers; `section`
 * names the heading.
 */
import type { AgreementSection, Source } from './blocks.ts';

const src = (section: string): Source => ({
  document: 'Edu-V afsprakenstelsel, Identiteiten',
  version: '0.9.0',
  section,
});

export const EDUV_SECTIONS: AgreementSection[] = [
  {
    id: 'digitale-identiteiten',
    title: 'Drie digitale identiteiten',
    source: src('Inleiding'),
    blocks: [
      {
        kind: 'p',
        text: 'In het afsprakenstelsel worden gegevens over onderwijsorganisaties, onderwijsdeelnemers en onderwijsmedewerkers uitgewisseld, en vervullen onderwijsdeelnemers en -medewerkers activiteiten in diverse praktijksituaties. Daarvoor moeten deze personen geïdentificeerd en geauthenticeerd worden; de afspraken gaan over deze drie digitale identiteiten.',
      },
      {
        kind: 'table',
        head: ['Identiteit', 'Primaire identifier', 'Afspraak'],
        rows: [
          [
            'Onderwijsdeelnemer',
            'ECK iD',
            'Het ECK iD is een ketenpseudoniem dat onder strikte voorschriften tot stand komt (Regeling pseudonimisering persoonsgegevens) en is daarom de primaire identifier (eerste voorkeur). Waar geen ECK iD te krijgen is, een secundaire identifier.',
          ],
          [
            'Onderwijsmedewerker',
            'geen',
            'Een ECK iD voor medewerkers is mogelijk, maar wordt in de praktijk niet eenduidig gegenereerd. Voor onderwijsmedewerkers gelden daarom alleen secundaire identifiers.',
          ],
          [
            'Onderwijsorganisatie',
            'RIO-code per niveau',
            'Het canonieke model van RIO: onderwijsbestuur (OB_ID), onderwijsaanbieder (OA_ID), onderwijslocatie (OL_CODE), met BRIN- en andere codes als secundaire identifiers.',
          ],
        ],
      },
      {
        kind: 'note',
        text: 'De identifiers per niveau, met formaat, voorbeeld en de situaties zonder ECK iD, staan op de pagina Identificatie (uit @edustandaard/identifiers).',
      },
    ],
  },
  {
    id: 'eck-id',
    title: 'ECK iD: wettelijk kader, sectoren en totstandkoming',
    source: src('Bijlage: Achtergrondinformatie over het ECK iD'),
    blocks: [],
    parts: [
      {
        id: 'wet',
        title: 'Regeling pseudonimisering persoonsgegevens',
        blocks: [
          {
            kind: 'p',
            text: 'Sinds 17 mei 2018 is de Regeling pseudonimisering persoonsgegevens van kracht voor het Nederlandse onderwijs, met als doel een veiliger, betrouwbaarder en efficiëntere digitale uitwisseling van gegevens door onderwijsinstellingen.',
          },
        ],
      },
      {
        id: 'sectoren',
        title: 'Sectoren',
        blocks: [
          {
            kind: 'p',
            text: 'Er is een uniek ketenpseudoniem per onderwijsdeelnemer in vier categorieën (sectoren):',
          },
          {
            kind: 'table',
            head: ['Categorie', 'Onderwijs'],
            rows: [
              [
                'po',
                'basisonderwijs, speciaal basisonderwijs, speciaal onderwijs en voortgezet speciaal onderwijs',
              ],
              ['vo', 'voortgezet onderwijs en voortgezet algemeen volwassenenonderwijs'],
              ['mbo', 'beroepsonderwijs'],
              ['ho', 'wetenschappelijk onderwijs en hoger beroepsonderwijs'],
            ],
          },
        ],
      },
      {
        id: 'variabelen',
        title: 'Hoe een ECK iD wordt gevormd',
        blocks: [
          {
            kind: 'p',
            text: 'Het ECK iD wordt gegenereerd uit drie variabelen: het persoonsgebonden nummer (pgn), het sectorId en het ketenId. Het ketenId is in de praktijk vast; het sectorId verschilt per categorie (po, vo, mbo, ho); het pgn is het burgerservicenummer of het onderwijsnummer van de onderwijsdeelnemer.',
          },
        ],
      },
    ],
  },
  {
    id: 'eck-id-proces',
    title: 'ECK iD: processtappen 1–4',
    source: src('Bijlage: Achtergrondinformatie over het ECK iD, stap 1–4'),
    blocks: [
      {
        kind: 'table',
        head: ['Stap', 'Wie', 'Wat'],
        rows: [
          [
            '1. Inschrijving',
            'Onderwijsdeelnemer, onderwijsorganisatie (LAS)',
            'De onderwijsdeelnemer schrijft zich in op een onderwijsorganisatie; de persoonsgegevens worden geregistreerd in het administratiesysteem onderwijsdeelnemer (LAS).',
          ],
          [
            '2. BSN-check',
            'Onderwijsorganisatie, DUO, BRP',
            'De onderwijsorganisatie levert BSN, geboortedatum, geslacht en achternaam aan DUO; DUO controleert de combinatie bij de Basisregistratie Personen. Na een geslaagde controle is de deelnemer bij DUO ingeschreven en krijgt de school (per sector verschillende) informatie terug. Zonder BSN kan DUO tijdelijk een onderwijsnummer genereren (bijvoorbeeld voor deelnemers die in het buitenland wonen of asiel zoeken). BSN en onderwijsnummer zijn beide varianten van het pgn.',
          ],
          [
            '3. ECK iD ophalen',
            'LAS, Nummervoorziening (Stichting Kennisnet)',
            'Na een geslaagde verificatie mag het LAS een ECK iD aanvragen bij de Nummervoorziening, die alleen bereikbaar is voor geaccrediteerde administratiesystemen. Eerst wordt een stampseudoniem aangevraagd op basis van een hash van het pgn (door het LAS, volgens Voorschrift NV-1, met een door Kennisnet verstrekte salt die voor ieder LAS gelijk is); dat wordt gecombineerd met sectorId en ketenId, waarna de Nummervoorziening het ECK iD genereert. Zo krijgt ieder LAS voor hetzelfde pgn en dezelfde sector hetzelfde ECK iD.',
          ],
          [
            '4. Beschikbaar stellen',
            'LAS, leveranciers',
            'Het LAS stelt het ECK iD beschikbaar aan andere partijen: een leverancier die als (authenticerende of delegerende) identity provider eindgebruikers identificeert en authenticeert, of een leverancier die gegevens over eindgebruikers ontvangt via de gegevensdiensten van de administratiesystemen.',
          ],
        ],
      },
      {
        kind: 'note',
        text: 'De hash van het pgn (stap 3) is in @edustandaard/identifiers uitgewerkt als hashPgn, met de scrypt-parameters van de Nummervoorziening als data (NUMMERVOORZIENING_SCRYPT).',
      },
      {
        kind: 'assumption',
        text: 'De bron begint stap 4 met “In de derde stap…”; uit de kop en de volgorde blijkt dat stap 4 bedoeld is. De site volgt de kop.',
      },
    ],
  },
  {
    id: 'onderwijsorganisaties',
    title: 'Onderwijsorganisaties: niveaus en erkenningen',
    source: src('Digitale identiteit voor Onderwijsorganisaties'),
    blocks: [
      {
        kind: 'p',
        text: 'Edu-V gebruikt het canonieke model van RIO om onderwijsorganisaties op verschillende niveaus te identificeren: onderwijsbestuur (met een BevoegdGezagErkenning; in het mbo het bevoegd gezag), onderwijsaanbieder (door een bestuur ingesteld om onderwijs te verzorgen) en onderwijslocatie (een punt op de kaart waar onderwijs wordt aangeboden, onder meer voor het leveren van fysieke leermiddelen). De onderwijsaanbiedersgroep uit RIO wordt in het afsprakenstelsel niet gebruikt.',
      },
      {
        kind: 'p',
        text: 'Onderwijsaanbieder en onderwijslocatie hebben in RIO nieuwe identifiers (domein onderwijsinrichting) die niet gelijk zijn aan de BRIN-codering van onderwijsinstellingserkenning (BRIN4) en vestigingserkenning (BRIN6) (domein onderwijserkenningen). Veel identifiers van leveranciers zijn op BRIN6 gebaseerd, en die valt niet 1-op-1 te koppelen aan een onderwijsaanbieder. Een onderwijsaanbieder kan:',
      },
      {
        kind: 'list',
        items: [
          'meerdere instellingserkenningen hebben (bijvoorbeeld een school voor speciaal onderwijs die twee besturen samen hebben opgericht);',
          'meerdere onderwijsbesturen en bevoegd-gezagerkenningen hebben;',
          'meerdere aangeboden opleidingen hebben (vmbo, havo en vwo op één school);',
          'meerdere onderwijslocaties hebben (onderbouw en bovenbouw op verschillende locaties);',
          'onderwijslocaties zonder vestigingserkenning hebben (dislocaties).',
        ],
      },
    ],
  },
  {
    id: 'eisen-register',
    title: 'Eisen aan het register onderwijsorganisaties',
    source: src('Eisen aan het Register onderwijsorganisaties'),
    blocks: [
      {
        kind: 'p',
        text: 'Voor een goede werking van het afsprakenstelsel moet het register onderwijsorganisaties volledig, betrouwbaar, actueel en onder beheer zijn. De migratie naar de primaire identifiers uit de onderwijsinrichting is wenselijk, maar vraagt dat de registratie in RIO aan die eisen voldoet. De eisen:',
      },
      {
        kind: 'list',
        ordered: true,
        marker: '1',
        items: [
          'Het register is volledig: alle erkende en niet-erkende onderwijsorganisaties binnen het werkingsgebied van Edu-V.',
          'De organisaties zijn volledig, correct en actueel geregistreerd, zowel in de onderwijserkenningen als in de onderwijsinrichting.',
          'Er is een transparant en beheersbaar proces voor wijzigingen, fusies en splitsingen.',
          'De gegevens zijn beschikbaar als open data via een API.',
          'De gegevens bevatten ook de secundaire identifiers, om migratie vanuit de bestaande praktijk te bevorderen.',
          'De huidige DUO Open onderwijsdata (leerlingen, prognoses, personeel, bekostiging) is beschikbaar vanuit zowel de onderwijserkenning als de onderwijsinrichting.',
          'De leverancier van het register biedt een professionele, beschikbare helpdesk voor meldingen over gegevenskwaliteit, voor hulp bij het correct vullen van het register en bij wijzigingen, fusies en splitsingen.',
        ],
      },
    ],
  },
  {
    id: 'hybride-situatie',
    title: 'De hybride situatie',
    source: src('Hybride situatie'),
    blocks: [
      {
        kind: 'p',
        text: 'Het RIO-register voldoet op dit moment niet aan bovenstaande eisen. In de uitwisseling van gegevens over onderwijsorganisaties wordt daarom veelal gecommuniceerd met de secundaire identiteiten (zoals BRIN). De migratie naar de primaire identifiers staat gepland in de plateau- en releaseplanning en vraagt dat de eisen op orde zijn; zolang dat niet zo is, blijft de hybride situatie bestaan.',
      },
      {
        kind: 'note',
        text: 'selectIdentifier in @edustandaard/identifiers kiest per niveau de primaire identifier en valt in de volgorde van de tabellen terug op een secundaire: precies wat de hybride situatie vraagt.',
      },
    ],
  },
];

/**
 * An Edu-V manifest in the shape of core's `AfsprakensetManifest`, written on the site side because
 * `@edustandaard/identifiers` exports none (it has zero runtime dependencies, core included). It passes
 * core's `checkManifest` (test/agreement.test.ts). Status and version are the document's own.
 */
export const EDUV_MANIFEST = {
  id: 'EDU-V-IDENTITEITEN',
  naam: 'Edu-V Identiteiten',
  version: '0.9.0',
  status: 'in ontwikkeling',
  beheerder: 'Architectenraad Edu-V',
  sources: [src('Identiteiten')],
  context: {
    toepassingsdomein: 'Identificatie en authenticatie in het Edu-V afsprakenstelsel',
    beschrijving:
      'Afspraken over de drie digitale identiteiten in het afsprakenstelsel: onderwijsdeelnemers (ECK iD als primaire identifier), onderwijsmedewerkers (alleen secundaire identifiers) en onderwijsorganisaties (de niveaus en codes van RIO).',
    scenarios: [
      {
        id: 'deelnemer-identificeren',
        naam: 'Onderwijsdeelnemer identificeren',
        beschrijving:
          'Ketenpartijen communiceren over een onderwijsdeelnemer met het ECK iD, of met een secundaire identifier waar geen ECK iD te krijgen is.',
        buitenScope: [
          'Onderwijsdeelnemers van het niet-gefinancierde onderwijs, uit Aruba, Curaçao en Sint Maarten, en symbioseleerlingen krijgen geen ECK iD',
        ],
      },
      {
        id: 'organisatie-identificeren',
        naam: 'Onderwijsorganisatie identificeren',
        beschrijving:
          'Onderwijsbestuur, onderwijsaanbieder en onderwijslocatie worden met hun RIO-code geïdentificeerd; in de hybride situatie met BRIN en andere secundaire codes.',
      },
    ],
    sources: [src('Inleiding')],
  },
  actors: [
    {
      id: 'deelnemer',
      naam: 'Onderwijsdeelnemer',
      beschrijving: 'De persoon die onderwijs volgt en over wie gegevens worden uitgewisseld.',
      rollen: ['Betrokkene'],
    },
    {
      id: 'las',
      naam: 'Administratiesysteem onderwijsdeelnemer (LAS)',
      beschrijving:
        'Registreert de onderwijsdeelnemer, laat het BSN controleren en vraagt het ECK iD aan.',
      rollen: ['Bronhouder', 'Aanvrager ECK iD'],
    },
    {
      id: 'duo',
      naam: 'DUO',
      beschrijving:
        'Controleert het BSN tegen de BRP, geeft zo nodig een onderwijsnummer uit en beheert RIO.',
      rollen: ['BSN-controle', 'Register onderwijsorganisaties (RIO)'],
    },
    {
      id: 'nv',
      naam: 'Nummervoorziening (Stichting Kennisnet)',
      beschrijving:
        'Genereert het ECK iD uit stampseudoniem, sectorId en ketenId; alleen bereikbaar voor geaccrediteerde administratiesystemen.',
      rollen: ['Genereert ECK iD'],
    },
    {
      id: 'leverancier',
      naam: 'Leverancier',
      beschrijving:
        'Ontvangt het ECK iD als identity provider of via de gegevensdiensten van de administratiesystemen.',
      rollen: ['Identity provider', 'Afnemer gegevensdiensten'],
    },
  ],
  process: {
    beschrijving: 'Totstandkoming en beschikbaarstelling van het ECK iD.',
    stappen: [
      {
        id: 'inschrijving',
        naam: 'Inschrijving op een onderwijsorganisatie',
        actor: 'las',
        beschrijving: 'De persoonsgegevens worden in het LAS geregistreerd.',
      },
      {
        id: 'bsn-check',
        naam: 'BSN-check bij DUO (tegen de BRP)',
        actor: 'duo',
        beschrijving:
          'BSN, geboortedatum, geslacht en achternaam worden gecontroleerd; zonder BSN een onderwijsnummer.',
      },
      {
        id: 'eck-id-ophalen',
        naam: 'ECK iD aanvragen bij de Nummervoorziening',
        actor: 'las',
        beschrijving:
          'Stampseudoniem uit de hash van het pgn, gecombineerd met sectorId en ketenId.',
      },
      {
        id: 'beschikbaar-stellen',
        naam: 'ECK iD beschikbaar stellen aan andere partijen',
        actor: 'las',
        beschrijving: 'Aan identity providers en aan afnemers van de gegevensdiensten.',
      },
    ],
    sources: [src('Bijlage: Achtergrondinformatie over het ECK iD')],
  },
  data: {
    gegevensset: { id: 'Edu-V identifiers', version: '0.9.0' },
    codelijsten: [],
    profielen: [],
    sources: [src('Primaire en secundaire identifiers')],
  },
  interactions: [
    { flow: '2', naam: 'BSN-check', van: 'las', naar: 'duo', patroon: 'push' },
    { flow: '3', naam: 'ECK iD aanvragen', van: 'las', naar: 'nv', patroon: 'pull' },
    { flow: '4', naam: 'ECK iD verstrekken', van: 'las', naar: 'leverancier', patroon: 'push' },
  ],
  transport: {
    standaarden: ['niet vastgelegd in het document'],
    beschrijving:
      'De Nummervoorziening is alleen bereikbaar voor administratiesystemen die aan strikte (veiligheids)eisen voldoen en geaccrediteerd zijn.',
    sources: [src('Stap 3. ECK iD ophalen')],
  },
  security: {
    classificatie: 'niet vastgelegd in het document',
    beschrijving:
      'Het ECK iD is een ketenpseudoniem; het pgn wordt vóór het aanvragen gehasht (Voorschrift NV-1) met een door Kennisnet verstrekte salt.',
    sources: [src('Stap 3. ECK iD ophalen')],
  },
  legal: {
    doel: 'Veiliger, betrouwbaarder en efficiëntere digitale uitwisseling van gegevens door onderwijsinstellingen.',
    grondslagen: [
      {
        naam: 'Regeling pseudonimisering persoonsgegevens',
        beschrijving: 'Van kracht sinds 17 mei 2018.',
      },
    ],
    sources: [src('Wet: Regeling pseudonimisering persoonsgegevens')],
  },
};
