/**
 * Loads the packages' PUBLIC entry points at build time. The site never copies package content:
 * every page is rendered from what these imports export. A package that does not (yet) export the
 * data a section needs yields `null`, and that section is simply not generated.
 */
import { createRequire } from 'node:module';
import { DESCRIPTIONS_NL } from './descriptions-nl.ts';

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
/**
 * Packages the site reads when they are installed: `@edustandaard/oso-overstap` (the overstap profiles
 * POPO/POVO/VOVO/BB) is a dependency of this app; it stays optional so a checkout without it still builds.
 */
export const OPTIONAL_PACKAGE_NAMES = ['@edustandaard/oso-overstap'] as const;
const OVERSTAP: string = OPTIONAL_PACKAGE_NAMES[0];
export type PackageName = (typeof PACKAGE_NAMES)[number] | (typeof OPTIONAL_PACKAGE_NAMES)[number];

/** The packages the site reads that are installed, in layer order. */
export const installedPackages = (): PackageName[] => [
  ...PACKAGE_NAMES,
  ...OPTIONAL_PACKAGE_NAMES.filter((n) => resolveExport(`${n}/package.json`) !== null),
];

// Static specifiers so the bundler keeps them as (external) runtime imports.
const IMPORTERS: Record<PackageName, () => Promise<unknown>> = {
  '@edustandaard/identifiers': () => import('@edustandaard/identifiers'),
  '@edustandaard/core': () => import('@edustandaard/core'),
  '@edustandaard/oso': () => import('@edustandaard/oso'),
  '@edustandaard/oso-swv': () => import('@edustandaard/oso-swv'),
  '@edustandaard/rio': () => import('@edustandaard/rio'),
  '@edustandaard/oke': () => import('@edustandaard/oke'),
  // Optional (OPTIONAL_PACKAGE_NAMES): a runtime specifier the bundler leaves alone, since the package
  // may not be installed; once it is a dependency, add it to `ssr.external` and make this static.
  '@edustandaard/oso-overstap': () => import(/* @vite-ignore */ OVERSTAP),
};

/**
 * Imports a package's public entry point.
 * @param name - the package name
 * @returns its exports, or `null` when it cannot be imported (not built yet); the reason is logged
 */
export async function importPackage(name: PackageName): Promise<PackageModule | null> {
  if (
    (OPTIONAL_PACKAGE_NAMES as readonly string[]).includes(name) &&
    !resolveExport(`${name}/package.json`)
  )
    return null; // not installed (yet): quietly absent
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
  /** Dutch description (the site's own text where the package has only English). */
  description: string;
  /** The package.json description as published. */
  descriptionEn?: string;
}

const nodeRequire = createRequire(import.meta.url);

/**
 * Reads a package's package.json through its exports map. The description shown is the Dutch one
 * from `DESCRIPTIONS_NL` (the site is Dutch; the packages describe themselves in English for npm),
 * falling back to the package's own text for a package the site has no Dutch text for yet.
 * @param name - the package name
 */
export function packageInfo(name: PackageName): PackageInfo {
  const pkg = nodeRequire(`${name}/package.json`) as Partial<PackageInfo>;
  const own = String(pkg.description ?? '');
  return {
    name,
    version: String(pkg.version ?? ''),
    description: DESCRIPTIONS_NL[name] ?? own,
    descriptionEn: own,
  };
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
