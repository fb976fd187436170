/**
 * RIO from `@edustandaard/rio`: the informatiemodel (`RIO_ENTITEITEN`, `RIO_RELATIES`) for the diagram the
 * site draws at build time, the DUO webservice actions (`RIO_ACTIONS`) and the synchronisation procedure
 * data (the manifest's process steps, `PLAN_CATEGORIEEN`, `RIO_EXPORTS`, `SIS_CSV_COLUMNS`, `PLAN_CSV_COLUMNS`).
 */
import {
  arrayExport,
  importPackage,
  objectExport,
  packageInfo,
  type PackageInfo,
  type SourceLike,
} from './packages.ts';

export type { SourceLike } from './packages.ts';

export interface RioAttribute {
  naam: string;
  cardinaliteit?: string;
  identifier?: string;
  concept?: string;
  conceptAttribuut?: string;
  kenmerk?: string;
  type?: string;
}

export interface RioEntity {
  naam: string;
  deel?: string;
  definitie?: string;
  concept?: string;
  conceptNoot?: string;
  abstract?: boolean;
  specialisatieVan?: string;
  attributen: RioAttribute[];
  bron?: SourceLike;
}

export interface RioRelation {
  naam?: string;
  van: string;
  naar: string;
  vanCardinaliteit?: string;
  naarCardinaliteit?: string;
  toelichting?: string;
  bron?: SourceLike;
}

export interface RioData {
  pkg: PackageInfo;
  model: { entities: RioEntity[]; relations: RioRelation[] } | null;
  actions: Record<string, unknown>[];
  sync: {
    steps: { id: string; naam: string; actor: string; beschrijving?: string }[];
    actors: { id: string; naam: string }[];
    categories: Record<string, unknown>[];
    /** The plan's classifier table (`PLAN_REGELS`), in evaluation order: the first rule that holds decides. */
    regels: { id: string; categorie: string; voorwaarde: string; bron: string }[];
    exports: Record<string, unknown>[];
    sisColumns: unknown;
    planColumns: unknown;
  } | null;
}

/** Loads the RIO data, or `null` when the package exports neither the model nor the procedure yet. */
export async function loadRio(): Promise<RioData | null> {
  const mod = await importPackage('@edustandaard/rio');
  if (!mod) return null;
  const entities = arrayExport<RioEntity>(mod, 'RIO_ENTITEITEN');
  const relations = arrayExport<RioRelation>(mod, 'RIO_RELATIES');
  const model = entities?.length
    ? {
        entities: entities.map((e) => ({ ...e, attributen: e.attributen ?? [] })),
        relations: [...(relations ?? [])],
      }
    : null;
  const manifest = objectExport<{
    process?: {
      stappen?: RioData['sync'] extends infer S
        ? S extends { steps: infer T }
          ? T
          : never
        : never;
    };
    actors?: { id: string; naam: string }[];
  }>(mod, 'RIO_MANIFEST');
  const categories = arrayExport<Record<string, unknown>>(mod, 'PLAN_CATEGORIEEN') ?? [];
  const sync = categories.length
    ? {
        steps: [...(manifest?.process?.stappen ?? [])],
        actors: [...(manifest?.actors ?? [])],
        categories: [...categories],
        regels: [
          ...(arrayExport<{ id: string; categorie: string; voorwaarde: string; bron: string }>(
            mod,
            'PLAN_REGELS',
          ) ?? []),
        ],
        exports: [...(arrayExport<Record<string, unknown>>(mod, 'RIO_EXPORTS') ?? [])],
        sisColumns: mod.SIS_CSV_COLUMNS ?? null,
        planColumns: mod.PLAN_CSV_COLUMNS ?? null,
      }
    : null;
  const actions = [...(arrayExport<Record<string, unknown>>(mod, 'RIO_ACTIONS') ?? [])];
  if (!model && !sync && !actions.length) return null;
  return { pkg: packageInfo('@edustandaard/rio'), model, actions, sync };
}
