/**
 * The DUO open-data exports the synchronisation reads (handreiking "Synchronisatie OOAPI RIO HO data"
 * §4.1), as data: file names, what each row is, and the default header name of every column.
 *
 * IMPORTANT — assumption: DUO documents the column layout of these exports in PDFs that are not in
 * `../shared/reference`, and no public copy of the headers could be found. The default header names
 * below are therefore ours: the RIO informatiemodel attribute names (DUO_RIO_*_V4.xsd) in upper case,
 * the style DUO uses in its other open-data CSVs (e.g. `OPLEIDINGSEENHEIDCODE`). Public data
 * dictionaries of DUO's RIO datasets show underscore-separated headers (`EIGEN_OPLEIDINGSEENHEIDSLEUTEL`,
 * `AANGEBODEN_OPLEIDINGCODE`, `OPLEIDINGSEENHEID_NAAM`), so headers are matched ignoring case, underscores,
 * spaces and hyphens (`headerKey` in csv.ts). Every column can be overridden per file with a column
 * override file ({@link SyncConfig.columns}); a missing column is a clear error naming the header that
 * was looked for.
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
  | 'begindatum'
  | 'einddatum'
  | 'cohortcode'
  | 'cohortstatus'
  | 'beginAanmeldperiode'
  | 'instroommoment';

/** What one row of an export describes. */
export type RioExportEntity = 'opleidingseenheid' | 'aangebodenOpleiding' | 'cohort';

/** One DUO export file. */
export interface RioExportSpec {
  /** Our name for the file, as the guide and DUO's dataset page call it. */
  name: string;
  /** File names it may have on disk: our name, and DUO's resource UUID where the guide gives one. */
  fileNames: readonly string[];
  sector: 'NFO' | 'HO';
  entity: RioExportEntity;
  /** Minimum size seen by the guide's authors (bytes), where the guide gives one (§4.1 "Let op" 6). */
  guideMinBytes?: number;
  /** Default header name per logical column. */
  columns: Partial<Record<RioColumn, string>>;
  /** Logical columns that must be present. */
  required: readonly RioColumn[];
  /** The column this file is filtered on: the OB_ID, or the aangeboden opleiding code for cohorts. */
  filterColumn: RioColumn;
}

const MB = 1024 * 1024;

const OE_COLUMNS: Partial<Record<RioColumn, string>> = {
  onderwijsbestuurcode: 'ONDERWIJSBESTUURCODE',
  opleidingseenheidcode: 'OPLEIDINGSEENHEIDCODE',
  eigenOpleidingseenheidSleutel: 'EIGENOPLEIDINGSEENHEIDSLEUTEL',
  soort: 'OPLEIDINGSEENHEIDSOORT',
  opleidingscode: 'OPLEIDINGSCODE',
  naam: 'NAAMLANG',
  begindatum: 'BEGINDATUM',
  einddatum: 'EINDDATUM',
};
const OE_REQUIRED: readonly RioColumn[] = [
  'onderwijsbestuurcode',
  'opleidingseenheidcode',
  'eigenOpleidingseenheidSleutel',
  'naam',
  'begindatum',
];

const AO_COLUMNS: Partial<Record<RioColumn, string>> = {
  onderwijsbestuurcode: 'ONDERWIJSBESTUURCODE',
  onderwijsaanbiedercode: 'ONDERWIJSAANBIEDERCODE',
  aangebodenOpleidingCode: 'AANGEBODENOPLEIDINGCODE',
  eigenAangebodenOpleidingSleutel: 'EIGENAANGEBODENOPLEIDINGSLEUTEL',
  opleidingseenheidcode: 'OPLEIDINGSEENHEIDCODE',
  naam: 'EIGENNAAMAANGEBODENOPLEIDING',
  begindatum: 'BEGINDATUM',
  einddatum: 'EINDDATUM',
};
const AO_REQUIRED: readonly RioColumn[] = [
  'onderwijsbestuurcode',
  'aangebodenOpleidingCode',
  'eigenAangebodenOpleidingSleutel',
  'opleidingseenheidcode',
  'begindatum',
];

