/**
 * The DUO open-data exports ("RIO open onderwijsdata") the synchronisation reads (handreiking
 * "Synchronisatie OOAPI RIO HO data" §4.1), as data: DUO's file names, what each row is, how the files
 * join, and the header of every column this package reads.
 *
 * What is publicly known (issue #12, gathered from third-party code that downloads DUO's RIO open
 * data; no DUO data dictionary was reachable):
 * - the files are comma-separated UTF-8, text fields double-quoted, `yyyy-mm-dd` dates, empty = null;
 * - the verbatim header of `ho_opleidingsoverzicht.csv` (below, {@link HO_OPLEIDINGSOVERZICHT_HEADER});
 * - the per-table exports join on `ONDERWIJSBESTUURID`, `ONDERWIJSAANBIEDERID`, `OPLEIDINGSEENHEIDCODE`,
 *   `AANGEBODEN_OPLEIDINGCODE`, `ONDERWIJSLOCATIECODE` and carry period versions (`BEGINDATUM_PERIODE`,
 *   `EINDDATUM_PERIODE`), so one key can have several rows;
 * - `ONDERWIJSBESTUURID` is only in `onderwijsbesturen`, the `relaties_onderwijsbesturen_*` tables,
 *   contactadressen and onderwijslocatiegebruiken: a bestuur's rows are found through
 *   bestuur → aanbieders → aangeboden opleidingen → opleidingseenheden.
 *
 * Every other header is an assumption: it is marked `assumption: true` below (the site and the plan
 * show which assumed columns a run used) and can be overridden per file in the override file
 * ({@link SyncConfig.columns}). We took the names from the verbatim overzicht header where it has the
 * same attribute (e.g. `NAAM_LANG`, `EIGENNAAM`, `EIGEN_AANGEBODEN_OPLEIDINGSLEUTEL`), else the RIO
 * V4 XSD attribute in DUO's upper-snake style (`BEGIN_AANMELDPERIODE`).
 */

/** The logical columns of a RIO export row. */
export type RioColumn =
  | 'onderwijsbestuurcode'
  | 'onderwijsaanbiedercode'
  | 'opleidingseenheidcode'
  | 'eigenOpleidingseenheidSleutel'
  | 'soort'
  | 'aangebodenOpleidingCode'
  | 'eigenAangebodenOpleidingSleutel'
  | 'opleidingscode'
  | 'naam'
  | 'aoNaam'
  | 'begindatum'
  | 'einddatum'
  | 'aoBegindatum'
  | 'aoEinddatum'
  | 'begindatumPeriode'
  | 'einddatumPeriode'
  | 'voertaal'
  | 'cohortcode'
  | 'cohortstatus'
  | 'beginAanmeldperiode'
  | 'instroommoment';

/** What the rows of an export are. */
export type RioExportEntity =
  | 'relatieAanbieder'
  | 'relatieOpleidingseenheid'
  | 'opleidingseenheid'
  | 'aangebodenOpleiding'
  | 'cohort'
  | 'overzicht';

/** One column this package reads: its default header and whether that header is publicly known. */
export interface RioColumnSpec {
  header: string;
  /** `true`: the header is our assumption (not in the public facts of issue #12); override it if DUO differs. */
  assumption: boolean;
  /** Values are `yyyy-mm-dd` dates (or empty); anything else is `E_CSV_VALUE` naming file, line and column. */
  date?: boolean;
}

