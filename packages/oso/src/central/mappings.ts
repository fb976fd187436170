/**
 * OSO objects as derivations of the central AMIGO models (DESIGN.md §6, issue #18): one
 * {@link ObjectMapping} per OSO complex type that has a central concept. The engine in
 * `@edustandaard/core` runs them (toCentral/fromCentral) and the coverage table is resolved from
 * them, so a derivation is declared once. Each mapping is typed against its central interface: a
 * renamed central attribute breaks the mapping at compile time. Element names and code lists cite
 * OSO_gegevensset_2019.1.xsd / 2024.1 (codelijsten 4, 5, 14, 19).
 */
import type {
  Adres,
  Communicatie,
  ObjectMapping,
  Proof,
  ProvesSameStructure,
  Onderwijsaanbieder,
  Onderwijsdeelnemer,
  Onderwijsmedewerker,
  Persoon,
  Toets,
  Toetsresultaat,
} from '@edustandaard/core';
import type * as V2019 from '../generated/types-2019.1.js';
import type * as V2024 from '../generated/types-2024.1.js';

export const adresFields = [
  {
    domain: 'soortadres',
    central: 'soort',
    conversie: 'codetabel',
    codes: [
      ['bezoek', 'bezoekadres'],
      ['post', 'postadres'],
      ['gba', 'woonadres'],
    ],
    note: 'Codelijst 19 (bezoek, post, gba); gba is het adres in de BRP: het woonadres.',
  },
  { domain: 'straat', central: 'straatnaam' },
  { domain: 'nummer', central: 'huisnummer', conversie: 'tekst-naar-getal' },
  { domain: 'toevoeging', central: 'huisnummertoevoeging' },
  { domain: 'postcode', central: 'postcode' },
  { domain: 'plaats', central: 'plaatsnaam' },
  {
    domain: 'land',
    central: 'land',
    conversie: 'waarde-met-omschrijving',
    // Central land is ISO 3166-1 alpha-2. Only Nederland is translated: this project has no
    // public GBA tabel 34 → ISO table (assumption); other codes are reported as not carried.
    codes: [['6030', 'NL']],
    note: 'GBA-landcode (tabel 34) → ISO 3166-1 alpha-2; alleen 6030 (Nederland) heeft een vertaling (aanname); het attribuut omschrijving gaat verloren.',
  },
] as const satisfies ObjectMapping<Adres>['fields'];

/** OSO `adresType` (codelijst 19 soortadres) → Adres. */
export const OSO_ADRES: ObjectMapping<Adres> = {
  id: 'oso/adres',
  concept: 'Adres',
  fields: adresFields,
};

export const communicatieFields = [
  {
    domain: 'soort',
    central: 'soort',
    conversie: 'codetabel',
    codes: [
      ['telefoon', 'telefoon'],
      ['e-mail', 'email'],
    ],
    note: 'Codelijst 4.',
  },
  { domain: 'aanduiding', central: 'omschrijving', note: 'Codelijst 5 (werk, prive, overig).' },
  { domain: 'nummer', central: 'waarde' },
  { domain: 'geheim', central: 'geheim', conversie: 'ja-nee' },
] as const satisfies ObjectMapping<Communicatie>['fields'];

/** OSO `communicatieType` (codelijsten 4 en 5) → Communicatie. */
export const OSO_COMMUNICATIE: ObjectMapping<Communicatie> = {
  id: 'oso/communicatie',
  concept: 'Communicatie',
  fields: communicatieFields,
};

/** OSO codelijst 14 (geslacht) → the central vocabulary. */
const GESLACHT = [
  [0, 'onbekend'],
  [1, 'vrouw'],
  [2, 'man'],
] as const;

/** The name, sex, address and communication part of OSO `persoonType` (verzorger, huisarts, leerling). */
export const persoonFields = [
  { domain: 'voornaam', central: 'voornamen' },
  { domain: 'voorletters-1', central: 'voorletters' },
  { domain: 'voorvoegsel', central: 'voorvoegsel' },
  { domain: 'achternaam', central: 'achternaam' },
  { domain: 'roepnaam', central: 'roepnaam' },
  {
    domain: 'geslacht',
    central: 'geslacht',
    conversie: 'codetabel',
    codes: GESLACHT,
    note: 'Codelijst 14 (0 onbekend, 1 vrouw, 2 man).',
  },
  { domain: 'adreslijst/adres', central: 'adressen', mapping: OSO_ADRES },
  { domain: 'communicatielijst/communicatie', central: 'communicatie', mapping: OSO_COMMUNICATIE },
] as const satisfies ObjectMapping<Persoon>['fields'];

