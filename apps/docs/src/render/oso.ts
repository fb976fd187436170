/**
 * OSO gegevensset pages: overview with JSON Schema downloads, an element tree per version, one page
 * per element (stable URL derived from its path) and the 2019.1 → 2024.1 changelog.
 */
import { esc, pathId, slug } from '../lib/html.ts';
import { renderValue, label } from '../lib/render.ts';
import {
  cardinalityOf,
  cardinalityText,
  type OsoData,
  type OsoElement,
  type OsoVersionData,
} from '../data/oso.ts';
import { codelistId } from '../data/codelists.ts';
import { url } from '../site/urls.ts';
import { heading, weightFor, type GeneratedPage, type Heading } from './page.ts';
import type { SiteContext } from './context.ts';

/** File name of a version's JSON Schema download. */
export const schemaFileName = (version: string): string => `oso-${version}.json`;

function treeItem(v: OsoVersionData, el: OsoElement, depth: number): string {
  const kids = v.children.get(el.path) ?? [];
  const c = cardinalityOf(el);
  const line = `<a href="${url.osoElement(v.version, el.path)}">${esc(el.name)}</a><span class="es-card" title="${esc(cardinalityText(c))}">${esc(c)}</span>`;
  if (kids.length === 0) return `<li id="${pathId(el.path)}">${line}</li>`;
  return `<li id="${pathId(el.path)}"><details${depth < 3 ? ' open' : ''}><summary>${line}</summary><ul>${kids
    .map((k) => treeItem(v, k, depth + 1))
    .join('')}</ul></details></li>`;
}

function versionSwitch(
  data: OsoData,
  current: string,
  routeOf: (v: OsoVersionData) => string | null,
): GeneratedPage['versions'] {
  return data.versions.flatMap((v) => {
    const route = routeOf(v);
    return route ? [{ version: v.version, route, current: v.version === current }] : [];
  });
}

function restrictions(el: OsoElement): string {
  const r = el.restrictions ?? {};
  const names: Record<string, string> = {
    minLength: 'minimale lengte',
    maxLength: 'maximale lengte',
    pattern: 'patroon',
    minInclusive: 'minimum',
    maxInclusive: 'maximum',
    enumeration: 'toegestane waarden',
  };
  const parts = Object.entries(r)
    .filter(([, x]) => x !== undefined && x !== null)
    .map(
      ([k, x]) =>
        `${esc(names[k] ?? label(k))}: <code>${esc(Array.isArray(x) ? x.join(', ') : x)}</code>`,
    );
  return parts.length ? parts.join('<br>') : '';
}

/**
 * A value matching a simple XSD pattern made of character classes and literals with fixed counts
 * (`[0-9][0-9][A-Z][A-Z]`, `\\d{4}`, `[0-9]{2}-[0-9]{2}`): the first character of each class. Null for
 * anything richer (alternatives, open quantifiers, groups).
 */
export function patternExample(pattern: string): string | null {
  let out = '';
  const re = /(\[([^\]]+)\]|\\d|\\.|[^[\\(){}|*+?.^$])(\{(\d+)(?:,\d*)?\})?/y;
  let i = 0;
  while (i < pattern.length) {
    re.lastIndex = i;
    const m = re.exec(pattern);
    if (!m) return null;
    const unit =
      m[2] !== undefined
        ? m[2][0] === '^'
          ? null
          : m[2][0]!
        : m[1] === '\\d'
          ? '0'
          : m[1]!.replace(/^\\/, '');
    if (unit === null) return null;
    out += unit.repeat(m[4] ? Number(m[4]) : 1);
    i = re.lastIndex;
  }
  return out || null;
}

/**
 * An example value for a leaf element, from its data: the first allowed value, the first code of its code
 * list, or a value of its type within its restrictions. Null when only a pattern says what fits.
 */
function exampleValue(v: OsoVersionData, el: OsoElement, ctx: SiteContext): string | null {
  const r = el.restrictions ?? {};
  if (Array.isArray(r.enumeration) && r.enumeration.length) return String(r.enumeration[0]);
  const list = ctx.codelist(v.version, el.codelijst);
  if (list?.codes[0]) return String(list.codes[0].code);
  switch (el.type) {
    case 'date':
      return '2024-08-01';
    case 'boolean':
      return 'false';
    case 'integer':
    case 'decimal':
      return String(r.minInclusive ?? 1);
  }
  if (r.pattern) return patternExample(String(r.pattern));
  const text = 'tekst';
  const max = typeof r.maxLength === 'number' ? r.maxLength : Infinity;
  return text.slice(0, Math.max(1, Math.min(text.length, max)));
}

