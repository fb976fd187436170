/**
 * Home: the afsprakensets with version and status, each manifest through ONE template in the
 * ROSA/AMIGO layer order (context, rollen, proces, gegevens, interacties, transport, beveiliging,
 * wettelijke grondslag).
 */
import { esc, slug } from '../lib/html.ts';
import { label, renderValue } from '../lib/render.ts';
import { manifestName, type Manifest } from '../data/manifests.ts';
import type { PackageInfo } from '../data/packages.ts';
import { url } from '../site/urls.ts';
import { heading, type GeneratedPage, type Heading } from './page.ts';

/** The layers in template order; each lists the manifest keys that fill it. */
export const LAYERS: { title: string; keys: string[] }[] = [
  { title: 'Context en scenario', keys: ['context', 'scenario', 'scenarios', 'doel', 'purpose'] },
  { title: 'Actoren en rollen', keys: ['roles', 'rollen', 'actors', 'actoren'] },
  { title: 'Proces', keys: ['process', 'proces', 'processen'] },
  { title: 'Gegevens', keys: ['data', 'gegevens', 'gegevensset', 'profielen', 'profiles'] },
  { title: 'Interacties', keys: ['interactions', 'interacties', 'flows'] },
  { title: 'Transport', keys: ['transport'] },
  { title: 'Beveiliging', keys: ['security', 'beveiliging', 'securityClassification', 'classificatie'] },
  { title: 'Wettelijke grondslag', keys: ['legal', 'legalGrounds', 'legalBasis', 'grondslagen', 'wettelijkeGrondslag'] },
];
const HEADER_KEYS = ['id', 'afsprakenset', 'naam', 'name', 'title', 'version', 'status', 'description', 'beschrijving', 'omschrijving'];

/** Where on this site each afsprakenset is worked out, by manifest name. */
export type SectionLinks = (name: string) => { label: string; href: string }[];

/**
 * Renders one manifest with the shared template.
 * @param m - the manifest
 * @param pkg - the package that exports it
 * @param links - site sections belonging to it
 */
export function renderManifest(m: Manifest, pkg: string, links: SectionLinks): { html: string; headings: Heading[] } {
  const name = manifestName(m);
  const id = `afsprakenset-${slug(name)}`;
  const h = heading(2, id, `${name} ${m.version}`);
  const headings = [h.entry];
  const desc = m.description ?? m.beschrijving ?? m.omschrijving;
  let html = `<section class="es-manifest">${h.html}<p><span class="es-badge">${esc(m.status)}</span> versie <code>${esc(m.version)}</code> · package <code>${esc(pkg)}</code></p>`;
  if (desc) html += `<p>${renderValue(desc)}</p>`;
  const used = new Set(HEADER_KEYS);
  for (const layer of LAYERS) {
    const present = layer.keys.filter((k) => m[k] !== undefined);
    present.forEach((k) => used.add(k));
    const lh = heading(3, `${id}-${slug(layer.title)}`, layer.title);
    html += lh.html;
    html += present.length ? present.map((k) => renderValue(m[k])).join('') : '<p class="es-muted">Niet beschreven in het manifest.</p>';
  }
  const rest = Object.keys(m).filter((k) => !used.has(k) && m[k] !== undefined);
  if (rest.length) html += `${heading(3, `${id}-overig`, 'Overig').html}<dl class="es-dl">${rest.map((k) => `<dt>${esc(label(k))}</dt><dd>${renderValue(m[k])}</dd>`).join('')}</dl>`;
  const l = links(name);
  if (l.length) html += `<p>Op deze site: ${l.map((x) => `<a href="${x.href}">${esc(x.label)}</a>`).join(' · ')}</p>`;
  return { html: `${html}</section>`, headings };
}

/**
 * The home page.
 * @param manifests - every manifest found
 * @param packages - the packages the site is built from
 * @param sections - the site sections that exist, for the overview list
 * @param links - per afsprakenset, its sections on this site
 */
export function homePage(
  manifests: { pkg: string; manifest: Manifest }[],
  packages: PackageInfo[],
  sections: { label: string; href: string; what: string }[],
  links: SectionLinks,
): GeneratedPage {
  let html = `<p>Deze site is bij het bouwen gegenereerd uit de publieke exports van de <code>@edustandaard/*</code>-packages: dezelfde data waarmee de validators werken. Niets is met de hand overgenomen.</p>`;
  const headings: Heading[] = [];
  if (manifests.length) {
    const h = heading(2, 'afsprakensets', 'Afsprakensets');
    headings.push(h.entry);
    html += `${h.html}<table><thead><tr><th>Afsprakenset</th><th>Versie</th><th>Status</th><th>Package</th></tr></thead><tbody>${manifests
      .map(({ pkg, manifest: m }) => `<tr><td><a href="${url.manifest(manifestName(m))}">${esc(manifestName(m))}</a></td><td><code>${esc(m.version)}</code></td><td>${esc(m.status)}</td><td><code>${esc(pkg)}</code></td></tr>`)
      .join('')}</tbody></table>`;
  }
  if (sections.length) {
    const h = heading(2, 'onderdelen', 'Onderdelen van deze site');
    headings.push(h.entry);
    html += `${h.html}<ul>${sections.map((s) => `<li><a href="${s.href}">${esc(s.label)}</a> — ${esc(s.what)}</li>`).join('')}</ul>`;
  }
  const hp = heading(2, 'packages', 'Packages');
  headings.push(hp.entry);
  html += `${hp.html}<table><thead><tr><th>Package</th><th>Versie</th><th>Inhoud</th></tr></thead><tbody>${packages
    .map((p) => `<tr><td><code>${esc(p.name)}</code></td><td><code>${esc(p.version)}</code></td><td>${esc(p.description)}</td></tr>`)
    .join('')}</tbody></table>`;
  for (const { pkg, manifest } of manifests) {
    const r = renderManifest(manifest, pkg, links);
    html += r.html;
    headings.push(...r.headings);
  }
  return { route: '/', title: 'Edustandaard afsprakensets', description: 'De specificaties van OSO, SWV-profielen, RIO, OKE en Edu-V identificatie.', html, headings };
}
