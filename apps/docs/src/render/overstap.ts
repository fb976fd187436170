/**
 * Overstapprofielen pages (#11 "Site"), regenerated from `@edustandaard/oso-overstap`: POPO, POVO, VOVO
 * and BB side by side per version (`profielTabel`), the category table of selectief uitleveren
 * (`OV_CATEGORIEEN` through `profileDocument`), the published profile files with their sha256, and one
 * page per OVa/OVb rule with code, severity, message, source, uitleg, divergence (both sources) and
 * assumption flag.
 */
import { esc } from '../lib/html.ts';
import type { OverstapData, OvCell, OvRule, OvVersionData } from '../data/overstap.ts';
import type { Download } from '../data/downloads.ts';
import { url } from '../site/urls.ts';
import { heading, weightFor, type GeneratedPage, type Heading } from './page.ts';
import type { SiteContext } from './context.ts';
import { elementLink, severityBadge, sourceText } from './swv.ts';

const STATUS_TEXT: Record<string, string> = { v: 'verplicht', o: 'optioneel', x: 'verboden' };

const assumptionNote = (text: string): string =>
  `<p class="es-assumption"><span class="es-badge">aanname</span> ${esc(text)}</p>`;

/** A rule code as a link to its page when this version has that rule, else as text. */
function ruleRef(v: OvVersionData, code: string): string {
  if (v.rules.some((r) => r.rule.code === code))
    return `<a href="${url.overstapRule(v.version, code)}">${esc(code)}</a>`;
  if (code === 'OV.categorie') return `<a href="#categorieen">categorie verboden</a>`;
  return esc(code);
}

function cell(v: OvVersionData, c: OvCell | undefined): string {
  if (!c) return '<span class="es-muted">–</span>';
  return `<code>${esc(c.cardinality)}</code>${c.rule ? ` <small>${ruleRef(v, c.rule)}</small>` : ''}${c.optOut ? ' <small title="categorie optioneel: mag bij selectief uitleveren worden uitgezet">opt-uit</small>' : ''}`;
}

function versionLinks(
  data: OverstapData,
  current: string,
  route: (v: OvVersionData) => string | null,
): GeneratedPage['versions'] {
  return data.versions.flatMap((v) => {
    const r = route(v);
    return r ? [{ version: v.version, route: r, current: v.version === current }] : [];
  });
}

