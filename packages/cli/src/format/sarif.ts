/**
 * SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), the format GitHub code scanning
 * and other CI systems read. One run, one result per finding; an unusable input is a result with
 * its `E_*` code and an `invocations[0].toolExecutionNotifications` entry.
 * Severity: `fout` → `error`, `waarschuwing` → `warning`, `aanbeveling` → `note`.
 * @see https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import type { Severity } from '@edustandaard/core';
import { exitCodeFor, type BatchReport } from './report.js';

/** The tool as SARIF names it. */
export interface ToolInfo {
  /** Command name, e.g. `edustandaard`. */
  name: string;
  /** The tool's version (the CLI package version). */
  version: string;
  /** Where the tool is documented. */
  informationUri?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  fout: 'error',
  waarschuwing: 'warning',
  aanbeveling: 'note',
};

/** A file name as a relative URI reference (forward slashes, percent-encoded); `-` is `stdin`. */
export function toUri(file: string): string {
  if (file === '-') return 'stdin';
  const slashed = file.replace(/\\/g, '/');
  return encodeURI(slashed.startsWith('/') ? `file://${slashed}` : slashed).replace(/#/g, '%23');
}

/**
 * Renders reports as one SARIF 2.1.0 log (a JSON string with a trailing newline).
 * @param reports - the batch's reports, in input order
 * @param tool - the tool's name and version
 */
export function formatSarif(reports: readonly BatchReport[], tool: ToolInfo): string {
  const rules: Array<{ id: string; shortDescription: { text: string }; helpUri?: string }> = [];
  const ruleIndex = new Map<string, number>();
  const results: unknown[] = [];
  const notifications: unknown[] = [];
  reports.forEach((r, artifactIndex) => {
    for (const i of r.issues) {
      let index = ruleIndex.get(i.code);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(i.code, index);
        const src = i.source;
        rules.push({
          id: i.code,
          shortDescription: {
            text: src
              ? [src.document, src.version, src.section].filter(Boolean).join(', ')
              : i.code,
          },
          ...(src?.url ? { helpUri: src.url } : {}),
        });
      }
      const line = typeof i.params?.line === 'number' ? i.params.line : undefined;
      const column = typeof i.params?.column === 'number' ? i.params.column : undefined;
      results.push({
        ruleId: i.code,
        ruleIndex: index,
        level: LEVEL[i.severity],
        message: { text: i.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(r.file), index: artifactIndex },
              ...(line !== undefined && line >= 1
                ? {
                    region: {
                      startLine: line,
                      ...(column && column >= 1 ? { startColumn: column } : {}),
                    },
                  }
                : {}),
            },
            logicalLocations: [{ fullyQualifiedName: i.path, kind: 'element' }],
          },
        ],
        properties: {
          severity: i.severity,
          path: i.path,
          afsprakenset: r.afsprakenset,
          version: r.version,
          profile: r.profile,
        },
      });
    }
    if (r.error)
      notifications.push({
        level: 'error',
        message: { text: `${r.error.code}: ${r.error.message}` },
        descriptor: { id: r.error.code },
        locations: [
          { physicalLocation: { artifactLocation: { uri: toUri(r.file), index: artifactIndex } } },
        ],
      });
  });
  const exitCode = exitCodeFor(reports);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules,
          },
        },
        artifacts: reports.map((r) => ({ location: { uri: toUri(r.file) } })),
        invocations: [
          {
            executionSuccessful: exitCode !== 2,
            exitCode,
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