/**
 * An example instance of the element as XML: a leaf with an example value, a complex element with its
 * direct children (grandchildren elided). Generated from the element table; fictitious.
 */
export function exampleXml(v: OsoVersionData, el: OsoElement, ctx: SiteContext): string {
  const leaf = (e: OsoElement, indent: string): string => {
    const val = exampleValue(v, e, ctx);
    return val === null
      ? `${indent}<${e.name}><!-- waarde volgens patroon ${String(e.restrictions?.pattern ?? '')} --></${e.name}>`
      : `${indent}<${e.name}>${val}</${e.name}>`;
  };
  const kids = v.children.get(el.path) ?? [];
  if (!kids.length) return leaf(el, '');
  const lines = [`<${el.name}>`];
  const seenChoice = new Set<string>();
  for (const k of kids) {
    // One element of each choice group: the example must be valid against the structure.
    if (k.choice) {
      if (seenChoice.has(k.choice)) continue;
      seenChoice.add(k.choice);
    }
    lines.push(
      (v.children.get(k.path) ?? []).length ? `  <${k.name}>…</${k.name}>` : leaf(k, '  '),
    );
  }
  lines.push(`</${el.name}>`);
  return lines.join('\n');
}

/**
 * The changes of the package's change list flagged `assumption` that decide this 2024.1 element's name,
 * place or value: a renamed block's new path, an added element, a note on the element, and everything
 * below them (issue #16 part 2: assumptions flagged where they are shown as fact).
 */
export function assumptionsFor(data: OsoData, path: string): { id: string; toelichting: string }[] {
  const out: { id: string; toelichting: string }[] = [];
  for (const c of data.changes) {
    if (!c.assumption || typeof c.path !== 'string') continue;
    const at =
      c.op === 'rename' && typeof c.to === 'string'
        ? `${c.path.slice(0, c.path.lastIndexOf('/'))}/${c.to}`
        : c.path;
    if (path === at || path.startsWith(`${at}/`))
      out.push({ id: String(c.id ?? ''), toelichting: String(c.toelichting ?? '') });
  }
  return out;
}

