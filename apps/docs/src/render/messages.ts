/**
 * The "Meldingen" page: every package's message catalogue (code → Dutch template), generated from the
 * exported catalogues (`src/data/catalogues.ts`). Rules of the standard carry their message in their
 * declaration and are shown on their rule pages; this page lists the rest.
 */
import { esc, slug } from '../lib/html.ts';
import type { CatalogueData } from '../data/catalogues.ts';
import { heading, type GeneratedPage, type Heading } from './page.ts';

/** A template with its placeholders marked. */
const template = (t: string): string =>
  esc(t).replace(
    /\{([A-Za-z_][A-Za-z0-9_]*)(?::(quoted|json))?\}/g,
    (_, name: string, how?: string) => `<var>{${name}${how ? `:${how}` : ''}}</var>`,
  );

/** `code#variant` → code and variant; `*` stands for any code. */
function idCell(id: string): string {
  const [code, variant] = id.split('#');
  return `<code>${esc(code ?? id)}</code>${variant ? ` <small class="es-muted">(${esc(variant)})</small>` : ''}`;
}

/**
 * The page, or `null` when no package exports a catalogue.
 * @param catalogues - the exported catalogues
 * @param route - the page's route
 */
export function messagesPage(
  catalogues: readonly CatalogueData[],
  route: string,
): GeneratedPage | null {
  if (catalogues.length === 0) return null;
  const headings: Heading[] = [];
  let html =
    '<p>De teksten van de bevindingen die de validators geven, per package: een sjabloon per code, ingevuld met de parameters van de bevinding (<var>{naam}</var>; <var>{naam:quoted}</var> zet elke waarde tussen aanhalingstekens, <var>{naam:json}</var> schrijft ze als JSON). Waar één code meer formuleringen heeft, staat de variant tussen haakjes. De bedrijfsregels van de standaard dragen hun melding in hun eigen declaratie en staan bij de regels. De codes van de XML- en JSON Schema-controles van core staan hier zonder voorvoegsel: het package kiest het (<code>OSO.XSD.minOccurs</code>, <code>OKE.SCHEMA.required</code>).</p>';
  for (const c of catalogues) {
    const h = heading(2, slug(`${c.pkg}-${c.name}`), `${c.pkg} — ${c.name}`);
    headings.push(h.entry);
    html += h.html;
    html += `<table><thead><tr><th>Code</th><th>Melding</th></tr></thead><tbody>${Object.entries(
      c.nl,
    )
      .map(([id, t]) => `<tr><td>${idCell(id)}</td><td class="es-long">${template(t)}</td></tr>`)
      .join('')}</tbody></table>`;
  }
  return {
    route,
    title: 'Meldingen',
    description: 'De meldingencatalogus van elk package: code en Nederlands sjabloon.',
    html,
    headings,
  };
}
