/**
 * OKE flow contracts from `@edustandaard/oke`: `FLOWS` (flows 0–6: context, trigger, roles,
 * interactions with their OOAPI operation id, Mermaid sequence text), `ROLES`, `OPERATIONS` (method,
 * path, parameters, bodies, responses, scopes) and the payload JSON Schemas it generates and exports
 * (`@edustandaard/oke/schema/<Type>.json`, one per `SCHEMA_TYPES` entry); the flow duties
 * (`OKE_DUTIES`, `DUTY_EXAMPLES`, `FLOW_TRIGGERS`), `SCHEMA_READINGS`, `NAMED_FAULTS` and
 * `OKE_MANIFEST_ASSUMPTIONS` (#14).
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

/** A flow duty (`OKE_DUTIES`): what a message or the chain must satisfy, checked by `checkJson`/the chain. */
export interface OkeDuty {
  code: string;
  severity: 'fout' | 'waarschuwing' | 'aanbeveling';
  message: string;
  /** Interaction ids, or `*` for every interaction. */
  interactions: readonly string[] | '*';
  scope: 'message' | 'chain';
  direction: 'request' | 'response' | 'both';
  check?: { kind: string };
  source?: SourceLike;
  assumption?: boolean;
}

/** A violating and a clean message for a duty (`DUTY_EXAMPLES`). */
export interface OkeDutyExample {
  code: string;
  interaction: string;
  direction: string;
  path?: string;
  violating: unknown;
  clean: unknown;
}

/** What starts a flow and which duties check it (`FLOW_TRIGGERS`). */
export interface OkeFlowTrigger {
  flow: number;
  trigger: string;
  checkedBy: readonly string[];
  unchecked?: string;
}

/** How the package reads a place where the OOAPI specification is ambiguous (`SCHEMA_READINGS`). */
export interface OkeSchemaReading {
  id: string;
  where: string;
  spec: string;
  reading: string;
  source?: SourceLike;
}

export interface OkeData {
  pkg: PackageInfo;
  duties: OkeDuty[];
  dutyExamples: OkeDutyExample[];
  triggers: OkeFlowTrigger[];
  readings: OkeSchemaReading[];
  /** The faults the reference servers can inject (`NAMED_FAULTS`): name → description and roles. */
  faults: { name: string; omschrijving: string; roles: string[] }[];
  /** Assumptions in the OKE manifest (`OKE_MANIFEST_ASSUMPTIONS`): JSON pointer and why. */
  manifestAssumptions: { path: string; reden: string }[];
  flows: OkeFlow[];
  roles: OkeRole[];
  operations: Map<string, OkeOperation>;
  schemas: OkeSchema[];
  /**
   * Example instances per payload schema: the package's fictitious `sampleData` (the instances its
   * reference implementations and conformance kit send) that the package's own `validateSchema` accepts
   * for that schema.
   */
  examples: Map<string, { name: string; value: unknown }[]>;
}

type Validate = (type: string, value: unknown) => unknown[];

type Json = Record<string, unknown>;

/**
 * The properties of a schema's root object, following `$ref` into `definitions` and merging `allOf`
 * parts (OOAPI composes e.g. `Association` as `allOf: [AssociationId, AssociationProperties]`). For
 * `anyOf`/`oneOf` the variants are returned separately.
 * @param schema - a JSON Schema file as the package ships it
 */
export function schemaShape(schema: Json): {
  properties: Record<string, Json>;
  required: string[];
  variants: string[];
  type?: string;
  description?: string;
} {
  const defs = (schema.definitions ?? schema.$defs ?? {}) as Record<string, Json>;
  const deref = (n: Json, depth = 0): Json => {
    const ref = typeof n.$ref === 'string' ? n.$ref.split('/').pop() : undefined;
    return ref && defs[ref] && depth < 20 ? deref(defs[ref]!, depth + 1) : n;
  };
  const properties: Record<string, Json> = {};
  const required: string[] = [];
  const variants: string[] = [];
  let type: string | undefined;
  let description: string | undefined;
  const walk = (n: Json, depth: number): void => {
    if (depth > 20) return;
    const node = deref(n);
    type ??= typeof node.type === 'string' ? node.type : undefined;
    description ??= typeof node.description === 'string' ? node.description : undefined;
    Object.assign(properties, (node.properties ?? {}) as Record<string, Json>);
    required.push(...((node.required as string[] | undefined) ?? []));
    for (const part of (node.allOf ?? []) as Json[]) walk(part, depth + 1);
    for (const v of (node.anyOf ?? node.oneOf ?? []) as Json[])
      variants.push(
        typeof v.$ref === 'string' ? v.$ref.split('/').pop()! : String(v.type ?? 'object'),
      );
  };
  walk(schema, 0);
  return { properties, required: [...new Set(required)], variants, type, description };
}

/** Every sample of `sampleData` (functions called without arguments: their documented defaults). */
function samples(mod: Record<string, unknown> | null): { name: string; value: unknown }[] {
  const ns = mod?.sampleData;
  if (!ns || typeof ns !== 'object') return [];
  const out: { name: string; value: unknown }[] = [];
  for (const [name, f] of Object.entries(ns as Record<string, unknown>)) {
    if (typeof f !== 'function') continue;
    try {
      const value: unknown = (f as () => unknown)();
      if (value && typeof value === 'object') out.push({ name, value });
    } catch {
      /* a sample that needs arguments: skipped */
    }
  }
  return out;
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
  const validate =
    typeof mod?.validateSchema === 'function' ? (mod.validateSchema as Validate) : null;
  const examples = new Map<string, { name: string; value: unknown }[]>();
  if (validate)
    for (const sample of samples(mod))
      for (const s of schemas) {
        // The OOAPI schemas are open (few required properties), so "validates" alone would match every
        // sample: a sample is an example of a schema when it validates AND uses only properties the schema
        // declares, at least two of them.
        const props = schemaShape(s.schema).properties;
        const keys = Object.keys(sample.value as object);
        let ok = keys.length >= 2 && keys.every((k) => k in props);
        try {
          ok &&= validate(s.name, sample.value).length === 0;
        } catch {
          ok = false;
        }
        if (ok) examples.set(s.name, [...(examples.get(s.name) ?? []), sample]);
      }
  const faults = (mod?.NAMED_FAULTS ?? {}) as Record<
    string,
    { omschrijving?: string; roles?: Record<string, unknown> }
  >;
  return {
    pkg: packageInfo('@edustandaard/oke'),
    duties: [...(arrayExport<OkeDuty>(mod, 'OKE_DUTIES') ?? [])],
    dutyExamples: [...(arrayExport<OkeDutyExample>(mod, 'DUTY_EXAMPLES') ?? [])],
    triggers: [...(arrayExport<OkeFlowTrigger>(mod, 'FLOW_TRIGGERS') ?? [])],
    readings: [...(arrayExport<OkeSchemaReading>(mod, 'SCHEMA_READINGS') ?? [])],
    faults: Object.entries(faults).map(([name, f]) => ({
      name,
      omschrijving: String(f.omschrijving ?? ''),
      roles: Object.keys(f.roles ?? {}),
    })),
    manifestAssumptions: [
      ...(arrayExport<{ path: string; reden: string }>(mod, 'OKE_MANIFEST_ASSUMPTIONS') ?? []),
    ],
    examples,
    flows: [...flows].sort((a, b) => a.nummer - b.nummer),
    roles: [...(arrayExport<OkeRole>(mod, 'ROLES') ?? [])],
    operations,
    schemas,
  };
}
