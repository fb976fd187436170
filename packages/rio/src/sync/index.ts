export { scanCsv, detectSeparator, splitQuoted, CSV_SEPARATORS } from './csv.js';
export type {
  CsvFileInfo,
  CsvScanOptions,
  CsvProgress,
  CsvSeparator,
  CsvEncoding,
  CsvParallel,
} from './csv.js';
export type { CsvFailure, PartRequest, PartResult, PartTap, ScanLayout } from './csv-body.js';
export { startScanThread, SPLIT_MIN_BYTES } from './scan-thread.js';
export type { ScanThread } from './scan-thread.js';
export {
  RIO_EXPORTS,
  DEFAULT_MIN_SIZE_SHARE,
  GUIDE_SIZE_INDICATION,
  RIO_VERWIJZINGEN,
  HO_OPLEIDINGSOVERZICHT_HEADER,
  SYNC_SEPARATORS,
} from './exports.js';
export type {
  RioColumn,
  RioColumnSpec,
  RioExportSpec,
  RioExportEntity,
  SyncConfig,
  ExpectedExport,
  ExpectedExports,
  ColumnOverrides,
  RioColumnHeaders,
  RioVerwijzing,
} from './exports.js';
export { validateSyncConfig, resolveColumns, isIsoDate } from './config.js';
export type { ResolvedColumns } from './config.js';
export { readRioSide } from './rio-side.js';
export type { RioItem, RioCohort, RioSide, RioBron, ReadRioOptions } from './rio-side.js';
export { readSisSide, SIS_CSV_COLUMNS, SIS_MAX_BYTES } from './sis-side.js';
export type { SisItem, SisCohort } from './sis-side.js';
export { PLAN_CATEGORIEEN, PLAN_REGELS } from './categories.js';
export type { PlanCategorie, PlanActie, PlanCategorieDef, PlanRegel } from './categories.js';
export { buildPlan, similarity, PLAN_CLASSIFIERS } from './plan.js';
export type {
  SyncPlan,
  PlanBron,
  PlanFinding,
  PlanSamenvatting,
  FindingParams,
  PlanItem,
  MatchEvidence,
  PlanOptions,
  SleutelVeld,
} from './plan.js';
export { planToCsv, writePlan, writeAtomic, csvCell, PLAN_CSV_COLUMNS } from './output.js';
export { planSync, checkSisRioCodes } from './sync.js';
export type { PlanSyncOptions } from './sync.js';
