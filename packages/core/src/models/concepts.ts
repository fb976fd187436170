/**
 * The central concepts as data (DESIGN.md §6, AMIGO stand van zaken §1.2: "de uit te wisselen
 * gegevens op de gegevenslaag gebaseerd op centrale gegevensmodellen waarvan domeinspecifieke
 * modellen ... worden afgeleid"). The TypeScript interfaces in this folder and this table describe
 * the same models; a test checks that their attributes agree.
 */
import type { SourceRef } from '../report.js';
import type { Adres, Communicatie } from './adres.js';
import type { Periode } from './common.js';
import type { Identificatie } from './identificatie.js';
import type {
  OnderwijsorganisatieBasis,
  Onderwijsaanbieder,
  Onderwijsbestuur,
  Onderwijslocatie,
} from './organisatie.js';
import type { Onderwijsdeelnemer, Onderwijsmedewerker, Persoon } from './persoon.js';
import type { Toets, Toetsresultaat } from './toets.js';

/** Ids of the central concepts. */
export type CentralConceptId =
  | 'Persoon'
  | 'Onderwijsdeelnemer'
  | 'Onderwijsmedewerker'
  | 'Onderwijsorganisatie'
  | 'Onderwijsbestuur'
  | 'Onderwijsaanbieder'
  | 'Onderwijslocatie'
  | 'Adres'
  | 'Communicatie'
  | 'Identificatie'
  | 'Periode'
  | 'Toets'
  | 'Toetsresultaat';

/** One attribute of a central concept. */
export interface ConceptAttribute {
  /** The attribute name, equal to the property of the TypeScript interface. */
  naam: string;
  /** Dutch definition. */
  definitie: string;
  /** The value type: a central concept id, `tekst`, `getal`, `datum`, `ja/nee`, or an identifier term list. */
  type: string;
  /** Whether the attribute is required in the central model. */
  verplicht: boolean;
  /** Whether it can occur more than once. */
  meervoudig: boolean;
}

/** A central concept as data for the specification site. */
export interface CentralConcept {
  id: CentralConceptId;
  /** Dutch display name. */
  naam: string;
  /** Dutch definition. */
  definitie: string;
  /** The concept this one specialises (its attributes apply too). */
  specialisatieVan?: CentralConceptId;
  /** Own attributes, in the order of the interface. */
  attributes: ConceptAttribute[];
  /** Where the concept (and, when `definitieLetterlijk`, its definition text) comes from. */
  source: SourceRef;
  /**
   * True when `definitie` quotes the source; false when the source names the concept but the
   * definition is this project's wording (so the site can say so).
   */
  definitieLetterlijk: boolean;
}

const IDENTITEITEN: SourceRef = {
  document: 'Edu-V afsprakenstelsel: Identiteiten',
  version: '0.9.0',
};
const AMIGO: SourceRef = {
  document: 'Stand van zaken AMIGO (Bureau Edustandaard)',
  section: '§1.2 De aanleiding voor AMIGO',
  url: 'https://www.edustandaard.nl/amigo/',
};

/**
 * The attribute table of interface `T`, checked by the compiler against the interface: every
 * property must be described (and no other), `verplicht` must equal "not optional" and
 * `meervoudig` must equal "is an array". So the site's table cannot drift from the types.
 */
