/**
 * Where the site is published: its origin (`SITE_URL`) and base path (`BASE_PATH`), both read from the
 * environment at build time (issue #16 part 3), e.g. `SITE_URL=https://edustandaard.github.io
 * BASE_PATH=/edustandaard-ts/` for the GitHub Pages URL the packages name as their homepage. Canonical
 * URLs, og:url and the sitemap follow `SITE_URL`; every internal link is prefixed with `BASE_PATH`.
 */

/**
 * Normalises a base path to `/`, or `/a/b/` (leading and trailing slash, no doubles).
 * @param raw - the configured value (`''`, `/`, `docs`, `/docs/`)
 */
export function normaliseBase(raw: string | undefined): string {
  const parts = (raw ?? '').split('/').filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

/** The base path every internal link starts with: `/` or `/name/`. */
export const BASE = normaliseBase(process.env.BASE_PATH);

/** The origin canonical URLs and the sitemap name (defaults to the local preview server). */
export const SITE_URL = (process.env.SITE_URL || 'http://localhost:4173').replace(/\/+$/, '');

/**
 * A root-absolute site path with the base path in front: `/oso/` → `/edustandaard-ts/oso/`.
 * @param path - a path starting with `/`
 */
export const withBase = (path: string): string =>
  path.startsWith('/') ? BASE.slice(0, -1) + path : path;

/**
 * The inverse of {@link withBase}: `/edustandaard-ts/oso/` → `/oso/`.
 * @param path - a path that may start with the base path
 */
export const withoutBase = (path: string): string =>
  BASE !== '/' && path.startsWith(BASE) ? path.slice(BASE.length - 1) : path;
