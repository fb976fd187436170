/**
 * The message catalogues every package exports (#10 item 4): an export whose name ends in
 * `_MESSAGES` or `_CATALOGUE` and whose `nl` is a table of templates (core's `Catalogue` shape). Read
 * from the packages' public entry points only, so the site lists exactly what the validators render.
 */
import { importPackage, installedPackages, type PackageName } from './packages.ts';

/** One exported catalogue. */
export interface CatalogueData {
  pkg: PackageName;
  /** The export's name, e.g. `OKE_MESSAGES`. */
  name: string;
  /** Message id → Dutch template. */
  nl: Readonly<Record<string, string>>;
}

const isTemplates = (v: unknown): v is Record<string, string> =>
  v !== null &&
  typeof v === 'object' &&
  Object.values(v).length > 0 &&
  Object.values(v).every((t) => typeof t === 'string');

/** Every installed package's catalogues, in layer order; `[]` when none exports one. */
export async function loadCatalogues(): Promise<CatalogueData[]> {
  const out: CatalogueData[] = [];
  for (const pkg of installedPackages()) {
    const mod = await importPackage(pkg);
    if (!mod) continue;
    for (const [name, value] of Object.entries(mod)) {
      if (!/_(MESSAGES|CATALOGUE)$/.test(name)) continue;
      const nl = (value as { nl?: unknown } | null)?.nl;
      if (isTemplates(nl)) out.push({ pkg, name, nl });
    }
  }
  return out;
}
