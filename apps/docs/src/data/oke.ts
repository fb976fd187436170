/**
 * OKE flow contracts from `@edustandaard/oke`: `FLOWS` (flows 0–6: context, trigger, roles,
 * interactions with their OOAPI operation id, Mermaid sequence text), `ROLES`, `OPERATIONS` (method,
 * path, parameters, bodies, responses, scopes) and the payload JSON Schemas it generates and exports
 * (`@edustandaard/oke/schema/<Type>.json`, one per `SCHEMA_TYPES` entry).
 */
import { readFileSync } from 'node:fs';
import {
  arrayExport,
  importPackage,
  packageInfo,
  resolveExport,
  type PackageInfo,
  type SourceLike,
} from './packages.ts';

export type { SourceLike } from './packages.ts';

export interface OkeInteraction {
  id: string;
  naam: string;
  subflow?: string;
  consumer: string | readonly string[];
  provider: string;
  operationId: string;
  query?: Readonly<Record<string, string | null>>;
  pattern?: string;
  sinds?: string;
  optioneel?: boolean;
  notes?: readonly string[];
  source?: SourceLike;
}

export interface OkeFlow {
  nummer: number;
  naam: string;
  context?: string;
  trigger?: string;
  providers?: readonly string[];
  consumers?: readonly string[];
  scope?: string;
  sinds?: string;
  optioneel?: boolean;
  notes?: readonly string[];
  interactions: readonly OkeInteraction[];
  mermaid?: string;
  source?: SourceLike;
}

export interface OkeRole {
  id: string;
  naam: string;
  englishName?: string;
  omschrijving?: string;
  source?: SourceLike;
}

export interface OkeOperation {
  operationId: string;
  method: string;
  path: string;
  summary?: string;
  parameters?: readonly {
    name: string;
    in: string;
    required: boolean;
    type: string;
    enum?: readonly unknown[];
    description?: string;
  }[];
  requestBody?: { contentType: string; type: string | null; required: boolean } | null;
  responses?: Readonly<
    Record<string, { description: string; contentType: string | null; type: string | null }>
  >;
  scopes?: readonly string[];
}

export interface OkeSchema {
  name: string;
  /** The JSON Schema as the package ships it. */
  schema: Record<string, unknown>;
  /** Its text, served as a download. */
  text: string;
}

export interface OkeData {
  pkg: PackageInfo;
  flows: OkeFlow[];
  roles: OkeRole[];
  operations: Map<string, OkeOperation>;
  schemas: OkeSchema[];
}

const isFlow = (f: unknown): f is OkeFlow =>
  !!f &&
  typeof f === 'object' &&
  typeof (f as OkeFlow).nummer === 'number' &&
  typeof (f as OkeFlow).naam === 'string' &&
  Array.isArray((f as OkeFlow).interactions);

/** Loads the OKE data, or `null` when the package does not export its flows yet. */
export async function loadOke(): Promise<OkeData | null> {
  const mod = await importPackage('@edustandaard/oke');
  const flows = (arrayExport<unknown>(mod, 'FLOWS') ?? []).filter(isFlow);
  if (flows.length === 0) return null;
  const operations = new Map(
    (arrayExport<OkeOperation>(mod, 'OPERATIONS') ?? []).map((o) => [o.operationId, o]),
  );
  const schemas: OkeSchema[] = [];
  for (const name of arrayExport<string>(mod, 'SCHEMA_TYPES') ?? []) {
    const file = resolveExport(`@edustandaard/oke/schema/${name}.json`);
    if (!file) continue;
    const text = readFileSync(file, 'utf8');
    schemas.push({ name, schema: JSON.parse(text) as Record<string, unknown>, text });
  }
  return {
    pkg: packageInfo('@edustandaard/oke'),
    flows: [...flows].sort((a, b) => a.nummer - b.nummer),
    roles: [...(arrayExport<OkeRole>(mod, 'ROLES') ?? [])],
    operations,
    schemas,
  };
}
