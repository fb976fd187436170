/** Code list pages per version: each list with its codes (an anchor per code), labels and where it is used. */
import { esc, slug } from '../lib/html.ts';
import { renderValue } from '../lib/render.ts';
import { codelistId, type Codelijst, type CodelistVersion } from '../data/codelists.ts';
import { url } from '../site/urls.ts';
import { codelistKey, type SiteContext } from './context.ts';
import { weightFor, type GeneratedPage } from './page.ts';

function usage(version: string, list: Codelijst, ctx: SiteContext): string[] {
  const key = codelistKey(codelistId(list));
  const paths: string[] = [...(list.paths ?? [])];
  for (const el of ctx.oso?.versions.find((v) => v.version === version)?.elements ?? [])
    if (
      el.codelijst !== undefined &&
      el.codelijst !== null &&
      codelistKey(el.codelijst) === key &&
      !paths.includes(el.path)
    )
      paths.push(el.path);
  const out = paths.map((p) =>
    ctx.hasElement(version, p)
      ? `<a href="${url.osoElement(version, p)}"><code>${esc(p)}</code></a>`
      : `<code>${esc(p)}</code>`,
  );
  if (!paths.length) for (const e of list.elementen ?? []) out.push(`<code>${esc(e)}</code>`);
  for (const v of ctx.swv?.versions ?? [])
    if (v.version === version)
      for (const p of v.profiles)
        for (const r of p.elements)
          if (r.codelist && codelistKey(r.codelist) === key)
            out.push(`${esc(p.id)}: <code>${esc(r.path)}</code> (profielrij)`);
  return out;
}

function versionLinks(
  all: CodelistVersion[],
  current: string,
  id: string,
): GeneratedPage['versions'] {
  return all.flatMap((v) =>
    v.lists.some((l) => codelistId(l) === id)
      ? [{ version: v.version, route: url.codelist(v.version, id), current: v.version === current }]
      : [],
  );
}

function listPage(
  all: CodelistVersion[],
  version: string,
  list: Codelijst,
  ctx: SiteContext,
): GeneratedPage {
  const id = codelistId(list);
  const extraCols: string[] = [];
  for (const c of list.codes)
    for (const k of Object.keys(c))
      if (k !== 'code' && k !== 'label' && !extraCols.includes(k)) extraCols.push(k);
  const used = usage(version, list, ctx);
  let html = `<p>${list.id ? `Bevindingscode <code>${esc(list.id)}</code>. ` : ''}${list.actief === false ? '<span class="es-badge">niet actief</span> Deze lijst wordt in de validatie niet gecontroleerd. ' : ''}${
    list.opmerking ? esc(list.opmerking) : ''
  }</p>`;
  if (list.bron) html += `<div>Bron: ${renderValue(list.bron)}</div>`;
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
    route: url.codelist(version, id),
    title: `${list.nummer !== null && list.nummer !== undefined ? `Codelijst ${list.nummer}: ` : ''}${list.naam}${version === all[0]?.version ? '' : ` (${version})`}`,
    searchWeight: weightFor(version, all[0]?.version),
    description: `Codes en omschrijvingen van ${list.naam} (OSO ${version})`,
    html,
    headings: [{ depth: 2, slug: 'gebruik', text: 'Waar gebruikt' }],
    versions: versionLinks(all, version, id),
  };
}

/**
 * The code list index and one page per list per version.
 * @param all - the code lists per version
 * @param ctx - cross-section context
 */
export function codelistPages(all: CodelistVersion[], ctx: SiteContext): GeneratedPage[] {
  const ids = [...new Set(all.flatMap((v) => v.lists.map(codelistId)))];
  const index: GeneratedPage = {
    route: url.codelists(),
    title: 'Codelijsten',
    description: 'De codelijsten van de OSO gegevensset per versie',
    html: `<p>De codelijsten en waardecontroles van de OSO gegevensset, uit <code>@edustandaard/oso</code>, per versie.</p><table><thead><tr><th>Nummer</th><th>Naam</th>${all
      .map((v) => `<th>${esc(v.version)}</th>`)
      .join('')}</tr></thead><tbody>${ids
      .map((id) => {
        const any = all.flatMap((v) => v.lists).find((l) => codelistId(l) === id)!;
        return `<tr><td>${esc(any.nummer ?? '–')}</td><td>${esc(any.naam)}</td>${all
          .map((v) => {
            const l = v.lists.find((x) => codelistId(x) === id);
            return `<td>${l ? `<a href="${url.codelist(v.version, id)}">${l.codes.length} codes</a>${l.actief === false ? ' (niet actief)' : ''}` : '–'}</td>`;
          })
          .join('')}</tr>`;
      })
      .join('')}</tbody></table>`,
  };
  return [index, ...all.flatMap((v) => v.lists.map((l) => listPage(all, v.version, l, ctx)))];
}
