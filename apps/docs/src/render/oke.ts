/**
 * OKE pages: overview with the roles and flows, one page per flow (0–6) with its sequence diagram
 * rendered at build time from the package's Mermaid text, its interactions with the OOAPI operations
 * (method, path, query, bodies, status codes, scopes), its trigger and flow duties (code, severity,
 * message, source section, assumption flag, an example), and the payload schemas page; the overview
 * lists the duties per flow, the schema readings, the named faults and the manifest's assumptions (#14).
 */
import { diagramFigure, esc, slug } from '../lib/html.ts';
import { sequenceSvg } from '../lib/sequence.ts';
import {
  schemaShape,
  type OkeData,
  type OkeDuty,
  type OkeFlow,
  type OkeInteraction,
  type OkeOperation,
  type SourceLike,
} from '../data/oke.ts';
import { url } from '../site/urls.ts';
import { heading, type GeneratedPage, type Heading } from './page.ts';
import { severityBadge } from './swv.ts';

const source = (s: SourceLike | undefined): string => {
  if (!s) return '';
  const t = [s.document, s.version, s.section].filter(Boolean).map(esc).join(', ');
  return s.url ? `<a href="${esc(s.url)}" rel="external">${t}</a>` : t;
};

const roleAnchor = (id: string): string => `${url.oke()}#rol-${slug(id)}`;

/** Schema type name → link to its section on the schemas page, when the package ships that schema. */
function typeLink(data: OkeData, type: string | null | undefined): string {
  if (!type) return '';
  return data.schemas.some((s) => s.name === type)
    ? `<a href="${url.okeSchema(type)}"><code>${esc(type)}</code></a>`
    : `<code>${esc(type)}</code>`;
}

/** The OOAPI operation of an interaction as definition-list rows (method and path, bodies, responses, scopes). */
function operationRows(
  data: OkeData,
  i: OkeInteraction,
  op: OkeOperation | undefined,
): [string, string][] {
  if (!op) return [['OOAPI-operatie', `<code>${esc(i.operationId)}</code>`]];
  const q = i.query
    ? Object.entries(i.query)
        .map(([k, v]) => `${k}=${v ?? '…'}`)
        .join('&')
    : '';
  const rows: [string, string][] = [
    [
      'OOAPI-operatie',
      `<code>${esc(op.method)} ${esc(op.path)}${q ? `?${esc(q)}` : ''}</code> <small>(operationId <code>${esc(op.operationId)}</code>)</small>`,
    ],
  ];
  if (op.requestBody)
    rows.push([
      'Verzoek',
      `${typeLink(data, op.requestBody.type)} <small>${esc(op.requestBody.contentType)}${op.requestBody.required ? '' : ', optioneel'}</small>`,
    ]);
  const responses = Object.entries(op.responses ?? {});
  if (responses.length)
    rows.push([
      'Antwoorden',
      responses
        .map(
          ([st, r]) =>
            `<code>${esc(st)}</code> ${esc(r.description)}${r.type ? ` → ${typeLink(data, r.type)}` : ''}`,
        )
        .join('<br>'),
    ]);
  if (op.scopes?.length)
    rows.push(['Scope', op.scopes.map((x) => `<code>${esc(x)}</code>`).join(', ')]);
  return rows;
}

/** The duties that apply to an interaction (its id listed, or `*`). */
export const dutiesOf = (data: OkeData, interaction: string): OkeDuty[] =>
  data.duties.filter((d) => d.interactions === '*' || d.interactions.includes(interaction));

const DIRECTION: Record<string, string> = {
  request: 'verzoek',
  response: 'antwoord',
  both: 'verzoek en antwoord',
};

/** One duty as a table row: code (anchor), severity, message, interactions, direction, source, assumption. */
function dutyRow(data: OkeData, d: OkeDuty): string {
  const ex = data.dutyExamples.find((e) => e.code === d.code);
  return `<tr id="plicht-${slug(d.code)}"><td><code>${esc(d.code)}</code>${d.assumption ? ' <span class="es-badge es-assumption" title="aanname: niet letterlijk in de bron">aanname</span>' : ''}</td><td>${severityBadge(d.severity)}</td><td>${esc(d.message)}${
    ex
      ? `<details><summary>Voorbeeld (${esc(ex.interaction)}${ex.path ? `, <code>${esc(ex.path)}</code>` : ''})</summary><p>Overtreedt de plicht:</p><pre><code>${esc(JSON.stringify(ex.violating, null, 2))}</code></pre><p>Voldoet:</p><pre><code>${esc(JSON.stringify(ex.clean, null, 2))}</code></pre></details>`
      : ''
  }</td><td>${d.interactions === '*' ? 'elke interactie' : d.interactions.map((i) => `<code>${esc(i)}</code>`).join('<br>')}</td><td>${esc(DIRECTION[d.direction] ?? d.direction)}${d.scope === 'chain' ? '<br><small>over de keten</small>' : ''}</td><td>${d.source ? source(d.source) : ''}</td></tr>`;
}