function elementPage(
  data: OsoData,
  v: OsoVersionData,
  el: OsoElement,
  ctx: SiteContext,
): GeneratedPage {
  const c = cardinalityOf(el);
  const crumbs: string[] = [];
  for (
    let p = el.parent ?? el.path.slice(0, el.path.lastIndexOf('/'));
    p;
    p = p.slice(0, p.lastIndexOf('/'))
  ) {
    const a = v.byPath.get(p);
    crumbs.unshift(
      a ? `<a href="${url.osoElement(v.version, p)}">${esc(a.name)}</a>` : esc(p.split('/').pop()),
    );
  }
  const rows: [string, string][] = [
    ['Pad', `<code>${esc(el.path)}</code>`],
    [
      'Betekenis',
      el.semantiek
        ? esc(el.semantiek)
        : '<span class="es-muted">Geen omschrijving in de XSD.</span>',
    ],
  ];
  if (el.implementatie) rows.push(['Implementatie', esc(el.implementatie)]);
  rows.push(['Kardinaliteit', `<code>${esc(c)}</code> — ${esc(cardinalityText(c))}`]);
  rows.push([
    'Type',
    `<code>${esc(el.type ?? 'onbekend')}</code>${el.typeName ? ` (<code>${esc(el.typeName)}</code>)` : ''}`,
  ]);
  const r = restrictions(el);
  if (r) rows.push(['Beperkingen', r]);
  if (el.choice)
    rows.push(['Keuzegroep', `<code>${esc(el.choice)}</code> (precies één element van de groep)`]);
  if (el.attributes?.length) rows.push(['Attributen', renderValue(el.attributes)]);
  const list = ctx.codelist(v.version, el.codelijst);
  if (list)
    rows.push([
      'Codelijst',
      `<a href="${url.codelist(v.version, codelistId(list))}">Codelijst ${esc(codelistId(list))}: ${esc(list.naam)}</a>`,
    ]);
  else if (el.codelijst !== undefined && el.codelijst !== null)
    rows.push(['Codelijst', esc(el.codelijst)]);
  if (el.categorie) {
    const cat = v.categories.find((c) => c.id === el.categorie);
    rows.push([
      'Categorie (selectief uitleveren)',
      cat
        ? `<a href="${url.osoCategories(v.version)}#${esc(cat.id)}"><code>${esc(cat.id)}</code> ${esc(cat.naam ?? '')}</a>`
        : `<code>${esc(el.categorie)}</code>`,
    ]);
  }
  const rules = v.rules.filter((r) => r.paths?.includes(el.path));
  if (rules.length)
    rows.push([
      'Regels gegevensset',
      rules
        .map(
          (r) =>
            `<a href="${url.osoRule(v.version, r.code)}">${esc(r.code)}</a>: ${esc(r.message)}`,
        )
        .join('<br>'),
    ]);
  const concepts = ctx.conceptsOf('OSO', v.version, el.path);
  if (concepts.length && ctx.central)
    rows.push([
      'Centraal concept',
      concepts
        .map(
          (k) =>
            `<a href="${url.concept(k.concept)}">${esc(k.concept)}</a>${k.attribute ? ` · ${esc(k.attribute)}` : ''}${k.note ? ` <span class="es-muted">(${esc(k.note)})</span>` : ''}`,
        )
        .join('<br>'),
    ]);
  const kids = v.children.get(el.path) ?? [];
  const newest = data.versions[0]?.version;
  const assumed =
    v.version === newest && data.versions.length > 1 ? assumptionsFor(data, el.path) : [];
  let html = assumed
    .map(
      (a) =>
        `<p class="es-assumption"><span class="es-badge">aanname</span> ${esc(a.toelichting)} <a href="${url.osoChanges()}#wijziging-${slug(a.id)}">Wijziging ${esc(a.id)}</a></p>`,
    )
    .join('');
  html += `<p class="es-muted">${crumbs.join(' / ')}${crumbs.length ? ' / ' : ''}<strong>${esc(el.name)}</strong> · <a href="${url.osoTreeAnchor(v.version, el.path)}">in de boom</a></p>`;
  html += `<dl class="es-dl">${rows.map(([k, x]) => `<dt>${esc(k)}</dt><dd>${x}</dd>`).join('')}</dl>`;
  const headings = [];
  if (kids.length) {
    const h = heading(2, 'onderliggende-elementen', 'Onderliggende elementen');
    headings.push(h.entry);
    html += `${h.html}<table><thead><tr><th>Element</th><th>Kardinaliteit</th><th>Type</th></tr></thead><tbody>${kids
      .map(
        (k) =>
          `<tr><td><a href="${url.osoElement(v.version, k.path)}">${esc(k.name)}</a></td><td><code>${esc(cardinalityOf(k))}</code></td><td>${esc(k.type ?? '')}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  }
  {
    const h = heading(2, 'voorbeeld', 'Voorbeeld');
    headings.push(h.entry);
    html += `${h.html}<pre class="es-example"><code>${esc(exampleXml(v, el, ctx))}</code></pre><p class="es-muted"><small>Gegenereerd uit type, beperkingen, codelijst en onderliggende elementen (één element per keuzegroep; dieper liggende elementen als …). De waarden zijn fictief.</small></p>`;
  }
  const profileRows = ctx.profileRows(v.version, el.path);
  if (profileRows.length) {
    const h = heading(2, 'swv-profielen', `SWV-profielen ${v.version}`);
    headings.push(h.entry);
    html += `${h.html}<table><thead><tr><th>Profiel</th><th>Kardinaliteit</th><th>Regel</th><th>Toegestane waarden</th></tr></thead><tbody>${profileRows
      .map(
        ([id, row]) =>
          `<tr><td>${esc(id)}</td><td><code>${esc(row.cardinality)}</code></td><td>${row.rule ? `<a href="${url.swvRule(v.version, row.rule)}">${esc(row.rule)}</a>` : ''}</td><td>${esc((row.allowedValues ?? []).join(', '))}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  }
  return {
    route: url.osoElement(v.version, el.path),
    title: v.version === data.versions[0]?.version ? el.name : `${el.name} (${v.version})`,
    searchWeight: weightFor(v.version, data.versions[0]?.version),
    description: `OSO ${v.version} element ${el.path}`,
    html,
    headings,
    versions: versionSwitch(data, v.version, (o) =>
      o.byPath.has(el.path) ? url.osoElement(o.version, el.path) : null,
    ),
  };
}

