/**
 * Where OSO elements derive from the central AMIGO concepts of @edustandaard/core (DESIGN.md §6),
 * for the cross-afsprakenset matrix on the site. Paths are element-table paths of each version.
 */
import type { Derivation, DerivationMap } from '@edustandaard/core';

const S = '/dossier/huidigeschool';
const L = `${S}/leerling`;

const persoon = (p: string, concept: Derivation['concept']): Derivation[] => [
  { element: `${p}/voornaam`, concept, attribute: 'voornamen' },
  { element: `${p}/voorletters-1`, concept, attribute: 'voorletters' },
  { element: `${p}/voorvoegsel`, concept, attribute: 'voorvoegsel' },
  { element: `${p}/achternaam`, concept, attribute: 'achternaam' },
  { element: `${p}/roepnaam`, concept, attribute: 'roepnaam' },
  {
    element: `${p}/geslacht`,
    concept,
    attribute: 'geslacht',
    note: 'Codelijst 14 (0 onbekend, 1 vrouw, 2 man).',
  },
  { element: `${p}/adreslijst`, concept, attribute: 'adressen' },
  { element: `${p}/communicatielijst`, concept, attribute: 'communicatie' },
];

const adres = (p: string): Derivation[] => [
  { element: p, concept: 'Adres' },
  { element: `${p}/soortadres`, concept: 'Adres', attribute: 'soort', note: 'Codelijst 19.' },
  { element: `${p}/straat`, concept: 'Adres', attribute: 'straatnaam' },
  { element: `${p}/nummer`, concept: 'Adres', attribute: 'huisnummer' },
  { element: `${p}/toevoeging`, concept: 'Adres', attribute: 'huisnummertoevoeging' },
  { element: `${p}/postcode`, concept: 'Adres', attribute: 'postcode' },
  { element: `${p}/plaats`, concept: 'Adres', attribute: 'plaatsnaam' },
  {
    element: `${p}/land`,
    concept: 'Adres',
    attribute: 'land',
    note: 'GBA-landcode met omschrijving als attribuut.',
  },
];

const communicatie = (p: string): Derivation[] => [
  { element: p, concept: 'Communicatie' },
  {
    element: `${p}/soort`,
    concept: 'Communicatie',
    attribute: 'soort',
    note: 'Codelijst 4 (telefoon, e-mail).',
  },
  {
    element: `${p}/aanduiding`,
    concept: 'Communicatie',
    attribute: 'omschrijving',
    note: 'Codelijst 5.',
  },
  { element: `${p}/nummer`, concept: 'Communicatie', attribute: 'waarde' },
  { element: `${p}/geheim`, concept: 'Communicatie', attribute: 'geheim' },
];

