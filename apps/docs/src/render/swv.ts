/**
 * SWV profile pages, regenerated from the profile data: PO-SWV and VO-SWV side by side, Tabel 1–3 (the
 * rows grouped by their `source.section`), Figuur 4 (categories per profile) and one page per business
 * rule with code, severity, message, source and the elements it applies to.
 */
import { esc, pathHtml } from '../lib/html.ts';
import { renderValue } from '../lib/render.ts';
import type {
  ProfileRuleRow,
  SourceRef,
  SwvData,
  SwvTable,
  SwvVersion,
  ProfileElementRow,
} from '../data/swv.ts';
import { url } from '../site/urls.ts';
import { codelistId } from '../data/codelists.ts';
import { heading, weightFor, type GeneratedPage, type Heading } from './page.ts';
import type { SiteContext } from './context.ts';

export const severityBadge = (s: string): string =>
  `<span class="es-badge es-${esc(s)}">${esc(s)}</span>`;

export function sourceText(s: SourceRef | undefined): string {
  if (!s) return '';
  const t = [s.document, s.version, s.section, s.line !== undefined ? `regel ${s.line}` : undefined]
    .filter(Boolean)
    .map(esc)
    .join(', ');
  return s.url ? `<a href="${esc(s.url)}" rel="external">${t}</a>` : t;
}

/** Link to an element page of the profile's base version when it exists, else the path as code. */
export function elementLink(ctx: SiteContext, version: string, path: string): string {
  const code = `<code>${pathHtml(path)}</code>`;
  return ctx.hasElement(version, path)
    ? `<a href="${url.osoElement(version, path)}">${code}</a>`
    : code;
}

const ruleLink = (version: string, code: string | undefined): string =>
  code ? `<a href="${url.swvRule(version, code)}">${esc(code)}</a>` : '';

function cardCell(row: ProfileElementRow | undefined, version: string, ctx: SiteContext): string {
  if (!row) return '<span class="es-muted">–</span>';
  const extra: string[] = [];
  if (row.allowedValues?.length)
    extra.push(`waarden: ${row.allowedValues.map((v) => `<code>${esc(v)}</code>`).join(', ')}`);
  if (row.codelist) {
    const l = ctx.codelist(version, row.codelist);
    extra.push(
      l
        ? `<a href="${url.codelist(version, codelistId(l))}">${esc(row.codelist)}</a>`
        : esc(row.codelist),
    );
  }
  if (row.note) extra.push(esc(row.note));
  return `<code>${esc(row.cardinality)}</code>${row.rule ? ` ${ruleLink(version, row.rule)}` : ''}${extra.length ? `<br><small>${extra.join('<br>')}</small>` : ''}`;
}

