import { countBySeverity, type ValidationReport } from '@edustandaard/core';
import { EXIT_FINDINGS, EXIT_OK } from './exit.js';

export type OutputFormat = 'text' | 'json';

/** Renders reports as the JSON contract (an array, one report per input) or as readable text. */
export function formatReports(reports: readonly ValidationReport[], format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(reports, null, 2) + '\n';
  const lines: string[] = [];
  for (const r of reports) {
    const c = countBySeverity(r.issues);
    const profile = r.profile ? ` ${r.profile}` : '';
    lines.push(
      `${r.file}: ${r.valid ? 'geldig' : 'ongeldig'} (${r.afsprakenset} ${r.version}${profile}) — ` +
        `${c.fout} fout, ${c.waarschuwing} waarschuwing, ${c.aanbeveling} aanbeveling`,
    );
    for (const i of r.issues)
      lines.push(
        `  ${i.severity.padEnd(12)} ${i.code.padEnd(22)} ${i.path}\n${' '.repeat(16)}${i.message}`,
      );
  }
  return lines.join('\n') + '\n';
}

/** 1 when any report is invalid, else 0. */
export function exitCodeFor(reports: readonly ValidationReport[]): number {
  return reports.some((r) => !r.valid) ? EXIT_FINDINGS : EXIT_OK;
}