/** OSO verzorger and huisarts (`persoonType`) → Persoon. */
export const OSO_PERSOON: ObjectMapping<Persoon> = {
  id: 'oso/persoon',
  concept: 'Persoon',
  fields: persoonFields,
};

/** The leerling's own elements (beyond `persoonType`). */
export const leerlingFields = [
  {
    domain: 'nationaliteit',
    central: 'nationaliteiten',
    conversie: 'waarde-met-omschrijving',
    note: 'Codelijst nationaliteiten (GBA tabel 32); het attribuut omschrijving gaat verloren.',
  },
  {
    domain: 'bsn',
    central: 'pgn',
    conversie: 'pgn-bsn',
    note: 'Keuze bsn of onderwijsnummer; nooit in meldingen.',
  },
  { domain: 'onderwijsnummer', central: 'pgn', conversie: 'pgn-onderwijsnummer' },
  {
    domain: 'leerlingid',
    central: 'identificaties[soort=ASI].waarde',
    conversie: 'identificatie',
    term: 'ASI',
    note: 'Lokale id in het leerlingadministratiesysteem: de ASI van de afspraak Identiteiten.',
  },
  { domain: 'datuminschrijving', central: 'inschrijving.begindatum' },
  { domain: 'datumuitschrijving', central: 'inschrijving.einddatum' },
] as const satisfies ObjectMapping<Onderwijsdeelnemer>['fields'];

/** OSO leerling → Onderwijsdeelnemer (ECK iD primair; the LAS leerlingid is the ASI). */
export const OSO_LEERLING: ObjectMapping<Onderwijsdeelnemer> = {
  id: 'oso/leerling',
  concept: 'Onderwijsdeelnemer',
  niveau: 'onderwijsdeelnemer',
  fields: [
    ...persoonFields.slice(0, 5),
    { domain: 'geboortedatum', central: 'geboortedatum' },
    ...persoonFields.slice(5),
    ...leerlingFields,
  ],
};

/** OSO `schoolType` (huidigeschool, werktbijinstelling/school) → Onderwijsaanbieder. */
export const OSO_SCHOOL: ObjectMapping<Onderwijsaanbieder> = {
  id: 'oso/school',
  concept: 'Onderwijsaanbieder',
  niveau: 'onderwijsaanbieder',
  centralConstants: { niveau: 'onderwijsaanbieder' },
  fields: [
    { domain: 'naam', central: 'naam' },
    { domain: 'adreslijst/adres', central: 'adressen', mapping: OSO_ADRES },
    {
      domain: 'communicatielijst/communicatie',
      central: 'communicatie',
      mapping: OSO_COMMUNICATIE,
    },
    {
      domain: 'brincode',
      central: 'identificaties[soort=OIE_CODE].waarde',
      conversie: 'identificatie',
      term: 'OIE_CODE',
      note: 'BRIN-code (vier tekens): de Onderwijsinstellingserkenning.',
    },
    { domain: 'website', central: 'communicatie[soort=website].waarde' },
  ],
};

/** OSO afgenomendoor (toetslijst/toets/afname) → Onderwijsmedewerker. */
export const OSO_AFGENOMENDOOR: ObjectMapping<Onderwijsmedewerker> = {
  id: 'oso/afgenomendoor',
  concept: 'Onderwijsmedewerker',
  fields: [{ domain: 'functie', central: 'functie' }],
};

/** OSO toetslijst/toets → Toets (toetsidentificatie). */
export const OSO_TOETS: ObjectMapping<Toets> = {
  id: 'oso/toets',
  concept: 'Toets',
  fields: [
    { domain: 'toetsidentificatie/eldtoetscode', central: 'code' },
    { domain: 'toetsidentificatie/toetsnaam', central: 'naam' },
    { domain: 'toetsidentificatie/leergebied', central: 'domein' },
    { domain: 'afname/jaargroep', central: 'leerjaar', note: 'Codelijst 13.' },
  ],
};

