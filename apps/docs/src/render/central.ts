/** Central models: each concept with its definition and where it appears in OSO, RIO and OKE. */
import { esc, slug } from '../lib/html.ts';
import type { CentralData } from '../data/central.ts';
import { url } from '../site/urls.ts';
import { heading, type GeneratedPage, type Heading } from './page.ts';
import type { SiteContext } from './context.ts';

function elementRef(ctx: SiteContext, afsprakenset: string, version: string, element: string): string {
  const code = `<code>${esc(element)}</code>`;
  if (/^OSO/i.test(afsprakenset) && ctx.hasElement(version, element)) return `<a href="${url.osoElement(version, element)}">${code}</a>`;
  if (/^RIO/i.test(afsprakenset) && !element.includes('/')) return `<a href="${url.rioEntity(element.split('.')[0]!)}">${code}</a>`;
  return code;
}

/**
 * The central models page with the derivation matrix.
 * @param data - concepts and derivation maps
 * @param ctx - cross-section context
 * @param rioEntities - names of the RIO entities that have an anchor on the RIO model page
 */
export function centralPages(data: CentralData, ctx: SiteContext, rioEntities: ReadonlySet<string> = new Set()): GeneratedPage[] {
  const sets = data.maps.map((m) => `${m.afsprakenset} ${m.version}`);
  const headings: Heading[] = [];
  let html = `<p>De centrale begrippen (AMIGO) uit <code>@edustandaard/core</code>. Elk domeinmodel geeft per element aan van welk centraal begrip het is afgeleid; daaruit volgt deze matrix.</p>`;
  html += `<table><thead><tr><th>Begrip</th>${sets.map((s) => `<th>${esc(s)}</th>`).join('')}</tr></thead><tbody>${data.concepts
    .map((c) => `<tr><td><a href="${url.concept(c.name)}">${esc(c.name)}</a></td>${data.maps.map((m) => `<td>${m.derivations.filter((d) => d.concept === c.name).length || '–'}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
  for (const c of data.concepts) {
    const h = heading(2, slug(c.name), c.name);
    headings.push(h.entry);
    html += h.html + (c.definition ? `<p>${esc(c.definition)}</p>` : '');
    const uses = data.maps.flatMap((m) => m.derivations.filter((d) => d.concept === c.name).map((d) => ({ m, d })));
    html += uses.length
      ? `<table><thead><tr><th>Afsprakenset</th><th>Element</th><th>Attribuut</th><th>Toelichting</th></tr></thead><tbody>${uses
          .map(({ m, d }) => {
            const ref = /^RIO/i.test(m.afsprakenset) && !rioEntities.has(d.element.split('.')[0]!) ? `<code>${esc(d.element)}</code>` : elementRef(ctx, m.afsprakenset, m.version, d.element);
            return `<tr><td>${esc(m.afsprakenset)} ${esc(m.version)}</td><td>${ref}</td><td>${esc(d.attribute ?? '')}</td><td>${esc(d.note ?? '')}</td></tr>`;
          })
          .join('')}</tbody></table>`
      : '<p class="es-muted">Nog door geen domeinmodel gebruikt.</p>';
  }
  return [{ route: url.central(), title: 'Centrale modellen', description: 'Centrale begrippen en waar ze voorkomen in OSO, RIO en OKE', html, headings }];
}
