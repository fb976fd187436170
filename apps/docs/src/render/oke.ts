/** OKE pages: overview with roles, one page per flow (0–6) with its sequence diagram(s) rendered at build time, and the payload schemas. */
import { esc, slug } from '../lib/html.ts';
import { label, renderValue } from '../lib/render.ts';
import { sequenceSvg } from '../lib/sequence.ts';
import type { OkeData, OkeFlow } from '../data/oke.ts';
import { url } from '../site/urls.ts';
import { heading, type GeneratedPage, type Heading } from './page.ts';
import type { SiteContext } from './context.ts';

const str = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** The Mermaid text of a flow: the package's own, else derived from its interactions (consumer → provider). */
export function flowMermaid(flow: OkeFlow): string {
  if (flow.mermaid) return flow.mermaid;
  const lines = ['sequenceDiagram'];
  for (const i of flow.interactions) {
    const op = (i.operation ?? i) as Record<string, unknown>;
    const from = str(i.consumer ?? i.from ?? flow.raw.consumer ?? 'Consumer').replace(/[:\n]/g, ' ');
    const to = str(i.provider ?? i.to ?? flow.raw.provider ?? 'Provider').replace(/[:\n]/g, ' ');
    const name = str(i.name ?? i.naam ?? '');
    lines.push(`${from}->>+${to}: ${name}${op.method ? ` (${str(op.method).toUpperCase()} ${str(op.path)})` : ''}`);
    const status = Array.isArray(op.statusCodes) ? op.statusCodes.join('/') : str(op.status ?? op.statusCodes ?? '');
    lines.push(`${to}-->>-${from}: ${status || 'antwoord'}`);
  }
  return lines.join('\n');
}

function interactionsTable(flow: OkeFlow): string {
  const cols: string[] = [];
  for (const i of flow.interactions) for (const k of Object.keys(i)) if (!cols.includes(k) && !/mermaid/i.test(k)) cols.push(k);
  return `<table><thead><tr>${cols.map((c) => `<th>${esc(label(c))}</th>`).join('')}</tr></thead><tbody>${flow.interactions
    .map((i, n) => `<tr id="flow-${flow.number}-${slug(str(i.id ?? i.name ?? i.naam ?? n + 1))}">${cols.map((c) => `<td>${renderValue(i[c])}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function flowPage(data: OkeData, flow: OkeFlow): GeneratedPage {
  const headings: Heading[] = [];
  const add = (id: string, text: string): string => {
    const h = heading(2, id, text);
    headings.push(h.entry);
    return h.html;
  };
  const skip = new Set(['number', 'nummer', 'flow', 'id', 'name', 'naam', 'title', 'interactions', 'interacties', 'mermaid', 'sequenceDiagram']);
  let html = `<dl class="es-dl">${Object.entries(flow.raw)
    .filter(([k, v]) => !skip.has(k) && v !== undefined)
    .map(([k, v]) => `<dt>${esc(label(k))}</dt><dd>${renderValue(v)}</dd>`)
    .join('')}</dl>`;
  html += add('sequentiediagram', 'Sequentiediagram');
  html += `<figure class="es-diagram" id="diagram-flow-${flow.number}">${sequenceSvg(flowMermaid(flow), `Flow ${flow.number}: ${flow.name}`, `seq-${flow.number}`)}</figure>`;
  html += `<details><summary>Mermaid-bron</summary><pre><code>${esc(flowMermaid(flow))}</code></pre></details>`;
  html += add('interacties', 'Interacties en operaties') + interactionsTable(flow);
  return {
    route: url.okeFlow(flow.number),
    title: `Flow ${flow.number}: ${flow.name}`,
    description: `OKE flow ${flow.number} (${flow.name}): rollen, interacties, operaties en sequentiediagram`,
    html,
    headings,
  };
}

/**
 * All OKE pages.
 * @param data - the loaded OKE data
 * @param _ctx - cross-section context (unused: OKE links only within its own section)
 */
export function okePages(data: OkeData, _ctx: SiteContext): GeneratedPage[] {
  let html = `<p>${esc(data.pkg.description)} Package <code>${esc(data.pkg.name)}@${esc(data.pkg.version)}</code>.</p>`;
  html += `<table><thead><tr><th>Flow</th><th>Naam</th><th>Interacties</th></tr></thead><tbody>${data.flows
    .map((f) => `<tr><td>${f.number}</td><td><a href="${url.okeFlow(f.number)}">${esc(f.name)}</a></td><td>${f.interactions.length}</td></tr>`)
    .join('')}</tbody></table>`;
  if (data.roles) html += `<h2 id="rollen">Rollen</h2>${renderValue(data.roles)}`;
  const pages: GeneratedPage[] = [
    { route: url.oke(), title: 'OKE: Onderwijs Koppelvlakken Examinering', description: 'De flows 0–6 van de examenketen op OOAPI v5', html, headings: data.roles ? [{ depth: 2, slug: 'rollen', text: 'Rollen' }] : [] },
    ...data.flows.map((f) => flowPage(data, f)),
  ];
  if (data.schemas.length)
    pages.push({
      route: url.okeSchemas(),
      title: 'OKE payload-schema’s',
      description: 'JSON Schema’s van de OOAPI-objecten die OKE gebruikt',
      html: `<p>De JSON Schema’s die <code>${esc(data.pkg.name)}</code> bij het bouwen uit zijn TypeScript-typen genereert.</p><ul>${data.schemas
        .map((s) => `<li id="schema-${slug(s.name)}"><a href="${url.download(`oke-${s.file}`)}" download>${esc(s.file)}</a>${(s.schema as { description?: string })?.description ? ` — ${esc((s.schema as { description: string }).description)}` : ''}</li>`)
        .join('')}</ul>`,
    });
  return pages;
}