function treePage(data: OsoData, v: OsoVersionData): GeneratedPage {
  const assumed = data.changes.filter((c) => c.assumption);
  const derived =
    v.version === data.versions[0]?.version && data.versions.length > 1 && assumed.length
      ? `<p class="es-assumption"><span class="es-badge">aanname</span> Voor ${esc(v.version)} is geen XSD gepubliceerd: deze boom is ${esc(data.versions[data.versions.length - 1]!.version)} met de <a href="${url.osoChanges()}">wijzigingslijst</a> toegepast. ${assumed.length} wijzigingen daarin (onder meer XML-tags, plaatsen en de namespace) zijn aannames; de betreffende elementpagina’s zeggen dat.</p>`
      : '';
  const html =
    derived +
    `<p>Alle ${v.elements.length} elementen van de OSO gegevensset ${esc(v.version)} in XSD-volgorde. Klik een element voor pad, betekenis, kardinaliteit, type, beperkingen, codelijst en centraal concept. Kardinaliteit: <code>1</code> verplicht, <code>?</code> optioneel, <code>*</code> herhaalbaar, <code>+</code> verplicht en herhaalbaar.</p>` +
    `<ul class="es-tree">${v.roots.map((r) => treeItem(v, r, 0)).join('')}</ul>`;
  return {
    route: url.osoVersion(v.version),
    title: `OSO gegevensset ${v.version}: elementen`,
    description: `Elementenboom van de OSO gegevensset ${v.version}`,
    html,
    versions: versionSwitch(data, v.version, (o) => url.osoVersion(o.version)),
  };
}

function rulesPage(data: OsoData, v: OsoVersionData, ctx: SiteContext): GeneratedPage {
  const html =
    `<p>De regels op het niveau van de gegevensset ${esc(v.version)} (naast de XSD-structuur en de codelijsten), met de codes die de validator van <code>${esc(data.pkg.name)}</code> rapporteert.</p>` +
    v.rules
      .map(
        (r) =>
          `<h2 id="${slug(r.code)}">${esc(r.code)}</h2><dl class="es-dl"><dt>Ernst</dt><dd><span class="es-badge es-${esc(r.severity)}">${esc(r.severity)}</span></dd><dt>Melding</dt><dd>${esc(r.message)}</dd>${
            r.source
              ? `<dt>Bron</dt><dd>${esc([r.source.document, r.source.version, r.source.section].filter(Boolean).join(', '))}</dd>`
              : ''
          }${r.description ? `<dt>Toelichting</dt><dd>${esc(r.description)}</dd>` : ''}${r.divergence ? `<dt>Verschil tussen bronnen</dt><dd>${esc(r.divergence.summary)}</dd>` : ''}${
            r.paths?.length
              ? `<dt>Geldt voor</dt><dd>${r.paths.map((p) => (ctx.hasElement(v.version, p) ? `<a href="${url.osoElement(v.version, p)}"><code>${esc(p)}</code></a>` : `<code>${esc(p)}</code>`)).join('<br>')}</dd>`
              : ''
          }</dl>`,
      )
      .join('');
  return {
    route: url.osoRules(v.version),
    title: `Regels gegevensset OSO ${v.version}`,
    html,
    headings: v.rules.map((r) => ({ depth: 2, slug: slug(r.code), text: r.code })),
    versions: versionSwitch(data, v.version, (o) =>
      o.rules.length ? url.osoRules(o.version) : null,
    ),
  };
}

