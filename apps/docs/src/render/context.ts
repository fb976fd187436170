/**
 * What one generator needs to know about the other sections to link to them. A link is only
 * emitted when its target page exists (the link checker enforces it after the build).
 */
import type { OsoData } from '../data/oso.ts';
import type { SwvData, ProfileElementRow } from '../data/swv.ts';
import type { Codelijst, CodelistVersion } from '../data/codelists.ts';
import { codelistId } from '../data/codelists.ts';
import type { CentralData } from '../data/central.ts';

export interface SiteContext {
  oso: OsoData | null;
  swv: SwvData | null;
  codelists: CodelistVersion[] | null;
  central: CentralData | null;
  /** Does OSO version `v` have an element page for `path`? */
  hasElement(version: string, path: string): boolean;
  /** The code list of a version with this number / id (`23`, `OSO.CODELIJST.23`), if the site has a page for it. */
  codelist(version: string, ref: string | number | undefined | null): Codelijst | undefined;
  /** Profile rows for an element path per SWV version: `[profileId, row]`. */
  profileRows(version: string, path: string): [string, ProfileElementRow][];
  /** Central concepts an element derives from, per afsprakenset version. */
  conceptsOf(
    afsprakenset: string,
    version: string,
    element: string,
  ): { concept: string; attribute?: string; note?: string }[];
}

/** Normalises `OSO.CODELIJST.23`, `codelijst 23`, `23` → `23`. */
export function codelistKey(ref: string | number): string {
  const s = String(ref);
  const m = /(\d+)\s*$/.exec(s);
  return m ? String(Number(m[1])) : s;
}

/**
 * Builds the cross-section context.
 * @param parts - the loaded data of each section (`null` where absent)
 */
export function createContext(
  parts: Pick<SiteContext, 'oso' | 'swv' | 'codelists' | 'central'>,
): SiteContext {
  const lists = new Map<string, Codelijst>();
  for (const v of parts.codelists ?? [])
    for (const l of v.lists) lists.set(`${v.version}|${codelistKey(codelistId(l))}`, l);
  const rows = new Map<string, [string, ProfileElementRow][]>();
  for (const v of parts.swv?.versions ?? [])
    for (const p of v.profiles)
      for (const r of p.elements) {
        const k = `${v.version}|${r.path}`;
        const list = rows.get(k) ?? [];
        list.push([p.id, r]);
        rows.set(k, list);
      }
  const concepts = new Map<string, { concept: string; attribute?: string; note?: string }[]>();
  for (const m of parts.central?.maps ?? [])
    for (const d of m.derivations) {
      const k = `${m.afsprakenset}|${m.version}|${d.element}`;
      const list = concepts.get(k) ?? [];
      list.push({ concept: d.concept, attribute: d.attribute, note: d.note });
      concepts.set(k, list);
    }
  return {
    ...parts,
    hasElement: (version, path) =>
      !!parts.oso?.versions.find((v) => v.version === version)?.byPath.has(path),
    codelist: (version, ref) =>
      ref === null || ref === undefined || ref === ''
        ? undefined
        : lists.get(`${version}|${codelistKey(ref)}`),
    profileRows: (version, path) => rows.get(`${version}|${path}`) ?? [],
    conceptsOf: (afsprakenset, version, element) =>
      concepts.get(`${afsprakenset}|${version}|${element}`) ?? [],
  };
}