const dutyTable = (data: OkeData, duties: OkeDuty[]): string =>
  `<table class="es-duties"><thead><tr><th>Code</th><th>Ernst</th><th>Melding</th><th>Interacties</th><th>Richting</th><th>Bron</th></tr></thead><tbody>${duties.map((d) => dutyRow(data, d)).join('')}</tbody></table>`;

function flowPage(data: OkeData, flow: OkeFlow): GeneratedPage {
  const headings: Heading[] = [];
  const add = (id: string, text: string): string => {
    const h = heading(2, id, text);
    headings.push(h.entry);
    return h.html;
  };
  const roles = (ids: readonly string[] | undefined): string =>
    (ids ?? [])
      .map(
        (id) =>
          `<a href="${roleAnchor(id)}">${esc(data.roles.find((r) => r.id === id)?.naam ?? id)}</a>`,
      )
      .join(', ');
  const rows: [string, string][] = [];
  if (flow.context) rows.push(['Context', esc(flow.context)]);
  if (flow.trigger) rows.push(['Aanleiding', esc(flow.trigger)]);
  rows.push(['Aanbieder (provider)', roles(flow.providers)]);
  rows.push(['Afnemer (consumer)', roles(flow.consumers)]);
  if (flow.scope) rows.push(['OAuth2-scope', `<code>${esc(flow.scope)}</code>`]);
  rows.push(['Sinds OKE', `${esc(flow.sinds ?? '1.0')}${flow.optioneel ? ' (optioneel)' : ''}`]);
  if (flow.source) rows.push(['Bron', source(flow.source)]);
  let html = `<dl class="es-dl">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
  if (flow.notes?.length)
    html += `<ul>${flow.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`;
  const ids = new Set(flow.interactions.map((i) => i.id));
  const duties = data.duties.filter(
    (d) => d.interactions === '*' || d.interactions.some((i) => ids.has(i)),
  );
  const trig = data.triggers.find((t) => t.flow === flow.nummer);
  if (trig || duties.length) {
    html += add('plichten', 'Aanleiding en plichten');
    if (trig)
      html += `<dl class="es-dl"><dt>Aanleiding</dt><dd>${esc(trig.trigger)}</dd><dt>Gecontroleerd door</dt><dd>${
        trig.checkedBy.length
          ? trig.checkedBy
              .map((c) =>
                duties.some((d) => d.code === c)
                  ? `<a href="#plicht-${slug(c)}"><code>${esc(c)}</code></a>`
                  : `<code>${esc(c)}</code>`,
              )
              .join(', ')
          : '<span class="es-muted">geen plicht: niet op de berichten te controleren</span>'
      }</dd>${trig.unchecked ? `<dt>Niet te controleren</dt><dd>${esc(trig.unchecked)}</dd>` : ''}</dl>`;
    if (duties.length)
      html += `<p>De plichten die <code>checkJson</code> (per bericht) en de ketencontrole (over de berichten van een keten) toetsen voor de interacties van deze flow; een plicht met <span class="es-badge es-assumption">aanname</span> staat niet letterlijk in de bron.</p>${dutyTable(data, duties)}`;
  }
  if (flow.mermaid) {
    html += add('sequentiediagram', 'Sequentiediagram');
    html += diagramFigure(
      `diagram-flow-${flow.nummer}`,
      sequenceSvg(
        flow.mermaid,
        `Flow ${flow.nummer}: ${flow.naam} — sequentiediagram`,
        `seq-${flow.nummer}`,
      ),
    );
    html += `<details><summary>Mermaid-bron</summary><pre><code>${esc(flow.mermaid)}</code></pre></details>`;
  }
  html += add('interacties', 'Interacties en operaties');
  // One heading per interaction name (the document names e.g. "Planbare toets aanmaken/wijzigen/verwijderen"
  // once; the package has an interaction per operation): the contents list each name once, every
  // interaction keeps its own anchor.
  const groups = new Map<string, OkeInteraction[]>();
  for (const i of flow.interactions) groups.set(i.naam, [...(groups.get(i.naam) ?? []), i]);
  for (const [naam, list] of groups) {
    const subflows = [...new Set(list.map((i) => i.subflow).filter(Boolean))] as string[];
    const gid = list.length === 1 ? `interactie-${slug(list[0]!.id)}` : `interacties-${slug(naam)}`;
    const suffix = subflows.length ? ` (flow ${subflows.join(', ')})` : '';
    html += `<h3 id="${gid}">${esc(naam)}${suffix ? ` <small>${esc(suffix.trim())}</small>` : ''}</h3>`;
    headings.push({ depth: 3, slug: gid, text: `${naam}${suffix}` });
    for (const i of list) {
      const consumers = Array.isArray(i.consumer) ? i.consumer : [i.consumer as string];
      const op = data.operations.get(i.operationId);
      if (list.length > 1)
        html += `<h4 id="interactie-${slug(i.id)}">${op ? `<code>${esc(op.method)} ${esc(op.path)}</code>` : `<code>${esc(i.id)}</code>`}</h4>`;
      const rows: [string, string][] = [
        ['Id', `<code>${esc(i.id)}</code>`],
        ['Van → naar', `${roles(consumers)} → ${roles([i.provider])}`],
        ['Patroon', esc(i.pattern ?? '')],
        ['Sinds OKE', `${esc(i.sinds ?? flow.sinds ?? '1.0')}${i.optioneel ? ' (optioneel)' : ''}`],
        ...operationRows(data, i, op),
      ];
      if (i.subflow) rows.splice(1, 0, ['Deelstroom', esc(i.subflow)]);
      if (i.notes?.length) rows.push(['Toelichting', i.notes.map(esc).join('<br>')]);
      const own = dutiesOf(data, i.id);
      if (own.length)
        rows.push([
          'Plichten',
          own
            .map(
              (d) =>
                `<a href="#plicht-${slug(d.code)}"><code>${esc(d.code)}</code></a> ${severityBadge(d.severity)}${d.assumption ? ' <small>(aanname)</small>' : ''}`,
            )
            .join('<br>'),
        ]);
      if (i.source) rows.push(['Bron', source(i.source)]);
      html += `<dl class="es-dl">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
    }
  }
  return {
    route: url.okeFlow(flow.nummer),
    title: `Flow ${flow.nummer}: ${flow.naam}`,
    description: `OKE flow ${flow.nummer} (${flow.naam}): rollen, interacties, operaties en sequentiediagram`,
    html,
    headings,
  };
}

