/**
 * The identifiers page: the Edu-V tables per level (primary first, then the secondary identifiers in the
 * agreement's order, which is the order `selectIdentifier` follows) with technical term, format,
 * example and documentation; "Wanneer geen ECK iD?"; the formats and normalisation per type.
 */
import { esc, slug } from '../lib/html.ts';
import { label } from '../lib/render.ts';
import type { IdentifiersData, IdentifierType, SourceLike } from '../data/identifiers.ts';
import { url } from '../site/urls.ts';
import { heading, type GeneratedPage, type Heading } from './page.ts';

const source = (s: SourceLike): string => {
  const t = [s.document, s.version, s.section].filter(Boolean).map(esc).join(', ');
  return s.url ? `<a href="${esc(s.url)}" rel="external">${t}</a>` : t;
};

function formatCell(t: IdentifierType | undefined): string {
  const f = t?.format;
  if (!f) return '';
  return `${esc(f.description ?? '')}${f.pattern ? `<br><code>${esc(f.pattern)}</code>` : ''}${
    f.published === false
      ? '<br><small>Geen gepubliceerd formaat: elke niet-lege, getrimde waarde wordt geaccepteerd.</small>'
      : ''
  }${f.checkCharacter ? `<br><small>Controleteken: ${esc(f.checkCharacter)}</small>` : ''}`;
}

/**
 * The identifiers page.
 * @param data - the loaded identifier data
 */
export function identifierPages(data: IdentifiersData): GeneratedPage[] {
  const headings: Heading[] = [];
  const add = (depth: 2 | 3, id: string, text: string): string => {
    const h = heading(depth, id, text);
    headings.push(h.entry);
    return h.html;
  };
  let html = `<p>De identificatoren van de Edu-V-afspraak “Identiteiten” per niveau, uit <code>${esc(data.pkg.name)}@${esc(data.pkg.version)}</code>. Gebruik per niveau de <strong>primaire</strong> identificator; alleen als die niet te verkrijgen is een <strong>secundaire</strong>, in de volgorde van de tabel (zo kiest ook <code>selectIdentifier</code>).</p>`;
  for (const t of data.tables) {
    html += add(2, `niveau-${slug(t.niveau)}`, label(t.niveau));
    html += `<p class="es-muted">${esc(t.section)}</p>${t.toelichting ? `<p>${esc(t.toelichting)}</p>` : ''}`;
    html += `<table><thead><tr><th>Rang</th><th>Type</th><th>Technische term</th><th>Formaat en voorbeeld</th><th>Documentatie</th></tr></thead><tbody>${t.rows
      .map(
        (r) =>
          `<tr id="${slug(t.niveau)}-${slug(r.term)}"><td>${esc(r.rang)}</td><td>${esc(r.type)}</td><td><a href="${url.identifierAnchor(r.term)}"><code>${esc(r.term)}</code></a></td><td class="es-long">${esc(r.formaatEnVoorbeeld ?? '')}</td><td>${r.documentation ? `<a href="${esc(r.documentation.url)}" rel="external">${esc(r.documentation.title)}</a>` : ''}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  }
  if (data.geenEckId.length) {
    html += add(2, 'wanneer-geen-eck-id', 'Wanneer geen ECK iD?');
    html += `<p>Situaties waarin geen ECK iD te verkrijgen is, zodat een secundaire identificator gebruikt mag worden (de afspraak zegt “onder meer”: de lijst is niet uitputtend).</p><ul>${data.geenEckId
      .map((s) => `<li id="geen-eck-id-${slug(s.id)}">${esc(s.omschrijving)}</li>`)
      .join(
        '',
      )}</ul>${data.geenEckIdBron ? `<p><small>Bron: ${source(data.geenEckIdBron)}</small></p>` : ''}`;
  }
  html += add(2, 'formaten', 'Formaten per type');
  html += `<table><thead><tr><th>Term</th><th>Type</th><th>Formaat</th><th>Voorbeeld</th><th>Normalisatie</th></tr></thead><tbody>${Object.values(
    data.types,
  )
    .map(
      (t) =>
        `<tr id="id-${slug(t.term)}"><td><code>${esc(t.term)}</code></td><td>${esc(t.type)}${t.description ? `<br><small>${esc(t.description)}</small>` : ''}</td><td class="es-long">${formatCell(t)}${
          t.format?.sources?.length
            ? `<br><small>Bron: ${t.format.sources.map(source).join('; ')}</small>`
            : ''
        }</td><td class="es-long">${t.example ? `<code>${esc(t.example)}</code>${t.exampleOf ? `<br><small>${esc(t.exampleOf)}</small>` : ''}` : '<span class="es-muted">–</span>'}</td><td>${esc(t.normalisation ?? '')}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  return [
    {
      route: url.identifiers(),
      title: 'Identificatie (Edu-V)',
      description: 'Identificatoren per niveau met formaat, voorbeeld en primair/secundair',
      html,
      headings,
    },
  ];
}
