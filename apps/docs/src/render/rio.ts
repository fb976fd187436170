/**
 * RIO pages: overview, the informatiemodel drawn at build time (SVG: an overview of all entities and
 * relations, then one diagram per part with attributes and cardinalities) with every entity on an
 * anchor, the DUO webservice actions, and the synchronisation procedure.
 */
import { esc, slug, diagramFigure } from '../lib/html.ts';
import { label, renderValue } from '../lib/render.ts';
import { erdSvg, type ErdRelation } from '../lib/erd.ts';
import type { RioData, RioEntity, SourceLike } from '../data/rio.ts';
import { url } from '../site/urls.ts';
import { heading, type GeneratedPage, type Heading } from './page.ts';
import type { SiteContext } from './context.ts';

const source = (s: SourceLike | undefined): string =>
  s ? [s.document, s.version, s.section].filter(Boolean).map(esc).join(', ') : '';

function edges(entities: RioEntity[], data: NonNullable<RioData['model']>): ErdRelation[] {
  const names = new Set(entities.map((e) => e.naam));
  const rel: ErdRelation[] = data.relations
    .filter((r) => names.has(r.van) && names.has(r.naar))
    .map((r) => ({
      from: r.van,
      to: r.naar,
      name: r.naam,
      fromCardinality: r.vanCardinaliteit,
      toCardinality: r.naarCardinaliteit,
    }));
  for (const e of entities)
    if (e.specialisatieVan && names.has(e.specialisatieVan))
      rel.push({ from: e.naam, to: e.specialisatieVan, kind: 'specialisatie' });
  return rel;
}