/** OSO eindtoets-/doorstroomtoetsresultaat → Toetsresultaat. */
export const OSO_DOORSTROOMTOETSRESULTAAT: ObjectMapping<Toetsresultaat> = {
  id: 'oso/doorstroomtoetsresultaat',
  concept: 'Toetsresultaat',
  fields: [
    { domain: 'datum_afname', central: 'afnamedatum' },
    { domain: 'standaardscore', central: 'score' },
    { domain: 'toets_advies', central: 'advies' },
  ],
};

/*
 * Compile-time proofs (issue #18, "types that prove it"): every derivation above that claims the
 * same structure (no conversion) has a domain type, in both versions, that is assignable to the
 * central attribute. A change in a central model or in the OSO types that breaks it fails here.
 */
/** Adres: OSO 2019.1 and 2024.1 `adresType` against the central Adres. */
export type OsoAdresProof = Proof<
  ProvesSameStructure<V2019.Adres & V2024.Adres, Adres, typeof adresFields>
>;
/** Communicatie against the central Communicatie. */
export type OsoCommunicatieProof = Proof<
  ProvesSameStructure<
    V2019.Communicatie & V2024.Communicatie,
    Communicatie,
    typeof communicatieFields
  >
>;
/** The name part of leerling, verzorger and huisarts against the central Persoon. */
export type OsoPersoonProof = Proof<
  ProvesSameStructure<
    V2019.Leerling & V2024.Leerling & V2024.Verzorger & V2024.Persoon,
    Persoon,
    typeof persoonFields
  >
>;
/** The leerling's own elements against the central Onderwijsdeelnemer. */
export type OsoLeerlingProof = Proof<
  ProvesSameStructure<V2019.Leerling & V2024.Leerling, Onderwijsdeelnemer, typeof leerlingFields>
>;

/** OSO toetslijst/toets/resultaat (and per toetsonderdeel) → Toetsresultaat. */
export const OSO_TOETSRESULTAAT: ObjectMapping<Toetsresultaat> = {
  id: 'oso/toetsresultaat',
  concept: 'Toetsresultaat',
  fields: [
    { domain: 'toetsscore/vaardigheidsscore', central: 'score' },
    { domain: 'toetsscore/codevaardigheidsschaal', central: 'schaal' },
    {
      domain: 'referentiescore/0/kwalificatie',
      central: 'niveau',
      omkeerbaar: false,
      note: 'De kwalificatie van de eerste referentiescore; verdere referentiescores worden niet overgedragen.',
    },
  ],
};

/** A score of a cijferlijst (waarde or kwalificatie) → Toetsresultaat. */
export const OSO_CIJFER: ObjectMapping<Toetsresultaat> = {
  id: 'oso/cijfer',
  concept: 'Toetsresultaat',
  fields: [
    { domain: 'waarde', central: 'score' },
    { domain: 'kwalificatie', central: 'niveau' },
  ],
};

/** OSO examenresultaat → Toetsresultaat (centraal examen). */
export const OSO_EXAMENRESULTAAT: ObjectMapping<Toetsresultaat> = {
  id: 'oso/examenresultaat',
  concept: 'Toetsresultaat',
  fields: [
    { domain: 'datumuitslag', central: 'afnamedatum', note: 'De datum van de uitslag.' },
    { domain: 'examenuitslag', central: 'niveau', note: 'Code van de uitslag.' },
  ],
};

/** OSO resultaatvakkenvo (one vak) → Toetsresultaat. */
export const OSO_VAKRESULTAAT: ObjectMapping<Toetsresultaat> = {
  id: 'oso/vakresultaat',
  concept: 'Toetsresultaat',
  fields: [
    { domain: 'vakcode', central: 'toets', note: 'De vakcode als code van de afgenomen toets.' },
    { domain: 'datumafgerond', central: 'afnamedatum' },
    {
      domain: 'exameneindcijfer',
      central: 'score',
      note: 'Het eindcijfer; de deelcijfers (CE, SE, rapport) hebben centraal geen eigen attribuut.',
    },
  ],
};