/** One DUO export file. */
export interface RioExportSpec {
  /** DUO's dataset name (the file name without `.csv`). */
  name: string;
  /** File names it may have on disk: DUO's name, and the resource UUID where the guide gives one. */
  fileNames: readonly string[];
  sector: 'NFO' | 'HO' | '';
  entity: RioExportEntity;
  /** For opleidingseenheden and aangeboden opleidingen: which file the parent/child rows are in. */
  partner?: string;
  /**
   * The size the guide's authors saw (bytes), where the guide gives one: "een indicatie van de omvang
   * ten tijde van onze testen" (§4.1 Let op 5, column "Min. Size"). An indication of DUO's national
   * files at one moment, not a rule of the standard: below {@link DEFAULT_MIN_SIZE_SHARE} of it the
   * plan carries a `waarschuwing` ({@link GUIDE_SIZE_INDICATION}); a file is refused only on a size,
   * row count or checksum the user gives ({@link ExpectedExport}).
   */
  guideMinBytes?: number;
  /** Logical column → header. */
  columns: Partial<Record<RioColumn, RioColumnSpec>>;
  /** Logical columns that must be present. */
  required: readonly RioColumn[];
  /** The column the rows of the bestuur are selected on. */
  filterColumn: RioColumn;
  /**
   * Columns that only make sense together: overriding one of a group and not the others is refused
   * (issue #12: with only some headers overridden an aangeboden item took the opleidingseenheid's
   * EINDDATUM).
   */
  groups?: readonly (readonly RioColumn[])[];
  /** Optional file: its absence is no finding. */
  optional?: boolean;
}

const MB = 1024 * 1024;
const known = (header: string, date = false): RioColumnSpec =>
  date ? { header, assumption: false, date } : { header, assumption: false };
const assumed = (header: string, date = false): RioColumnSpec =>
  date ? { header, assumption: true, date } : { header, assumption: true };

/** The verbatim header of DUO's `ho_opleidingsoverzicht.csv` (issue #12). */
export const HO_OPLEIDINGSOVERZICHT_HEADER = [
  'ONDERWIJSBESTUURID',
  'ONDERWIJSBESTUUR_NAAM',
  'ONDERWIJSAANBIEDERID',
  'ONDERWIJSAANBIEDER_NAAM',
  'SOORT',
  'OPLEIDINGSEENHEIDCODE',
  'ERKENDEOPLEIDINGSCODE',
  'VARIANT_VAN',
  'ERKENNER',
  'NAAM_LANG',
  'INTERNATIONALE_NAAM',
  'BEGINDATUM',
  'EINDDATUM',
  'NIVEAU',
  'GRAAD',
  'STUDIELAST',
  'EQF',
  'NLQF',
  'WAARDEDOCUMENTSOORT',
  'PENVOERDER',
  'EIGENNAAM',
  'EIGENNAAM_DUITS',
  'EIGENNAAM_ENGELS',
  'VORM',
  'VOERTAAL',
  'AANGEBODEN_OPLEIDING_BEGINDATUM',
  'AANGEBODEN_OPLEIDING_EINDDATUM',
  'EERSTE_INSTROOMDATUM',
  'LAATSTE_INSTROOMDATUM',
  'WEBSITE',
  'SAMENWERKEND_MET',
  'BUITENLANDSEPARTNER',
  'DEFICIENTIE',
  'EISEN_WERKZAAMHEDEN',
  'PROPEDEUTISCHE_FASE',
  'STUDIEKEUZECHECK',
  'VERSNELD_TRAJECT',
  'AANGEBODEN_OPLEIDINGCODE',
  'EIGEN_AANGEBODEN_OPLEIDINGSLEUTEL',
  'ONDERWIJSLOCATIECODE',
  'ONDERWIJSLOCATIESTRAAT',
  'ONDERWIJSLOCATIEPLAATS',
  'OMSCHRIJVING',
] as const;

const PERIODE = {
  begindatumPeriode: known('BEGINDATUM_PERIODE', true),
  einddatumPeriode: known('EINDDATUM_PERIODE', true),
};
const DATUMS = [
  ['begindatum', 'einddatum'] as const,
  ['begindatumPeriode', 'einddatumPeriode'] as const,
];