function modelPage(data: RioData, ctx: SiteContext): GeneratedPage {
  const model = data.model!;
  const headings: Heading[] = [];
  const add = (depth: 2 | 3, id: string, text: string): string => {
    const h = heading(depth, id, text);
    headings.push(h.entry);
    return h.html;
  };
  const overview = erdSvg(
    model.entities.map((e) => ({ name: e.naam, attributes: [], href: `#${slug(e.naam)}` })),
    edges(model.entities, model),
    'RIO informatiemodel: overzicht van alle entiteiten en relaties',
  );
  let html = `<p>Het RIO-informatiemodel, bij het bouwen van de site als SVG getekend uit de entiteiten en relaties die <code>${esc(data.pkg.name)}</code> exporteert (<code>RIO_ENTITEITEN</code>, <code>RIO_RELATIES</code>). Een open driehoek wijst naar de algemenere entiteit (specialisatie). Klik een entiteit voor haar attributen.</p>`;
  html +=
    add(2, 'alle-entiteiten', 'Alle entiteiten en relaties') + diagramFigure('diagram', overview);
  const parts = [...new Set(model.entities.map((e) => e.deel ?? 'model'))];
  for (const part of parts) {
    const ents = model.entities.filter((e) => (e.deel ?? 'model') === part);
    const svg = erdSvg(
      ents.map((e) => ({
        name: e.naam,
        attributes: e.attributen.map((a) => ({
          name: a.naam,
          type: a.identifier ?? a.type,
          cardinality: a.cardinaliteit,
        })),
        href: `#${slug(e.naam)}`,
      })),
      edges(ents, model),
      `RIO informatiemodel: ${part}`,
    )
      .replace(/id="erd-title"/, `id="erd-title-${slug(part)}"`)
      .replace(/aria-labelledby="erd-title"/, `aria-labelledby="erd-title-${slug(part)}"`)
      .replace(/erd-spec/g, `erd-spec-${slug(part)}`);
    html +=
      add(2, `deel-${slug(part)}`, `Deel ${label(part).toLowerCase()}`) +
      diagramFigure(`diagram-${slug(part)}`, svg);
  }
  html += add(2, 'relaties', 'Relaties');
  html += `<table><thead><tr><th>Van</th><th>Relatie</th><th>Naar</th><th>Kardinaliteit</th><th>Toelichting</th></tr></thead><tbody>${model.relations
    .map(
      (r) =>
        `<tr><td><a href="#${slug(r.van)}">${esc(r.van)}</a></td><td>${esc(r.naam ?? '')}</td><td><a href="#${slug(r.naar)}">${esc(r.naar)}</a></td><td>${esc(r.vanCardinaliteit ?? '')} → ${esc(r.naarCardinaliteit ?? '')}</td><td>${esc(
          r.toelichting ?? '',
        )}${r.bron ? `<br><small>${source(r.bron)}</small>` : ''}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  html += add(2, 'entiteiten', 'Entiteiten');
  const concept = (id: string | undefined): string =>
    id
      ? ctx.central?.concepts.some((c) => c.id === id)
        ? `<a href="${url.concept(id)}">${esc(id)}</a>`
        : esc(id)
      : '';
  for (const e of model.entities) {
    html += `<h3 id="${slug(e.naam)}">${esc(e.naam)}${e.abstract ? ' <small>(abstract)</small>' : ''}</h3>`;
    headings.push({ depth: 3, slug: slug(e.naam), text: e.naam });
    html += `<p>${esc(e.definitie ?? '')}</p><dl class="es-dl">${e.deel ? `<dt>Deel</dt><dd>${esc(e.deel)}</dd>` : ''}${
      e.specialisatieVan
        ? `<dt>Specialisatie van</dt><dd><a href="#${slug(e.specialisatieVan)}">${esc(e.specialisatieVan)}</a></dd>`
        : ''
    }${e.concept ? `<dt>Centraal concept</dt><dd>${concept(e.concept)}${e.conceptNoot ? ` <small>(${esc(e.conceptNoot)})</small>` : ''}</dd>` : ''}${e.bron ? `<dt>Bron</dt><dd>${source(e.bron)}</dd>` : ''}</dl>`;
    if (e.attributen.length)
      html += `<table><thead><tr><th>Attribuut</th><th>Kardinaliteit</th><th>Identifier</th><th>Centraal concept</th><th>Kenmerk</th></tr></thead><tbody>${e.attributen
        .map(
          (a) =>
            `<tr><td><code>${esc(a.naam)}</code></td><td>${esc(a.cardinaliteit ?? '')}</td><td>${a.identifier ? `<a href="${url.identifierAnchor(a.identifier)}"><code>${esc(a.identifier)}</code></a>` : ''}</td><td>${concept(a.concept)}${
              a.conceptAttribuut ? ` · ${esc(a.conceptAttribuut)}` : ''
            }</td><td>${esc(a.kenmerk ?? '')}</td></tr>`,
        )
        .join('')}</tbody></table>`;
  }
  return {
    route: url.rioModel(),
    title: 'RIO informatiemodel',
    description: 'Entiteiten, attributen, relaties en kardinaliteiten van RIO',
    html,
    headings,
  };
}

