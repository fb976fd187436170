/** Code list pages: each list with its codes (an anchor per code), labels and where it is used. */
import { esc, slug } from '../lib/html.ts';
import { renderValue } from '../lib/render.ts';
import { codelistId, type Codelijst } from '../data/codelists.ts';
import { url } from '../site/urls.ts';
import { codelistKey, type SiteContext } from './context.ts';
import type { GeneratedPage } from './page.ts';

function usage(list: Codelijst, ctx: SiteContext): string[] {
  const key = codelistKey(codelistId(list));
  const out: string[] = [];
  for (const v of ctx.oso?.versions ?? [])
    for (const el of v.elements)
      if (el.codelijst !== undefined && el.codelijst !== null && codelistKey(el.codelijst) === key)
        out.push(`OSO ${esc(v.version)}: <a href="${url.osoElement(v.version, el.path)}"><code>${esc(el.path)}</code></a>`);
  for (const path of list.elementen ?? [])
    if (!out.some((o) => o.includes(`<code>${esc(path)}</code>`))) {
      const version = ctx.oso?.versions.find((v) => v.byPath.has(path))?.version;
      out.push(version ? `OSO ${esc(version)}: <a href="${url.osoElement(version, path)}"><code>${esc(path)}</code></a>` : `<code>${esc(path)}</code>`);
    }
  for (const v of ctx.swv?.versions ?? [])
    for (const p of v.profiles)
      for (const r of p.elements)
        if (r.codelist && codelistKey(r.codelist) === key) out.push(`${esc(p.id)} ${esc(v.version)}: <code>${esc(r.path)}</code>`);
  return out;
}

function listPage(list: Codelijst, ctx: SiteContext): GeneratedPage {
  const id = codelistId(list);
  const extraCols: string[] = [];
  for (const c of list.codes) for (const k of Object.keys(c)) if (k !== 'code' && k !== 'label' && !extraCols.includes(k)) extraCols.push(k);
  const used = usage(list, ctx);
  let html = `<p>${list.actief === false ? '<span class="es-badge">niet actief</span> Deze lijst wordt in de validatie niet gecontroleerd. ' : ''}${list.opmerking ? esc(list.opmerking) : ''}</p>`;
  if (list.bron) html += `<p>Bron: ${renderValue(list.bron)}</p>`;
  html += list.codes.length
    ? `<table><thead><tr><th>Code</th><th>Omschrijving</th>${extraCols.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${list.codes
        .map(
          (c) =>
            `<tr id="code-${slug(c.code)}"><td><code>${esc(c.code)}</code></td><td>${c.label ? esc(c.label) : '<span class="es-muted">–</span>'}</td>${extraCols
              .map((k) => `<td>${c[k] === undefined ? '' : renderValue(c[k])}</td>`)
              .join('')}</tr>`,
        )
        .join('')}</tbody></table>`
    : '<p class="es-muted">Deze controle heeft geen vaste lijst codes.</p>';
  html += `<h2 id="gebruik">Waar gebruikt</h2>${used.length ? `<ul>${used.map((u) => `<li>${u}</li>`).join('')}</ul>` : '<p class="es-muted">Door geen element genoemd.</p>'}`;
  return {
    route: url.codelist(id),
    title: `${list.nummer !== null && list.nummer !== undefined ? `Codelijst ${list.nummer}: ` : ''}${list.naam}`,
    description: `Codes en omschrijvingen van ${list.naam}`,
    html,
    headings: [{ depth: 2, slug: 'gebruik', text: 'Waar gebruikt' }],
  };
}

/**
 * The code list index and one page per list.
 * @param lists - the code lists
 * @param ctx - cross-section context
 */
export function codelistPages(lists: Codelijst[], ctx: SiteContext): GeneratedPage[] {
  const index: GeneratedPage = {
    route: url.codelists(),
    title: 'Codelijsten',
    description: 'De codelijsten van de OSO gegevensset',
    html: `<p>De codelijsten en waardecontroles van de OSO gegevensset, uit <code>@edustandaard/oso</code>.</p><table><thead><tr><th>Nummer</th><th>Naam</th><th>Codes</th><th>Actief</th></tr></thead><tbody>${lists
      .map((l) => `<tr><td>${esc(l.nummer ?? '–')}</td><td><a href="${url.codelist(codelistId(l))}">${esc(l.naam)}</a></td><td>${l.codes.length}</td><td>${l.actief === false ? 'nee' : 'ja'}</td></tr>`)
      .join('')}</tbody></table>`,
  };
  return [index, ...lists.map((l) => listPage(l, ctx))];
}
