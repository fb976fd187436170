/** Small, dependency-free helpers to render data safely into HTML. */

const ESC: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and attribute values.
 * @param value - any value; `null`/`undefined` become the empty string
 */
export function esc(value: unknown): string {
  return value === null || value === undefined
    ? ''
    : String(value).replace(/[&<>"']/g, (c) => ESC[c]!);
}

/**
 * A stable, URL- and id-safe slug: lower case, ASCII letters/digits, `.`, `_` and `-` kept.
 * `PaO.LL10` → `pao.ll10`; `cat_leerling` → `cat_leerling`; spaces become `-`.
 * @param value - the text to slug
 */
export function slug(value: string): string {
  const s = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'x';
}

/**
 * An element path (`/dossier/huidigeschool/leerling/geboorteplaats`) as an HTML id:
 * `dossier.huidigeschool.leerling.geboorteplaats`.
 * @param path - an XPath-like element path
 */
export function pathId(path: string): string {
  return slug(path.replace(/^\/+/, '').replace(/\//g, '.'));
}

/**
 * An element path as escaped HTML that may wrap after each `/` (long paths in narrow table columns).
 * @param path - an XPath-like element path
 */
export function pathHtml(path: string): string {
  return esc(path).replace(/\//g, '/<wbr>');
}

/**
 * A diagram box: the SVG fits the column width, and a "Ware grootte" button (handled by the page script
 * in `src/pages/[...route].astro`) shows it at its natural size in a box that scrolls on its own.
 * @param id - the figure's id
 * @param svg - the SVG markup
 */
export function diagramFigure(id: string, svg: string): string {
  return `<figure class="es-diagram" id="${esc(id)}"><div class="es-diagram-tools"><button type="button" class="es-zoom" aria-pressed="false" aria-controls="${esc(id)}">Ware grootte</button></div><div class="es-diagram-canvas">${svg}</div></figure>`;
}
