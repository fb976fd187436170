/**
 * The report one input gets in a batch: the core {@link ValidationReport}, plus `error` when the
 * input could not be used at all (missing file, not XML, too large). Such a report has
 * `valid: false`, one `fout` finding with the error's code, and makes the command exit 2 — and
 * every other input is still validated (issue #13).
 */
import {
  createReport,
  isEdustandaardError,
  type ErrorLocation,
  type ValidationReport,
} from '@edustandaard/core';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE } from '../exit.js';
import { dutchMessage } from '../messages.js';

/** Why an input could not be used: a typed error's code, Dutch message and location. */
export interface InputError {
  code: string;
  message: string;
  location?: ErrorLocation;
}

/** One input's report: a {@link ValidationReport}, with `error` when the input was unusable. */
export type BatchReport = ValidationReport & { error?: InputError };

/** What an unusable input's report names as its afsprakenset/version/profile. */
export interface ReportContext {
  afsprakenset: string;
  version?: string;
  profile?: string | null;
}

/**
 * The report of an input that could not be used (exit 2 for that input).
 * @param file - the input's name
 * @param e - the caught error (a typed error keeps its code; anything else is `E_INTERNAL`)
 * @param context - afsprakenset, version and profile the command was asked for
 */
export function unusableReport(file: string, e: unknown, context: ReportContext): BatchReport {
  const error: InputError = isEdustandaardError(e)
    ? {
        code: e.code,
        message: dutchMessage(e.message),
        location: { ...(e.location ?? {}), file: e.location?.file ?? file },
      }
    : {
        code: 'E_INTERNAL',
        message: 'interne fout bij het verwerken van de invoer',
        location: { file },
      };
  return {
    ...createReport({
      file,
      afsprakenset: context.afsprakenset,
      version: context.version ?? 'auto',
      profile: context.profile ?? null,
      issues: [
        {
          code: error.code,
          severity: 'fout',
          path: error.location?.path ?? '/',
          message: error.message,
          ...(error.location?.line !== undefined
            ? { params: { line: error.location.line, column: error.location.column } }
            : {}),
        },
      ],
    }),
    error,
  };
}

/** `E_CODE file:line:column path: message`, the one-line form of an input error on stderr. */
export function formatInputError(error: InputError): string {
  const l = error.location;
  const position = l ? [l.file, l.line, l.column].filter((x) => x !== undefined).join(':') : '';
  const where = [position, l?.path ?? ''].filter(Boolean).join(' ');
  return `${error.code}${where ? ` ${where}` : ''}: ${error.message}`;
}

/** The exit code of one report: 2 unusable, 1 invalid, 0 valid. */
export function exitCodeOf(report: BatchReport): number {
  return report.error ? EXIT_UNUSABLE : report.valid ? EXIT_OK : EXIT_FINDINGS;
}

/** The exit code of a batch: the worst of its reports (2 before 1 before 0). */
export function exitCodeFor(reports: readonly BatchReport[]): number {
  return reports.reduce((worst, r) => Math.max(worst, exitCodeOf(r)), EXIT_OK);
}

/** Counts for the closing summary line. */
export interface BatchCounts {
  total: number;
  valid: number;
  invalid: number;
  unusable: number;
}

/** Counts valid, invalid and unusable reports. */
export function countReports(reports: readonly BatchReport[]): BatchCounts {
  const c: BatchCounts = { total: reports.length, valid: 0, invalid: 0, unusable: 0 };
  for (const r of reports) {
    if (r.error) c.unusable++;
    else if (r.valid) c.valid++;
    else c.invalid++;
  }
  return c;
}

/** The closing summary line, e.g. `3 bestanden: 1 geldig, 1 ongeldig, 1 onbruikbaar`. */
export function summaryLine(c: BatchCounts): string {
  return `${c.total} ${c.total === 1 ? 'bestand' : 'bestanden'}: ${c.valid} geldig, ${c.invalid} ongeldig, ${c.unusable} onbruikbaar`;
}
