/**
 * The date check of the synchronisation's values (DUO writes `yyyy-mm-dd`), in a module of its own so
 * that the scan's second thread (rio-scan-worker.ts) loads nothing more than the scanner.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * True when `v` is a real calendar date `yyyy-mm-dd`.
 * @param v - candidate
 */
export function isIsoDate(v: string): boolean {
  if (!ISO_DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}
