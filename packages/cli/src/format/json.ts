import type { BatchReport } from './report.js';

/** The JSON contract: an array with one report per input, in input order (2-space indent). */
export function formatJsonReports(reports: readonly BatchReport[]): string {
  return JSON.stringify(reports, null, 2) + '\n';
}

/**
 * One element of the JSON array, indented as {@link formatJsonReports} indents it, for writers
 * that stream the array (`[`, elements separated by `,`, `]`).
 * @param r - the report
 */
export function formatJsonElement(r: BatchReport): string {
  return JSON.stringify(r, null, 2).replace(/^/gm, '  ');
}