function derivations(toets: { blok: string; resultaat: string }): Derivation[] {
  return [
    {
      element: S,
      concept: 'Onderwijsaanbieder',
      note: 'De huidige school (vestiging): brincode + vestigingscode.',
    },
    { element: `${S}/naam`, concept: 'Onderwijsaanbieder', attribute: 'naam' },
    {
      element: `${S}/brincode`,
      concept: 'Onderwijsaanbieder',
      attribute: 'identificaties',
      note: 'BRIN-code (vier tekens).',
    },
    {
      element: `${S}/vestigingscode`,
      concept: 'Onderwijslocatie',
      attribute: 'identificaties',
      note: 'Vestigingsvolgnummer bij de BRIN-code.',
    },
    { element: `${S}/adreslijst`, concept: 'Onderwijsaanbieder', attribute: 'adressen' },
    { element: `${S}/communicatielijst`, concept: 'Onderwijsaanbieder', attribute: 'communicatie' },
    ...adres(`${S}/adreslijst/adres`),
    ...communicatie(`${S}/communicatielijst/communicatie`),
    { element: L, concept: 'Onderwijsdeelnemer' },
    ...persoon(L, 'Onderwijsdeelnemer'),
    { element: `${L}/geboortedatum`, concept: 'Onderwijsdeelnemer', attribute: 'geboortedatum' },
    { element: `${L}/nationaliteit`, concept: 'Onderwijsdeelnemer', attribute: 'nationaliteiten' },
    {
      element: `${L}/bsn`,
      concept: 'Onderwijsdeelnemer',
      attribute: 'pgn',
      note: 'Keuze bsn of onderwijsnummer; nooit in meldingen.',
    },
    { element: `${L}/onderwijsnummer`, concept: 'Onderwijsdeelnemer', attribute: 'pgn' },
    {
      element: `${L}/leerlingid`,
      concept: 'Onderwijsdeelnemer',
      attribute: 'identificaties',
      note: 'Lokale id in de administratie van de school.',
    },
    {
      element: `${L}/datuminschrijving`,
      concept: 'Onderwijsdeelnemer',
      attribute: 'inschrijving',
      note: 'Begindatum van de inschrijving.',
    },
    ...adres(`${L}/adreslijst/adres`),
    ...communicatie(`${L}/communicatielijst/communicatie`),
    {
      element: `${L}/schoolloopbaanlijst/schoolloopbaan/jaargroep`,
      concept: 'Onderwijsdeelnemer',
      attribute: 'leerjaar',
      note: 'Codelijst 13.',
    },
    {
      element: `${L}/schoolloopbaanlijst/schoolloopbaan/begindatum`,
      concept: 'Periode',
      attribute: 'begindatum',
    },
    {
      element: `${L}/schoolloopbaanlijst/schoolloopbaan/einddatum`,
      concept: 'Periode',
      attribute: 'einddatum',
    },
    { element: `${L}/verzorger`, concept: 'Persoon', note: 'Ouder/verzorger.' },
    ...persoon(`${L}/verzorger`, 'Persoon'),
    { element: `${L}/huisarts`, concept: 'Persoon', note: 'Huisarts (persoonType).' },
    { element: `${L}/toetslijst/toets`, concept: 'Toets' },
    {
      element: `${L}/toetslijst/toets/toetsidentificatie/eldtoetscode`,
      concept: 'Toets',
      attribute: 'code',
    },
    {
      element: `${L}/toetslijst/toets/toetsidentificatie/toetsnaam`,
      concept: 'Toets',
      attribute: 'naam',
    },
    {
      element: `${L}/toetslijst/toets/toetsidentificatie/leergebied`,
      concept: 'Toets',
      attribute: 'domein',
    },
    { element: `${L}/toetslijst/toets/resultaat`, concept: 'Toetsresultaat' },
    {
      element: `${L}/toetslijst/toets/afname/afnamedatum`,
      concept: 'Toetsresultaat',
      attribute: 'afnamedatum',
    },
    {
      element: `${L}/toetslijst/toets/resultaat/toetsscore`,
      concept: 'Toetsresultaat',
      attribute: 'score',
    },
    { element: `${L}/${toets.blok}/${toets.resultaat}`, concept: 'Toetsresultaat' },
    {
      element: `${L}/${toets.blok}/${toets.resultaat}/toetssoort`,
      concept: 'Toets',
      attribute: 'soort',
      note: 'Codelijst 42.',
    },
    {
      element: `${L}/${toets.blok}/${toets.resultaat}/datum_afname`,
      concept: 'Toetsresultaat',
      attribute: 'afnamedatum',
    },
    {
      element: `${L}/${toets.blok}/${toets.resultaat}/standaardscore`,
      concept: 'Toetsresultaat',
      attribute: 'score',
    },
    {
      element: `${L}/${toets.blok}/${toets.resultaat}/toets_advies`,
      concept: 'Toetsresultaat',
      attribute: 'advies',
    },
  ];
}

/** OSO 2019.1 elements and the central concepts they derive from. */
export const OSO_DERIVATIONS_2019_1: DerivationMap = {
  afsprakenset: 'OSO',
  version: '2019.1',
  derivations: derivations({ blok: 'eindtoets_basisonderwijs', resultaat: 'eindtoetsresultaat' }),
};

/** OSO 2024.1 elements and the central concepts they derive from. */
export const OSO_DERIVATIONS_2024_1: DerivationMap = {
  afsprakenset: 'OSO',
  version: '2024.1',
  derivations: derivations({ blok: 'doorstroomtoets', resultaat: 'toetsresultaat' }),
};
