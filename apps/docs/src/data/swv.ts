/**
 * The SWV profiles (PO-SWV, VO-SWV per version) read from `@edustandaard/oso-swv`'s exported
 * `Profile` data (core's profile shape: element rows with cardinality and rule, rules with code,
 * severity, message, paths and source). Tables are regrouped by each row's `source.section`
 * (`Tabel 1`, `Tabel 2`, `Tabel 3`) so the site shows the document's own tables.
 */
import { importPackage, packageInfo, type PackageInfo, type PackageModule } from './packages.ts';

export interface SourceRef {
  document: string;
  version?: string;
  section?: string;
  line?: number;
  url?: string;
}

export interface ProfileElementRow {
  path: string;
  cardinality: string;
  allowedValues?: readonly (string | number | boolean)[];
  codelist?: string;
  rule?: string;
  note?: string;
  source?: SourceRef;
}

export interface ProfileRuleRow {
  code: string;
  severity: 'fout' | 'waarschuwing' | 'aanbeveling';
  message: string;
  paths: readonly string[];
  source?: SourceRef;
  description?: string;
  divergence?: { summary: string; sources: SourceRef[] };
  context?: string;
  test?: unknown;
}

export interface ProfileData {
  id: string;
  naam?: string;
  afsprakenset?: string;
  version: string;
  base?: { id: string; version: string };
  elements: readonly ProfileElementRow[];
  rules: readonly ProfileRuleRow[];
  source?: SourceRef;
}

/** A category of Figuur 4 with its value per profile (verplicht / optioneel / verboden). */
export interface CategoryRow {
  categorie: string;
  naam?: string;
  values: Record<string, string>;
}

export interface SwvVersion {
  version: string;
  profiles: ProfileData[];
  /** Every rule code once (PO and VO share most codes), with the profiles that carry it. */
  rules: { rule: ProfileRuleRow; profiles: string[] }[];
  /** Section names (`Tabel 1`, …) in document order, with their element rows per profile. */
  tables: { section: string; paths: string[] }[];
  figuur4: CategoryRow[] | null;
}

export interface SwvData {
  pkg: PackageInfo;
  versions: SwvVersion[];
}

const isProfile = (v: unknown): v is ProfileData =>
  !!v &&
  typeof v === 'object' &&
  typeof (v as ProfileData).id === 'string' &&
  typeof (v as ProfileData).version === 'string' &&
  Array.isArray((v as ProfileData).elements) &&
  Array.isArray((v as ProfileData).rules);

/**
 * Every exported profile of a package (single exports and arrays of profiles), de-duplicated.
 * @param mod - the package namespace
 */
export function collectProfiles(mod: PackageModule): ProfileData[] {
  const seen = new Map<string, ProfileData>();
  for (const value of Object.values(mod)) {
    const candidates = Array.isArray(value) ? value : [value];
    for (const c of candidates) if (isProfile(c)) seen.set(`${c.id}@${c.version}`, c);
  }
  return [...seen.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Natural order of section names: `Tabel 1` < `Tabel 2` < `Tabel 10`. */
const sectionOrder = (a: string, b: string): number => a.localeCompare(b, 'nl', { numeric: true });

/** Figuur 4 as data when the package exports a category table (rows of category → value per profile). */
function findFiguur4(mod: PackageModule, version: string, profileIds: string[]): CategoryRow[] | null {
  for (const [key, value] of Object.entries(mod)) {
    if (!/FIGUUR_?4|CATEGOR/i.test(key) || !Array.isArray(value) || value.length === 0) continue;
    if (/20\d\d/.test(key) && !key.includes(version.replace('.', '_'))) continue;
    const rows: CategoryRow[] = [];
    for (const r of value as Record<string, unknown>[]) {
      if (!r || typeof r !== 'object') continue;
      if (typeof r.version === 'string' && r.version !== version) continue;
      const categorie = String(r.categorie ?? r.category ?? r.id ?? '');
      if (!categorie) continue;
      const values: Record<string, string> = {};
      const src = (r.values ?? r.profielen ?? r.profiles ?? r) as Record<string, unknown>;
      for (const id of profileIds) {
        const v = src[id] ?? src[id.replace('-', '')] ?? src[id.toLowerCase()];
        if (typeof v === 'string') values[id] = v;
      }
      if (Object.keys(values).length) rows.push({ categorie, naam: typeof r.naam === 'string' ? r.naam : undefined, values });
    }
    if (rows.length) return rows;
  }
  return null;
}

/** Loads the SWV profiles, or `null` when the package does not export any profile yet. */
export async function loadSwv(): Promise<SwvData | null> {
  const mod = await importPackage('@edustandaard/oso-swv');
  if (!mod) return null;
  const profiles = collectProfiles(mod);
  if (profiles.length === 0) return null;
  const versions = [...new Set(profiles.map((p) => p.version))].sort().reverse();
  return {
    pkg: packageInfo('@edustandaard/oso-swv'),
    versions: versions.map((version) => {
      const ps = profiles.filter((p) => p.version === version);
      const rules = new Map<string, { rule: ProfileRuleRow; profiles: string[] }>();
      for (const p of ps)
        for (const r of p.rules) {
          const e = rules.get(r.code) ?? { rule: r, profiles: [] };
          e.profiles.push(p.id);
          rules.set(r.code, e);
        }
      const sections = new Map<string, string[]>();
      for (const p of ps)
        for (const row of p.elements) {
          const section = row.source?.section ?? 'Profiel';
          const list = sections.get(section) ?? [];
          if (!list.includes(row.path)) list.push(row.path);
          sections.set(section, list);
        }
      return {
        version,
        profiles: ps,
        rules: [...rules.values()],
        tables: [...sections.entries()].sort(([a], [b]) => sectionOrder(a, b)).map(([section, paths]) => ({ section, paths })),
        figuur4: findFiguur4(mod, version, ps.map((p) => p.id)),
      };
    }),
  };
}