function categoriesPage(data: OsoData, v: OsoVersionData): GeneratedPage {
  const values = Object.entries(data.categoryValues);
  let html = `<p>Bij selectief uitleveren geeft <code>categorie_uitlevering</code> per categorie aan of die is meegeleverd. Een categorie die OPT-UIT of VERBODEN is, bevat geen gegevens.</p>`;
  if (values.length)
    html += `<table><thead><tr><th>Waarde</th><th>Betekenis</th><th>Gegevens</th></tr></thead><tbody>${values
      .map(
        ([k, x]) =>
          `<tr id="waarde-${slug(k)}"><td><code>${esc(k)}</code></td><td>${esc(x.betekenis ?? '')}</td><td>${esc(x.gegevens ?? '')}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  html += `<table><thead><tr><th>Categorie</th><th>Elementen</th><th>Regels</th></tr></thead><tbody>${v.categories
    .map(
      (c) =>
        `<tr id="${esc(c.id)}"><td><code>${esc(c.id)}</code><br>${esc(c.naam ?? '')}</td><td>${(
          c.paths ?? []
        )
          .map((p) =>
            v.byPath.has(p)
              ? `<a href="${url.osoElement(v.version, p)}"><code>${esc(p)}</code></a>`
              : `<code>${esc(p)}</code>`,
          )
          .join(
            '<br>',
          )}</td><td>${(c.rules ?? []).map((r) => (v.rules.some((x) => x.code === r) ? `<a href="${url.osoRule(v.version, r)}">${esc(r)}</a>` : esc(r))).join(', ')}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  return {
    route: url.osoCategories(v.version),
    title: `Categorieën selectief uitleveren OSO ${v.version}`,
    html,
    versions: versionSwitch(data, v.version, (o) =>
      o.categories.length ? url.osoCategories(o.version) : null,
    ),
  };
}

/**
 * Dutch names of the change kinds of `OSO_CHANGES_2024_1` (`op`); an unknown kind is shown as it is,
 * marked, so a new kind in the package is visible rather than silently English.
 */
export const CHANGE_KINDS_NL: Readonly<Record<string, string>> = {
  add: 'toegevoegd',
  remove: 'verwijderd',
  rename: 'hernoemd',
  move: 'verplaatst',
  namespace: 'namespace',
  note: 'opmerking',
  documentation: 'documentatie',
  codelijst: 'codelijst',
  type: 'type gewijzigd',
  cardinality: 'kardinaliteit gewijzigd',
};
const changeKind = (op: unknown): string =>
  CHANGE_KINDS_NL[String(op)] ??
  `${esc(op)} <small class="es-muted">(soort zonder Nederlandse naam)</small>`;

function changeCell(value: unknown): string {
  if (typeof value === 'string' && value.startsWith('/')) return `<code>${esc(value)}</code>`;
  return renderValue(value);
}

/** What differs between two versions of an element, in words (cardinality, type, restrictions, code list). */
function elementDiff(a: OsoElement, b: OsoElement): string[] {
  const out: string[] = [];
  const ca = cardinalityOf(a);
  const cb = cardinalityOf(b);
  if (ca !== cb) out.push(`kardinaliteit <code>${esc(ca)}</code> → <code>${esc(cb)}</code>`);
  if ((a.type ?? '') !== (b.type ?? '') || (a.typeName ?? '') !== (b.typeName ?? ''))
    out.push(
      `type <code>${esc(a.typeName ?? a.type)}</code> → <code>${esc(b.typeName ?? b.type)}</code>`,
    );
  if (JSON.stringify(a.restrictions ?? {}) !== JSON.stringify(b.restrictions ?? {}))
    out.push(
      `beperkingen <code>${esc(JSON.stringify(a.restrictions ?? {}))}</code> → <code>${esc(JSON.stringify(b.restrictions ?? {}))}</code>`,
    );
  if (String(a.codelijst ?? '') !== String(b.codelijst ?? ''))
    out.push(`codelijst ${esc(a.codelijst ?? '–')} → ${esc(b.codelijst ?? '–')}`);
  return out;
}

/**
 * The structural difference between two versions, computed from both element tables: elements removed,
 * added and changed. It complements the package's own change list (which also says why, with sources).
 */
