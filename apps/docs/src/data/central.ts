/**
 * Central models (AMIGO) from `@edustandaard/core` (`CENTRAL_CONCEPTS`) and the derivation maps each
 * domain package exports (`DerivationMap { afsprakenset, version, derivations: [{ element, concept,
 * attribute?, note? }] }`), found by shape in every package's exports; the resolved derivations
 * (`*ResolvedDerivations`, every element with its status and conversion) grouped per concept by core's
 * `derivationsByConcept`, and the coverage per afsprakenset version (#18).
 */
import { importPackage, PACKAGE_NAMES, type PackageModule } from './packages.ts';

export interface CentralConcept {
  /** Stable id (`Persoon`), the value derivations refer to. */
  id: string;
  name: string;
  definition?: string;
  attributes: {
    naam: string;
    type?: string;
    definitie?: string;
    verplicht?: boolean;
    meervoudig?: boolean;
  }[];
  specialisatieVan?: string;
}

export interface Derivation {
  element: string;
  concept: string;
  attribute?: string;
  note?: string;
}

export interface DerivationMapData {
  afsprakenset: string;
  version: string;
  derivations: Derivation[];
}

/** Coverage of one afsprakenset version (`ResolvedDerivations.coverage` of core). */
export interface Coverage {
  afsprakenset: string;
  version: string;
  totaal: number;
  afgeleid: number;
  omgezet: number;
  domeinspecifiek: number;
  ontbreekt: number;
  percentage: number;
}

/** Every element of every afsprakenset derived from one concept, with its conversion (core's `ConceptDerivations`). */
export interface ConceptUse {
  concept: string;
  elements: {
    afsprakenset: string;
    version: string;
    element: string;
    attribute?: string;
    conversie: string;
    omkeerbaar: boolean;
    omgezet: boolean;
  }[];
}

export interface CentralData {
  concepts: CentralConcept[];
  maps: DerivationMapData[];
  /** Per afsprakenset version: derived / domain-specific / missing counts (empty when not exported). */
  coverage: Coverage[];
  /** Per concept every derived element (empty when the packages export no resolved derivations). */
  uses: ConceptUse[];
}

const isDerivationMap = (v: unknown): v is DerivationMapData =>
  !!v &&
  typeof v === 'object' &&
  typeof (v as DerivationMapData).afsprakenset === 'string' &&
  typeof (v as DerivationMapData).version === 'string' &&
  Array.isArray((v as DerivationMapData).derivations);

/** Every derivation map a package exports (single maps or arrays of maps). */
export function collectDerivationMaps(mod: PackageModule): DerivationMapData[] {
  const out: DerivationMapData[] = [];
  for (const value of Object.values(mod))
    for (const c of Array.isArray(value) ? value : [value])
      if (isDerivationMap(c) && !out.includes(c)) out.push(c);
  return out;
}

/** Normalises `CENTRAL_CONCEPTS` whether it is an array or a record keyed by name. */
function conceptsFrom(value: unknown): CentralConcept[] {
  const rows: unknown[] = Array.isArray(value)
    ? value
    : value && typeof value === 'object'
      ? Object.entries(value).map(([k, v]) =>
          v && typeof v === 'object'
            ? { name: k, ...(v as object) }
            : { name: k, definition: String(v) },
        )
      : [];
  return rows
    .filter((r): r is Record<string, unknown> => !!r && typeof r === 'object')
    .map((r) => {
      const name = String(r.naam ?? r.name ?? r.id ?? '');
      const parent = r.specialisatieVan ?? r.specialisatie ?? r.extends ?? r.parent;
      return {
        id: String(r.id ?? name),
        name,
        definition: (r.definitie ?? r.definition ?? r.description) as string | undefined,
        attributes: Array.isArray(r.attributes ?? r.attributen)
          ? ((r.attributes ?? r.attributen) as CentralConcept['attributes'])
          : [],
        ...(typeof parent === 'string' ? { specialisatieVan: parent } : {}),
      };
    })
    .filter((c) => c.name);
}

/** Loads the central concepts and all derivation maps, or `null` when core does not export concepts yet. */
export async function loadCentral(): Promise<CentralData | null> {
  const core = await importPackage('@edustandaard/core');
  const concepts = conceptsFrom(core?.CENTRAL_CONCEPTS);
  if (concepts.length === 0) return null;
  const maps: DerivationMapData[] = [];
  for (const name of PACKAGE_NAMES) {
    if (name === '@edustandaard/core') continue;
    const mod = await importPackage(name);
    if (mod)
      for (const m of collectDerivationMaps(mod))
        if (!maps.some((x) => x.afsprakenset === m.afsprakenset && x.version === m.version))
          maps.push(m);
  }
  // Resolved derivations (#18): each domain package exports `<x>ResolvedDerivations(version?)`; a
  // function with a version parameter is called for every version its derivation maps name.
  const tables: { afsprakenset: string; version: string; coverage: Coverage }[] = [];
  for (const name of PACKAGE_NAMES) {
    if (name === '@edustandaard/core') continue;
    const mod = await importPackage(name);
    if (!mod) continue;
    const versions = collectDerivationMaps(mod).map((m) => m.version);
    for (const [key, f] of Object.entries(mod)) {
      if (!/ResolvedDerivations$/.test(key) || typeof f !== 'function') continue;
      const args = f.length === 0 ? [undefined] : [...new Set(versions)];
      for (const v of args) {
        try {
          const t = (v === undefined ? f() : f(v)) as { coverage?: Coverage } | null;
          if (t?.coverage && !tables.some((x) => x === t))
            tables.push(t as (typeof tables)[number]);
        } catch (e) {
          console.warn(`[docs] ${name}.${key}(${v ?? ''}): ${(e as Error).message}`);
        }
      }
    }
  }
  const byConcept = (core?.derivationsByConcept ?? null) as
    ((t: readonly unknown[]) => ConceptUse[]) | null;
  return {
    concepts,
    maps,
    coverage: tables.map((t) => t.coverage),
    uses: byConcept && tables.length ? byConcept(tables) : [],
  };
}
