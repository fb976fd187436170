/**
 * Conformance fixtures as data (STYLE.md "Worth absorbing" 7: `{ description, input, valid,
 * issues: [{ code, path }] }` run by one runner; assert codes and paths, not just "fails").
 * This module compares a report with a fixture's expectation; each package supplies its own
 * fixtures and validator.
 */
import type { Finding, Severity, ValidationReport } from './report.js';

/** A finding a fixture expects: the code, and where given the path and severity. */
export interface ExpectedFinding {
  code: string;
  path?: string;
  severity?: Severity;
}

/** One conformance case. */
export interface ConformanceFixture<I = unknown> {
  /** Dutch or English description, shown when the case fails. */
  description: string;
  /** The input for the package's validator (XML text, a decoded document, …). */
  input: I;
  /** The expected `valid` of the report. */
  valid: boolean;
  /** Exactly the findings expected (as a multiset; order does not matter). */
  issues: ExpectedFinding[];
}

/** Options for {@link compareFindings}. */
export interface CompareOptions {
  /** Severities of actual findings that may appear without being expected (e.g. `['aanbeveling']`). */
  ignoreSeverities?: readonly Severity[];
}

/** The outcome of comparing a report with a fixture. */
export interface ConformanceResult {
  /** True when nothing is missing or unexpected and `valid` matches. */
  ok: boolean;
  /** Expected findings the report lacks. */
  missing: ExpectedFinding[];
  /** Reported findings the fixture does not expect (except ignored severities). */
  unexpected: Finding[];
  /** The report's `valid` when it differs from the fixture's, else `undefined`. */
  validMismatch?: boolean;
}

function matches(e: ExpectedFinding, f: Finding): boolean {
  return (
    e.code === f.code &&
    (e.path === undefined || e.path === f.path) &&
    (e.severity === undefined || e.severity === f.severity)
  );
}

/**
 * Compares a report with a fixture: every expected finding must be reported (matched one to one,
 * most specific expectations first) and nothing else, and `valid` must agree.
 * @param fixture - the expectation (`valid` and `issues`)
 * @param report - what the validator returned
 * @param options - severities to ignore among unexpected findings
 * @returns `{ ok, missing, unexpected, validMismatch? }`
 */
export function compareFindings(
  fixture: Pick<ConformanceFixture, 'valid' | 'issues'>,
  report: Pick<ValidationReport, 'valid' | 'issues'>,
  options: CompareOptions = {},
): ConformanceResult {
  const used = new Array<boolean>(report.issues.length).fill(false);
  const missing: ExpectedFinding[] = [];
  // Most specific first, so a bare `{ code }` does not take the finding a `{ code, path }` needs.
  const specificity = (e: ExpectedFinding) =>
    (e.path !== undefined ? 2 : 0) + (e.severity !== undefined ? 1 : 0);
  const order = fixture.issues
    .map((e, i) => ({ e, i }))
    .sort((a, b) => specificity(b.e) - specificity(a.e) || a.i - b.i);
  const found = new Array<boolean>(fixture.issues.length).fill(false);
  for (const { e, i } of order) {
    const j = report.issues.findIndex((f, k) => !used[k] && matches(e, f));
    if (j >= 0) {
      used[j] = true;
      found[i] = true;
    }
  }
  fixture.issues.forEach((e, i) => {
    if (!found[i]) missing.push(e);
  });
  const ignore = new Set(options.ignoreSeverities ?? []);
  const unexpected = report.issues.filter((f, k) => !used[k] && !ignore.has(f.severity));
  const result: ConformanceResult = {
    ok: missing.length === 0 && unexpected.length === 0 && report.valid === fixture.valid,
    missing,
    unexpected,
  };
  if (report.valid !== fixture.valid) result.validMismatch = report.valid;
  return result;
}
