/**
 * Report formatters every validating command shares (issue #13): `text`, `json` (the documented
 * array, one report per input), `sarif` (SARIF 2.1.0) and `junit` (JUnit XML).
 *
 * For a command module (e.g. `oke check`, `ov validate`):
 *
 * ```ts
 * import { reportFormatOption, ReportWriter } from '../format/index.js';
 * cmd.addOption(reportFormatOption()).action(async (files, opts) => {
 *   const out = new ReportWriter(opts.format, { command: 'edustandaard oke check' });
 *   for (const f of files) await out.add(await checkOne(f)); // streams text/json in input order
 *   process.exitCode = await out.end();                     // summary; 0 ok, 1 fout, 2 unusable
 * });
 * ```
 * or, for reports already collected, `formatReports(reports, format, { command })`.
 */
import { Option } from 'commander';
import { writeStdout } from '../io.js';
import { CLI_VERSION } from '../version.js';
import { formatJsonElement, formatJsonReports } from './json.js';
import { formatJunit } from './junit.js';
import {
  countReports,
  exitCodeFor,
  formatInputError,
  summaryLine,
  type BatchReport,
} from './report.js';
import { formatSarif, type ToolInfo } from './sarif.js';
import { formatTextReport } from './text.js';

export * from './report.js';
export { formatTextReport } from './text.js';
export { formatJsonReports, formatJsonElement } from './json.js';
export { formatSarif, toUri, type ToolInfo } from './sarif.js';
export { formatJunit, escapeXml } from './junit.js';

/** Every report format, in the order `--help` lists them. */
export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'junit'] as const;
/** One of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The CLI as SARIF's `tool.driver`. */
export const TOOL: ToolInfo = {
  name: 'edustandaard',
  version: CLI_VERSION,
  informationUri: 'https://edustandaard.github.io/edustandaard-ts/',
};

/** `--format text|json|sarif|junit` for every command that validates inputs. */
export function reportFormatOption(): Option {
  return new Option(
    '--format <format>',
    'uitvoerformaat: text, json, sarif (SARIF 2.1.0) of junit (JUnit XML)',
  )
    .choices([...OUTPUT_FORMATS])
    .default('text');
}

/** What the formatters need to know about the command. */
export interface FormatContext {
  /** The command as typed, e.g. `edustandaard swv validate` (the JUnit suite name). */
  command: string;
}

/**
 * Renders a finished batch in one format.
 * @param reports - the reports, in input order
 * @param format - `text`, `json`, `sarif` or `junit`
 * @param context - the command name
 */
export function formatReports(
  reports: readonly BatchReport[],
  format: OutputFormat,
  context: FormatContext = { command: 'edustandaard' },
): string {
  switch (format) {
    case 'json':
      return formatJsonReports(reports);
    case 'sarif':
      return formatSarif(reports, TOOL);
    case 'junit':
      return formatJunit(reports, context.command);
    default:
      return reports.map(formatTextReport).join('');
  }
}

/** Options of a {@link ReportWriter}. */
export interface ReportWriterOptions extends FormatContext {
  /** `--quiet`: text shows only invalid and unusable inputs; no summary or progress line. */
  quiet?: boolean;
  /** Number of inputs, for the progress line (shown only on a terminal). */
  total?: number;
}

/**
 * Writes reports to standard output as they are added, in the order added: text and JSON stream
 * (the JSON array is opened at the first report and closed by {@link ReportWriter.end}); SARIF and
 * JUnit are single documents written at the end. An unusable input's error is also printed on
 * stderr as one line `E_CODE file: message`. {@link ReportWriter.end} prints the closing summary
 * (on stdout for text, on stderr otherwise, never with `--quiet`) and returns the exit code.
 */
export class ReportWriter {
  private readonly reports: BatchReport[] = [];
  private progressShown = false;

  /**
   * @param format - the output format
   * @param options - command name, `quiet`, `total`
   */
  constructor(
    private readonly format: OutputFormat,
    private readonly options: ReportWriterOptions,
  ) {}

  /** Adds the next report (in input order) and writes it when the format streams. */
  async add(report: BatchReport): Promise<void> {
    this.reports.push(report);
    this.clearProgress();
    if (report.error) process.stderr.write(`${formatInputError(report.error)}\n`);
    if (this.format === 'json') {
      await writeStdout(`${this.reports.length === 1 ? '[\n' : ',\n'}${formatJsonElement(report)}`);
    } else if (this.format === 'text' && !(this.options.quiet && report.valid && !report.error)) {
      await writeStdout(formatTextReport(report));
    }
    this.progress();
  }

  /** A progress line on stderr, only on a terminal and only for more than one input. */
  private progress(): void {
    const total = this.options.total ?? 0;
    if (this.options.quiet || total < 2 || !process.stderr.isTTY) return;
    const done = this.reports.length;
    if (done >= total) return;
    process.stderr.write(`\r${done}/${total} bestanden gecontroleerd…`);
    this.progressShown = true;
  }

  private clearProgress(): void {
    if (this.progressShown) process.stderr.write('\r\x1b[K');
    this.progressShown = false;
  }

  /** The reports added so far. */
  get all(): readonly BatchReport[] {
    return this.reports;
  }

  /** Closes the output, prints the summary and returns the exit code (0, 1 or 2). */
  async end(): Promise<number> {
    this.clearProgress();
    const f = this.format;
    if (f === 'json') await writeStdout(this.reports.length ? '\n]\n' : '[]\n');
    else if (f === 'sarif' || f === 'junit')
      await writeStdout(formatReports(this.reports, f, this.options));
    if (!this.options.quiet) {
      const line = `${summaryLine(countReports(this.reports))}\n`;
      if (f === 'text') await writeStdout(line);
      else process.stderr.write(line);
    }
    return exitCodeFor(this.reports);
  }
}
