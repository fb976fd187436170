/**
 * The RIO informatiemodel as data: entities, attributes and relations with cardinalities, for the docs
 * site to draw and for the derivation map. Sources: Edu-V "Identiteiten" Figuur 1 (RIO informatiemodel)
 * and Figuur 2 (relations between Vestigingserkenning and Onderwijsaanbieder), the RIO informatiemodel
 * diagram (`rio-informatiemodel.svg`, MagicDraw export) and the V4 XSDs (element cardinalities).
 */
import type { CentralConceptId, DerivationMap, SourceRef } from '@edustandaard/core';

/** Cardinality as UML writes it: `1`, `0..1`, `0..*`, `1..*`, `1..999`, `2`. */
export type Cardinaliteit = string;

/** Which part of RIO an entity belongs to (the diagram's colour bands). */
export type RioDeel = 'onderwijserkenningen' | 'onderwijsinrichting';

export interface RioAttribuut {
  naam: string;
  cardinaliteit: Cardinaliteit;
  /** Transported as a Kenmerk (label/value) rather than a fixed element (diagram stereotype «LW»). */
  kenmerk?: boolean;
  /** Identifier term from @edustandaard/identifiers (`OB_ID`, `OA_ID`, `OL_CODE`, `BGE_CODE`, `OIE_CODE`, `VE_CODE`). */
  identifier?: string;
  /** Central concept (core) this attribute carries, and which of its attributes. */
  concept?: CentralConceptId;
  conceptAttribuut?: string;
}

export interface RioEntiteit {
  naam: string;
  deel: RioDeel;
  definitie: string;
  /** Abstract entities are only used through their kinds. */
  abstract?: boolean;
  /** The entity it specialises. */
  specialisatieVan?: string;
  /** Central concept (core) the entity derives from; `null` when AMIGO has none yet (with `conceptNoot`). */
  concept: CentralConceptId | null;
  conceptNoot?: string;
  attributen: RioAttribuut[];
  bron: SourceRef;
}

export interface RioRelatie {
  naam: string;
  van: string;
  naar: string;
  /** Cardinality at the `van` end. */
  vanCardinaliteit: Cardinaliteit;
  /** Cardinality at the `naar` end. */
  naarCardinaliteit: Cardinaliteit;
  toelichting?: string;
  bron: SourceRef;
}

const XSD: SourceRef = {
  document: 'DUO_RIO_Beheren_OnderwijsOrganisatie_V4.xsd',
  version: '30157',
};
const XSD_R: SourceRef = {
  document: 'DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4.xsd',
  version: '33288',
};
const EDUV1: SourceRef = { document: 'Edu-V afsprakenstelsel, Identiteiten', section: 'Figuur 1' };
const EDUV2: SourceRef = { document: 'Edu-V afsprakenstelsel, Identiteiten', section: 'Figuur 2' };
const DIAGRAM: SourceRef = {
  document: 'RIO Informatiemodel (diagram)',
  section: 'rio-informatiemodel.svg',
};

const periode = (naam: string): RioAttribuut[] => [
  { naam: 'begindatum', cardinaliteit: '1', concept: 'Periode', conceptAttribuut: 'begindatum' },
  { naam: 'einddatum', cardinaliteit: '0..1', concept: 'Periode', conceptAttribuut: 'einddatum' },
  ...(naam
    ? [
        {
          naam,
          cardinaliteit: '1',
          concept: 'Onderwijsorganisatie',
          conceptAttribuut: 'naam',
        } as RioAttribuut,
      ]
    : []),
];
const oePeriode: RioAttribuut[] = [
  { naam: 'begindatum', cardinaliteit: '1', concept: 'Periode', conceptAttribuut: 'begindatum' },
  { naam: 'naamLang', cardinaliteit: '1' },
  { naam: 'naamKort', cardinaliteit: '0..1' },
  { naam: 'internationaleNaam', cardinaliteit: '0..1' },
  { naam: 'omschrijving', cardinaliteit: '0..1' },
];