function schemaSummary(s: Record<string, unknown>): string {
  const shape = schemaShape(s);
  const names = Object.keys(shape.properties);
  const required = new Set(shape.required);
  const variants = shape.variants.length
    ? `<p>Eén van: ${shape.variants.map((v) => `<code>${esc(v)}</code>`).join(', ')}.</p>`
    : '';
  if (!names.length)
    return `${shape.description ? `<p>${esc(shape.description)}</p>` : ''}${variants}<p class="es-muted">Type: <code>${esc(shape.type ?? (shape.variants.length ? 'één van de varianten' : 'object'))}</code></p>`;
  const typeOf = (p: Record<string, unknown>): string => {
    if (typeof p.$ref === 'string') return p.$ref.split('/').pop()!;
    if (p.type === 'array') return `${typeOf((p.items ?? {}) as Record<string, unknown>)}[]`;
    if (p.anyOf || p.oneOf)
      return ((p.anyOf ?? p.oneOf) as Record<string, unknown>[]).map(typeOf).join(' | ');
    if (p.allOf) return (p.allOf as Record<string, unknown>[]).map(typeOf).join(' & ');
    return String(p.type ?? (p.enum ? 'enum' : 'object'));
  };
  return `${variants}<table><thead><tr><th>Eigenschap</th><th>Type</th><th>Verplicht</th><th>Omschrijving</th></tr></thead><tbody>${names
    .map((n) => {
      const p = shape.properties[n]!;
      const en = Array.isArray(p.enum)
        ? `<br><small>waarden: ${p.enum.map((v) => `<code>${esc(v)}</code>`).join(', ')}</small>`
        : '';
      return `<tr><td><code>${esc(n)}</code></td><td><code>${esc(typeOf(p))}</code>${en}</td><td>${required.has(n) ? 'ja' : 'nee'}</td><td>${esc(String(p.description ?? '').slice(0, 300))}</td></tr>`;
    })
    .join('')}</tbody></table>`;
}

