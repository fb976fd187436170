/**
 * Agreement prose (blocks.ts) as pages: one page per section, its parts as h2. Exports named in `export`
 * blocks are filled from the packages' data (`PRINCIPES` of oso-swv) or from the site's own computation
 * (`AMIGO_STEPS`, the ROSA layers each manifest fills).
 */
import { esc, slug } from '../lib/html.ts';
import { heading, type GeneratedPage, type Heading } from '../render/page.ts';
import type { AgreementSection, Block, Source } from './blocks.ts';

/** Renders a text with bare http(s) URLs as links. */
const text = (t: string): string =>
  esc(t).replace(/https?:\/\/[^\s)<]+[^\s)<.,;]/g, (u) => `<a href="${u}" rel="external">${u}</a>`);

export const sourceLine = (s: Source): string => {
  const t = [s.document, s.version, s.section].filter(Boolean).map(esc).join(', ');
  return `<p class="es-muted"><small>Bron: ${s.url ? `<a href="${esc(s.url)}" rel="external">${t}</a>` : t}</small></p>`;
};

/** Fills an `export` block. */
export type ExportRenderer = (name: string) => string | null;

function block(b: Block, fill: ExportRenderer): string {
  switch (b.kind) {
    case 'p':
      return `<p>${text(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const type = b.ordered && b.marker === 'a' ? ' type="a"' : '';
      return `<${tag}${type}>${b.items.map((i) => `<li>${text(i)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return `<table><thead><tr>${b.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${text(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'note':
      return `<p class="es-note"><strong>Toelichting van deze site:</strong> ${text(b.text)}</p>`;
    case 'assumption':
      return `<p class="es-assumption"><span class="es-badge">aanname</span> ${text(b.text)}</p>`;
    case 'export':
      return (
        fill(b.name) ??
        `<p class="es-muted">(${esc(b.name)} is niet beschikbaar in deze build.)</p>`
      );
  }
}

/**
 * One page per section.
 * @param sections - the sections
 * @param routeOf - URL of a section's page
 * @param fill - renders `export` blocks
 */
export function agreementPages(
  sections: AgreementSection[],
  routeOf: (id: string) => string,
  fill: ExportRenderer,
): GeneratedPage[] {
  return sections.map((s) => {
    const headings: Heading[] = [];
    let html = `${sourceLine(s.source)}${s.blocks.map((b) => block(b, fill)).join('')}`;
    for (const part of s.parts ?? []) {
      const h = heading(2, slug(part.id), part.title);
      headings.push(h.entry);
      html += `${h.html}${part.source ? sourceLine(part.source) : ''}${part.blocks.map((b) => block(b, fill)).join('')}`;
    }
    return {
      route: routeOf(s.id),
      title: s.title,
      description: `${s.source.document}, ${s.source.section}`,
      html,
      headings,
    };
  });
}
