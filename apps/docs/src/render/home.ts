/**
 * Home: the afsprakensets with version and status, each manifest through ONE template in the ROSA/AMIGO
 * layer order (context, actoren en rollen, proces, gegevens, interacties, transport, beveiliging,
 * wettelijke grondslag) — core's `MANIFEST_LAYERS`.
 */
import { esc, slug } from '../lib/html.ts';
import type { Manifest, SourceLike } from '../data/manifests.ts';
import type { PackageInfo } from '../data/packages.ts';
import { url } from '../site/urls.ts';
import { heading, type GeneratedPage, type Heading } from './page.ts';

/** Layer titles, in template order. */
export const LAYER_TITLES = [
  'Context en scenario',
  'Actoren en rollen',
  'Proces',
  'Gegevens',
  'Interacties',
  'Transport',
  'Beveiliging',
  'Wettelijke grondslag',
] as const;

/** Where on this site each afsprakenset is worked out. */
export type SectionLinks = (m: Manifest) => { label: string; href: string }[];

const sources = (list: SourceLike[] | undefined): string =>
  list?.length
    ? `<p class="es-muted"><small>Bron: ${list
        .map((s) => {
          const t = [s.document, s.version, s.section].filter(Boolean).map(esc).join(', ');
          return s.url ? `<a href="${esc(s.url)}" rel="external">${t}</a>` : t;
        })
        .join('; ')}</small></p>`
    : '';
const p = (t: string | undefined): string => (t ? `<p>${esc(t)}</p>` : '');
const table = (head: string[], rows: string[][]): string =>
  rows.length
    ? `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`
    : '';

/** Profile ids with punctuation and case removed, so `PO-SWV`, `po_swv` and `POSWV` compare equal. */
export const profileKey = (id: string): string => id.replace(/[^a-z0-9]/gi, '').toUpperCase();

/**
 * The manifest's profiles, split into those a package of this site exports and those it names but no
 * package has (yet): issue #16 found the OSO manifest naming the overstap profiles before
 * `@edustandaard/oso-overstap` existed; now that it does, they are listed as available and linked.
 * For a manifest whose gegevensset is not a profiled data set (OKE, RIO), every name is shown as given.
 */
function profiles(m: Manifest, available: ReadonlySet<string> | undefined): string {
  const names = m.data.profielen ?? [];
  if (!names.length) return '';
  if (!available || m.data.gegevensset?.id !== 'OSO')
    return `<dt>Profielen</dt><dd>${names.map(esc).join(', ')}</dd>`;
  const have = names.filter((n) => available.has(profileKey(n)));
  const missing = names.filter((n) => !available.has(profileKey(n)));
  return `<dt>Profielen</dt><dd>${have.length ? have.map(esc).join(', ') : '<span class="es-muted">geen</span>'}${
    missing.length
      ? `<br><small class="es-assumption">Het manifest noemt ook ${missing.map(esc).join(', ')}; geen package van dit project exporteert die profielen (nog). Ze verschijnen hier vanzelf zodra het package ze levert.</small>`
      : ''
  }</dd>`;
}