export function structuralDiff(
  from: OsoVersionData,
  to: OsoVersionData,
): { removed: OsoElement[]; added: OsoElement[]; changed: [OsoElement, OsoElement, string[]][] } {
  const removed = from.elements.filter((e) => !to.byPath.has(e.path));
  const added = to.elements.filter((e) => !from.byPath.has(e.path));
  const changed: [OsoElement, OsoElement, string[]][] = [];
  for (const e of to.elements) {
    const old = from.byPath.get(e.path);
    if (!old) continue;
    const d = elementDiff(old, e);
    if (d.length) changed.push([old, e, d]);
  }
  return { removed, added, changed };
}

function changesPage(data: OsoData, ctx: SiteContext): GeneratedPage {
  const newestV = data.versions[0]!;
  const oldestV = data.versions[data.versions.length - 1]!;
  const newest = newestV.version;
  const oldest = oldestV.version;
  const link = (version: string, path: string): string =>
    ctx.hasElement(version, path)
      ? `<a href="${url.osoElement(version, path)}"><code>${esc(path)}</code></a>`
      : `<code>${esc(path)}</code>`;
  const headings: Heading[] = [];
  const add = (id: string, text: string): string => {
    const h = heading(2, id, text);
    headings.push(h.entry);
    return h.html;
  };
  let html = `<p>Wijzigingen van de OSO gegevensset ${esc(oldest)} naar ${esc(newest)}.</p>`;
  if (data.changes.length) {
    const pathCell = (val: unknown): string =>
      typeof val === 'string' && val.startsWith('/')
        ? ctx.hasElement(newest, val)
          ? link(newest, val)
          : link(oldest, val)
        : val == null
          ? ''
          : changeCell(val);
    const sourcesCell = (val: unknown): string =>
      (Array.isArray(val) ? val : val ? [val] : [])
        .map((x) =>
          x && typeof x === 'object'
            ? [x.document, x.version, x.section].filter(Boolean).map(esc).join(', ')
            : esc(x),
        )
        .join('<br>');
    const known = new Set([
      'id',
      'op',
      'path',
      'from',
      'to',
      'toelichting',
      'source',
      'assumption',
    ]);
    html +=
      add('wijzigingen', 'Wijzigingen met bron') +
      `<p>De wijzigingslijst van <code>@edustandaard/oso</code> (<code>OSO_CHANGES_2024_1</code>): ${esc(newest)} is ${esc(oldest)} met deze wijzigingen, in volgorde toegepast. Waar de bronnen zwijgen is de structuur van ${esc(oldest)} aangehouden; zulke aannames zijn gemarkeerd.</p>` +
      `<table><thead><tr><th>Wijziging</th><th>Soort</th><th>Pad</th><th>Toelichting</th><th>Bron</th><th>Aanname</th></tr></thead><tbody>${data.changes
        .map((ch) => {
          const extra = Object.entries(ch).filter(([k, v]) => !known.has(k) && v !== undefined);
          return `<tr id="wijziging-${slug(String(ch.id ?? ''))}"><td><code>${esc(ch.id)}</code></td><td>${changeKind(ch.op)}</td><td>${pathCell(ch.path)}${ch.from ? `<br><small>van ${pathCell(ch.from)}</small>` : ''}${
            ch.to ? `<br><small>naar ${pathCell(ch.to)}</small>` : ''
          }</td><td>${esc(ch.toelichting)}${extra.length ? `<br><small>${extra.map(([k, v]) => `${esc(label(k))}: ${changeCell(v)}`).join('<br>')}</small>` : ''}</td><td><small>${sourcesCell(ch.source)}</small></td><td>${ch.assumption ? '<span class="es-badge">aanname</span>' : 'nee'}</td></tr>`;
        })
        .join('')}</tbody></table>` +
      (data.changesSearch
        ? `<p class="es-muted"><small>Bronnenonderzoek: ${esc(data.changesSearch)}</small></p>`
        : '');
  }
  const d = structuralDiff(oldestV, newestV);
  html +=
    add('structuur', 'Structurele verschillen') +
    `<p>Berekend uit de elementtabellen van beide versies: ${d.removed.length} elementen vervallen, ${d.added.length} toegevoegd, ${d.changed.length} gewijzigd.</p>`;
  html += `<h3 id="vervallen">Vervallen in ${esc(newest)}</h3>${d.removed.length ? `<ul>${d.removed.map((e) => `<li>${link(oldest, e.path)}</li>`).join('')}</ul>` : '<p class="es-muted">Geen.</p>'}`;
  html += `<h3 id="toegevoegd">Toegevoegd in ${esc(newest)}</h3>${d.added.length ? `<ul>${d.added.map((e) => `<li>${link(newest, e.path)}</li>`).join('')}</ul>` : '<p class="es-muted">Geen.</p>'}`;
  html += `<h3 id="gewijzigd">Gewijzigd</h3>${
    d.changed.length
      ? `<table><thead><tr><th>Element</th><th>Verschil</th></tr></thead><tbody>${d.changed.map(([, e, diff]) => `<tr><td>${link(newest, e.path)}</td><td>${diff.join('<br>')}</td></tr>`).join('')}</tbody></table>`
      : '<p class="es-muted">Geen.</p>'
  }`;
  return {
    route: url.osoChanges(),
    title: `Wijzigingen OSO ${oldest} → ${newest}`,
    html,
    headings,
  };
}

