/**
 * The afsprakenset versions this package implements, as data (issue #13: packages use plain
 * semver; the version of the agreement is not the package version). Shown in the README and on
 * the site.
 */

/** Versions of the Edu-V agreement "Identiteiten" implemented: 0.9.0 (27 juni 2024). */
export const AFSPRAKENSET_VERSIONS = ['0.9.0'] as const;

/** One of {@link AFSPRAKENSET_VERSIONS}. */
export type IdentiteitenVersion = (typeof AFSPRAKENSET_VERSIONS)[number];