function rulesTable(data: OverstapData, v: OvVersionData): string {
  return `<table><thead><tr><th>Code</th><th>Ernst</th><th>Melding</th>${data.ids.map((id) => `<th>${esc(id)}</th>`).join('')}</tr></thead><tbody>${v.rules
    .map(
      ({ rule, profiles }) =>
        `<tr><td><a href="${url.overstapRule(v.version, rule.code)}">${esc(rule.code)}</a>${rule.assumption ? ' <span class="es-badge">aanname</span>' : ''}</td><td>${severityBadge(rule.severity)}</td><td>${esc(rule.message)}</td>${data.ids
          .map((id) => `<td>${profiles.includes(id) ? '✓' : '–'}</td>`)
          .join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
}

function categoriesTable(data: OverstapData, v: OvVersionData): string {
  const notes = [...new Set(v.categories.map((c) => c.assumption).filter(Boolean))] as string[];
  const sources = [
    ...new Map(
      v.categories.flatMap((c) => (c.source ? [[sourceText(c.source), c.source]] : [])),
    ).keys(),
  ];
  return `<table><thead><tr><th>Categorie</th><th>Element</th>${data.ids.map((id) => `<th>${esc(id)}</th>`).join('')}</tr></thead><tbody>${v.categories
    .map(
      (c) =>
        `<tr id="${esc(c.element)}"><td>${esc(c.categorie)}</td><td><code>${esc(c.element)}</code></td>${data.ids
          .map((id) => {
            const x = c.status[id] ?? '';
            return `<td class="es-cat es-cat-${esc(x)}"><strong>${esc(x)}</strong> ${esc(STATUS_TEXT[x] ?? '')}${
              c.waarden[id]?.length
                ? `<br><small>${c.waarden[id]!.map((w) => `<code>${esc(w)}</code>`).join(' / ')}</small>`
                : ''
            }</td>`;
          })
          .join('')}</tr>`,
    )
    .join(
      '',
    )}</tbody></table>${notes.map(assumptionNote).join('')}${sources.length ? `<p><small>Bron: ${sources.join('; ')}</small></p>` : ''}`;
}

function filesTable(data: OverstapData, v: OvVersionData, downloads: Download[]): string {
  const rows = data.ids.flatMap((id) => {
    const spec = `${data.pkg.name}/profiles/${v.files[id]}`;
    const d = downloads.find((x) => x.specifier === spec);
    return d
      ? [
          `<tr><td>${esc(id)}</td><td><a href="${url.download(d.file)}" download>${esc(d.file)}</a></td><td><code class="es-hash">${d.sha256}</code></td><td><code>${esc(spec)}</code></td></tr>`,
        ]
      : [];
  });
  return rows.length
    ? `<table><thead><tr><th>Profiel</th><th>Bestand</th><th>sha256</th><th>In het package</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '';
}

function versionPage(
  data: OverstapData,
  v: OvVersionData,
  ctx: SiteContext,
  downloads: Download[],
): GeneratedPage {
  const headings: Heading[] = [];
  const add = (id: string, text: string): string => {
    const h = heading(2, id, text);
    headings.push(h.entry);
    return h.html;
  };
  let html = `<p>De overstapprofielen ${data.ids.map((id) => `<strong>${esc(id)}</strong>${data.names[id] ? ` (${esc(data.names[id]!)})` : ''}`).join(', ')} versie ${esc(v.version)} naast elkaar, op basis van de OSO gegevensset ${esc(v.version)}. Kardinaliteit per profiel: <code>0</code> verboden, <code>?</code> optioneel, <code>1</code> verplicht, <code>*</code>/<code>+</code> herhaalbaar; bij een beperking staat de regel die haar oplegt. <em>opt-uit</em>: de categorie van het element is optioneel en mag bij selectief uitleveren worden uitgezet.</p>`;
  if (v.assumption) html += assumptionNote(v.assumption);
  html += add('elementen', 'Elementen per profiel');
  html += `<table><thead><tr><th>Element</th><th>Gegevensset</th><th>Categorie</th>${data.ids.map((id) => `<th>${esc(id)}</th>`).join('')}</tr></thead><tbody>${v.table
    .map(
      (r) =>
        `<tr><td>${elementLink(ctx, v.version, r.path)}</td><td><code>${esc(r.base)}</code></td><td>${r.categorie ? `<a href="#${esc(r.categorie)}"><code>${esc(r.categorie)}</code></a>` : ''}</td>${data.ids.map((id) => `<td>${cell(v, r.profielen[id])}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
  html += add('bedrijfsregels', 'Bedrijfsregels') + rulesTable(data, v);
  html += add('categorieen', 'Categorieën van selectief uitleveren') + categoriesTable(data, v);
  const files = filesTable(data, v, downloads);
  if (files) html += add('bestanden', 'Profielen als JSON') + files;
  return {
    route: url.overstapVersion(v.version),
    title: `Overstapprofielen ${v.version}`,
    description: `POPO, POVO, VOVO en BB ${v.version} naast elkaar`,
    html,
    headings,
    versions: versionLinks(data, v.version, (o) => url.overstapVersion(o.version)),
  };
}

function rulePage(
  data: OverstapData,
  v: OvVersionData,
  entry: OvVersionData['rules'][number],
  ctx: SiteContext,
): GeneratedPage {
  const r: OvRule = entry.rule;
  const rows: [string, string][] = [
    ['Code', `<code>${esc(r.code)}</code>`],
    ['Ernst', severityBadge(r.severity)],
    ['Melding', esc(r.message)],
    ['Profielen', entry.profiles.map(esc).join(', ')],
    ['Bron', sourceText(r.source) || '<span class="es-muted">niet opgegeven</span>'],
    [
      'Geldt voor',
      r.paths.length
        ? r.paths.map((p) => elementLink(ctx, v.version, p)).join('<br>')
        : '<span class="es-muted">het hele dossier</span>',
    ],
  ];
  if (r.description) rows.push(['Toelichting', esc(r.description)]);
  if (r.uitleg) rows.push(['Uitleg', esc(r.uitleg)]);
  const linked = v.table.flatMap((row) =>
    data.ids
      .filter((id) => row.profielen[id]?.rule === r.code)
      .map((id) => [id, row.path, row.profielen[id]!.cardinality] as const),
  );
  if (linked.length)
    rows.push([
      'Profielrijen',
      linked
        .map(([id, p, c]) => `${esc(id)}: ${elementLink(ctx, v.version, p)} <code>${esc(c)}</code>`)
        .join('<br>'),
    ]);
  rows.push([
    'Uitgevoerd door de validator',
    r.nietToetsbaar
      ? `nee — niet toetsbaar op de gegevens: ${esc(r.nietToetsbaar)}`
      : r.hasTest || linked.length
        ? `ja${r.herstelbaar ? ' (selectief uitleveren herstelt het)' : ''}`
        : 'nee (alleen documentatie)',
  ]);
  if (r.divergence)
    rows.push([
      'Verschil tussen bronnen',
      `${esc(r.divergence.summary)}<br><small>${r.divergence.sources.map(sourceText).join('; ')}</small>`,
    ]);
  if (r.assumption)
    rows.push([
      'Aanname',
      `<span class="es-assumption"><span class="es-badge">aanname</span> ${esc(r.assumption)}</span>`,
    ]);
  const newest = data.versions[0]?.version;
  return {
    route: url.overstapRule(v.version, r.code),
    title: `${r.code}${v.version === newest ? '' : ` (${v.version})`}: ${r.message.length > 80 ? `${r.message.slice(0, 77)}…` : r.message}`,
    searchWeight: weightFor(v.version, newest),
    description: `Bedrijfsregel ${r.code} van de overstapprofielen ${v.version}`,
    html: `<dl class="es-dl">${rows.map(([k, x]) => `<dt>${esc(k)}</dt><dd>${x}</dd>`).join('')}</dl><p><a href="${url.overstapVersion(v.version)}#bedrijfsregels">Alle bedrijfsregels ${esc(v.version)}</a></p>`,
    versions: versionLinks(data, v.version, (o) =>
      o.rules.some((x) => x.rule.code === r.code) ? url.overstapRule(o.version, r.code) : null,
    ),
  };
}

function overviewPage(data: OverstapData): GeneratedPage {
  const html =
    `<p>${esc(data.pkg.description)} Package <code>${esc(data.pkg.name)}@${esc(data.pkg.version)}</code>.</p>` +
    `<table><thead><tr><th>Versie</th><th>Profielen</th><th>Elementen</th><th>Bedrijfsregels</th><th>Waarvan aanname</th></tr></thead><tbody>${data.versions
      .map(
        (v) =>
          `<tr><td><a href="${url.overstapVersion(v.version)}">${esc(v.version)}</a></td><td>${data.ids.map((id) => `${esc(id)}${data.names[id] ? ` (${esc(data.names[id]!)})` : ''}`).join(', ')}</td><td>${v.table.length}</td><td>${v.rules.length}</td><td>${v.rules.filter((r) => r.rule.assumption).length}</td></tr>`,
      )
      .join('')}</tbody></table>` +
    `<p>Een dossier kiest zijn profiel met <code>metadata/overstap</code> (codelijst 16) en <code>overdrachtsoort</code> (codelijst 29). De <a href="${url.validator()}">validator</a> toetst overstapdossiers in de browser met dezelfde regels.</p>`;
  return {
    route: url.overstap(),
    title: 'Overstapprofielen',
    description: 'POPO, POVO, VOVO en BB: profielen op de OSO gegevensset',
    html,
  };
}

/**
 * All overstap pages.
 * @param data - the loaded profiles
 * @param ctx - cross-section context (element pages)
 * @param downloads - the published files (the profile JSON with sha256)
 */
export function overstapPages(
  data: OverstapData,
  ctx: SiteContext,
  downloads: Download[],
): GeneratedPage[] {
  const pages: GeneratedPage[] = [overviewPage(data)];
  for (const v of data.versions) {
    pages.push(versionPage(data, v, ctx, downloads));
    for (const r of v.rules) pages.push(rulePage(data, v, r, ctx));
  }
  return pages;
}
