/**
 * OKE flow contracts from `@edustandaard/oke`: flows 0–6 (context, trigger, roles, interactions with
 * their OOAPI operation, Mermaid sequence text) and the payload JSON Schemas it ships.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importPackage, packageInfo, resolveExport, type PackageInfo, type PackageModule } from './packages.ts';

export interface OkeFlow {
  number: number;
  name: string;
  raw: Record<string, unknown>;
  interactions: Record<string, unknown>[];
  mermaid?: string;
}

export interface OkeData {
  pkg: PackageInfo;
  flows: OkeFlow[];
  roles: unknown;
  schemas: { name: string; file: string; schema: unknown }[];
}

function findFlows(mod: PackageModule): OkeFlow[] {
  for (const value of Object.values(mod)) {
    if (!Array.isArray(value) || value.length === 0) continue;
    const flows: OkeFlow[] = [];
    for (const f of value as Record<string, unknown>[]) {
      if (!f || typeof f !== 'object') continue;
      const n = f.number ?? f.nummer ?? f.flow ?? f.id;
      const num = typeof n === 'number' ? n : typeof n === 'string' && /^\d+$/.test(n.replace(/^flow/i, '')) ? Number(n.replace(/^flow/i, '')) : NaN;
      const name = f.name ?? f.naam ?? f.title;
      const inter = f.interactions ?? f.interacties;
      if (Number.isInteger(num) && typeof name === 'string' && Array.isArray(inter))
        flows.push({ number: num, name, raw: f, interactions: inter as Record<string, unknown>[], mermaid: typeof (f.mermaid ?? f.sequenceDiagram) === 'string' ? String(f.mermaid ?? f.sequenceDiagram) : undefined });
    }
    if (flows.length) return flows.sort((a, b) => a.number - b.number);
  }
  return [];
}

function findSchemas(): OkeData['schemas'] {
  const probe = resolveExport('@edustandaard/oke/package.json');
  if (!probe) return [];
  const dir = join(dirname(probe), 'schema');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return files.map((f) => ({ name: f.replace(/\.json$/, ''), file: f, schema: JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown }));
}

/** Loads the OKE data, or `null` when the package does not export its flows yet. */
export async function loadOke(): Promise<OkeData | null> {
  const mod = await importPackage('@edustandaard/oke');
  if (!mod) return null;
  const flows = findFlows(mod);
  if (flows.length === 0) return null;
  const rolesKey = Object.keys(mod).find((k) => /ROLES|ROLLEN/i.test(k));
  return { pkg: packageInfo('@edustandaard/oke'), flows, roles: rolesKey ? mod[rolesKey] : null, schemas: findSchemas() };
}
