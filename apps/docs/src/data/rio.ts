/**
 * RIO from `@edustandaard/rio`: the informatiemodel as entity/relation data (for the diagram the site
 * draws at build time) and the synchronisation procedure, found by shape among the exports.
 */
import { importPackage, packageInfo, type PackageInfo, type PackageModule } from './packages.ts';

export interface RioAttribute {
  name: string;
  type?: string;
  cardinality?: string;
  description?: string;
}

export interface RioEntity {
  name: string;
  description?: string;
  attributes: RioAttribute[];
  concept?: string;
  kindOf?: string;
}

export interface RioRelation {
  from: string;
  to: string;
  name?: string;
  fromCardinality?: string;
  toCardinality?: string;
  kind?: string;
}

export interface RioData {
  pkg: PackageInfo;
  model: { entities: RioEntity[]; relations: RioRelation[] } | null;
  sync: unknown | null;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

function normEntity(raw: Record<string, unknown>): RioEntity | null {
  const name = str(raw.name ?? raw.naam);
  if (!name) return null;
  const attrsRaw = raw.attributes ?? raw.attributen ?? raw.fields ?? [];
  const attributes = (Array.isArray(attrsRaw) ? attrsRaw : Object.entries(attrsRaw as object).map(([k, v]) => ({ name: k, ...(typeof v === 'object' ? v : { type: v }) })))
    .filter((a): a is Record<string, unknown> => !!a && typeof a === 'object')
    .map((a) => ({ name: str(a.name ?? a.naam) ?? '?', type: str(a.type), cardinality: str(a.cardinality ?? a.kardinaliteit), description: str(a.description ?? a.omschrijving ?? a.definitie) }));
  return { name, description: str(raw.description ?? raw.omschrijving ?? raw.definitie), attributes, concept: str(raw.concept ?? raw.centralConcept), kindOf: str(raw.kindOf ?? raw.specialisatieVan ?? raw.extends) };
}

function normRelation(raw: Record<string, unknown>): RioRelation | null {
  const from = str(raw.from ?? raw.van ?? raw.source);
  const to = str(raw.to ?? raw.naar ?? raw.target);
  if (!from || !to) return null;
  return { from, to, name: str(raw.name ?? raw.naam ?? raw.label), fromCardinality: str(raw.fromCardinality ?? raw.vanKardinaliteit ?? raw.sourceCardinality), toCardinality: str(raw.toCardinality ?? raw.naarKardinaliteit ?? raw.targetCardinality ?? raw.cardinality), kind: str(raw.kind ?? raw.soort) };
}

function findModel(mod: PackageModule): RioData['model'] {
  for (const value of Object.values(mod)) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    const v = value as Record<string, unknown>;
    const ents = v.entities ?? v.entiteiten;
    const rels = v.relations ?? v.relaties;
    if (Array.isArray(ents) && Array.isArray(rels)) {
      const entities = ents.map((e) => normEntity(e as Record<string, unknown>)).filter((e): e is RioEntity => !!e);
      const relations = rels.map((r) => normRelation(r as Record<string, unknown>)).filter((r): r is RioRelation => !!r);
      if (entities.length) return { entities, relations };
    }
  }
  return null;
}

/** Loads the RIO data, or `null` when the package exports neither the model nor the procedure yet. */
export async function loadRio(): Promise<RioData | null> {
  const mod = await importPackage('@edustandaard/rio');
  if (!mod) return null;
  const model = findModel(mod);
  const syncKey = Object.keys(mod).find((k) => /SYNC.*(PROCED|STAP|STEP)|PROCEDURE/i.test(k) && mod[k] && typeof mod[k] === 'object');
  const sync = syncKey ? mod[syncKey] : null;
  if (!model && !sync) return null;
  return { pkg: packageInfo('@edustandaard/rio'), model, sync };
}
