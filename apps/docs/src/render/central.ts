/** Central models: each concept with its definition, attributes and where it appears in OSO, RIO and OKE (from the derivation maps). */
import { esc, slug } from '../lib/html.ts';
import type { CentralData } from '../data/central.ts';
import { url } from '../site/urls.ts';
import { heading, type GeneratedPage, type Heading } from './page.ts';
import type { SiteContext } from './context.ts';

/**
 * The central models page with the derivation matrix.
 * @param data - concepts and derivation maps
 * @param ctx - cross-section context
 * @param rioEntities - names of the RIO entities that have an anchor on the RIO model page
 * @param okeSchemas - names of the OKE payload types that have an anchor on the schemas page
 */
export function centralPages(
  data: CentralData,
  ctx: SiteContext,
  rioEntities: ReadonlySet<string> = new Set(),
  okeSchemas: ReadonlySet<string> = new Set(),
): GeneratedPage[] {
  const ref = (afsprakenset: string, version: string, element: string): string => {
    const code = `<code>${esc(element)}</code>`;
    if (/^OSO/i.test(afsprakenset) && ctx.hasElement(version, element))
      return `<a href="${url.osoElement(version, element)}">${code}</a>`;
    const head = element.replace(/^\//, '').split(/[./#]/)[0]!;
    if (/^RIO/i.test(afsprakenset) && rioEntities.has(head))
      return `<a href="${url.rioEntity(head)}">${code}</a>`;
    if (/^OKE/i.test(afsprakenset) && okeSchemas.has(head))
      return `<a href="${url.okeSchema(head)}">${code}</a>`;
    return code;
  };
  const headings: Heading[] = [];
  let html = `<p>De centrale begrippen (AMIGO) uit <code>@edustandaard/core</code>. Elk domeinmodel geeft per element aan van welk centraal begrip het is afgeleid; daaruit volgt deze matrix (aantal afgeleide elementen per afsprakenset).</p>`;
  if (data.coverage.length) {
    const h = heading(2, 'dekking', 'Dekking per afsprakenset');
    headings.push(h.entry);
    html += `${h.html}<p>Per afsprakenset elk element van het domeinmodel: afgeleid van een centraal begrip (waarvan omgezet: een conversie die echt draait), bewust domeinspecifiek (met reden), of ontbrekend.</p><table><thead><tr><th>Afsprakenset</th><th>Elementen</th><th>Afgeleid</th><th>Waarvan omgezet</th><th>Domeinspecifiek</th><th>Ontbreekt</th><th>Dekking</th></tr></thead><tbody>${data.coverage
      .map(
        (c) =>
          `<tr id="dekking-${slug(c.afsprakenset)}-${slug(c.version)}"><td>${esc(c.afsprakenset)} ${esc(c.version)}</td><td>${c.totaal}</td><td>${c.afgeleid}</td><td>${c.omgezet}</td><td>${c.domeinspecifiek}</td><td>${c.ontbreekt}</td><td>${c.percentage} %</td></tr>`,
      )
      .join('')}</tbody></table>`;
    const hm = heading(2, 'matrix', 'Begrippen per afsprakenset');
    headings.push(hm.entry);
    html += hm.html;
  }
  html += `<table><thead><tr><th>Begrip</th>${data.maps.map((m) => `<th>${esc(m.afsprakenset)} ${esc(m.version)}</th>`).join('')}</tr></thead><tbody>${data.concepts
    .map(
      (c) =>
        `<tr><td><a href="${url.concept(c.id)}">${esc(c.name)}</a></td>${data.maps.map((m) => `<td>${m.derivations.filter((d) => d.concept === c.id).length || '–'}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
  for (const c of data.concepts) {
    const h = heading(2, slug(c.id), c.name);
    headings.push(h.entry);
    html += h.html + (c.definition ? `<p>${esc(c.definition)}</p>` : '');
    if (c.specialisatieVan && data.concepts.some((x) => x.id === c.specialisatieVan))
      html += `<p>Specialisatie van <a href="${url.concept(c.specialisatieVan)}">${esc(c.specialisatieVan)}</a>.</p>`;
    if (c.attributes.length)
      html += `<table><thead><tr><th>Attribuut</th><th>Type</th><th>Kardinaliteit</th><th>Definitie</th></tr></thead><tbody>${c.attributes
        .map(
          (a) =>
            `<tr><td><code>${esc(a.naam)}</code></td><td>${esc(a.type ?? '')}</td><td>${a.verplicht ? '1' : '0'}..${a.meervoudig ? 'n' : '1'}</td><td>${esc(a.definitie ?? '')}</td></tr>`,
        )
        .join('')}</tbody></table>`;
    const uses = data.maps.flatMap((m) =>
      m.derivations.filter((d) => d.concept === c.id).map((d) => ({ m, d })),
    );
    html += `<h3 id="${slug(c.id)}-gebruik">Waar het voorkomt</h3>`;
    const all = data.uses.find((u) => u.concept === c.id);
    if (all?.elements.length)
      html += `<p><a href="${url.conceptDerivations(c.id)}">Alle ${all.elements.length} afgeleide elementen met hun conversie</a> (${[
        ...new Set(all.elements.map((e) => `${e.afsprakenset} ${e.version}`)),
      ]
        .map(esc)
        .join(', ')}).</p>`;
    html += uses.length
      ? `<table><thead><tr><th>Afsprakenset</th><th>Element</th><th>Attribuut</th><th>Toelichting</th></tr></thead><tbody>${uses
          .map(
            ({ m, d }) =>
              `<tr><td>${esc(m.afsprakenset)} ${esc(m.version)}</td><td>${ref(m.afsprakenset, m.version, d.element)}</td><td>${esc(d.attribute ?? '')}</td><td>${esc(d.note ?? '')}</td></tr>`,
          )
          .join('')}</tbody></table>`
      : '<p class="es-muted">Nog door geen domeinmodel gebruikt.</p>';
  }
  const usePages: GeneratedPage[] = data.uses.flatMap((u) => {
    const c = data.concepts.find((x) => x.id === u.concept);
    if (!c || !u.elements.length) return [];
    const sets = [...new Set(u.elements.map((e) => `${e.afsprakenset}|${e.version}`))];
    const hs: Heading[] = [];
    let body = `<p>Elk element van elke afsprakenset dat van het centrale begrip <a href="${url.concept(c.id)}">${esc(c.name)}</a> is afgeleid, met de conversie. <em>Omgezet</em>: de conversie draait (<code>toCentral</code>/<code>fromCentral</code>); <em>omkeerbaar</em>: terug levert hetzelfde op.</p>`;
    for (const key of sets) {
      const [as, v] = key.split('|') as [string, string];
      const h = heading(2, `${slug(as)}-${slug(v)}`, `${as} ${v}`);
      hs.push(h.entry);
      const rows = u.elements.filter((e) => e.afsprakenset === as && e.version === v);
      body += `${h.html}<table><thead><tr><th>Element</th><th>Attribuut</th><th>Conversie</th><th>Omgezet</th><th>Omkeerbaar</th></tr></thead><tbody>${rows
        .map(
          (e) =>
            `<tr><td>${ref(as, v, e.element)}</td><td>${e.attribute ? `<code>${esc(e.attribute)}</code>` : ''}</td><td>${esc(e.conversie)}</td><td>${e.omgezet ? 'ja' : 'nee'}</td><td>${e.omkeerbaar ? 'ja' : 'nee'}</td></tr>`,
        )
        .join('')}</tbody></table>`;
    }
    return [
      {
        route: url.conceptDerivations(c.id),
        title: `${c.name}: afleidingen`,
        description: `Elementen van OSO, RIO en OKE afgeleid van het centrale begrip ${c.name}`,
        html: body,
        headings: hs,
      },
    ];
  });
  return [
    ...usePages,
    {
      route: url.central(),
      title: 'Centrale modellen',
      description: 'Centrale begrippen en waar ze voorkomen in OSO, RIO en OKE',
      html,
      headings,
    },
  ];
}