/** The six exports of the guide §4.1 (the three NFO files, HO opleidingen and the two opleidingsonderdelen files). */
export const RIO_EXPORTS: readonly RioExportSpec[] = [
  {
    name: 'nfo_opleidingen',
    fileNames: ['nfo_opleidingen.csv', 'c44341cd-a803-4932-8e98-d66a0cd0f566.csv'],
    sector: 'NFO',
    entity: 'opleidingseenheid',
    guideMinBytes: 62 * MB,
    columns: OE_COLUMNS,
    required: OE_REQUIRED,
    filterColumn: 'onderwijsbestuurcode',
  },
  {
    name: 'aangeboden_nfo_opleidingen',
    fileNames: ['aangeboden_nfo_opleidingen.csv', 'b5e37f7a-4a66-42ba-9cdf-8f7b10fa3c48.csv'],
    sector: 'NFO',
    entity: 'aangebodenOpleiding',
    guideMinBytes: 148 * MB,
    columns: AO_COLUMNS,
    required: AO_REQUIRED,
    filterColumn: 'onderwijsbestuurcode',
  },
  {
    name: 'aangeboden_nfo_opleiding_cohorten',
    fileNames: [
      'aangeboden_nfo_opleiding_cohorten.csv',
      '97dbf0cc-cc13-46bb-a339-2f99134d87ce.csv',
    ],
    sector: 'NFO',
    entity: 'cohort',
    guideMinBytes: 205 * MB,
    columns: {
      aangebodenOpleidingCode: 'AANGEBODENOPLEIDINGCODE',
      cohortcode: 'COHORTCODE',
      cohortstatus: 'COHORTSTATUS',
      beginAanmeldperiode: 'BEGINAANMELDPERIODE',
      instroommoment: 'INSTROOMMOMENT',
      einddatum: 'EINDDATUM',
    },
    required: ['aangebodenOpleidingCode', 'cohortcode'],
    filterColumn: 'aangebodenOpleidingCode',
  },
  {
    name: 'ho_opleidingen',
    fileNames: ['ho_opleidingen.csv'],
    sector: 'HO',
    entity: 'opleidingseenheid',
    columns: OE_COLUMNS,
    required: OE_REQUIRED,
    filterColumn: 'onderwijsbestuurcode',
  },
  {
    name: 'ho_opleidingsonderdelen',
    fileNames: ['ho_opleidingsonderdelen.csv'],
    sector: 'HO',
    entity: 'opleidingseenheid',
    columns: OE_COLUMNS,
    required: OE_REQUIRED,
    filterColumn: 'onderwijsbestuurcode',
  },
  {
    name: 'aangeboden_ho_opleidingsonderdelen',
    fileNames: ['aangeboden_ho_opleidingsonderdelen.csv'],
    sector: 'HO',
    entity: 'aangebodenOpleiding',
    columns: AO_COLUMNS,
    required: AO_REQUIRED,
    filterColumn: 'onderwijsbestuurcode',
  },
];

/** How completeness is judged when no expectation is configured: refuse below this share of the guide's size. */
export const DEFAULT_MIN_SIZE_SHARE = 0.5;

/**
 * The override file (`--config`): everything here is optional.
 *
 * ```json
 * { "columns": { "nfo_opleidingen": { "naam": "NAAM_LANG" } },
 *   "separator": ";",
 *   "expected": { "nfo_opleidingen": { "rows": 412345, "minBytes": 60000000 } },
 *   "handmatig": ["1234O5678"],
 *   "peildatum": "2026-01-01" }
 * ```
 */
export interface SyncConfig {
  /** Per export name: logical column → header name. */
  columns?: Record<string, Partial<Record<RioColumn, string>>>;
  /** Force the separator of every RIO export. */
  separator?: ';' | ',' | '\t' | '|';
  /** Per export name: expected record count and/or minimum size; `minBytes: 0` turns the size check off. */
  expected?: Record<string, { rows?: number; minBytes?: number }>;
  /** RIO codes (opleidingseenheidcode / aangebodenOpleidingCode) kept under manual management (guide §4.1 "Let op" 2). */
  handmatig?: string[];
  /** Date (YYYY-MM-DD) at which "current" and "most recent" are judged; default today. */
  peildatum?: string;
}
