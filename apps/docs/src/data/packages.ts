/**
 * Loads the packages' PUBLIC entry points at build time. The site never copies package content:
 * every page is rendered from what these imports export. A package that does not (yet) export the
 * data a section needs yields `null`, and that section is simply not generated.
 */
import { createRequire } from 'node:module';

/** A package's namespace object, read structurally. */
export type PackageModule = Readonly<Record<string, unknown>>;

export const PACKAGE_NAMES = [
  '@edustandaard/identifiers',
  '@edustandaard/core',
  '@edustandaard/oso',
  '@edustandaard/oso-swv',
  '@edustandaard/rio',
  '@edustandaard/oke',
] as const;
export type PackageName = (typeof PACKAGE_NAMES)[number];

// Static specifiers so the bundler keeps them as (external) runtime imports.
const IMPORTERS: Record<PackageName, () => Promise<unknown>> = {
  '@edustandaard/identifiers': () => import('@edustandaard/identifiers'),
  '@edustandaard/core': () => import('@edustandaard/core'),
  '@edustandaard/oso': () => import('@edustandaard/oso'),
  '@edustandaard/oso-swv': () => import('@edustandaard/oso-swv'),
  '@edustandaard/rio': () => import('@edustandaard/rio'),
  '@edustandaard/oke': () => import('@edustandaard/oke'),
};

/**
 * Imports a package's public entry point.
 * @param name - the package name
 * @returns its exports, or `null` when it cannot be imported (not built yet); the reason is logged
 */
export async function importPackage(name: PackageName): Promise<PackageModule | null> {
  try {
    return (await IMPORTERS[name]()) as PackageModule;
  } catch (e) {
    console.warn(
      `[docs] ${name} niet te importeren (sectie wordt overgeslagen): ${(e as Error).message}`,
    );
    return null;
  }
}

/** Name, version and description from a package's own package.json (exported as `./package.json`). */
export interface PackageInfo {
  name: string;
  version: string;
  description: string;
}

const nodeRequire = createRequire(import.meta.url);

/**
 * Reads a package's package.json through its exports map.
 * @param name - the package name
 */
export function packageInfo(name: PackageName): PackageInfo {
  const pkg = nodeRequire(`${name}/package.json`) as Partial<PackageInfo>;
  return { name, version: String(pkg.version ?? ''), description: String(pkg.description ?? '') };
}

/**
 * Resolves a file a package ships and exports (e.g. `@edustandaard/oso/schema/oso-2024.1.json`).
 * @param specifier - the package subpath
 * @returns the absolute file path, or `null` when the package does not export it (yet)
 */
export function resolveExport(specifier: string): string | null {
  try {
    return nodeRequire.resolve(specifier);
  } catch {
    return null;
  }
}

/** Reads `mod[key]` when it is an array (a data export), else `null`. */
export function arrayExport<T = unknown>(
  mod: PackageModule | null,
  key: string,
): readonly T[] | null {
  const v = mod?.[key];
  return Array.isArray(v) ? (v as T[]) : null;
}

/** Reads `mod[key]` when it is a function, else `null`. */
export function functionExport<F extends (...args: never[]) => unknown>(
  mod: PackageModule | null,
  key: string,
): F | null {
  const v = mod?.[key];
  return typeof v === 'function' ? (v as F) : null;
}

/** Reads `mod[key]` when it is a plain object, else `null`. */
export function objectExport<T = Record<string, unknown>>(
  mod: PackageModule | null,
  key: string,
): T | null {
  const v = mod?.[key];
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as T) : null;
}

/** A source reference as the packages publish it: core's `SourceRef` (document, version, section, url). */
export type SourceLike = import('@edustandaard/core').SourceRef;
