/**
 * The overstapprofielen POPO, POVO, VOVO and BB (#11) read from `@edustandaard/oso-overstap`'s public
 * exports: `profielTabel(version)` (every element with its cardinality per profile), `profileDocument(id,
 * version)` (the rules as the package describes them: code, severity, message, source, uitleg,
 * divergence, assumption) and `OV_CATEGORIEEN` (the category table of selectief uitleveren).
 */
import {
  arrayExport,
  functionExport,
  importPackage,
  objectExport,
  packageInfo,
  type PackageInfo,
} from './packages.ts';
import type { ProfileRuleRow, SourceRef } from './swv.ts';

/** One element in one profile (`OvTabelCel` of oso-overstap). */
export interface OvCell {
  cardinality: string;
  rule?: string;
  optOut?: true;
}

/** One element with its cardinality per profile (`OvTabelRij`). */
export interface OvTableRow {
  path: string;
  base: string;
  categorie?: string;
  profielen: Record<string, OvCell>;
}

/** A rule as `profileDocument` describes it (core's RuleDescription plus the package's data). */
export interface OvRule extends Omit<ProfileRuleRow, 'context' | 'test'> {
  uitleg?: string;
  hasTest?: boolean;
  herstelbaar?: boolean;
  nietToetsbaar?: string;
  assumption?: string;
}

/** A category of selectief uitleveren with its status per profile (`v`/`o`/`x`). */
export interface OvCategory {
  categorie: string;
  /** The `cat_*` element of this version. */
  element: string;
  status: Record<string, string>;
  waarden: Record<string, readonly string[]>;
  assumption?: string;
  source?: SourceRef;
}

export interface OvVersionData {
  version: string;
  table: OvTableRow[];
  /** Every rule code once, with the profiles that carry it. */
  rules: { rule: OvRule; profiles: string[] }[];
  categories: OvCategory[];
  /** The published profile data file per profile (`profiles/popo-2024.1.json`). */
  files: Record<string, string>;
  /** What in this version is assumed rather than published (`OV_CONSTANTS[v].assumption`). */
  assumption?: string;
}

export interface OverstapData {
  pkg: PackageInfo;
  ids: string[];
  names: Record<string, string>;
  versions: OvVersionData[];
}

type ProfileDoc = {
  rules: OvRule[];
  categorieen: {
    categorie: string;
    element: string;
    status: string;
    waarden: readonly string[];
    assumption?: string;
    source?: SourceRef;
  }[];
};

/** Loads the overstap profiles, or `null` when the package (or its data) is not there. */
export async function loadOverstap(): Promise<OverstapData | null> {
  const mod = await importPackage('@edustandaard/oso-overstap');
  const tabel = functionExport<(v: string) => OvTableRow[]>(mod, 'profielTabel');
  const doc = functionExport<(id: string, v: string) => ProfileDoc>(mod, 'profileDocument');
  const fileName = functionExport<(id: string, v: string) => string>(mod, 'profileFileName');
  const ids = arrayExport<string>(mod, 'OV_PROFILE_IDS');
  const versions = arrayExport<string>(mod, 'OV_VERSIONS');
  if (!tabel || !doc || !ids?.length || !versions?.length) return null;
  const names = objectExport<Record<string, string>>(mod, 'OV_PROFILE_NAMEN') ?? {};
  const constants = objectExport<Record<string, { assumption?: string }>>(mod, 'OV_CONSTANTS');
  return {
    pkg: packageInfo('@edustandaard/oso-overstap'),
    ids: [...ids],
    names,
    // Newest first, as every other section.
    versions: [...versions].reverse().map((version) => {
      const rules = new Map<string, { rule: OvRule; profiles: string[] }>();
      const categories = new Map<string, OvCategory>();
      for (const id of ids) {
        const d = doc(id, version);
        for (const r of d.rules) {
          const e = rules.get(r.code) ?? { rule: r, profiles: [] };
          e.profiles.push(id);
          rules.set(r.code, e);
        }
        for (const c of d.categorieen) {
          const e = categories.get(c.element) ?? {
            categorie: c.categorie,
            element: c.element,
            status: {},
            waarden: {},
            assumption: c.assumption,
            source: c.source,
          };
          e.status[id] = c.status;
          e.waarden[id] = c.waarden;
          categories.set(c.element, e);
        }
      }
      const assumption = constants?.[version]?.assumption;
      return {
        version,
        table: tabel(version),
        rules: [...rules.values()],
        categories: [...categories.values()],
        files: Object.fromEntries(
          ids.map((id) => [
            id,
            fileName ? fileName(id, version) : `${id.toLowerCase()}-${version}.json`,
          ]),
        ),
        ...(assumption ? { assumption } : {}),
      };
    }),
  };
}
