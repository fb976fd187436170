/**
 * Afsprakenset manifests (core's `AfsprakensetManifest`, DESIGN.md §7), one per afsprakenset package,
 * found by shape among each package's exports.
 */
import { importPackage, PACKAGE_NAMES } from './packages.ts';

export type Manifest = Record<string, unknown> & { version: string; status: string };

const isManifest = (v: unknown): v is Manifest => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const m = v as Record<string, unknown>;
  if (typeof m.version !== 'string' || typeof m.status !== 'string') return false;
  if (Array.isArray(m.elements) || Array.isArray(m.derivations)) return false; // a profile or derivation map
  const layers = ['context', 'scenario', 'roles', 'rollen', 'actors', 'actoren', 'process', 'proces', 'data', 'gegevens', 'interactions', 'interacties', 'transport', 'security', 'beveiliging', 'legal', 'legalGrounds', 'grondslagen'];
  return layers.filter((k) => k in m).length >= 3;
};

/** Name of a manifest for headings and anchors. */
export function manifestName(m: Manifest): string {
  return String(m.afsprakenset ?? m.naam ?? m.name ?? m.id ?? m.title ?? 'Afsprakenset');
}

/** Every manifest exported by any package, with the package it came from. */
export async function loadManifests(): Promise<{ pkg: string; manifest: Manifest }[]> {
  const out: { pkg: string; manifest: Manifest }[] = [];
  for (const name of PACKAGE_NAMES) {
    const mod = await importPackage(name);
    for (const value of Object.values(mod ?? {}))
      for (const c of Array.isArray(value) ? value : [value])
        if (isManifest(c) && !out.some((o) => o.manifest === c || (manifestName(o.manifest) === manifestName(c) && o.manifest.version === c.version)))
          out.push({ pkg: name, manifest: c });
  }
  return out;
}
