/**
 * The conformance result as JUnit XML (the report format CI systems read): one `testsuite` per
 * run, one `testcase` per step; a failed step has a `failure` with its findings, a skipped
 * (optional) step a `skipped`.
 */
import type { ConformanceResult } from './run.js';

const esc = (s: string) =>
  s
    // XML 1.0 allows no C0 controls except tab, newline and carriage return.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/**
 * @param result - a conformance result
 * @returns JUnit XML text
 */
export function formatConformanceJunit(result: ConformanceResult): string {
  const secs = (ms: number | null) => ((ms ?? 0) / 1000).toFixed(3);
  const total = result.steps.reduce((a, s) => a + (s.durationMs ?? 0), 0);
  const failures = result.steps.filter((s) => s.outcome === 'fail').length;
  const skipped = result.steps.filter((s) => s.outcome === 'skip').length;
  const name = `OKE conformiteit ${result.role}`;
  const cases = result.steps.map((s) => {
    const attrs = `classname="oke.${esc(result.role)}.${esc(s.stap)}" name="${s.nr} ${esc(s.interaction)} ${esc(`${s.method} ${s.path}`)}" time="${secs(s.durationMs)}"`;
    const text = s.issues.map((f) => `${f.severity} ${f.code} ${f.path}: ${f.message}`).join('\n');
    if (s.outcome === 'fail') {
      const first = s.issues.find((f) => f.severity === 'fout');
      return `    <testcase ${attrs}>\n      <failure message="${esc(first ? `${first.code}: ${first.message}` : 'fout')}" type="${esc(first?.code ?? 'OKE.CONFORM')}">${esc(text)}</failure>\n    </testcase>`;
    }
    if (s.outcome === 'skip')
      return `    <testcase ${attrs}>\n      <skipped message="${esc(s.issues[0]?.message ?? 'overgeslagen')}"/>\n    </testcase>`;
    return `    <testcase ${attrs}/>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="${esc(name)}" tests="${result.steps.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${secs(total)}">\n` +
    `  <testsuite name="${esc(name)}" hostname="${esc(result.baseUrl)}" tests="${result.steps.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${secs(total)}">\n` +
    `${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`
  );
}
