import { countBySeverity } from '@edustandaard/core';
import type { BatchReport } from './report.js';

/**
 * One report as readable Dutch text: a head line per input and one line pair per finding.
 * @param r - the report
 */
export function formatTextReport(r: BatchReport): string {
  if (r.error) return `${r.file}: onbruikbaar — ${r.error.code}: ${r.error.message}\n`;
  const c = countBySeverity(r.issues);
  const profile = r.profile ? ` ${r.profile}` : '';
  const lines = [
    `${r.file}: ${r.valid ? 'geldig' : 'ongeldig'} (${r.afsprakenset} ${r.version}${profile}) — ` +
      `${c.fout} fout, ${c.waarschuwing} waarschuwing, ${c.aanbeveling} aanbeveling`,
  ];
  for (const i of r.issues)
    lines.push(
      `  ${i.severity.padEnd(12)} ${i.code.padEnd(22)} ${i.path}\n${' '.repeat(16)}${i.message}`,
    );
  return lines.join('\n') + '\n';
}
