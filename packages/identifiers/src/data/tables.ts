/**
 * The tables of the Edu-V agreement "Identiteiten" (versie 0.9.0), row for row and in the
 * agreement's order, as plain JSON-serialisable data for the specification site.
 * `selectIdentifier` reads the same rows: the order of the secondary rows is the documented order.
 */
import type { IdentifierTerm, Niveau, Rang } from '../types.js';
import { IDENTIFIER_TYPES } from './identifier-types.js';
import { BRON_IDENTITEITEN } from './sources.js';
import { deepFreeze } from './freeze.js';

/** One row of an identifier table. */
export interface IdentifierTableRow {
  niveau: Niveau;
  /** "Identifier" column: `primair` (eerste voorkeur) or `secundair` (bij ontbreken eerste voorkeur). */
  rang: Rang;
  /** "Type" column. */
  type: string;
  /** "Technical term" column. */
  term: IdentifierTerm;
  /** "Formaat en voorbeeld" / "Voorbeeld" column, as the agreement words it. */
  formaatEnVoorbeeld: string;
  /** Example value, or `null` when the agreement gives none. */
  example: string | null;
  /** What the example denotes, e.g. `Stichting Flores Onderwijs`. */
  exampleOf?: string;
  /** Documentation link of the type. */
  documentation: { title: string; url: string };
}

/** One table (a level) of the agreement. */
export interface IdentifierTable {
  niveau: Niveau;
  /** Section of the agreement the table stands in. */
  section: string;
  /** Dutch note: what the agreement says about this level. */
  toelichting: string;
  rows: IdentifierTableRow[];
}

function row(
  niveau: Niveau,
  rang: Rang,
  term: IdentifierTerm,
  formaatEnVoorbeeld: string,
): IdentifierTableRow {
  const t = IDENTIFIER_TYPES[term];
  return {
    niveau,
    rang,
    type: t.type,
    term,
    formaatEnVoorbeeld,
    example: t.example,
    ...(t.exampleOf ? { exampleOf: t.exampleOf } : {}),
    documentation: t.documentation,
  };
}

const NEPRI_CELL =
  '[userId]@[realm] — pietjepukkelen@petteflatcollege — Zie technische documentatie Kennisnet Entree Federatie';
const BPI_CELL = 'Door Basispoort gegenereerde identifier';
const ASI_CELL = 'Door het Leerlingadministratiesysteem gegenereerde identifier';
const EDUID_CELL = 'Zie technische documentatie SURF';
const VE_CELL = '09QQ00 (Marienbornschool)';

