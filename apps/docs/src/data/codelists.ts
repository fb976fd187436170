/**
 * OSO code lists (`@edustandaard/oso` export `CODELIJSTEN`), with where each list is used: the
 * elements that name it in each version's element table and the SWV profile rows that restrict it.
 */
import { arrayExport, importPackage } from './packages.ts';

export interface Code {
  code: string;
  label?: string;
  [key: string]: unknown;
}

export interface Codelijst {
  nummer: number | string | null;
  naam: string;
  elementen?: string[];
  codes: Code[];
  actief?: boolean;
  bron?: unknown;
  opmerking?: string;
}

/** Stable id of a list: its number, or a slug of its name for the numberless value checks. */
export function codelistId(list: Codelijst): string {
  return list.nummer === null || list.nummer === undefined || list.nummer === '' ? list.naam : String(list.nummer);
}

/** Loads the code lists, or `null` when the package does not export them yet. */
export async function loadCodelists(): Promise<Codelijst[] | null> {
  const mod = await importPackage('@edustandaard/oso');
  const lists = arrayExport<Codelijst>(mod, 'CODELIJSTEN');
  if (!lists || lists.length === 0) return null;
  return lists
    .filter((l) => l && typeof l.naam === 'string')
    .map((l) => ({
      ...l,
      codes: (Array.isArray(l.codes) ? l.codes : []).map((c) => (typeof c === 'string' ? { code: c } : (c as Code))),
    }));
}