const OE_COLUMNS = (erkend: boolean): Partial<Record<RioColumn, RioColumnSpec>> => ({
  opleidingseenheidcode: known('OPLEIDINGSEENHEIDCODE'),
  eigenOpleidingseenheidSleutel: assumed('EIGEN_OPLEIDINGSEENHEIDSLEUTEL'),
  soort: assumed('SOORT'),
  ...(erkend ? { opleidingscode: assumed('ERKENDEOPLEIDINGSCODE') } : {}),
  naam: assumed('NAAM_LANG'),
  begindatum: assumed('BEGINDATUM', true),
  einddatum: assumed('EINDDATUM', true),
  ...PERIODE,
});
const AO_COLUMNS: Partial<Record<RioColumn, RioColumnSpec>> = {
  aangebodenOpleidingCode: known('AANGEBODEN_OPLEIDINGCODE'),
  onderwijsaanbiedercode: known('ONDERWIJSAANBIEDERID'),
  opleidingseenheidcode: known('OPLEIDINGSEENHEIDCODE'),
  eigenAangebodenOpleidingSleutel: assumed('EIGEN_AANGEBODEN_OPLEIDINGSLEUTEL'),
  naam: assumed('EIGENNAAM'),
  begindatum: assumed('BEGINDATUM', true),
  einddatum: assumed('EINDDATUM', true),
  voertaal: assumed('VOERTAAL'),
  ...PERIODE,
};
const CO_COLUMNS: Partial<Record<RioColumn, RioColumnSpec>> = {
  aangebodenOpleidingCode: known('AANGEBODEN_OPLEIDINGCODE'),
  cohortcode: assumed('COHORTCODE'),
  cohortstatus: assumed('COHORTSTATUS'),
  beginAanmeldperiode: assumed('BEGIN_AANMELDPERIODE', true),
  instroommoment: assumed('VAST_INSTROOMMOMENT', true),
  einddatum: assumed('EINDE_AANMELDPERIODE', true),
};
const OE_REQUIRED: readonly RioColumn[] = ['opleidingseenheidcode'];
const AO_REQUIRED: readonly RioColumn[] = [
  'aangebodenOpleidingCode',
  'onderwijsaanbiedercode',
  'opleidingseenheidcode',
];
const CO_REQUIRED: readonly RioColumn[] = ['aangebodenOpleidingCode', 'cohortcode'];

/** One per-table export of a chain (opleidingseenheden, their offerings, those cohorts). */
const table =
  (
    entity: 'opleidingseenheid' | 'aangebodenOpleiding' | 'cohort',
    columns: (sector: 'NFO' | 'HO') => Partial<Record<RioColumn, RioColumnSpec>>,
    required: readonly RioColumn[],
    filterColumn: RioColumn,
    groups: readonly (readonly RioColumn[])[],
  ) =>
  (
    name: string,
    sector: 'NFO' | 'HO',
    partner: string,
    extra: Partial<RioExportSpec> = {},
  ): RioExportSpec => ({
    name,
    fileNames: [`${name}.csv`],
    sector,
    entity,
    partner,
    columns: columns(sector),
    required,
    filterColumn,
    groups,
    ...extra,
  });
const oe = table(
  'opleidingseenheid',
  (s) => OE_COLUMNS(s === 'HO'),
  OE_REQUIRED,
  'opleidingseenheidcode',
  DATUMS,
);
const ao = table(
  'aangebodenOpleiding',
  () => AO_COLUMNS,
  AO_REQUIRED,
  'onderwijsaanbiedercode',
  DATUMS,
);
const co = table('cohort', () => CO_COLUMNS, CO_REQUIRED, 'aangebodenOpleidingCode', [
  ['beginAanmeldperiode', 'instroommoment', 'einddatum'],
]);

/**
 * The exports, in reading order: the relation tables first (they give the bestuur's aanbieders), then
 * the aangeboden opleidingen of those aanbieders, the opleidingseenheden they offer, and their cohorts.
 * `ho_opleidingsoverzicht` is DUO's one-file HO alternative: read when the per-table HO files are absent.
 * The MBO and VAVO exports are not read: the OOAPI↔RIO connection covers HO and NFO (handreiking §3.1).
 */