/** The example instances of a payload schema (the package's fictitious sample data). */
function examples(data: OkeData, name: string): string {
  const list = data.examples.get(name) ?? [];
  return list
    .map(
      (x) =>
        `<details class="es-example"><summary>Voorbeeld: <code>${esc(x.name)}()</code></summary><pre><code>${esc(JSON.stringify(x.value, null, 2))}</code></pre></details>`,
    )
    .join('');
}

/**
 * Which way the information of a flow goes, read from its interactions: a push (the consumer sends to the
 * provider's API) carries information from consumer to provider, a pull from provider to consumer. The
 * OOAPI roles (who serves the API) say nothing about that direction: flow 2's zittingsplan goes from
 * toetsplanning to toetsafname although toetsafname is the API provider (OKE uitgelegd, informatiestroom 2).
 */
export function informationDirections(
  flow: OkeFlow,
): { van: string; naar: string; pattern: string }[] {
  const out = new Map<string, { van: string; naar: string; pattern: string }>();
  for (const i of flow.interactions) {
    const consumers = Array.isArray(i.consumer) ? (i.consumer as string[]) : [i.consumer as string];
    for (const c of consumers) {
      const d = i.pattern === 'pull' ? { van: i.provider, naar: c } : { van: c, naar: i.provider };
      const k = `${d.van}>${d.naar}`;
      if (!out.has(k)) out.set(k, { ...d, pattern: i.pattern ?? 'push' });
    }
  }
  // Pushes (information actively delivered) first: they carry the flow's purpose.
  return [...out.values()].sort((a, b) =>
    a.pattern === b.pattern ? 0 : a.pattern === 'pull' ? 1 : -1,
  );
}

/**
 * All OKE pages.
 * @param data - the loaded OKE data
 */