function overviewPage(data: OsoData): GeneratedPage {
  const rows = data.versions
    .map(
      (v) =>
        `<tr><td><a href="${url.osoVersion(v.version)}">${esc(v.version)}</a></td><td>${v.elements.length}</td><td><code>${esc(data.versionInfo[v.version]?.namespace ?? '')}</code>${
          data.versionInfo[v.version]?.namespaceAssumed
            ? '<br><small class="es-assumption"><span class="es-badge">aanname</span> geen gepubliceerde XSD</small>'
            : ''
        }</td><td>${esc(data.versionInfo[v.version]?.validatieversie ?? '')}</td><td>${v.rules.length ? `<a href="${url.osoRules(v.version)}">${v.rules.length}</a>` : '–'}</td><td>${
          v.categories.length
            ? `<a href="${url.osoCategories(v.version)}">${v.categories.length}</a>`
            : '–'
        }</td><td>${
          v.schemaFile
            ? `<a href="${url.download(schemaFileName(v.version))}" download>${esc(schemaFileName(v.version))}</a>`
            : '<span class="es-muted">niet gegenereerd</span>'
        }</td><td>${
          v.xsdFile
            ? `<a href="${url.download(`oso-${v.version}.xsd`)}" download>oso-${esc(v.version)}.xsd</a>`
            : '<span class="es-muted">–</span>'
        }</td></tr>`,
    )
    .join('');
  const html =
    `<p>${esc(data.pkg.description)} Package <code>${esc(data.pkg.name)}@${esc(data.pkg.version)}</code>.</p>` +
    `<table><thead><tr><th>Versie</th><th>Elementen</th><th>Namespace</th><th>Validatieversie</th><th>Regels</th><th>Categorieën</th><th>JSON Schema</th><th>XSD</th></tr></thead><tbody>${rows}</tbody></table>` +
    `<p>Alle bestanden met hun sha256: <a href="${url.downloads()}">Downloads</a>.</p>` +
    (data.versions.length > 1
      ? `<p><a href="${url.osoChanges()}">Wijzigingen ${esc(data.versions[data.versions.length - 1]!.version)} → ${esc(data.versions[0]!.version)}</a>.</p>`
      : '') +
    `<p>De JSON Schema’s zijn bij het bouwen van het package uit de TypeScript-typen gegenereerd; ze zijn bruikbaar zonder TypeScript (bijvoorbeeld in .NET of Java).</p>`;
  return {
    route: url.oso(),
    title: 'OSO gegevensset',
    description: 'Het overstapdossier: versies, elementen en JSON Schema’s',
    html,
  };
}

/**
 * All OSO pages.
 * @param data - the loaded OSO data
 * @param ctx - cross-section context
 */
export function osoPages(data: OsoData, ctx: SiteContext): GeneratedPage[] {
  const pages: GeneratedPage[] = [overviewPage(data)];
  for (const v of data.versions) {
    pages.push(treePage(data, v));
    if (v.rules.length) pages.push(rulesPage(data, v, ctx));
    if (v.categories.length) pages.push(categoriesPage(data, v));
    for (const el of v.elements) pages.push(elementPage(data, v, el, ctx));
  }
  if (data.versions.length > 1) pages.push(changesPage(data, ctx));
  return pages;
}