export const RIO_EXPORTS: readonly RioExportSpec[] = [
  {
    name: 'relaties_onderwijsbesturen_onderwijsaanbieders',
    fileNames: ['relaties_onderwijsbesturen_onderwijsaanbieders.csv'],
    sector: '',
    entity: 'relatieAanbieder',
    columns: {
      onderwijsbestuurcode: known('ONDERWIJSBESTUURID'),
      onderwijsaanbiedercode: known('ONDERWIJSAANBIEDERID'),
      begindatum: assumed('BEGINDATUM', true),
      einddatum: assumed('EINDDATUM', true),
    },
    required: ['onderwijsbestuurcode', 'onderwijsaanbiedercode'],
    filterColumn: 'onderwijsbestuurcode',
    groups: [['begindatum', 'einddatum']],
  },
  {
    // Assumption: that DUO has this relation table (issue #12 names `relaties_onderwijsbesturen_*`);
    // when present it adds the bestuur's opleidingseenheden that have no aangeboden opleiding.
    name: 'relaties_onderwijsbesturen_opleidingseenheden',
    fileNames: ['relaties_onderwijsbesturen_opleidingseenheden.csv'],
    sector: '',
    entity: 'relatieOpleidingseenheid',
    columns: {
      onderwijsbestuurcode: known('ONDERWIJSBESTUURID'),
      opleidingseenheidcode: known('OPLEIDINGSEENHEIDCODE'),
    },
    required: ['onderwijsbestuurcode', 'opleidingseenheidcode'],
    filterColumn: 'onderwijsbestuurcode',
    optional: true,
  },
  ao('aangeboden_nfo_opleidingen', 'NFO', 'nfo_opleidingen', {
    fileNames: ['aangeboden_nfo_opleidingen.csv', 'b5e37f7a-4a66-42ba-9cdf-8f7b10fa3c48.csv'],
    guideMinBytes: 148 * MB,
  }),
  ao('aangeboden_ho_opleidingen', 'HO', 'ho_opleidingen'),
  ao('aangeboden_ho_opleidingsonderdelen', 'HO', 'ho_opleidingsonderdelen'),
  oe('nfo_opleidingen', 'NFO', 'aangeboden_nfo_opleidingen', {
    fileNames: ['nfo_opleidingen.csv', 'c44341cd-a803-4932-8e98-d66a0cd0f566.csv'],
    guideMinBytes: 62 * MB,
  }),
  oe('ho_opleidingen', 'HO', 'aangeboden_ho_opleidingen'),
  oe('ho_opleidingsonderdelen', 'HO', 'aangeboden_ho_opleidingsonderdelen'),
  co('aangeboden_nfo_opleiding_cohorten', 'NFO', 'aangeboden_nfo_opleidingen', {
    fileNames: [
      'aangeboden_nfo_opleiding_cohorten.csv',
      '97dbf0cc-cc13-46bb-a339-2f99134d87ce.csv',
    ],
    guideMinBytes: 205 * MB,
  }),
  co('aangeboden_ho_opleiding_cohorten', 'HO', 'aangeboden_ho_opleidingen'),
  co('aangeboden_ho_opleidingsonderdeel_cohorten', 'HO', 'aangeboden_ho_opleidingsonderdelen'),
  {
    name: 'ho_opleidingsoverzicht',
    fileNames: ['ho_opleidingsoverzicht.csv'],
    sector: 'HO',
    entity: 'overzicht',
    columns: {
      onderwijsbestuurcode: known('ONDERWIJSBESTUURID'),
      onderwijsaanbiedercode: known('ONDERWIJSAANBIEDERID'),
      soort: known('SOORT'),
      opleidingseenheidcode: known('OPLEIDINGSEENHEIDCODE'),
      opleidingscode: known('ERKENDEOPLEIDINGSCODE'),
      naam: known('NAAM_LANG'),
      begindatum: known('BEGINDATUM', true),
      einddatum: known('EINDDATUM', true),
      aoNaam: known('EIGENNAAM'),
      voertaal: known('VOERTAAL'),
      aoBegindatum: known('AANGEBODEN_OPLEIDING_BEGINDATUM', true),
      aoEinddatum: known('AANGEBODEN_OPLEIDING_EINDDATUM', true),
      aangebodenOpleidingCode: known('AANGEBODEN_OPLEIDINGCODE'),
      eigenAangebodenOpleidingSleutel: known('EIGEN_AANGEBODEN_OPLEIDINGSLEUTEL'),
    },
    required: ['onderwijsbestuurcode', 'opleidingseenheidcode', 'aangebodenOpleidingCode'],
    filterColumn: 'onderwijsbestuurcode',
    groups: [
      ['begindatum', 'einddatum'],
      ['aoBegindatum', 'aoEinddatum'],
    ],
    optional: true,
  },
];