/** The entities. */
export const RIO_ENTITEITEN: readonly RioEntiteit[] = [
  {
    naam: 'Onderwijsbestuur',
    deel: 'onderwijsinrichting',
    definitie:
      'Een orgaan van een rechtspersoon krachtens publiekrecht ingesteld met een erkenning. In het mbo wordt hiermee het Bevoegd Gezag bedoeld.',
    concept: 'Onderwijsbestuur',
    attributen: [
      {
        naam: 'onderwijsbestuurcode',
        cardinaliteit: '1',
        identifier: 'OB_ID',
        concept: 'Identificatie',
      },
      {
        naam: 'inBedrijfdatum',
        cardinaliteit: '1',
        concept: 'Periode',
        conceptAttribuut: 'begindatum',
      },
      {
        naam: 'uitBedrijfdatum',
        cardinaliteit: '0..1',
        concept: 'Periode',
        conceptAttribuut: 'einddatum',
      },
    ],
    bron: EDUV1,
  },
  {
    naam: 'BevoegdGezagErkenning',
    deel: 'onderwijserkenningen',
    definitie:
      'Een erkenning als bestuur in het onderwijs door OCW van een orgaan van een rechtspersoon krachtens publiekrecht ingesteld (a-orgaan) of een persoon of college met enig openbaar gezag bekleed (b-orgaan).',
    concept: 'Onderwijsbestuur',
    conceptNoot:
      'De erkenning identificeert het bestuur met het bevoegd-gezagnummer (secundaire identifier).',
    attributen: [
      { naam: 'code', cardinaliteit: '1', identifier: 'BGE_CODE', concept: 'Identificatie' },
      { naam: 'erkenner', cardinaliteit: '1' },
      ...periode(''),
    ],
    bron: EDUV1,
  },
  {
    naam: 'Onderwijsaanbieder',
    deel: 'onderwijsinrichting',
    definitie:
      'Een organisatie die door een onderwijsbestuur is ingesteld voor het verzorgen van onderwijs.',
    concept: 'Onderwijsaanbieder',
    attributen: [
      {
        naam: 'onderwijsaanbiedercode',
        cardinaliteit: '1',
        identifier: 'OA_ID',
        concept: 'Identificatie',
      },
      {
        naam: 'inBedrijfdatum',
        cardinaliteit: '1',
        concept: 'Periode',
        conceptAttribuut: 'begindatum',
      },
      {
        naam: 'uitBedrijfdatum',
        cardinaliteit: '0..1',
        concept: 'Periode',
        conceptAttribuut: 'einddatum',
      },
      { naam: 'eigenOnderwijsaanbiederSleutel', cardinaliteit: '0..1', kenmerk: true },
    ],
    bron: XSD,
  },
  {
    naam: 'OnderwijsaanbiederPeriode',
    deel: 'onderwijsinrichting',
    definitie:
      'De specifieke eigenschappen van een Onderwijsaanbieder die in de tijd kunnen wijzigen.',
    concept: 'Periode',
    attributen: [...periode('naam'), { naam: 'internationaleNaam', cardinaliteit: '0..1' }],
    bron: XSD,
  },
  {
    naam: 'Onderwijsaanbiedersgroep',
    deel: 'onderwijsinrichting',
    definitie:
      'Een aantal onderwijsaanbieders die gezamenlijk naar buiten treden (in het Edu-V afsprakenstelsel niet gehanteerd).',
    concept: 'Onderwijsorganisatie',
    attributen: [
      { naam: 'code', cardinaliteit: '1', concept: 'Identificatie' },
      {
        naam: 'inBedrijfdatum',
        cardinaliteit: '1',
        concept: 'Periode',
        conceptAttribuut: 'begindatum',
      },
      {
        naam: 'uitBedrijfdatum',
        cardinaliteit: '0..1',
        concept: 'Periode',
        conceptAttribuut: 'einddatum',
      },
    ],
    bron: EDUV1,
  },
  {
    naam: 'Onderwijsinstellingserkenning',
    deel: 'onderwijserkenningen',
    definitie:
      'Erkenning van een onderwijsinstelling (BRIN4) waaronder een onderwijsaanbieder onderwijs verzorgt.',
    concept: 'Onderwijsorganisatie',
    attributen: [
      { naam: 'code', cardinaliteit: '1', identifier: 'OIE_CODE', concept: 'Identificatie' },
      { naam: 'erkenner', cardinaliteit: '1' },
      ...periode(''),
    ],
    bron: XSD_R,
  },
  {
    naam: 'Vestigingserkenning',
    deel: 'onderwijserkenningen',
    definitie:
      'Erkenning van een vestiging (BRIN6: BRIN4 + volgnummer) van een erkende onderwijsinstelling.',
    concept: 'Onderwijsorganisatie',
    attributen: [
      { naam: 'code', cardinaliteit: '1', identifier: 'VE_CODE', concept: 'Identificatie' },
      { naam: 'erkenner', cardinaliteit: '1' },
      ...periode(''),
    ],
    bron: EDUV2,
  },
  {
    naam: 'Onderwijslocatie',
    deel: 'onderwijsinrichting',
    definitie: 'Een punt op een geografische kaart waar onderwijs wordt aangeboden.',
    concept: 'Onderwijslocatie',
    attributen: [
      {
        naam: 'onderwijslocatiecode',
        cardinaliteit: '1',
        identifier: 'OL_CODE',
        concept: 'Identificatie',
      },
      { naam: 'postcode', cardinaliteit: '0..1', concept: 'Adres', conceptAttribuut: 'postcode' },
      {
        naam: 'huisnummer',
        cardinaliteit: '0..1',
        concept: 'Adres',
        conceptAttribuut: 'huisnummer',
      },
      {
        naam: 'huisnummertoevoeging',
        cardinaliteit: '0..1',
        concept: 'Adres',
        conceptAttribuut: 'huisnummertoevoeging',
      },
      { naam: 'bagID', cardinaliteit: '0..1', concept: 'Adres' },
      { naam: 'gpsLatitude', cardinaliteit: '0..1' },
      { naam: 'gpsLongitude', cardinaliteit: '0..1' },
      {
        naam: 'plaatsnaam',
        cardinaliteit: '0..1',
        concept: 'Adres',
        conceptAttribuut: 'plaatsnaam',
      },
    ],
    bron: XSD_R,
  },
  {
    naam: 'Onderwijslocatiegebruik',
    deel: 'onderwijsinrichting',
    definitie:
      'Een locatie van een onderwijsbestuur, waar onderwijsaanbieders behorende bij dit onderwijsbestuur onderwijs aanbieden.',
    concept: 'Onderwijslocatie',
    attributen: [
      {
        naam: 'onderwijsbestuurcode',
        cardinaliteit: '1',
        identifier: 'OB_ID',
        concept: 'Identificatie',
      },
      {
        naam: 'inBedrijfdatum',
        cardinaliteit: '1',
        concept: 'Periode',
        conceptAttribuut: 'begindatum',
      },
      {
        naam: 'uitBedrijfdatum',
        cardinaliteit: '0..1',
        concept: 'Periode',
        conceptAttribuut: 'einddatum',
      },
      { naam: 'eigenOnderwijslocatiegebruikSleutel', cardinaliteit: '0..1', kenmerk: true },
    ],
    bron: XSD,
  },
  {
    naam: 'Opleidingseenheid',
    deel: 'onderwijsinrichting',
    definitie: 'Een geheel van kennis, inzicht en vaardigheden voor de verschillende sectoren.',
    abstract: true,
    concept: null,
    conceptNoot:
      'AMIGO kent (nog) geen centraal concept voor opleidingen; de perioden leiden af van Periode.',
    attributen: [
      { naam: 'opleidingseenheidcode', cardinaliteit: '1', concept: 'Identificatie' },
      {
        naam: 'begindatum',
        cardinaliteit: '1',
        concept: 'Periode',
        conceptAttribuut: 'begindatum',
      },
      {
        naam: 'einddatum',
        cardinaliteit: '0..1',
        concept: 'Periode',
        conceptAttribuut: 'einddatum',
      },
      { naam: 'eigenOpleidingseenheidSleutel', cardinaliteit: '0..1', kenmerk: true },
    ],
    bron: XSD,
  },
  {
    naam: 'OpleidingseenheidPeriode',
    deel: 'onderwijsinrichting',
    definitie:
      'De specifieke eigenschappen van een opleidingseenheid die in de tijd kunnen wijzigen.',
    concept: 'Periode',
    attributen: oePeriode,
    bron: XSD,
  },
  {
    naam: 'Opleiding',
    deel: 'onderwijsinrichting',
    definitie: 'Een opleidingseenheid die tot een waardedocument (diploma, certificaat) leidt.',
    abstract: true,
    specialisatieVan: 'Opleidingseenheid',
    concept: null,
    conceptNoot: 'Zie Opleidingseenheid.',
    attributen: [
      { naam: 'waardedocumentsoort', cardinaliteit: '1' },
      { naam: 'niveau', cardinaliteit: '1' },
      { naam: 'ISCED', cardinaliteit: '0..1' },
    ],
    bron: XSD,
  },
  {
    naam: 'HoOpleiding',
    deel: 'onderwijsinrichting',
    definitie:
      'Een opleiding in het hoger onderwijs (uit CROHO geconverteerd of via OOAPI aangeleverd).',
    specialisatieVan: 'Opleiding',
    concept: null,
    conceptNoot: 'Zie Opleidingseenheid.',
    attributen: [{ naam: 'soort', cardinaliteit: '1', kenmerk: true }],
    bron: XSD,
  },
  {
    naam: 'Opleidingsonderdeel',
    deel: 'onderwijsinrichting',
    definitie: 'Een onderdeel van een opleiding.',
    abstract: true,
    specialisatieVan: 'Opleidingseenheid',
    concept: null,
    conceptNoot: 'Zie Opleidingseenheid.',
    attributen: [],
    bron: XSD,
  },
  {
    naam: 'HoOpleidingsonderdeel',
    deel: 'onderwijsinrichting',
    definitie: 'Een onderdeel van een HO-opleiding.',
    abstract: true,
    specialisatieVan: 'Opleidingsonderdeel',
    concept: null,
    conceptNoot: 'Zie Opleidingseenheid.',
    attributen: [{ naam: 'ISCED', cardinaliteit: '0..1' }],
    bron: XSD,
  },
  {
    naam: 'HoOnderwijseenheid',
    deel: 'onderwijsinrichting',
    definitie: 'Een HO-onderwijseenheid (vak, module).',
    specialisatieVan: 'HoOpleidingsonderdeel',
    concept: null,
    conceptNoot: 'Zie Opleidingseenheid.',
    attributen: [],
    bron: XSD,
  },
  {
    naam: 'HoOnderwijseenhedencluster',
    deel: 'onderwijsinrichting',
    definitie: 'Een cluster van HO-onderwijseenheden (keuzeruimte, minor).',
    specialisatieVan: 'HoOpleidingsonderdeel',
    concept: null,
    conceptNoot: 'Zie Opleidingseenheid.',
    attributen: [{ naam: 'soort', cardinaliteit: '1', kenmerk: true }],
    bron: XSD,
  },
  {
    naam: 'ParticuliereOpleiding',
    deel: 'onderwijsinrichting',
    definitie: 'Een opleiding van een niet door OCW bekostigde (particuliere, NFO) aanbieder.',
    specialisatieVan: 'Opleidingseenheid',
    concept: null,
    conceptNoot: 'Zie Opleidingseenheid.',
    attributen: [
      { naam: 'waardedocumentsoort', cardinaliteit: '0..1' },
      { naam: 'niveau', cardinaliteit: '0..1' },
      { naam: 'eqf', cardinaliteit: '0..1' },
      { naam: 'nlqf', cardinaliteit: '0..1' },
      { naam: 'categorie', cardinaliteit: '0..3', kenmerk: true },
    ],
    bron: XSD,
  },
  {
    naam: 'AangebodenOpleiding',
    deel: 'onderwijsinrichting',
    definitie:
      'Is een Opleidingseenheid die door een Onderwijsaanbieder aangeboden wordt in een bepaalde vorm, al dan niet op een bepaalde Onderwijslocatie.',
    abstract: true,
    concept: null,
    conceptNoot:
      'AMIGO kent (nog) geen centraal concept voor aanbod; aanbieder en locatie leiden af van Onderwijsaanbieder en Onderwijslocatie.',
    attributen: [
      { naam: 'aangebodenOpleidingCode', cardinaliteit: '1', concept: 'Identificatie' },
      {
        naam: 'onderwijsaanbiedercode',
        cardinaliteit: '1',
        identifier: 'OA_ID',
        concept: 'Onderwijsaanbieder',
      },
      {
        naam: 'onderwijslocatiecode',
        cardinaliteit: '0..1',
        identifier: 'OL_CODE',
        concept: 'Onderwijslocatie',
      },
      {
        naam: 'begindatum',
        cardinaliteit: '1',
        concept: 'Periode',
        conceptAttribuut: 'begindatum',
      },
      { naam: 'eersteInstroomDatum', cardinaliteit: '0..1' },
      {
        naam: 'einddatum',
        cardinaliteit: '0..1',
        concept: 'Periode',
        conceptAttribuut: 'einddatum',
      },
      { naam: 'eigenAangebodenOpleidingSleutel', cardinaliteit: '0..1', kenmerk: true },
    ],
    bron: XSD,
  },
  ...(
    [
      ['AangebodenBOOpleiding', 'BO'],
      ['AangebodenHOOpleiding', 'HO'],
      ['AangebodenHOOpleidingsonderdeel', 'HO (opleidingsonderdeel)'],
      ['AangebodenMboOpleiding', 'MBO'],
      ['AangebodenMboOpleidingsonderdeel', 'MBO (opleidingsonderdeel)'],
      ['AangebodenParticuliereOpleiding', 'particulier onderwijs'],
      ['AangebodenSOOpleiding', 'SO'],
      ['AangebodenVavoOpleiding', 'VAVO'],
      ['AangebodenVOOpleiding', 'VO'],
      ['AangebodenVSOOpleiding', 'VSO'],
    ] as const
  ).map(([naam, sector]): RioEntiteit => ({
    naam,
    deel: 'onderwijsinrichting',
    definitie: `Een aangeboden opleiding in het ${sector}.`,
    specialisatieVan: 'AangebodenOpleiding',
    concept: null,
    conceptNoot: 'Zie AangebodenOpleiding.',
    attributen: [],
    bron: XSD,
  })),
  {
    naam: 'AangebodenOpleidingPeriode',
    deel: 'onderwijsinrichting',
    definitie:
      'De specifieke eigenschappen van een aangeboden opleiding die in de tijd kunnen wijzigen.',
    concept: 'Periode',
    attributen: [
      {
        naam: 'begindatum',
        cardinaliteit: '1',
        concept: 'Periode',
        conceptAttribuut: 'begindatum',
      },
      { naam: 'eigenNaamAangebodenOpleiding', cardinaliteit: '0..1' },
      { naam: 'eigenNaamInternationaal', cardinaliteit: '0..1' },
      { naam: 'eigenOmschrijving', cardinaliteit: '0..1' },
    ],
    bron: XSD,
  },
  {
    naam: 'AangebodenOpleidingCohort',
    deel: 'onderwijsinrichting',
    definitie:
      'Is de realisatie van een AangebodenOpleiding met eigen startmoment, instroomperiode en aanmeldbeperkingen.',
    concept: 'Periode',
    conceptNoot: 'Aanmeld- en instroomperioden leiden af van Periode.',
    attributen: [
      { naam: 'cohortcode', cardinaliteit: '1', concept: 'Identificatie' },
      { naam: 'cohortstatus', cardinaliteit: '1' },
      {
        naam: 'beginAanmeldperiode',
        cardinaliteit: '1',
        concept: 'Periode',
        conceptAttribuut: 'begindatum',
      },
      {
        naam: 'eindeAanmeldperiode',
        cardinaliteit: '0..1',
        concept: 'Periode',
        conceptAttribuut: 'einddatum',
      },
      { naam: 'toestemmingVereistVoorAanmelding', cardinaliteit: '1' },
      {
        naam: 'einddatum',
        cardinaliteit: '0..1',
        concept: 'Periode',
        conceptAttribuut: 'einddatum',
      },
    ],
    bron: XSD,
  },
  {
    naam: 'Opleidingsrelatie',
    deel: 'onderwijsinrichting',
    definitie: 'Is een relatie tussen twee opleidingseenheden die verband met elkaar houden.',
    concept: 'Periode',
    conceptNoot: 'Alleen de geldigheidsperiode leidt af van een centraal concept.',
    attributen: [
      {
        naam: 'begindatum',
        cardinaliteit: '1',
        concept: 'Periode',
        conceptAttribuut: 'begindatum',
      },
      {
        naam: 'einddatum',
        cardinaliteit: '0..1',
        concept: 'Periode',
        conceptAttribuut: 'einddatum',
      },
    ],
    bron: XSD,
  },
];

