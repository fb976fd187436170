/**
 * Kept for command modules that import `../format.js`: the formatters live in `./format/`.
 * @deprecated import from `./format/index.js`
 */
export {
  formatReports,
  exitCodeFor,
  reportFormatOption,
  ReportWriter,
  OUTPUT_FORMATS,
  type OutputFormat,
  type BatchReport,
} from './format/index.js';
