/** The one shape every generator returns: a page the catch-all route renders as it is. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface GeneratedPage {
  /** URL path with leading and trailing slash, e.g. `/oso/2024.1/`. */
  route: string;
  title: string;
  description?: string;
  /** The page body (already escaped HTML). */
  html: string;
  /** Table of contents entries (h2/h3 ids present in `html`). */
  headings?: Heading[];
  /**
   * Relative search weight of the body (Pagefind `data-pagefind-weight`): pages of an older version get
   * less than 1 so the current version ranks first.
   */
  searchWeight?: number;
  /** Links to the same page in other versions, for the version switcher. */
  versions?: { version: string; route: string; current: boolean }[];
}

/** Thrown when a generator would produce a page without content: the build must fail. */
export class EmptyPageError extends Error {
  override readonly name = 'EmptyPageError';
}

/**
 * Fails when a page has no visible content or no title, or when two pages claim one route.
 * @param pages - every generated page
 * @returns the same pages
 */
export function assertPages(pages: readonly GeneratedPage[]): readonly GeneratedPage[] {
  const seen = new Set<string>();
  for (const p of pages) {
    if (!/^\/([^\s?#]*\/)?$/.test(p.route))
      throw new EmptyPageError(`Ongeldige route '${p.route}'.`);
    if (seen.has(p.route))
      throw new EmptyPageError(`Route ${p.route} wordt twee keer gegenereerd.`);
    seen.add(p.route);
    if (!p.title.trim()) throw new EmptyPageError(`Pagina ${p.route} heeft geen titel.`);
    const text = p.html
      .replace(/<[^>]*>/g, '')
      .replace(/&[a-z#0-9]+;/gi, ' ')
      .trim();
    if (text.length === 0) throw new EmptyPageError(`Pagina ${p.route} zou leeg zijn.`);
  }
  return pages;
}

/** An h2/h3 with an id, plus its ToC entry. */
export function heading(
  depth: 2 | 3,
  id: string,
  text: string,
  htmlText?: string,
): { html: string; entry: Heading } {
  return {
    html: `<h${depth} id="${id}">${htmlText ?? text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</h${depth}>`,
    entry: { depth, slug: id, text },
  };
}

/** Search weight of a page of `version` when `newest` is the current version. */
export const weightFor = (version: string, newest: string | undefined): number | undefined =>
  newest && version !== newest ? 0.4 : undefined;
