/**
 * The OSO gegevensset as the site needs it, read from `@edustandaard/oso`'s public exports
 * (`OSO_VERSIONS`, `elementTable(version)`, `CODELIJSTEN`, `CATEGORIEEN_*`, `OSO_CHANGES_2024_1`) and its
 * generated JSON Schemas (`@edustandaard/oso/schema/oso-<version>.json`).
 */
import {
  arrayExport,
  functionExport,
  importPackage,
  objectExport,
  packageInfo,
  resolveExport,
  type PackageInfo,
} from './packages.ts';

/** One element of the data set (shape of oso's `ElementRow`). */
export interface OsoElement {
  path: string;
  name: string;
  parent?: string | null;
  min?: number;
  max?: number | 'unbounded';
  cardinality?: string;
  type?: string;
  typeName?: string;
  restrictions?: Record<string, unknown>;
  choice?: string;
  attributes?: unknown[];
  semantiek?: string;
  implementatie?: string;
  categorie?: string;
  codelijst?: number | string;
}

export interface OsoChange {
  [key: string]: unknown;
}

export interface OsoCategory {
  id: string;
  naam?: string;
  rules?: string[];
  paths?: string[];
}

/** A gegevensset-level rule (`OG.*`, `OS.cat*`): same metadata shape as a profile rule. */
export interface OsoRule {
  code: string;
  severity: string;
  message: string;
  paths?: readonly string[];
  source?: { document: string; version?: string; section?: string; url?: string };
  description?: string;
  divergence?: {
    summary: string;
    sources: { document: string; version?: string; section?: string }[];
  };
}

export interface OsoVersionData {
  version: string;
  elements: readonly OsoElement[];
  /** Elements by path. */
  byPath: ReadonlyMap<string, OsoElement>;
  /** Children per parent path, in XSD order. */
  children: ReadonlyMap<string, OsoElement[]>;
  roots: OsoElement[];
  categories: readonly OsoCategory[];
  rules: readonly OsoRule[];
  /** Absolute path of the generated JSON Schema file, when the package ships it. */
  schemaFile: string | null;
  /** Absolute path of the XSD the package ships for this version (`./xsd/oso-<version>.xsd`), if any. */
  xsdFile: string | null;
}

export interface OsoData {
  pkg: PackageInfo;
  versions: OsoVersionData[];
  changes: readonly OsoChange[];
  /** How the sources of the change list were searched (`OSO_CHANGES_2024_1_SEARCH`). */
  changesSearch?: string;
  /** Meaning of the category values (VERPLICHT, OPTIONEEL, OPT-UIT, VERBODEN). */
  categoryValues: Record<string, { betekenis?: string; gegevens?: string }>;
  /** Namespace, standaardversie and validatieversie per version. */
  versionInfo: Record<string, Record<string, unknown>>;
}

const parentOf = (p: string): string => p.slice(0, p.lastIndexOf('/'));

/**
 * Loads the OSO data, or `null` when the package does not export its element tables yet.
 */
export async function loadOso(): Promise<OsoData | null> {
  const mod = await importPackage('@edustandaard/oso');
  const elementTable = functionExport<(v: string) => readonly OsoElement[]>(mod, 'elementTable');
  const versionList = arrayExport<string>(mod, 'OSO_VERSIONS');
  if (!elementTable || !versionList || versionList.length === 0) return null;
  const versions: OsoVersionData[] = [];
  // Newest first: the current agreement leads.
  for (const version of [...versionList].sort().reverse()) {
    const elements = elementTable(version);
    if (!Array.isArray(elements) || elements.length === 0) continue;
    const byPath = new Map<string, OsoElement>();
    const children = new Map<string, OsoElement[]>();
    const roots: OsoElement[] = [];
    for (const el of elements) {
      byPath.set(el.path, el);
      const parent = el.parent ?? parentOf(el.path);
      if (!parent) roots.push(el);
      else {
        const list = children.get(parent) ?? [];
        list.push(el);
        children.set(parent, list);
      }
    }
    const key = version.replace('.', '_');
    const categories =
      arrayExport<OsoCategory>(mod, `OSO_CATEGORIEEN_${key}`) ??
      arrayExport<OsoCategory>(mod, `CATEGORIEEN_${key}`) ??
      [];
    const rules = arrayExport<OsoRule>(mod, `OSO_RULES_${key}`) ?? [];
    versions.push({
      version,
      elements,
      byPath,
      children,
      roots,
      categories,
      rules,
      schemaFile: resolveExport(`@edustandaard/oso/schema/oso-${version}.json`),
      xsdFile: resolveExport(`@edustandaard/oso/xsd/oso-${version}.xsd`),
    });
  }
  if (versions.length === 0) return null;
  return {
    pkg: packageInfo('@edustandaard/oso'),
    versions,
    changes: arrayExport<OsoChange>(mod, 'OSO_CHANGES_2024_1') ?? [],
    ...(typeof mod?.OSO_CHANGES_2024_1_SEARCH === 'string'
      ? { changesSearch: mod.OSO_CHANGES_2024_1_SEARCH }
      : {}),
    categoryValues:
      objectExport<Record<string, { betekenis?: string; gegevens?: string }>>(
        mod,
        'CATEGORIE_WAARDEN',
      ) ?? {},
    versionInfo:
      objectExport<Record<string, Record<string, unknown>>>(mod, 'OSO_VERSION_INFO') ?? {},
  };
}

/** Cardinality in the standard's notation from min/max when the row lacks it. */
export function cardinalityOf(el: OsoElement): string {
  if (el.cardinality) return el.cardinality;
  const max = el.max === 'unbounded' ? Infinity : (el.max ?? 1);
  const min = el.min ?? 1;
  if (max === 0) return '0';
  if (max === 1) return min === 0 ? '?' : '1';
  return min === 0 ? '*' : '+';
}

/** Dutch reading of a cardinality symbol. */
export function cardinalityText(c: string): string {
  return (
    {
      '0': 'verboden (0)',
      '?': 'optioneel (0..1)',
      '1': 'verplicht (1)',
      '*': 'optioneel, herhaalbaar (0..n)',
      '+': 'verplicht, herhaalbaar (1..n)',
    }[c] ?? c
  );
}
