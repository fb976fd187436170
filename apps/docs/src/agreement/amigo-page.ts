/**
 * `/amigo/`: the AMIGO method in short, and which ROSA layers each afsprakenset's manifest fills (computed
 * from the manifests: a layer counts as filled when it has content beyond an empty list).
 */
import { esc } from '../lib/html.ts';
import type { Manifest } from '../data/manifests.ts';
import { LAYER_TITLES } from '../render/home.ts';
import { heading, type GeneratedPage, type Heading } from '../render/page.ts';
import { url } from '../site/urls.ts';
import { AMIGO_SECTIONS } from './amigo.ts';

/** The steps: scenario analysis first, then each ROSA layer (core's MANIFEST_LAYERS order). */
export const AMIGO_STEPS: { layer: string; title: string; what: string }[] = [
  {
    layer: 'context',
    title: 'Scenarioanalyse (context)',
    what: 'scope van de uitwisseling, toepassingsdomein en scenario’s, wat buiten scope valt',
  },
  {
    layer: 'actors',
    title: 'Actoren en rollen',
    what: 'welke partijen en systemen betrokken zijn, in welke rol',
  },
  { layer: 'process', title: 'Proces', what: 'de processtappen en wie ze uitvoert' },
  {
    layer: 'data',
    title: 'Gegevens',
    what: 'de gegevensset en profielen, afgeleid van de centrale modellen',
  },
  {
    layer: 'interactions',
    title: 'Interacties',
    what: 'de gegevensstromen: van wie naar wie, push of pull',
  },
  { layer: 'transport', title: 'Transport', what: 'de technische standaarden voor het transport' },
  { layer: 'security', title: 'Beveiliging', what: 'classificatie en beveiligingseisen' },
  { layer: 'legal', title: 'Wettelijke grondslag', what: 'doel en grondslagen van de verwerking' },
];

const filled = (v: unknown): boolean => {
  if (v === null || v === undefined || v === '') return false;
  if (Array.isArray(v)) return v.some(filled);
  if (typeof v === 'object')
    return Object.entries(v as Record<string, unknown>).some(
      ([k, x]) => k !== 'sources' && filled(x),
    );
  return true;
};

/**
 * @param manifests - every manifest on the site
 */
export function amigoPage(
  manifests: { pkg: string; manifest: Manifest; siteSide?: boolean }[],
): GeneratedPage {
  const headings: Heading[] = [];
  let html = `<p>AMIGO is de methodiek waarmee ketenpartijen stapsgewijs tot een afsprakenset komen op basis van het ROSA-interoperabiliteitsraamwerk. Elke afsprakenset op deze site is als manifest in dezelfde ROSA-lagen beschreven; hieronder per manifest welke lagen gevuld zijn.</p>`;
  const hs = heading(2, 'onderdelen', 'Onderdelen');
  headings.push(hs.entry);
  html += `${hs.html}<ul>${AMIGO_SECTIONS.map((s) => `<li><a href="${url.amigo(s.id)}">${esc(s.title)}</a> <small class="es-muted">(${esc(s.source.section)})</small></li>`).join('')}<li><a href="${url.central()}">Centrale modellen</a>: de afleiding van elk domeinelement uit een centraal begrip</li></ul>`;
  const h = heading(2, 'lagen-per-manifest', 'ROSA-lagen per afsprakenset');
  headings.push(h.entry);
  html += `${h.html}<table><thead><tr><th>Afsprakenset</th>${AMIGO_STEPS.map((s, i) => `<th>${esc(LAYER_TITLES[i] ?? s.title)}</th>`).join('')}</tr></thead><tbody>${manifests
    .map(
      ({ manifest: m, siteSide }) =>
        `<tr><td><a href="${url.manifest(m.id, m.version)}">${esc(m.naam)} ${esc(m.version)}</a>${siteSide ? '<br><small>manifest van deze site</small>' : ''}</td>${AMIGO_STEPS.map(
          (s) =>
            filled((m as Record<string, unknown>)[s.layer])
              ? '<td class="es-cat-v" title="gevuld">✓</td>'
              : '<td class="es-cat-x" title="leeg">–</td>',
        ).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
  return {
    route: url.amigo(),
    title: 'AMIGO',
    description: 'De AMIGO-methodiek en de ROSA-lagen die elk manifest vult',
    html,
    headings,
  };
}