/** The eight layers of one manifest, as HTML, in template order. */
function layers(
  m: Manifest,
  links: SectionLinks,
  available: ReadonlySet<string> | undefined,
): string[] {
  const actor = (id: string): string => esc(m.actors.find((a) => a.id === id)?.naam ?? id);
  const l = links(m);
  return [
    `${m.context.toepassingsdomein ? `<p><strong>Toepassingsdomein:</strong> ${esc(m.context.toepassingsdomein)}</p>` : ''}${p(m.context.beschrijving)}${table(
      ['Scenario', 'Beschrijving', 'Buiten scope'],
      (m.context.scenarios ?? []).map((s) => [
        esc(s.naam),
        esc(s.beschrijving),
        (s.buitenScope ?? []).map(esc).join('<br>'),
      ]),
    )}${sources(m.context.sources)}`,
    table(
      ['Actor', 'Beschrijving', 'Rollen'],
      m.actors.map((a) => [
        esc(a.naam),
        esc(a.beschrijving ?? ''),
        (a.rollen ?? []).map(esc).join(', '),
      ]),
    ),
    `${p(m.process.beschrijving)}${(m.process.stappen ?? []).length ? `<ol>${(m.process.stappen ?? []).map((s) => `<li><strong>${esc(s.naam)}</strong> (${actor(s.actor)})${s.beschrijving ? `: ${esc(s.beschrijving)}` : ''}</li>`).join('')}</ol>` : ''}${sources(m.process.sources)}`,
    `<dl class="es-dl">${m.data.gegevensset ? `<dt>Gegevensset</dt><dd>${esc(m.data.gegevensset.id)} ${esc(m.data.gegevensset.version)}</dd>` : ''}${profiles(
      m,
      available,
    )}${m.data.codelijsten?.length ? `<dt>Codelijsten</dt><dd>${m.data.codelijsten.map(esc).join(', ')}</dd>` : ''}${
      l.length
        ? `<dt>Op deze site</dt><dd>${l.map((x) => `<a href="${x.href}">${esc(x.label)}</a>`).join(' · ')}</dd>`
        : ''
    }</dl>${sources(m.data.sources)}`,
    table(
      ['Flow', 'Interactie', 'Van → naar', 'Patroon', 'Bericht'],
      m.interactions.map((i) => [
        esc(i.flow),
        `${esc(i.naam)}${i.beschrijving ? `<br><small>${esc(i.beschrijving)}</small>` : ''}`,
        `${actor(i.van)} → ${actor(i.naar)}`,
        esc(i.patroon),
        esc(i.bericht ?? ''),
      ]),
    ) || '<p class="es-muted">Geen interacties beschreven.</p>',
    `${m.transport.standaarden?.length ? `<ul>${m.transport.standaarden.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>` : ''}${p(m.transport.beschrijving)}${sources(m.transport.sources)}`,
    `${m.security.classificatie ? `<p><strong>Classificatie:</strong> ${esc(m.security.classificatie)}</p>` : ''}${p(m.security.beschrijving)}${sources(m.security.sources)}`,
    `${m.legal.doel ? `<p><strong>Doel:</strong> ${esc(m.legal.doel)}</p>` : ''}${table(
      ['Grondslag', 'Artikel', 'Beschrijving'],
      (m.legal.grondslagen ?? []).map((g) => [
        g.url ? `<a href="${esc(g.url)}" rel="external">${esc(g.naam)}</a>` : esc(g.naam),
        esc(g.artikel ?? ''),
        esc(g.beschrijving ?? ''),
      ]),
    )}${sources(m.legal.sources)}`,
  ];
}

/**
 * Renders one manifest with the shared template: the eight layers as h2 sections, in order.
 * @param m - the manifest
 * @param pkg - the package that exports it
 * @param links - site sections belonging to it
 * @param available - profile keys ({@link profileKey}) some package of the site exports
 */
export function renderManifest(
  m: Manifest,
  pkg: string,
  links: SectionLinks,
  available?: ReadonlySet<string>,
): { html: string; headings: Heading[] } {
  const id = `afsprakenset-${slug(m.id)}-${slug(m.version)}`;
  let html = `<section class="es-manifest"><p><span class="es-badge">${esc(m.status)}</span> versie <code>${esc(m.version)}</code>${m.beheerder ? ` · beheer: ${esc(m.beheerder)}` : ''} · package <code>${esc(pkg)}</code></p>${sources(m.sources)}`;
  const headings: Heading[] = [];
  layers(m, links, available).forEach((body, i) => {
    const h = heading(2, `${id}-${slug(LAYER_TITLES[i]!)}`, LAYER_TITLES[i]!);
    headings.push(h.entry);
    html += `${h.html}${body.trim() ? body : '<p class="es-muted">Niet beschreven.</p>'}`;
  });
  return { html: `${html}</section>`, headings };
}

/**
 * One page per manifest (`/afsprakensets/<id>/<version>/`), with a version switcher between the versions
 * of the same afsprakenset.
 * @param manifests - every manifest found, current version first per package
 * @param links - per afsprakenset, its sections on this site
 * @param available - profile keys some package of the site exports
 */
export function manifestPages(
  manifests: { pkg: string; manifest: Manifest; siteSide?: boolean }[],
  links: SectionLinks,
  available?: ReadonlySet<string>,
): GeneratedPage[] {
  return manifests.map(({ pkg, manifest: m, siteSide }) => {
    const r = renderManifest(m, pkg, links, available);
    if (siteSide)
      r.html = `<p class="es-assumption"><span class="es-badge">manifest van deze site</span> ${esc(pkg)} exporteert geen manifest; de site heeft dit manifest zelf opgesteld uit het brondocument (apps/docs/src/agreement) en controleert het met <code>checkManifest</code> van @edustandaard/core.</p>${r.html}`;
    const same = manifests.filter((o) => o.manifest.id === m.id);
    return {
      route: url.manifest(m.id, m.version),
      title: `${m.naam} ${m.version}`,
      description: `Afsprakenset ${m.naam} ${m.version}: context, actoren, proces, gegevens, interacties, transport, beveiliging en wettelijke grondslag`,
      html: r.html,
      headings: r.headings,
      ...(same.length > 1
        ? {
            versions: same.map((o) => ({
              version: o.manifest.version,
              route: url.manifest(o.manifest.id, o.manifest.version),
              current: o.manifest.version === m.version,
            })),
          }
        : {}),
    };
  });
}

/**
 * The home page: a compact overview (afsprakensets with version and status, linking to their own
 * manifest pages; the site's sections; the packages).
 * @param manifests - every manifest found
 * @param packages - the packages the site is built from
 * @param sections - the site sections that exist, for the overview list
 */
export function homePage(
  manifests: { pkg: string; manifest: Manifest }[],
  packages: PackageInfo[],
  sections: { label: string; href: string; what: string }[],
): GeneratedPage {
  let html = `<p>Deze site is bij het bouwen gegenereerd uit de publieke exports van de <code>@edustandaard/*</code>-packages: dezelfde data waarmee de validators werken. Niets is met de hand overgenomen.</p>`;
  const headings: Heading[] = [];
  if (manifests.length) {
    const h = heading(2, 'afsprakensets', 'Afsprakensets');
    headings.push(h.entry);
    html += `${h.html}<p>Elke afsprakenset beschreven in dezelfde lagen (ROSA/AMIGO): context, actoren en rollen, proces, gegevens, interacties, transport, beveiliging en wettelijke grondslag.</p><table><thead><tr><th>Afsprakenset</th><th>Versie</th><th>Status</th><th>Package</th></tr></thead><tbody>${manifests
      .map(
        ({ pkg, manifest: m }) =>
          `<tr><td><a href="${url.manifest(m.id, m.version)}">${esc(m.naam)}</a></td><td><code>${esc(m.version)}</code></td><td>${esc(m.status)}</td><td><code>${esc(pkg)}</code></td></tr>`,
      )
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
    .map(
      (x) =>
        `<tr><td><code>${esc(x.name)}</code></td><td><code>${esc(x.version)}</code> · <a href="${url.changelog(x.name)}">wijzigingen</a></td><td>${esc(x.description)}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  return {
    route: url.home(),
    title: 'Edustandaard afsprakensets',
    description: 'De specificaties van OSO, SWV-profielen, RIO, OKE en Edu-V identificatie.',
    html,
    headings,
  };
}
