/**
 * OSO code lists per version (`@edustandaard/oso` exports `OSO_CODELIJSTEN_2019_1`, `OSO_CODELIJSTEN_2024_1`,
 * one per `OSO_VERSIONS` entry): number, id (`OSO.CODELIJST.23`), name, codes with labels, the
 * element paths that use the list, whether the validation checks it, and its source.
 */
import { arrayExport, importPackage } from './packages.ts';

export interface Code {
  code: string;
  label?: string;
  [key: string]: unknown;
}

export interface Codelijst {
  nummer: number | string | null;
  id?: string;
  naam: string;
  elementen?: string[];
  /** Full element paths that use the list. */
  paths?: string[];
  codes: Code[];
  actief?: boolean;
  bron?: unknown;
  opmerking?: string;
}

export interface CodelistVersion {
  version: string;
  lists: Codelijst[];
}

/** Stable id of a list in URLs: its number, or its name for the numberless value checks. */
export function codelistId(list: Codelijst): string {
  return list.nummer === null || list.nummer === undefined || list.nummer === ''
    ? list.naam
    : String(list.nummer);
}

const normalise = (lists: readonly Codelijst[]): Codelijst[] =>
  lists
    .filter((l) => l && typeof l.naam === 'string')
    .map((l) => ({
      ...l,
      codes: (Array.isArray(l.codes) ? l.codes : []).map((c) =>
        typeof c === 'string' ? { code: c } : (c as Code),
      ),
    }));

/** Loads the code lists per version (newest first), or `null` when the package does not export them yet. */
export async function loadCodelists(): Promise<CodelistVersion[] | null> {
  const mod = await importPackage('@edustandaard/oso');
  const versions = arrayExport<string>(mod, 'OSO_VERSIONS') ?? [];
  const out: CodelistVersion[] = [];
  for (const version of [...versions].sort().reverse()) {
    const lists = arrayExport<Codelijst>(mod, `OSO_CODELIJSTEN_${version.replace('.', '_')}`);
    if (lists?.length) out.push({ version, lists: normalise(lists) });
  }
  return out.length ? out : null;
}
