/**
 * The SWV profiles (PO-SWV, VO-SWV per version) read from `@edustandaard/oso-swv`'s exported
 * `Profile` data (core's profile shape: element rows with cardinality and rule, rules with code,
 * severity, message, paths and source). Tables are regrouped by each row's `source.section`
 * (`Tabel 1`, `Tabel 2`, `Tabel 3`) so the site shows the document's own tables.
 */
import {
  arrayExport,
  importPackage,
  packageInfo,
  type PackageInfo,
  type PackageModule,
} from './packages.ts';

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

/** A row of Figuur 4: a category with its status per profile (`v` verplicht, `o` optioneel, `x` verboden). */
export interface CategoryRow {
  categorie: string;
  element?: string;
  values: Record<string, string>;
  inFiguur4?: boolean;
  opmerking?: string;
  source?: SourceRef;
}

/** A row of Tabel 1 or 2: an XML tag with its cardinality per profile, explanation and business rules. */
export interface TableRow {
  xmlTag: string;
  paths: string[];
  values: Record<string, string>;
  toelichting?: string;
  rules: string[];
}

/** A row of Tabel 3: per element, a textual rule per profile. */
export interface TextRow {
  xmlTag: string;
  path?: string;
  values: Record<string, string>;
}

export interface SwvTable {
  /** `Tabel 1`, `Tabel 2`, `Tabel 3`, `Figuur 4` or `Overige profielrijen`. */
  section: string;
  /** `cardinality` rows (Tabel 1/2 and the rest) or `text` rows (Tabel 3). */
  rows: TableRow[];
  textRows?: TextRow[];
  source?: SourceRef;
  /** Rows built from the profile data because the package exports no document table for this version. */
  derived: boolean;
}

export interface SwvVersion {
  version: string;
  profiles: ProfileData[];
  /** Every rule code once (PO and VO share most codes), with the profiles that carry it. */
  rules: { rule: ProfileRuleRow; profiles: string[] }[];
  tables: SwvTable[];
  figuur4: { rows: CategoryRow[]; legend: Record<string, string[]> } | null;
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

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Document table rows (`TABEL_1`, `TABEL_2`) of one version, when the package exports them. */
function documentTable(
  mod: PackageModule,
  key: string,
  version: string,
  ids: string[],
): TableRow[] | null {
  const rows = arrayExport<Record<string, unknown>>(mod, key);
  if (!rows?.length) return null;
  const mine = rows.filter(
    (r) => ((r.source as SourceRef | undefined)?.version ?? version) === version,
  );
  if (!mine.length) return null;
  return mine.map((r) => ({
    xmlTag: String(r.xmlTag ?? ''),
    paths: Array.isArray(r.paths)
      ? (r.paths as string[])
      : typeof r.path === 'string'
        ? [r.path]
        : [],
    values: Object.fromEntries(ids.map((id) => [id, String(r[id] ?? '')])),
    toelichting: str(r.toelichting),
    rules: Array.isArray(r.br) ? (r.br as string[]) : typeof r.rule === 'string' ? [r.rule] : [],
  }));
}

/** Tabel 1/2 and the remaining profile rows built from the profiles themselves (versions without document tables). */
function derivedTables(ps: ProfileData[], ids: string[]): SwvTable[] {
  const groups = new Map<string, Map<string, TableRow>>();
  for (const p of ps)
    for (const e of p.elements) {
      const m = /Tabel\s*(\d+)/.exec(e.source?.section ?? '');
      const section = m ? `Tabel ${m[1]}` : 'Overige profielrijen';
      const g = groups.get(section) ?? new Map<string, TableRow>();
      const row = g.get(e.path) ?? {
        xmlTag: e.path.split('/').pop() ?? e.path,
        paths: [e.path],
        values: Object.fromEntries(ids.map((id) => [id, ''])),
        toelichting: e.note,
        rules: [],
      };
      row.values[p.id] = e.cardinality;
      if (e.rule && !row.rules.includes(e.rule)) row.rules.push(e.rule);
      g.set(e.path, row);
      groups.set(section, g);
    }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'nl', { numeric: true }))
    .map(([section, rows]) => ({ section, rows: [...rows.values()], derived: true }));
}

