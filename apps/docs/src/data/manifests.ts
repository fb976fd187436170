/**
 * Afsprakenset manifests (core's `AfsprakensetManifest`, DESIGN.md §7): every export of every package
 * that core's own `checkManifest` accepts without findings.
 */
import { functionExport, importPackage, installedPackages, type SourceLike } from './packages.ts';

export type { SourceLike } from './packages.ts';

/** The manifest shape (structural copy of core's type; only what the template reads). */
export interface Manifest {
  id: string;
  naam: string;
  version: string;
  status: string;
  beheerder?: string;
  sources?: SourceLike[];
  context: {
    toepassingsdomein?: string;
    beschrijving?: string;
    scenarios?: { id: string; naam: string; beschrijving: string; buitenScope?: string[] }[];
    sources?: SourceLike[];
  };
  actors: { id: string; naam: string; beschrijving?: string; rollen?: string[] }[];
  process: {
    beschrijving?: string;
    stappen?: { id: string; naam: string; actor: string; beschrijving?: string }[];
    sources?: SourceLike[];
  };
  data: {
    gegevensset?: { id: string; version: string };
    profielen?: string[];
    codelijsten?: string[];
    sources?: SourceLike[];
  };
  interactions: {
    flow: string;
    naam: string;
    van: string;
    naar: string;
    patroon: string;
    bericht?: string;
    beschrijving?: string;
  }[];
  transport: { standaarden?: string[]; beschrijving?: string; sources?: SourceLike[] };
  security: { classificatie?: string; beschrijving?: string; sources?: SourceLike[] };
  legal: {
    doel?: string;
    grondslagen?: { naam: string; artikel?: string; beschrijving?: string; url?: string }[];
    sources?: SourceLike[];
  };
  [key: string]: unknown;
}

/** Every manifest exported by any package, with the package it came from, in package order. */
export async function loadManifests(): Promise<{ pkg: string; manifest: Manifest }[]> {
  const core = await importPackage('@edustandaard/core');
  const check = functionExport<(m: unknown) => unknown[]>(core, 'checkManifest');
  if (!check) return [];
  const out: { pkg: string; manifest: Manifest }[] = [];
  for (const name of installedPackages()) {
    const mod = await importPackage(name);
    for (const value of Object.values(mod ?? {}))
      for (const c of Array.isArray(value) ? value : [value]) {
        if (!c || typeof c !== 'object' || !('naam' in c) || !('status' in c) || !('context' in c))
          continue;
        const m = c as Manifest;
        if (
          check(m).length === 0 &&
          !out.some((o) => o.manifest.id === m.id && o.manifest.version === m.version)
        )
          out.push({ pkg: name, manifest: m });
      }
  }
  // Per package, the current version first.
  return out
    .map((o, i) => ({ o, i }))
    .sort((a, b) =>
      a.o.pkg === b.o.pkg
        ? b.o.manifest.version.localeCompare(a.o.manifest.version, 'en', { numeric: true })
        : a.i - b.i,
    )
    .map(({ o }) => o);
}

/** Name of a manifest for headings and anchors. */
export const manifestName = (m: Manifest): string => m.naam;
