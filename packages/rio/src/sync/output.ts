/**
 * Writes a plan as JSON and as CSV (one row per plan item) that a SURFeduhub link/unlink job can run from
 * (guide §4.2, §5.1). Writes are atomic: a temporary file beside the target, renamed into place only
 * when complete, so an error never leaves a partial plan behind.
 */
import type { RioErrorCode } from '../errors.js';
import { rename, rm, writeFile } from 'node:fs/promises';
import { EdustandaardError } from '@edustandaard/core';
import type { PlanItem, SyncPlan } from './plan.js';

/** CSV columns of the plan, in order. */
export const PLAN_CSV_COLUMNS = [
  'categorie',
  'actie',
  'entiteit',
  'sector',
  'rioCode',
  'rioCohortcode',
  'sleutelveld',
  'sisSleutel',
  'rioSleutel',
  'ooapiType',
  'naam',
  'cohorten',
  'bewijs',
  'reden',
] as const;

/**
 * The plan as CSV text (`;`-separated, UTF-8, RFC 4180 quoting, formula-like cells neutralised).
 * @param plan - the plan
 */
export function planToCsv(plan: SyncPlan): string {
  const lines = [PLAN_CSV_COLUMNS.join(';')];
  for (const i of plan.items)
    lines.push(PLAN_CSV_COLUMNS.map((c) => csvCell(cell(i, c))).join(';'));
  return lines.join('\r\n') + '\r\n';
}

function cell(i: PlanItem, c: (typeof PLAN_CSV_COLUMNS)[number]): string {
  if (c === 'cohorten') return (i.cohorten ?? []).join(' ');
  if (c === 'bewijs') return (i.bewijs ?? []).map((b) => `${b.sisSleutel}:${b.score}`).join(' ');
  const v = i[c];
  return v === undefined ? '' : String(v);
}

/**
 * One CSV cell. A value that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
 * tab or CR: names come from RIO and the SIS, i.e. from others) gets a leading `'`, as the OWASP
 * "CSV Injection" sheet recommends (issue #17 item 5); then RFC 4180 quoting.
 */
export function csvCell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[;,"\r\n\t']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes `text` to `path` atomically.
 * @param path - target file
 * @param text - content
 */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, text, 'utf8');
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new EdustandaardError<RioErrorCode>(
      'E_IO',
      `Plan kan niet worden geschreven: ${(e as Error).message}`,
      { file: path },
      { cause: e },
    );
  }
}

/**
 * Writes the plan files that were asked for; nothing is written unless the plan is complete.
 * @param plan - the plan
 * @param targets - `json` and/or `csv` paths
 */
export async function writePlan(
  plan: SyncPlan,
  targets: { json?: string; csv?: string },
): Promise<void> {
  if (targets.json) await writeAtomic(targets.json, JSON.stringify(plan, null, 2) + '\n');
  if (targets.csv) await writeAtomic(targets.csv, planToCsv(plan));
}
