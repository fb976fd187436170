/**
 * JUnit XML (the Ant/Jenkins schema most CI systems read): one `<testsuite>` per command run, one
 * `<testcase>` per input. An input with `fout` findings has a `<failure>` (type = first rule code);
 * an unusable input has an `<error>` with its `E_*` code; waarschuwingen and aanbevelingen are
 * listed in `<system-out>` and never fail the case.
 */
import { countBySeverity } from '@edustandaard/core';
import type { BatchReport } from './report.js';

/** XML-escapes text and attribute values; characters XML 1.0 cannot hold become U+FFFD. */
export function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Renders reports as one JUnit XML document.
 * @param reports - the batch's reports, in input order
 * @param suite - the suite name, e.g. `edustandaard swv validate`
 */
export function formatJunit(reports: readonly BatchReport[], suite: string): string {
  let failures = 0;
  let errors = 0;
  const cases: string[] = [];
  for (const r of reports) {
    const classname = escapeXml(
      [r.afsprakenset, r.version, r.profile].filter((x) => x !== null && x !== undefined).join(' '),
    );
    const head = `    <testcase classname="${classname}" name="${escapeXml(r.file)}">`;
    const lines = (sev: string) =>
      r.issues
        .filter((i) => i.severity === sev)
        .map((i) => `${i.severity} ${i.code} ${i.path}: ${i.message}`)
        .join('\n');
    const body: string[] = [];
    if (r.error) {
      errors++;
      body.push(
        `      <error type="${escapeXml(r.error.code)}" message="${escapeXml(r.error.message)}">${escapeXml(`${r.error.code}: ${r.error.message}`)}</error>`,
      );
    } else if (!r.valid) {
      failures++;
      const c = countBySeverity(r.issues);
      const first = r.issues.find((i) => i.severity === 'fout');
      body.push(
        `      <failure type="${escapeXml(first?.code ?? 'fout')}" message="${c.fout} fout">${escapeXml(lines('fout'))}</failure>`,
      );
    }
    const other = [lines('waarschuwing'), lines('aanbeveling')].filter(Boolean).join('\n');
    if (other) body.push(`      <system-out>${escapeXml(other)}</system-out>`);
    cases.push(body.length ? `${head}\n${body.join('\n')}\n    </testcase>` : `${head}</testcase>`);
  }
  const n = reports.length;
  const name = escapeXml(suite);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="${name}" tests="${n}" failures="${failures}" errors="${errors}">\n` +
    `  <testsuite name="${name}" tests="${n}" failures="${failures}" errors="${errors}" skipped="0">\n` +
    (cases.length ? cases.join('\n') + '\n' : '') +
    `  </testsuite>\n</testsuites>\n`
  );
}