/** Below this share of the guide's size indication a file gets a `waarschuwing` (never a refusal by itself). */
export const DEFAULT_MIN_SIZE_SHARE = 0.5;

/**
 * How the guide's file sizes are used, as data (the site shows it): an indication, flagged as such.
 * The guide (§4.1 Let op 5) says large downloads were sometimes cut off "bij het testen", that DUO has
 * since changed its environment ("Mogelijk dus dat dit probleem niet meer zal optreden"), and gives the
 * sizes as "een indicatie van de omvang ten tijde van onze testen". The files grow and shrink with
 * RIO's content, so a size rule would reject correct downloads and pass cut ones: completeness is
 * judged by {@link RIO_VERWIJZINGEN}, the last record and the SIS side; the size is a hint.
 */
export const GUIDE_SIZE_INDICATION = {
  bron: 'Synchronisatie OOAPI RIO HO data (SURFeduhub) §4.1 Let op 5',
  citaat: 'Hier een indicatie van de omvang ten tijde van onze testen',
  /** The guide's sizes are an indication at one moment, not a rule of the standard. */
  indicatie: true,
  assumption: true,
  ernst: 'waarschuwing',
  share: DEFAULT_MIN_SIZE_SHARE,
} as const;

/**
 * One reference between DUO's exports that must resolve within the national files: every value of
 * `van` (in any row, not only the bestuur's) is a value of `naar`. A line-boundary cut of the `naar`
 * file leaves a well-formed CSV but breaks these references, whatever the file's size.
 */
export interface RioVerwijzing {
  van: { export: string; kolom: RioColumn };
  naar: { export: string; kolom: RioColumn };
  /** The relation in the RIO informatiemodel it follows. */
  relatie: string;
  /**
   * `landelijk`: every row of `van` is checked, so a cut anywhere in `naar` shows (needed where the
   * bestuur's own rows cannot tell: its offerings lost with a cut offering file, its aanbieders with a
   * cut relation table). `bestuur`: only the bestuur's rows are checked (the opleidingseenheden its
   * offerings refer to are read by code, so a missing one of its own is found; one of another bestuur
   * does not change the plan and is not worth a pass over every row).
   */
  omvang: 'landelijk' | 'bestuur';
  /** `landelijk`: check one in this many rows of `van` (1: every row). */
  steekproef: number;
  /**
   * True: that DUO's open-data exports hold every referenced row is our assumption (no DUO data
   * dictionary was reachable). If DUO's export omits some, `ontbrekendeVerwijzingen: "waarschuwing"`
   * in the override file plans anyway and lists them.
   */
  assumption: boolean;
}

/**
 * The references checked across whole exports, derived from {@link RIO_EXPORTS}: aangeboden opleiding
 * → onderwijsaanbieder (in the relation table), aangeboden opleiding → opleidingseenheid, cohort →
 * aangeboden opleiding (RIO informatiemodel: AangebodenOpleiding.onderwijsaanbiedercode and
 * .opleidingseenheidcode, AangebodenOpleidingCohort belongs to one AangebodenOpleiding).
 */