type AttributeTable<T> = {
  [K in keyof T]-?: {
    type: string;
    definitie: string;
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` extends Pick<T, K> exactly when K is optional
    verplicht: {} extends Pick<T, K> ? false : true;
    meervoudig: NonNullable<T[K]> extends readonly unknown[] ? true : false;
  };
};

function attributes<T>(table: AttributeTable<T>): ConceptAttribute[] {
  return Object.entries(table).map(([naam, v]) => ({
    naam,
    ...(v as Omit<ConceptAttribute, 'naam'>),
  }));
}

/** Own properties of a specialisation (without those of the concept it specialises). */
type Own<T, Base> = Omit<T, keyof Base>;

const t = (type: string, definitie: string) => ({
  type,
  definitie,
  verplicht: false as const,
  meervoudig: false as const,
});
const tR = (type: string, definitie: string) => ({
  type,
  definitie,
  verplicht: true as const,
  meervoudig: false as const,
});
const tM = (type: string, definitie: string) => ({
  type,
  definitie,
  verplicht: false as const,
  meervoudig: true as const,
});
const tRM = (type: string, definitie: string) => ({
  type,
  definitie,
  verplicht: true as const,
  meervoudig: true as const,
});

/** The central concepts, in the order the site shows them. */
export const CENTRAL_CONCEPTS: readonly CentralConcept[] = [
  {
    id: 'Persoon',
    naam: 'Persoon',
    definitie:
      'Een natuurlijk persoon over wie gegevens worden uitgewisseld, los van de rol die hij in het onderwijs vervult.',
    attributes: attributes<Persoon>({
      identificaties: tM(
        'Identificatie (eckId, NEPRI, NEPPI, BPI, ASI, eduID)',
        'De identifiers van de persoon.',
      ),
      pgn: t(
        'tekst',
        'Het persoonsgebonden nummer (BSN of onderwijsnummer); alleen binnen de eigen administratie.',
      ),
      voornamen: tM('tekst', 'De voornamen, in volgorde.'),
      roepnaam: t('tekst', 'De roepnaam.'),
      voorletters: t('tekst', 'De voorletters.'),
      voorvoegsel: t('tekst', 'Voorvoegsel(s) van de achternaam.'),
      achternaam: tR('tekst', 'De achternaam (geslachtsnaam).'),
      geboortedatum: t('datum', 'De geboortedatum.'),
      geslacht: t(
        'man | vrouw | onbekend | anders',
        'Het geslacht; elke afsprakenset vertaalt haar eigen codes via een codetabel.',
      ),
      nationaliteiten: tM('tekst', 'De nationaliteiten als codes.'),
      adressen: tM('Adres', 'De adressen.'),
      communicatie: tM('Communicatie', 'De communicatiegegevens.'),
    }),
    source: { ...IDENTITEITEN, section: 'Inleiding' },
    definitieLetterlijk: false,
  },
  {
    id: 'Onderwijsdeelnemer',
    naam: 'Onderwijsdeelnemer',
    definitie:
      'Een persoon die onderwijs volgt bij een onderwijsaanbieder (leerling, deelnemer, student). Het ECK iD is de primaire identifier.',
    specialisatieVan: 'Persoon',
    attributes: attributes<Own<Onderwijsdeelnemer, Persoon>>({
      sector: t(
        'po | vo | mbo | ho',
        'De onderwijscategorie van het ECK iD (Regeling pseudonimisering persoonsgegevens).',
      ),
      onderwijsaanbieder: t(
        'Identificatie (organisatie)',
        'De onderwijsaanbieder waar de deelnemer is ingeschreven.',
      ),
      inschrijving: t('Periode', 'De periode van de inschrijving.'),
      leerjaar: t('tekst', 'Het leerjaar of de groep, als code van de afsprakenset.'),
    }),
    source: { ...IDENTITEITEN, section: 'Digitale identiteit voor Onderwijsdeelnemers' },
    definitieLetterlijk: false,
  },
  {
    id: 'Onderwijsmedewerker',
    naam: 'Onderwijsmedewerker',
    definitie:
      'Een persoon die werkzaamheden verricht voor een onderwijsorganisatie. Binnen het afsprakenstelsel alleen met secundaire identifiers.',
    specialisatieVan: 'Persoon',
    attributes: attributes<Own<Onderwijsmedewerker, Persoon>>({
      functie: t('tekst', 'De functie, bijv. leraar of intern begeleider.'),
      onderwijsorganisatie: t(
        'Identificatie (organisatie)',
        'De onderwijsorganisatie waarvoor de medewerker werkt.',
      ),
      dienstverband: t('Periode', 'De periode van het dienstverband.'),
    }),
    source: { ...IDENTITEITEN, section: 'Digitale identiteit voor Onderwijsmedewerkers' },
    definitieLetterlijk: false,
  },
  {
    id: 'Onderwijsorganisatie',
    naam: 'Onderwijsorganisatie',
    definitie:
      'Een organisatie in het onderwijs op een van de drie niveaus uit het canonieke RIO-model die Edu-V hanteert: onderwijsbestuur, onderwijsaanbieder of onderwijslocatie.',
    attributes: attributes<OnderwijsorganisatieBasis>({
      identificaties: tRM(
        'Identificatie (per niveau)',
        'De identifiers op dit niveau, primair en secundair.',
      ),
      naam: t('tekst', 'De naam (een RIO-onderwijslocatie heeft er geen).'),
      adressen: tM('Adres', 'De adressen.'),
      communicatie: tM('Communicatie', 'De communicatiegegevens.'),
      geldigheid: t('Periode', 'De periode waarin de organisatie bestaat.'),
    }),
    source: { ...IDENTITEITEN, section: 'Digitale identiteit voor Onderwijsorganisaties' },
    definitieLetterlijk: false,
  },
  {
    id: 'Onderwijsbestuur',
    naam: 'Onderwijsbestuur',
    definitie:
      'Een orgaan van een rechtspersoon krachtens publiekrecht ingesteld met een erkenning. In het mbo wordt hiermee het Bevoegd Gezag bedoeld.',
    specialisatieVan: 'Onderwijsorganisatie',
    attributes: attributes<Own<Onderwijsbestuur, OnderwijsorganisatieBasis>>({
      niveau: tR("'onderwijsbestuur'", 'Het niveau van de onderwijsorganisatie.'),
    }),
    source: { ...IDENTITEITEN, section: 'Uitgangspunt: Register Instellingen en Opleidingen' },
    definitieLetterlijk: true,
  },
  {
    id: 'Onderwijsaanbieder',
    naam: 'Onderwijsaanbieder',
    definitie:
      'Een organisatie die door een onderwijsbestuur is ingesteld voor het verzorgen van onderwijs.',
    specialisatieVan: 'Onderwijsorganisatie',
    attributes: attributes<Own<Onderwijsaanbieder, OnderwijsorganisatieBasis>>({
      niveau: tR("'onderwijsaanbieder'", 'Het niveau van de onderwijsorganisatie.'),
      onderwijsbesturen: tM(
        'Identificatie (OB_ID, BGE_CODE)',
        'De onderwijsbesturen die de aanbieder hebben ingesteld.',
      ),
      onderwijslocaties: tM(
        'Identificatie (OL_CODE, VE_CODE)',
        'De onderwijslocaties waar de aanbieder onderwijs geeft.',
      ),
    }),
    source: { ...IDENTITEITEN, section: 'Uitgangspunt: Register Instellingen en Opleidingen' },
    definitieLetterlijk: true,
  },
  {
    id: 'Onderwijslocatie',
    naam: 'Onderwijslocatie',
    definitie: 'Een punt op een geografische kaart waar onderwijs wordt aangeboden.',
    specialisatieVan: 'Onderwijsorganisatie',
    attributes: attributes<Own<Onderwijslocatie, OnderwijsorganisatieBasis>>({
      niveau: tR("'onderwijslocatie'", 'Het niveau van de onderwijsorganisatie.'),
    }),
    source: { ...IDENTITEITEN, section: 'Uitgangspunt: Register Instellingen en Opleidingen' },
    definitieLetterlijk: true,
  },
  {
    id: 'Adres',
    naam: 'Adres',
    definitie:
      'De plaats waar een persoon woont of verblijft of waar een organisatie gevestigd is, als binnenlands adres of als buitenlands adres.',
    attributes: attributes<Adres>({
      soort: t(
        'woonadres | postadres | bezoekadres | afleveradres | factuuradres | lesadres',
        'Het soort adres.',
      ),
      straatnaam: t('tekst', 'De naam van de openbare ruimte.'),
      huisnummer: t('getal', 'Het huisnummer.'),
      huisnummertoevoeging: t('tekst', 'Huisletter of toevoeging bij het huisnummer.'),
      postcode: t('tekst', 'De Nederlandse postcode.'),
      plaatsnaam: t('tekst', 'De woonplaats of vestigingsplaats.'),
      adresregels: tM('tekst', 'De adresregels van een buitenlands adres, in volgorde.'),
      land: t('ISO 3166-1 alpha-2', 'De landcode.'),
      geheim: t('ja/nee', 'Of het adres geheim is; dan mag het niet worden uitgewisseld.'),
      geldigheid: t('Periode', 'De periode waarin het adres geldt.'),
    }),
    source: AMIGO,
    definitieLetterlijk: false,
  },
  {
    id: 'Communicatie',
    naam: 'Communicatie',
    definitie:
      'Een nummer of adres waarop een persoon of organisatie bereikbaar is (telefoon, e-mail, website).',
    attributes: attributes<Communicatie>({
      soort: tR('tekst', 'Het soort communicatiemiddel, bijv. telefoon, mobiel, email, website.'),
      waarde: tR('tekst', 'Het nummer of adres zelf.'),
      omschrijving: t('tekst', 'Nadere omschrijving, bijv. thuis of werk.'),
      geheim: t('ja/nee', 'Of het nummer of adres geheim is.'),
      voorkeur: t('ja/nee', 'Of dit het voorkeurskanaal is.'),
    }),
    source: AMIGO,
    definitieLetterlijk: false,
  },
  {
    id: 'Identificatie',
    naam: 'Identificatie',
    definitie:
      'Een identificerende code van een persoon of onderwijsorganisatie, met het soort identifier (de technical term uit de afspraak Identiteiten) en of het de primaire of een secundaire identifier is.',
    attributes: attributes<Identificatie>({
      soort: tR('technical term (eckId, NEPRI, …, OL_CODE)', 'Het soort identifier.'),
      waarde: tR('tekst', 'De waarde van de identifier.'),
      rang: t('primair | secundair', 'Eerste voorkeur of bij ontbreken daarvan.'),
    }),
    source: { ...IDENTITEITEN, section: 'Primaire en secundaire identifiers' },
    definitieLetterlijk: false,
  },
  {
    id: 'Periode',
    naam: 'Periode',
    definitie:
      'Een tijdvak met een begin en eventueel een einde; beide grenzen horen bij de periode.',
    attributes: attributes<Periode>({
      begindatum: t('datum', 'De eerste dag van de periode.'),
      einddatum: t('datum', 'De laatste dag van de periode; ontbreekt bij een open periode.'),
    }),
    source: AMIGO,
    definitieLetterlijk: false,
  },
  {
    id: 'Toets',
    naam: 'Toets',
    definitie:
      'Een instrument waarmee kennis, vaardigheden of ontwikkeling van een onderwijsdeelnemer wordt vastgesteld (methodegebonden toets, methode-onafhankelijke toets, doorstroomtoets, examen).',
    attributes: attributes<Toets>({
      code: tR('tekst', 'De code van de toets bij de toetsaanbieder.'),
      naam: tR('tekst', 'De naam van de toets.'),
      soort: t('tekst', 'Het soort toets.'),
      domein: t('tekst', 'Het vak, leergebied of domein.'),
      toetsaanbieder: t('tekst', 'De organisatie die de toets aanbiedt.'),
      leerjaar: t('tekst', 'Het leerjaar of de groep waarvoor de toets bedoeld is.'),
      afnameperiode: t('Periode', 'De periode waarin de toets wordt afgenomen.'),
    }),
    source: { ...AMIGO, section: '§1.1 Wat is AMIGO? (toepassingsdomein Toetsen)' },
    definitieLetterlijk: false,
  },
  {
    id: 'Toetsresultaat',
    naam: 'Toetsresultaat',
    definitie:
      'De uitkomst van de afname van een toets door een onderwijsdeelnemer (score, niveau of advies) op een datum.',
    attributes: attributes<Toetsresultaat>({
      toets: tR('tekst (code van de Toets)', 'De afgenomen toets.'),
      onderwijsdeelnemer: t(
        'Identificatie (persoon)',
        'De onderwijsdeelnemer die de toets heeft gemaakt.',
      ),
      onderwijsaanbieder: t(
        'Identificatie (organisatie)',
        'De onderwijsaanbieder waar de toets is afgenomen.',
      ),
      afnamedatum: t('datum', 'De datum van afname.'),
      score: t('getal of tekst', 'De score, als getal of in de exacte notatie van de bron.'),
      schaal: t('tekst', 'De schaal waarop de score is uitgedrukt.'),
      niveau: t('tekst', 'Het behaalde niveau, als code.'),
      advies: t('tekst', 'Het advies dat uit de toets volgt.'),
    }),
    source: { ...AMIGO, section: '§1.4.2 Eindtoets PO (resultaatgegevens)' },
    definitieLetterlijk: false,
  },
];

/** The ids of all central concepts, in table order. */
export const CENTRAL_CONCEPT_IDS: readonly CentralConceptId[] = CENTRAL_CONCEPTS.map((c) => c.id);

/**
 * The concept with this id.
 * @param id - a central concept id
 * @returns the concept, or `undefined` for an unknown id
 */
export function getConcept(id: string): CentralConcept | undefined {
  return CENTRAL_CONCEPTS.find((c) => c.id === id);
}

/**
 * All attributes of a concept including those of the concepts it specialises (general first).
 * @param id - a central concept id
 * @returns the attributes; empty for an unknown id
 */
export function conceptAttributes(id: string): ConceptAttribute[] {
  const chain: CentralConcept[] = [];
  for (
    let c = getConcept(id);
    c && chain.length < CENTRAL_CONCEPTS.length;
    c = c.specialisatieVan ? getConcept(c.specialisatieVan) : undefined
  ) {
    chain.unshift(c);
  }
  return chain.flatMap((c) => c.attributes);
}