export function okePages(data: OkeData): GeneratedPage[] {
  const headings: Heading[] = [];
  const add = (depth: 2 | 3, id: string, text: string): string => {
    const h = heading(depth, id, text);
    headings.push(h.entry);
    return h.html;
  };
  let html = `<p>${esc(data.pkg.description)} Package <code>${esc(data.pkg.name)}@${esc(data.pkg.version)}</code>.</p>`;
  html += add(2, 'flows', 'Flows');
  const roleName = (id: string): string => data.roles.find((r) => r.id === id)?.naam ?? id;
  html += `<p>Per flow de richting van de informatie (wie levert aan wie, zoals <em>OKE uitgelegd</em> de informatiestromen beschrijft) en, apart daarvan, de OOAPI-rollen: de <em>provider</em> biedt de API aan, de <em>consumer</em> roept haar aan. Bij een push levert de consumer aan de provider, bij een pull haalt de consumer op.</p>`;
  html += `<table><thead><tr><th>Flow</th><th>Naam</th><th>Informatie van → naar</th><th>OOAPI-provider</th><th>OOAPI-consumer</th><th>Interacties</th><th>Sinds</th></tr></thead><tbody>${data.flows
    .map(
      (f) =>
        `<tr><td>${f.nummer}</td><td><a href="${url.okeFlow(f.nummer)}">${esc(f.naam)}</a></td><td>${informationDirections(
          f,
        )
          .map(
            (d) =>
              `${esc(roleName(d.van))} → ${esc(roleName(d.naar))} <small>(${d.pattern === 'pull' ? 'ophalen' : 'aanleveren'})</small>`,
          )
          .join(
            '<br>',
          )}</td><td>${esc((f.providers ?? []).map(roleName).join(', '))}</td><td>${esc((f.consumers ?? []).map(roleName).join(', '))}</td><td>${f.interactions.length}</td><td>${esc(
          f.sinds ?? '',
        )}${f.optioneel ? ' (optioneel)' : ''}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  if (data.duties.length) {
    html += add(2, 'plichten', 'Plichten per flow');
    html += `<p>${data.duties.length} plichten (<code>OKE_DUTIES</code>), waarvan ${data.duties.filter((d) => d.assumption).length} met een aanname; per flow staan ze bij de interacties.</p><table><thead><tr><th>Flow</th><th>Plichten</th></tr></thead><tbody>${data.flows
      .map((f) => {
        const ids = new Set(f.interactions.map((i) => i.id));
        const list = data.duties.filter(
          (d) => d.interactions === '*' || d.interactions.some((i) => ids.has(i)),
        );
        return `<tr><td><a href="${url.okeFlow(f.nummer)}#plichten">${f.nummer}: ${esc(f.naam)}</a></td><td>${list.map((d) => `<a href="${url.okeFlow(f.nummer)}#plicht-${slug(d.code)}"><code>${esc(d.code)}</code></a>`).join(', ') || '<span class="es-muted">geen</span>'}</td></tr>`;
      })
      .join('')}</tbody></table>`;
  }
  if (data.readings.length) {
    html += add(2, 'schemalezingen', 'Lezingen van de specificatie');
    html += `<p>Waar de OOAPI-specificatie meer dan één lezing toelaat, zegt <code>SCHEMA_READINGS</code> welke de validatie volgt.</p><table><thead><tr><th>Waar</th><th>De specificatie</th><th>Onze lezing</th><th>Bron</th></tr></thead><tbody>${data.readings
      .map(
        (r) =>
          `<tr id="lezing-${slug(r.id)}"><td><code>${esc(r.where)}</code></td><td>${esc(r.spec)}</td><td>${esc(r.reading)}</td><td>${r.source ? source(r.source) : ''}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  }
  if (data.faults.length) {
    html += add(2, 'fouten', 'Benoemde fouten van de referentieservers');
    html += `<p>Fouten die de referentieservers op verzoek maken (<code>NAMED_FAULTS</code>), om te testen dat een implementatie ze herkent.</p><table><thead><tr><th>Naam</th><th>Omschrijving</th><th>Rollen</th></tr></thead><tbody>${data.faults
      .map(
        (f) =>
          `<tr id="fout-${slug(f.name)}"><td><code>${esc(f.name)}</code></td><td>${esc(f.omschrijving)}</td><td>${f.roles.map(esc).join(', ')}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  }
  if (data.manifestAssumptions.length) {
    html += add(2, 'aannames', 'Aannames in het manifest');
    html += `<table><thead><tr><th>Plaats in het manifest</th><th>Waarom een aanname</th></tr></thead><tbody>${data.manifestAssumptions
      .map(
        (a) =>
          `<tr><td><code>${esc(a.path)}</code> <span class="es-badge">aanname</span></td><td>${esc(a.reden)}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  }
  if (data.roles.length) {
    html += add(2, 'rollen', 'Rollen');
    for (const r of data.roles)
      html += `<h3 id="rol-${slug(r.id)}">${esc(r.naam)} (${esc(r.id)})</h3><p>${r.englishName ? `<em>${esc(r.englishName)}</em>. ` : ''}${esc(r.omschrijving ?? '')}</p>`;
  }
  const pages: GeneratedPage[] = [
    {
      route: url.oke(),
      title: 'OKE: Onderwijs Koppelvlakken Examinering',
      description: 'De flows 0–6 van de examenketen op OOAPI v5',
      html,
      headings,
    },
    ...data.flows.map((f) => flowPage(data, f)),
  ];
  if (data.schemas.length) {
    const sh: Heading[] = [];
    let body = `<p>De JSON Schema’s van de OOAPI v5-objecten die OKE gebruikt (met de NL-TEST-ADMIN-uitbreidingen), door <code>${esc(data.pkg.name)}</code> bij het bouwen uit zijn TypeScript-typen gegenereerd. Bruikbaar zonder TypeScript.</p>`;
    for (const s of data.schemas) {
      const h = heading(2, `schema-${slug(s.name)}`, s.name);
      sh.push(h.entry);
      body += `${h.html}<p><a href="${url.download(`oke-${s.name}.json`)}" download>${esc(s.name)}.json downloaden</a></p>${schemaSummary(s.schema)}${examples(data, s.name)}`;
    }
    pages.push({
      route: url.okeSchemas(),
      title: 'OKE payload-schema’s',
      description: 'JSON Schema’s van de OOAPI-objecten die OKE gebruikt',
      html: body,
      headings: sh,
    });
  }
  return pages;
}