/** The agreement's tables per level, in the agreement's order. */
export const identifierTables: readonly IdentifierTable[] = deepFreeze([
  {
    niveau: 'onderwijsdeelnemer',
    section: 'Digitale identiteit voor Onderwijsdeelnemers',
    toelichting:
      'Het ECK iD is de primaire identifier (eerste voorkeur) om te communiceren over onderwijsdeelnemers. Waar geen ECK iD te verkrijgen is, mag een secundaire identifier worden gebruikt (zie "Wanneer geen ECK iD?").',
    rows: [
      row('onderwijsdeelnemer', 'primair', 'eckId', IDENTIFIER_TYPES.eckId.example ?? ''),
      row('onderwijsdeelnemer', 'secundair', 'NEPRI', NEPRI_CELL),
      row(
        'onderwijsdeelnemer',
        'secundair',
        'NEPPI',
        'leerlingnummer@administratienummer.schooldomein.nl — 95312@1.kennisnet.nl — Zie technische documentatie Kennisnet Entree Federatie',
      ),
      row('onderwijsdeelnemer', 'secundair', 'BPI', BPI_CELL),
      row('onderwijsdeelnemer', 'secundair', 'ASI', ASI_CELL),
      row('onderwijsdeelnemer', 'secundair', 'eduID', EDUID_CELL),
    ],
  },
  {
    niveau: 'onderwijsmedewerker',
    section: 'Digitale identiteit voor Onderwijsmedewerkers',
    toelichting:
      'Voor onderwijsmedewerkers wordt geen identifier als primaire identifier gehanteerd: een ECK iD voor medewerkers wordt in de praktijk niet eenduidig gegenereerd. Alleen secundaire identifiers (door ontbreken van eerste voorkeur).',
    rows: [
      row('onderwijsmedewerker', 'secundair', 'NEPRI', NEPRI_CELL),
      row('onderwijsmedewerker', 'secundair', 'BPI', BPI_CELL),
      row('onderwijsmedewerker', 'secundair', 'ASI', ASI_CELL),
      row('onderwijsmedewerker', 'secundair', 'eduID', EDUID_CELL),
    ],
  },
  {
    niveau: 'onderwijsbestuur',
    section: 'Digitale identiteit voor Onderwijsorganisaties — Primaire en secundaire identifiers',
    toelichting:
      'Onderwijsbestuur: een orgaan van een rechtspersoon krachtens publiekrecht ingesteld met een erkenning (in het mbo: het Bevoegd Gezag). Identifiers uit het RIO-register.',
    rows: [
      row('onderwijsbestuur', 'primair', 'OB_ID', '106B996 (Stichting Flores Onderwijs)'),
      row('onderwijsbestuur', 'secundair', 'BGE_CODE', '41645 (Stichting Flores Onderwijs)'),
    ],
  },
  {
    niveau: 'onderwijsaanbieder',
    section: 'Digitale identiteit voor Onderwijsorganisaties — Primaire en secundaire identifiers',
    toelichting:
      'Onderwijsaanbieder: een organisatie die door een onderwijsbestuur is ingesteld voor het verzorgen van onderwijs. Let op: een vestigingserkenning (BRIN6) is niet 1-op-1 te koppelen aan een onderwijsaanbieder.',
    rows: [
      row('onderwijsaanbieder', 'primair', 'OA_ID', '104A158 (De Mariënborn)'),
      row('onderwijsaanbieder', 'secundair', 'OIE_CODE', '09QQ (Marienbornschool)'),
      row('onderwijsaanbieder', 'secundair', 'VE_CODE', VE_CELL),
      row('onderwijsaanbieder', 'secundair', 'BP_ID', 'Door Basispoort gegenereerde identifier'),
      row(
        'onderwijsaanbieder',
        'secundair',
        'DD_ID',
        'Door de Centrale Registratie van Edu-iX gegenereerde identifier',
      ),
      row('onderwijsaanbieder', 'secundair', 'AS_ID', ASI_CELL),
    ],
  },
  {
    niveau: 'onderwijslocatie',
    section: 'Digitale identiteit voor Onderwijsorganisaties — Primaire en secundaire identifiers',
    toelichting:
      'Onderwijslocatie: een punt op een geografische kaart waar onderwijs wordt aangeboden (o.a. voor het leveren van fysieke leermiddelen).',
    rows: [
      row('onderwijslocatie', 'primair', 'OL_CODE', '112X995 (Mariënbergweg 28 6862ZM Oosterbeek)'),
      row('onderwijslocatie', 'secundair', 'VE_CODE', VE_CELL),
    ],
  },
]);

/** A documented situation in which no ECK iD can be obtained for an onderwijsdeelnemer. */
export interface GeenEckIdSituatie {
  /** Stable id. */
  id: 'niet-bekostigd-onderwijs' | 'caribisch-deel-koninkrijk' | 'symbioseleerling';
  /** Dutch text as in the agreement. */
  omschrijving: string;
}

/**
 * "Wanneer geen ECK iD?": situations in which it is not possible to obtain an ECK iD, so that a
 * secondary identifier may be used. The agreement says "onder meer": the list is not exhaustive.
 */
export const GEEN_ECK_ID_SITUATIES: readonly GeenEckIdSituatie[] = deepFreeze([
  {
    id: 'niet-bekostigd-onderwijs',
    omschrijving: 'Onderwijsdeelnemers van het niet gefinancierde (private) onderwijs',
  },
  {
    id: 'caribisch-deel-koninkrijk',
    omschrijving: 'Onderwijsdeelnemers uit Aruba, Curaçao en Sint Maarten',
  },
  {
    id: 'symbioseleerling',
    omschrijving:
      'Symbioseleerlingen (ingeschreven bij meerdere onderwijsorganisaties in het primair onderwijs)',
  },
]);

/** Source of {@link GEEN_ECK_ID_SITUATIES}. */
export const GEEN_ECK_ID_BRON = { ...BRON_IDENTITEITEN, section: 'Wanneer geen ECK iD?' };

/**
 * The rows of one level, in the agreement's order (primary first).
 * @param niveau - the level
 */
export function tableFor(niveau: Niveau): IdentifierTable {
  const t = identifierTables.find((x) => x.niveau === niveau);
  if (!t) throw new RangeError(`onbekend niveau: ${String(niveau)}`);
  return t;
}
