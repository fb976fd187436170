/** RIO pages: overview, the informatiemodel drawn at build time (SVG) with every entity, and the synchronisation procedure. */
import { esc, slug } from '../lib/html.ts';
import { renderValue } from '../lib/render.ts';
import { erdSvg } from '../lib/erd.ts';
import type { RioData } from '../data/rio.ts';
import { url } from '../site/urls.ts';
import { heading, type GeneratedPage, type Heading } from './page.ts';
import type { SiteContext } from './context.ts';

/**
 * All RIO pages.
 * @param data - the loaded RIO data
 * @param ctx - cross-section context (central concepts)
 */
export function rioPages(data: RioData, ctx: SiteContext): GeneratedPage[] {
  const pages: GeneratedPage[] = [];
  let overview = `<p>${esc(data.pkg.description)} Package <code>${esc(data.pkg.name)}@${esc(data.pkg.version)}</code>.</p><ul>`;
  if (data.model) overview += `<li><a href="${url.rioModel()}">Informatiemodel</a>: ${data.model.entities.length} entiteiten, ${data.model.relations.length} relaties.</li>`;
  if (data.sync) overview += `<li><a href="${url.rioSync()}">Synchronisatie SIS ↔ RIO</a>: de procedure voordat een OOAPI-koppeling live gaat.</li>`;
  overview += '</ul>';
  pages.push({ route: url.rio(), title: 'RIO', description: 'Register Instellingen en Opleidingen', html: overview });
  if (data.model) {
    const { entities, relations } = data.model;
    const svg = erdSvg(
      entities.map((e) => ({ name: e.name, attributes: e.attributes, href: `#${slug(e.name)}` })),
      relations,
      'RIO informatiemodel',
    );
    const headings: Heading[] = [];
    let html = `<p>Het RIO-informatiemodel, bij het bouwen van de site getekend uit de entiteiten en relaties die <code>${esc(data.pkg.name)}</code> exporteert. Klik een entiteit voor haar attributen.</p><figure class="es-diagram" id="diagram">${svg}</figure>`;
    const hr = heading(2, 'relaties', 'Relaties');
    headings.push(hr.entry);
    html += `${hr.html}<table><thead><tr><th>Van</th><th>Relatie</th><th>Naar</th><th>Kardinaliteit</th></tr></thead><tbody>${relations
      .map((r) => `<tr><td><a href="#${slug(r.from)}">${esc(r.from)}</a></td><td>${esc(r.name ?? r.kind ?? '')}</td><td><a href="#${slug(r.to)}">${esc(r.to)}</a></td><td>${esc(r.fromCardinality ?? '')} → ${esc(r.toCardinality ?? '')}</td></tr>`)
      .join('')}</tbody></table>`;
    for (const e of entities) {
      const h = heading(2, slug(e.name), e.name);
      headings.push(h.entry);
      const concepts = ctx.central ? ctx.conceptsOf('RIO', data.pkg.version, e.name) : [];
      html += h.html + (e.description ? `<p>${esc(e.description)}</p>` : '');
      if (e.kindOf) html += `<p>Soort van <a href="#${slug(e.kindOf)}">${esc(e.kindOf)}</a>.</p>`;
      const concept = e.concept ?? concepts[0]?.concept;
      if (concept && ctx.central?.concepts.some((c) => c.id === concept)) html += `<p>Centraal concept: <a href="${url.concept(concept)}">${esc(concept)}</a></p>`;
      html += e.attributes.length
        ? `<table><thead><tr><th>Attribuut</th><th>Type</th><th>Kardinaliteit</th><th>Omschrijving</th></tr></thead><tbody>${e.attributes
            .map((a) => `<tr><td><code>${esc(a.name)}</code></td><td>${esc(a.type ?? '')}</td><td>${esc(a.cardinality ?? '')}</td><td>${esc(a.description ?? '')}</td></tr>`)
            .join('')}</tbody></table>`
        : '<p class="es-muted">Geen attributen.</p>';
    }
    pages.push({ route: url.rioModel(), title: 'RIO informatiemodel', description: 'Entiteiten, attributen en relaties van RIO', html, headings });
  }
  if (data.sync) {
    pages.push({
      route: url.rioSync(),
      title: 'Synchronisatie SIS ↔ RIO',
      description: 'De procedure om een SIS en RIO te koppelen voordat de OOAPI-koppeling live gaat',
      html: `<p>De stappen uit de synchronisatiehandleiding, zoals <code>${esc(data.pkg.name)}</code> ze als data uitvoert.</p>${renderValue(data.sync)}`,
    });
  }
  return pages;
}