/** The relations, with Figuur 2's 1..n relations spelled out. */
export const RIO_RELATIES: readonly RioRelatie[] = [
  {
    naam: 'heeft',
    van: 'Onderwijsbestuur',
    naar: 'BevoegdGezagErkenning',
    vanCardinaliteit: '1',
    naarCardinaliteit: '1',
    bron: EDUV1,
  },
  {
    naam: 'stelt in',
    van: 'Onderwijsbestuur',
    naar: 'Onderwijsaanbieder',
    vanCardinaliteit: '1..*',
    naarCardinaliteit: '0..*',
    toelichting:
      'Een onderwijsaanbieder kan bij meerdere onderwijsbesturen horen (speciaal onderwijs door twee besturen opgericht).',
    bron: EDUV2,
  },
  {
    naam: 'juridische relatie',
    van: 'Onderwijsaanbieder',
    naar: 'Onderwijsinstellingserkenning',
    vanCardinaliteit: '1..*',
    naarCardinaliteit: '1..99',
    toelichting:
      'Een onderwijsaanbieder kan meerdere instellingserkenningen hebben (ieder bestuur zijn eigen financiering).',
    bron: EDUV2,
  },
  {
    naam: 'valt onder',
    van: 'Onderwijsinstellingserkenning',
    naar: 'BevoegdGezagErkenning',
    vanCardinaliteit: '1..*',
    naarCardinaliteit: '1',
    bron: EDUV2,
  },
  {
    naam: 'heeft vestiging',
    van: 'Onderwijsinstellingserkenning',
    naar: 'Vestigingserkenning',
    vanCardinaliteit: '1',
    naarCardinaliteit: '0..99',
    bron: XSD_R,
  },
  {
    naam: 'heeft periode',
    van: 'Onderwijsaanbieder',
    naar: 'OnderwijsaanbiederPeriode',
    vanCardinaliteit: '1',
    naarCardinaliteit: '1..999',
    bron: XSD,
  },
  {
    naam: 'groepeert',
    van: 'Onderwijsaanbiedersgroep',
    naar: 'Onderwijsaanbieder',
    vanCardinaliteit: '0..*',
    naarCardinaliteit: '1..*',
    bron: EDUV1,
  },
  {
    naam: 'heeft groep',
    van: 'Onderwijsbestuur',
    naar: 'Onderwijsaanbiedersgroep',
    vanCardinaliteit: '1',
    naarCardinaliteit: '0..999',
    bron: XSD_R,
  },
  {
    naam: 'gebruikt',
    van: 'Onderwijsbestuur',
    naar: 'Onderwijslocatiegebruik',
    vanCardinaliteit: '1',
    naarCardinaliteit: '0..*',
    bron: XSD,
  },
  {
    naam: 'op locatie',
    van: 'Onderwijslocatiegebruik',
    naar: 'Onderwijslocatie',
    vanCardinaliteit: '0..*',
    naarCardinaliteit: '1',
    bron: XSD,
  },
  {
    naam: 'juridische locatierelatie',
    van: 'Onderwijslocatiegebruik',
    naar: 'Vestigingserkenning',
    vanCardinaliteit: '0..*',
    naarCardinaliteit: '0..99',
    toelichting: 'Onderwijslocaties zonder vestigingserkenning (dislocaties) hebben geen relatie.',
    bron: EDUV2,
  },
  {
    naam: 'verzorgt onderwijs op',
    van: 'Onderwijsaanbieder',
    naar: 'Onderwijslocatie',
    vanCardinaliteit: '0..*',
    naarCardinaliteit: '1..*',
    toelichting:
      'Via het onderwijslocatiegebruik van het bestuur; een aanbieder kan meerdere locaties hebben.',
    bron: EDUV2,
  },
  {
    naam: 'biedt aan',
    van: 'Onderwijsaanbieder',
    naar: 'AangebodenOpleiding',
    vanCardinaliteit: '1',
    naarCardinaliteit: '0..*',
    bron: EDUV2,
  },
  {
    naam: 'aangeboden op',
    van: 'AangebodenOpleiding',
    naar: 'Onderwijslocatie',
    vanCardinaliteit: '0..*',
    naarCardinaliteit: '0..1',
    bron: XSD,
  },
  {
    naam: 'biedt',
    van: 'AangebodenOpleiding',
    naar: 'Opleidingseenheid',
    vanCardinaliteit: '0..*',
    naarCardinaliteit: '1',
    toelichting: 'Of een erkende opleiding / VO-vak (XSD-keuze).',
    bron: XSD,
  },
  {
    naam: 'heeft periode',
    van: 'AangebodenOpleiding',
    naar: 'AangebodenOpleidingPeriode',
    vanCardinaliteit: '1',
    naarCardinaliteit: '1..999',
    bron: XSD,
  },
  {
    naam: 'heeft cohort',
    van: 'AangebodenOpleiding',
    naar: 'AangebodenOpleidingCohort',
    vanCardinaliteit: '1',
    naarCardinaliteit: '0..999',
    bron: XSD,
  },
  {
    naam: 'heeft periode',
    van: 'Opleidingseenheid',
    naar: 'OpleidingseenheidPeriode',
    vanCardinaliteit: '1',
    naarCardinaliteit: '1..999',
    bron: XSD,
  },
  {
    naam: 'verbindt',
    van: 'Opleidingsrelatie',
    naar: 'Opleidingseenheid',
    vanCardinaliteit: '0..*',
    naarCardinaliteit: '2',
    bron: XSD,
  },
];

/** RIO's derivations from the central concepts (core), computed from {@link RIO_ENTITEITEN}. */
export const RIO_DERIVATIONS: DerivationMap = {
  afsprakenset: 'RIO',
  version: 'V4',
  derivations: RIO_ENTITEITEN.flatMap((e) => [
    ...(e.concept
      ? [
          {
            element: `/${e.naam}`,
            concept: e.concept,
            ...(e.conceptNoot ? { note: e.conceptNoot } : {}),
          },
        ]
      : []),
    ...e.attributen
      .filter((a) => a.concept)
      .map((a) => ({
        element: `/${e.naam}/${a.naam}`,
        concept: a.concept!,
        ...(a.conceptAttribuut ? { attribute: a.conceptAttribuut } : {}),
        ...(a.identifier
          ? { note: `Identifier ${a.identifier} (@edustandaard/identifiers).` }
          : {}),
      })),
  ]),
};

export { DIAGRAM as RIO_DIAGRAM_SOURCE };