/** A table of element rows with one cardinality column per profile. */
function sideBySide(v: SwvVersion, paths: string[], ctx: SiteContext): string {
  const base = v.profiles[0]?.base?.version ?? v.version;
  const byProfile = v.profiles.map((p) => new Map(p.elements.map((r) => [r.path, r])));
  return `<table><thead><tr><th>Element</th>${v.profiles.map((p) => `<th>${esc(p.id)}</th>`).join('')}</tr></thead><tbody>${paths
    .map(
      (path) =>
        `<tr><td>${elementLink(ctx, base, path)}</td>${byProfile.map((m) => `<td>${cardCell(m.get(path), v.version, ctx)}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
}

function rulesTable(v: SwvVersion, rules: SwvVersion['rules']): string {
  return `<table><thead><tr><th>Code</th><th>Ernst</th><th>Melding</th>${v.profiles.map((p) => `<th>${esc(p.id)}</th>`).join('')}</tr></thead><tbody>${rules
    .map(
      ({ rule, profiles }) =>
        `<tr id="${esc(rule.code.toLowerCase())}"><td><a href="${url.swvRule(v.version, rule.code)}">${esc(rule.code)}</a></td><td>${severityBadge(rule.severity)}</td><td>${esc(rule.message)}</td>${v.profiles
          .map((p) => `<td>${profiles.includes(p.id) ? '✓' : '–'}</td>`)
          .join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
}

function versionLinks(
  data: SwvData,
  current: string,
  route: (v: SwvVersion) => string | null,
): GeneratedPage['versions'] {
  return data.versions.flatMap((v) => {
    const r = route(v);
    return r ? [{ version: v.version, route: r, current: v.version === current }] : [];
  });
}

const STATUS_TEXT: Record<string, string> = { v: 'verplicht', o: 'optioneel', x: 'verboden' };

function figuur4Table(v: SwvVersion): string {
  if (!v.figuur4) return '';
  const cell = (x: string): string =>
    `<td class="es-cat es-cat-${esc(x)}"><strong>${esc(x)}</strong> ${esc(STATUS_TEXT[x] ?? '')}${
      v.figuur4!.legend[x]
        ? `<br><small>${v.figuur4!.legend[x]!.map((w) => `<code>${esc(w)}</code>`).join(' / ')}</small>`
        : ''
    }</td>`;
  return `<table><thead><tr><th>Categorie</th><th>Element</th>${v.profiles.map((p) => `<th>${esc(p.id)}</th>`).join('')}</tr></thead><tbody>${v.figuur4.rows
    .map(
      (r) =>
        `<tr id="${esc(r.element ?? r.categorie)}"><td>${esc(r.categorie)}${r.inFiguur4 === false ? '<br><small>niet in Figuur 4</small>' : ''}</td><td><code>${esc(r.element ?? '')}</code></td>${v.profiles
          .map((p) => cell(r.values[p.id] ?? ''))
          .join(
            '',
          )}</tr>${r.opmerking ? `<tr><td colspan="${2 + v.profiles.length}"><small${/aangenomen|aanname/i.test(r.opmerking) ? ' class="es-assumption"><span class="es-badge">aanname</span> ' : '>'}${esc(r.opmerking)}</small></td></tr>` : ''}`,
    )
    .join('')}</tbody></table>`;
}

/** A document table (Tabel 1/2): XML tag, value per profile, explanation, business rules. */
function documentTable(v: SwvVersion, t: SwvTable, ctx: SiteContext): string {
  const base = v.profiles[0]?.base?.version ?? v.version;
  if (t.textRows)
    return `<table><thead><tr><th>XML-tag</th>${v.profiles.map((p) => `<th>${esc(p.id)}</th>`).join('')}</tr></thead><tbody>${t.textRows
      .map(
        (r) =>
          `<tr><td>${r.path ? elementLink(ctx, base, r.path).replace(`<code>${pathHtml(r.path)}</code>`, `<code>${esc(r.xmlTag)}</code>`) : `<code>${esc(r.xmlTag)}</code>`}</td>${v.profiles.map((p) => `<td>${esc(r.values[p.id] ?? '')}</td>`).join('')}</tr>`,
      )
      .join('')}</tbody></table>`;
  return `<table><thead><tr><th>XML-tag</th>${v.profiles.map((p) => `<th>${esc(p.id)}</th>`).join('')}<th>Toelichting</th><th>BR</th></tr></thead><tbody>${t.rows
    .map(
      (r) =>
        `<tr><td>${r.paths.map((p) => elementLink(ctx, base, p).replace(`<code>${pathHtml(p)}</code>`, `<code title="${esc(p)}">${esc(r.paths.length > 1 ? p.split('/').slice(-2).join('/') : r.xmlTag)}</code>`)).join('<br>') || `<code>${esc(r.xmlTag)}</code>`}</td>${v.profiles
          .map((p) => `<td><code>${esc(r.values[p.id] || '–')}</code></td>`)
          .join(
            '',
          )}<td>${esc(r.toelichting ?? '')}</td><td>${r.rules.map((c) => (v.rules.some((x) => x.rule.code === c) ? ruleLink(v.version, c) : esc(c))).join('<br>')}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

function versionPage(data: SwvData, v: SwvVersion, ctx: SiteContext): GeneratedPage {
  const headings: Heading[] = [];
  const add = (id: string, text: string): string => {
    const h = heading(2, id, text);
    headings.push(h.entry);
    return h.html;
  };
  const allPaths: string[] = [];
  for (const p of v.profiles)
    for (const e of p.elements) if (!allPaths.includes(e.path)) allPaths.push(e.path);
  let html = `<p>De profielen ${v.profiles.map((p) => `<strong>${esc(p.id)}</strong>${p.naam ? ` (${esc(p.naam)})` : ''}`).join(' en ')} versie ${esc(v.version)} naast elkaar, op basis van de OSO gegevensset ${esc(v.profiles[0]?.base?.version ?? v.version)}. Kardinaliteit per profiel: <code>0</code> verboden, <code>?</code> optioneel, <code>1</code> verplicht, <code>*</code>/<code>+</code> herhaalbaar.</p>`;
  html += `<ul>${v.tables.map((t) => `<li><a href="${url.swvTable(v.version, t.section)}">${esc(t.section)}</a> (${(t.textRows ?? t.rows).length} rijen${t.derived ? ', uit de profielrijen' : ''})</li>`).join('')}${
    v.figuur4
      ? `<li><a href="${url.swvTable(v.version, 'Figuur 4')}">Figuur 4: categorieën per profiel</a></li>`
      : ''
  }</ul>`;
  html += add('elementen', 'Elementen per profiel') + sideBySide(v, allPaths, ctx);
  html += add('bedrijfsregels', 'Bedrijfsregels') + rulesTable(v, v.rules);
  return {
    route: url.swvVersion(v.version),
    title: `SWV-profielen ${v.version}`,
    description: `PO-SWV en VO-SWV ${v.version} naast elkaar`,
    html,
    headings,
    versions: versionLinks(data, v.version, (o) => url.swvVersion(o.version)),
  };
}

function tablePage(data: SwvData, v: SwvVersion, t: SwvTable, ctx: SiteContext): GeneratedPage {
  const codes = new Set(t.rows.flatMap((r) => r.rules));
  const rules = v.rules.filter((r) => codes.has(r.rule.code));
  let html = `<p>${esc(t.section)} van de SWV-profielen ${esc(v.version)}, ${
    t.derived ? 'samengesteld uit de profielrijen' : 'opnieuw opgebouwd uit de tabeldata'
  } van <code>${esc(data.pkg.name)}</code>.${t.section === 'Tabel 3' ? ' Per element de regel die per profiel geldt.' : ' Kardinaliteit per profiel: <code>0</code> verboden, <code>?</code> optioneel, <code>1</code> verplicht, <code>*</code>/<code>+</code> herhaalbaar.'}</p>`;
  html += documentTable(v, t, ctx);
  if (rules.length)
    html += heading(2, 'regels', 'Bedrijfsregels in deze tabel').html + rulesTable(v, rules);
  return {
    route: url.swvTable(v.version, t.section),
    title: `${t.section} — SWV ${v.version}`,
    html,
    headings: rules.length
      ? [{ depth: 2, slug: 'regels', text: 'Bedrijfsregels in deze tabel' }]
      : [],
    versions: versionLinks(data, v.version, (o) =>
      o.tables.some((x) => x.section === t.section) ? url.swvTable(o.version, t.section) : null,
    ),
  };
}

function rulePage(
  data: SwvData,
  v: SwvVersion,
  entry: SwvVersion['rules'][number],
  ctx: SiteContext,
): GeneratedPage {
  const r: ProfileRuleRow = entry.rule;
  const base = v.profiles[0]?.base?.version ?? v.version;
  const rows: [string, string][] = [
    ['Code', `<code>${esc(r.code)}</code>`],
    [
      'Ernst',
      `${severityBadge(r.severity)}${r.severity === 'aanbeveling' ? ' — een aanbeveling maakt een dossier nooit ongeldig' : ''}`,
    ],
    ['Melding', esc(r.message)],
    ['Profielen', entry.profiles.map(esc).join(', ')],
    ['Bron', sourceText(r.source) || '<span class="es-muted">niet opgegeven</span>'],
    [
      'Geldt voor',
      r.paths.length
        ? r.paths.map((p) => elementLink(ctx, base, p)).join('<br>')
        : '<span class="es-muted">het hele dossier</span>',
    ],
  ];
  if (r.context)
    rows.push([
      'Context',
      `<code>${esc(r.context)}</code> (de regel wordt per voorkomen getoetst)`,
    ]);
  if (r.description) rows.push(['Toelichting', esc(r.description)]);
  const linkedRows = v.profiles.flatMap((p) =>
    p.elements.filter((e) => e.rule === r.code).map((e) => [p.id, e] as const),
  );
  if (linkedRows.length)
    rows.push([
      'Profielrijen',
      linkedRows
        .map(
          ([id, e]) =>
            `${esc(id)}: ${elementLink(ctx, base, e.path)} <code>${esc(e.cardinality)}</code>`,
        )
        .join('<br>'),
    ]);
  rows.push([
    'Uitgevoerd door de validator',
    r.test || linkedRows.length ? 'ja' : 'nee (alleen documentatie)',
  ]);
  if (r.divergence)
    rows.push([
      'Verschil tussen bronnen',
      `${esc(r.divergence.summary)}<br><small>${r.divergence.sources.map(sourceText).join('; ')}</small>`,
    ]);
  return {
    route: url.swvRule(v.version, r.code),
    title: `${r.code}${v.version === data.versions[0]?.version ? '' : ` (${v.version})`}: ${r.message.length > 80 ? `${r.message.slice(0, 77)}…` : r.message}`,
    searchWeight: weightFor(v.version, data.versions[0]?.version),
    description: `Bedrijfsregel ${r.code} van de SWV-profielen ${v.version}`,
    html: `<dl class="es-dl">${rows.map(([k, x]) => `<dt>${esc(k)}</dt><dd>${x}</dd>`).join('')}</dl><p><a href="${url.swvVersion(v.version)}#bedrijfsregels">Alle bedrijfsregels ${esc(v.version)}</a></p>`,
    versions: versionLinks(data, v.version, (o) =>
      o.rules.some((x) => x.rule.code === r.code) ? url.swvRule(o.version, r.code) : null,
    ),
  };
}

function overviewPage(data: SwvData): GeneratedPage {
  const html =
    `<p>${esc(data.pkg.description)} Package <code>${esc(data.pkg.name)}@${esc(data.pkg.version)}</code>.</p>` +
    `<table><thead><tr><th>Versie</th><th>Profielen</th><th>Elementrijen</th><th>Bedrijfsregels</th></tr></thead><tbody>${data.versions
      .map(
        (v) =>
          `<tr><td><a href="${url.swvVersion(v.version)}">${esc(v.version)}</a></td><td>${v.profiles.map((p) => esc(p.id)).join(', ')}</td><td>${v.profiles
            .map((p) => p.elements.length)
            .join(' / ')}</td><td>${v.rules.length}</td></tr>`,
      )
      .join('')}</tbody></table>` +
    `<p>Waar het document van een versie en de validatie van 2019.1 verschillen, is het document leidend (principe 7); het verschil staat bij de regel.</p>`;
  return {
    route: url.swv(),
    title: 'SWV-profielen',
    description: 'PO-SWV en VO-SWV: profielen op de OSO gegevensset',
    html,
  };
}

/**
 * All SWV pages.
 * @param data - the loaded profiles
 * @param ctx - cross-section context
 */
export function swvPages(data: SwvData, ctx: SiteContext): GeneratedPage[] {
  const pages: GeneratedPage[] = [overviewPage(data)];
  for (const v of data.versions) {
    pages.push(versionPage(data, v, ctx));
    for (const t of v.tables) pages.push(tablePage(data, v, t, ctx));
    if (v.figuur4)
      pages.push({
        route: url.swvTable(v.version, 'Figuur 4'),
        title: `Figuur 4: categorieën per profiel — SWV ${v.version}`,
        html: `<p>Per categorie van selectief uitleveren of die in het profiel verplicht (<code>v</code>), optioneel (<code>o</code>) of verboden (<code>x</code>) is, met de waarden die <code>categorie_uitlevering</code> dan mag hebben. Opnieuw opgebouwd uit de categoriedata van <code>${esc(data.pkg.name)}</code>.</p>${figuur4Table(v)}`,
        versions: versionLinks(data, v.version, (o) =>
          o.figuur4 ? url.swvTable(o.version, 'Figuur 4') : null,
        ),
      });
    for (const r of v.rules) pages.push(rulePage(data, v, r, ctx));
  }
  return pages;
}

export { renderValue };