function syncPage(data: RioData): GeneratedPage {
  const s = data.sync!;
  const headings: Heading[] = [];
  const add = (id: string, text: string): string => {
    const h = heading(2, id, text);
    headings.push(h.entry);
    return h.html;
  };
  const actor = (id: string): string => esc(s.actors.find((a) => a.id === id)?.naam ?? id);
  let html = `<p>Voordat een OOAPI-koppeling tussen een SIS en RIO live gaat, moeten beide kanten op elkaar aansluiten. <code>${esc(data.pkg.name)}</code> maakt daarvoor een plan (<code>edustandaard rio sync</code>); het schrijft zelf nooit naar RIO.</p>`;
  if (s.steps.length)
    html +=
      add('stappen', 'Stappen') +
      `<ol>${s.steps.map((st) => `<li id="stap-${slug(st.id)}"><strong>${esc(st.naam)}</strong> (${actor(st.actor)})${st.beschrijving ? ` — ${esc(st.beschrijving)}` : ''}</li>`).join('')}</ol>`;
  html += add('plan', 'Categorieën in het plan');
  html += `<table><thead><tr><th>Categorie</th><th>Actie</th><th>Omschrijving</th><th>Bron</th></tr></thead><tbody>${s.categories
    .map(
      (c) =>
        `<tr id="categorie-${slug(String(c.categorie))}"><td><code>${esc(c.categorie)}</code></td><td>${esc(c.actie ?? '')}</td><td>${esc(c.omschrijving ?? '')}</td><td>${esc(c.bron ?? '')}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  if (s.regels.length) {
    html += add('beslisregels', 'Hoe het plan een regel indeelt');
    const hasCat = new Set(s.categories.map((c) => String(c.categorie)));
    html += `<p>De beslistabel van het plan (<code>PLAN_REGELS</code>), in de volgorde waarin ze getoetst worden: de eerste regel die opgaat bepaalt de categorie.</p><table><thead><tr><th>#</th><th>Regel</th><th>Voorwaarde</th><th>Categorie</th><th>Bron (handleiding)</th></tr></thead><tbody>${s.regels
      .map(
        (r, i) =>
          `<tr id="regel-${slug(r.id)}"><td>${i + 1}</td><td><code>${esc(r.id)}</code></td><td>${esc(r.voorwaarde)}</td><td>${hasCat.has(r.categorie) ? `<a href="#categorie-${slug(r.categorie)}"><code>${esc(r.categorie)}</code></a>` : `<code>${esc(r.categorie)}</code>`}</td><td>${esc(r.bron)}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  }
  if (s.exports.length) {
    html += add('invoer', 'Invoer: DUO open-data-exports');
    // The kolomkoppen are an assumption of @edustandaard/rio (DUO documents them in PDFs that are not
    // public; its src/sync/exports.ts says so); the package flags it in prose, so the site flags it here.
    const flagged = s.exports.find((x) => typeof x.assumption === 'string')?.assumption as
      string | undefined;
    html += `<p class="es-assumption"><span class="es-badge">aanname</span> ${esc(
      flagged ??
        'DUO publiceert geen openbaar datawoordenboek van deze exports. Kolomkoppen zonder markering komen uit wat openbaar bekend is (de letterlijke kop van ho_opleidingsoverzicht.csv en de sleutelkolommen van de tabelexports); koppen met de markering "aanname" zijn door @edustandaard/rio aangenomen en per bestand te overschrijven met een kolomoverride-bestand.',
    )}</p>`;
    html += `<table><thead><tr><th>Export</th><th>Bestandsnamen</th><th>Entiteit</th><th>Verplichte kolommen</th><th>Omvang in de handreiking (indicatie)</th></tr></thead><tbody>${s.exports
      .map(
        (x) =>
          `<tr><td><code>${esc(x.name)}</code>${x.sector ? `<br><small>${esc(x.sector)}</small>` : ''}</td><td>${((x.fileNames as string[] | undefined) ?? []).map((f) => `<code>${esc(f)}</code>`).join('<br>')}</td><td>${esc(x.entity ?? '')}</td><td>${(
            (x.required as string[] | undefined) ?? []
          )
            .map((c) => {
              // RioColumnSpec: the default header, and whether it is publicly known or our assumption.
              const spec = (
                x.columns as Record<string, { header: string; assumption: boolean }> | undefined
              )?.[c];
              return `<code>${esc(spec?.header ?? c)}</code>${spec?.assumption ? ' <span class="es-badge" title="Kolomkop aangenomen, niet in DUO\'s openbare gegevens; per bestand te overschrijven">aanname</span>' : ''}`;
            })
            .join(
              ', ',
            )}</td><td>${typeof x.guideMinBytes === 'number' ? `${(x.guideMinBytes / 1048576).toFixed(0)} MB` : ''}</td></tr>`,
      )
      .join(
        '',
      )}</tbody></table><p>Een export die onvolledig is wordt geweigerd, zonder dat er iets ingesteld hoeft te worden: een laatste record dat niet is afgesloten, verwijzingen die niet meer kloppen (cohort → aangeboden opleiding en aangeboden opleiding → onderwijsaanbieder over het hele landelijke bestand; aangeboden opleiding → opleidingseenheid voor het eigen bestuur) en RIO-codes die het SIS al draagt maar die in de exports ontbreken. Dan komt er geen plan. De omvang uit de handreiking is een indicatie van de landelijke bestanden ten tijde van haar testen, geen regel: ver daaronder geeft een waarschuwing. Een aantal rijen, grootte of sha256 van DUO's datasetpagina in het override-bestand wordt exact gecontroleerd.</p>`;
  }
  if (s.sisColumns) html += add('sis', 'Invoer: SIS-kolommen') + renderValue(s.sisColumns);
  if (s.planColumns)
    html += add('uitvoer', 'Uitvoer: CSV-kolommen van het plan') + renderValue(s.planColumns);
  return {
    route: url.rioSync(),
    title: 'Synchronisatie SIS ↔ RIO',
    description: 'De procedure om een SIS en RIO op elkaar aan te sluiten',
    html,
    headings,
  };
}