const statusOf = (values: readonly unknown[] | undefined, cardinality: string): string => {
  const v = (values ?? []).map(String);
  if (cardinality === '0' || (v.length > 0 && v.every((x) => x === 'VERBODEN'))) return 'x';
  if (v.length > 0 && v.every((x) => x === 'VERPLICHT')) return 'v';
  return 'o';
};

/**
 * Figuur 4 regenerated from the profile rows on `categorie_uitlevering/cat_*` (allowed values per profile:
 * VERPLICHT → v, VERBODEN → x, otherwise o), with the package's category notes (`CATEGORIEEN`) where given.
 */
function categoryRows(
  mod: PackageModule,
  ps: ProfileData[],
  legend: Record<string, string[]>,
): SwvVersion['figuur4'] {
  const notes = new Map(
    (arrayExport<Record<string, unknown>>(mod, 'CATEGORIEEN') ?? []).map((c) => [
      String(c.element ?? ''),
      c,
    ]),
  );
  const rows = new Map<string, CategoryRow>();
  for (const p of ps)
    for (const e of p.elements) {
      const m = /\/categorie_uitlevering\/(cat_[\w-]+)$/.exec(e.path);
      if (!m) continue;
      const element = m[1]!;
      const note = notes.get(element);
      const row = rows.get(element) ?? {
        categorie: String(note?.categorie ?? e.note?.split(':')[0] ?? element),
        element,
        values: {},
        inFiguur4: /Figuur 4/.test(e.source?.section ?? '') || note?.inFiguur4 === true,
        opmerking: str(note?.opmerking),
        source: e.source,
      };
      row.values[p.id] = statusOf(e.allowedValues, e.cardinality);
      rows.set(element, row);
    }
  return rows.size ? { rows: [...rows.values()], legend } : null;
}

/** Loads the SWV profiles, or `null` when the package does not export any profile yet. */
export async function loadSwv(): Promise<SwvData | null> {
  const mod = await importPackage('@edustandaard/oso-swv');
  if (!mod) return null;
  const profiles = collectProfiles(mod);
  if (profiles.length === 0) return null;
  const versions = [...new Set(profiles.map((p) => p.version))].sort().reverse();
  const legend = (mod.CATEGORIE_WAARDEN_PER_STATUS ?? {}) as Record<string, string[]>;
  return {
    pkg: packageInfo('@edustandaard/oso-swv'),
    versions: versions.map((version) => {
      const ps = profiles.filter((p) => p.version === version);
      const ids = ps.map((p) => p.id);
      const rules = new Map<string, { rule: ProfileRuleRow; profiles: string[] }>();
      for (const p of ps)
        for (const r of p.rules) {
          const e = rules.get(r.code) ?? { rule: r, profiles: [] };
          e.profiles.push(p.id);
          rules.set(r.code, e);
        }
      const t1 = documentTable(mod, 'TABEL_1', version, ids);
      const t2 = documentTable(mod, 'TABEL_2', version, ids);
      let tables: SwvTable[];
      if (t1 && t2) {
        const covered = new Set([...t1, ...t2].flatMap((r) => r.paths));
        const rest = derivedTables(ps, ids)
          .flatMap((t) => t.rows)
          .filter((r) => r.paths.every((p) => !covered.has(p)));
        tables = [
          { section: 'Tabel 1', rows: t1, derived: false },
          { section: 'Tabel 2', rows: t2, derived: false },
          ...(rest.length ? [{ section: 'Overige profielrijen', rows: rest, derived: true }] : []),
        ];
      } else tables = derivedTables(ps, ids);
      const t3 = arrayExport<Record<string, unknown>>(mod, 'TABEL_3')?.filter(
        (r) => ((r.source as SourceRef | undefined)?.version ?? version) === version,
      );
      if (t3?.length)
        tables.splice(2, 0, {
          section: 'Tabel 3',
          rows: [],
          textRows: t3.map((r) => ({
            xmlTag: String(r.xmlTag ?? ''),
            path: str(r.path),
            values: Object.fromEntries(ids.map((id) => [id, String(r[id] ?? '')])),
          })),
          source: t3[0]!.source as SourceRef,
          derived: false,
        });
      const figuur4 = categoryRows(mod, ps, legend);
      return { version, profiles: ps, rules: [...rules.values()], tables, figuur4 };
    }),
  };
}