export const RIO_VERWIJZINGEN: readonly RioVerwijzing[] = RIO_EXPORTS.flatMap(
  (s): RioVerwijzing[] => {
    if (s.entity === 'aangebodenOpleiding')
      return [
        {
          van: { export: s.name, kolom: 'onderwijsaanbiedercode' },
          naar: {
            export: 'relaties_onderwijsbesturen_onderwijsaanbieders',
            kolom: 'onderwijsaanbiedercode',
          },
          relatie:
            'AangebodenOpleiding.onderwijsaanbiedercode → Onderwijsaanbieder (met relatie tot een onderwijsbestuur)',
          omvang: 'landelijk',
          steekproef: 1,
          assumption: true,
        },
        {
          van: { export: s.name, kolom: 'opleidingseenheidcode' },
          naar: { export: s.partner!, kolom: 'opleidingseenheidcode' },
          relatie: 'AangebodenOpleiding.opleidingseenheidcode → Opleidingseenheid',
          omvang: 'bestuur',
          steekproef: 1,
          assumption: true,
        },
      ];
    if (s.entity === 'cohort')
      return [
        {
          van: { export: s.name, kolom: 'aangebodenOpleidingCode' },
          naar: { export: s.partner!, kolom: 'aangebodenOpleidingCode' },
          relatie: 'AangebodenOpleidingCohort → AangebodenOpleiding',
          omvang: 'landelijk',
          // ~3 cohorts per offering: a cut offering file leaves thousands of dangling cohort rows
          steekproef: 4,
          assumption: true,
        },
      ];
    return [];
  },
);

/** The separators an export may use (DUO's own is `,`). */
export const SYNC_SEPARATORS = [';', ',', '\t', '|'] as const;

/** What the user knows about one export from DUO's dataset page. */
export interface ExpectedExport {
  /**
   * Number of data records (header not counted).
   * @TJS-type integer
   * @minimum 0
   */
  rows?: number;
  /**
   * Exact size in bytes.
   * @TJS-type integer
   * @minimum 0
   */
  bytes?: number;
  /**
   * Minimum size in bytes (a hard check; without it the guide's size is only an indication).
   * @TJS-type integer
   * @minimum 0
   */
  minBytes?: number;
  /**
   * sha256 of the file (hex).
   * @pattern ^[0-9a-fA-F]{64}$
   */
  sha256?: string;
}

/** One export's column overrides: logical column → the header name in the file. */
export type RioColumnHeaders = { [K in RioColumn]?: string };

/** Per export (DUO's dataset name, e.g. `nfo_opleidingen`): its column overrides. */
export interface ColumnOverrides {
  [exportName: string]: RioColumnHeaders;
}

/** Per export (DUO's dataset name): what the user knows of it from DUO's dataset page. */
export interface ExpectedExports {
  [exportName: string]: ExpectedExport;
}

/**
 * The override file (`--config`): everything here is optional; a DUO download needs none of it.
 *
 * ```json
 * { "columns": { "nfo_opleidingen": { "naam": "NAAM_LANG" } },
 *   "separator": ",",
 *   "expected": { "nfo_opleidingen": { "rows": 412345, "bytes": 65011712 } },
 *   "handmatig": ["1234O5678"],
 *   "peildatum": "2026-01-01" }
 * ```
 */
export interface SyncConfig {
  /** Per export name: logical column → header name. */
  columns?: ColumnOverrides;
  /** Force the separator of every RIO export. */
  separator?: ';' | ',' | '\t' | '|';
  /** Per export name: expected record count, size or checksum from DUO's dataset page. */
  expected?: ExpectedExports;
  /** RIO codes (opleidingseenheidcode / aangebodenOpleidingCode) kept under manual management (guide §4.1 "Let op" 2). */
  handmatig?: string[];
  /** Date (YYYY-MM-DD) at which "current" and "most recent" are judged; default today. */
  peildatum?: string;
  /**
   * A reference that does not resolve ({@link RIO_VERWIJZINGEN}: an offering whose opleidingseenheid,
   * aanbieder relation or a cohort whose offering is missing from its export; a SIS item carrying a
   * RIO code the exports do not have) usually means a cut-off download (`fout`, the default: no
   * plan). If DUO's export really omits some (e.g. ended ones), or the SIS carries codes of another
   * bestuur, `waarschuwing` plans anyway and lists them as a finding.
   */
  ontbrekendeVerwijzingen?: 'fout' | 'waarschuwing';
}