function actionsPage(data: RioData): GeneratedPage {
  const html = `<p>De acties van de DUO-webservices <code>DUO_RIO_Beheren_OnderwijsOrganisatie_V4</code> en <code>DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4</code> waarvoor <code>${esc(data.pkg.name)}</code> verzoeken bouwt en antwoorden leest.</p><table><thead><tr><th>Actie</th><th>Service</th><th>Verzoek / antwoord</th><th>Invoer</th><th>Omschrijving</th></tr></thead><tbody>${data.actions
    .map(
      (a) =>
        `<tr id="${slug(String(a.action))}"><td><code>${esc(a.action)}</code></td><td>${esc(a.service ?? '')}</td><td><code>${esc(a.requestElement ?? '')}</code><br><code>${esc(a.responseElement ?? '')}</code></td><td>${
          typeof a.input === 'string' && data.model?.entities.some((e) => e.naam === a.input)
            ? `<a href="${url.rioEntity(a.input)}">${esc(a.input)}</a>`
            : esc(a.input ?? '')
        }</td><td>${esc(a.omschrijving ?? '')}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  return {
    route: url.rioActions(),
    title: 'RIO-webservice: acties',
    description: 'De DUO RIO V4-acties (aanleveren, verwijderen, opvragen)',
    html,
  };
}

/**
 * All RIO pages.
 * @param data - the loaded RIO data
 * @param ctx - cross-section context (central concepts)
 */
export function rioPages(data: RioData, ctx: SiteContext): GeneratedPage[] {
  let overview = `<p>${esc(data.pkg.description)} Package <code>${esc(data.pkg.name)}@${esc(data.pkg.version)}</code>.</p><ul>`;
  if (data.model)
    overview += `<li><a href="${url.rioModel()}">Informatiemodel</a>: ${data.model.entities.length} entiteiten, ${data.model.relations.length} relaties, als diagram.</li>`;
  if (data.actions.length)
    overview += `<li><a href="${url.rioActions()}">Webservice-acties</a>: ${data.actions.length} acties.</li>`;
  if (data.sync)
    overview += `<li><a href="${url.rioSync()}">Synchronisatie SIS ↔ RIO</a>: de procedure voordat een OOAPI-koppeling live gaat.</li>`;
  overview += '</ul>';
  const pages: GeneratedPage[] = [
    {
      route: url.rio(),
      title: 'RIO',
      description: 'Register Instellingen en Opleidingen',
      html: overview,
    },
  ];
  if (data.model) pages.push(modelPage(data, ctx));
  if (data.actions.length) pages.push(actionsPage(data));
  if (data.sync) pages.push(syncPage(data));
  return pages;
}
