/**
 * `/downloads/` and one page per afsprakenset and version (`/downloads/<afsprakenset>/<version>/`,
 * #15): every file the packages ship for use without TypeScript (profiles, JSON Schemas, XSDs, the
 * conformance fixtures as a zip) with size and sha256, each linking to the file served under
 * `/downloads/` (covered by the link check); a JSON Schema also links to `/schemas/<package>/<file>`,
 * the URL its `$id` names. What a package's schemas cannot express or what another toolchain cannot
 * do with them (its `schema/known-limits.json`) is shown on its pages.
 */
import { esc, slug } from '../lib/html.ts';
import { afsprakensetOf, type Download } from '../data/downloads.ts';
import type { Manifest } from '../data/manifests.ts';
import { route, url } from '../site/urls.ts';
import { heading, type GeneratedPage, type Heading } from './page.ts';
import type { KnownLimits } from '@edustandaard/codegen/shipped';

const size = (b: number): string =>
  b < 1024
    ? `${b} B`
    : b < 1024 * 1024
      ? `${(b / 1024).toFixed(1)} KiB`
      : `${(b / 1024 / 1024).toFixed(1)} MiB`;

/** The afsprakensets in the order of the layers, then "algemeen" (core's and the CLI's schemas). */
const ORDER = ['oso', 'oso-swv', 'oso-overstap', 'rio', 'oke', 'algemeen'];

/** One afsprakenset and version: its page. */
export interface DownloadSet {
  afsprakenset: string;
  /** `null`: the afsprakenset's files carry no version. */
  version: string | null;
  files: Download[];
  /**
   * Files of other packages this set needs (#15 "profiles, schemas, XSDs, fixtures"): a profile
   * restricts the OSO gegevensset of the same version (its JSON Schema and XSD) and has the shape of
   * core's profile-document schema.
   */
  related: Download[];
}

/** The afsprakensets whose documents are profiles of the OSO gegevensset. */
const PROFILE_SETS = ['oso-swv', 'oso-overstap'];

/**
 * The downloads grouped per afsprakenset and version; a file without a version belongs to every
 * version of its afsprakenset.
 * @param downloads - every download
 */
export function downloadSets(downloads: Download[]): DownloadSet[] {
  const out: DownloadSet[] = [];
  const sets = [...new Set(downloads.map(afsprakensetOf))].sort(
    (a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b),
  );
  const related = (afs: string, v: string | null): Download[] =>
    PROFILE_SETS.includes(afs)
      ? downloads.filter(
          (d) =>
            (afsprakensetOf(d) === 'oso' && d.version === v) ||
            d.specifier === '@edustandaard/core/schema/profile-document.json',
        )
      : [];
  for (const afs of sets) {
    const mine = downloads.filter((d) => afsprakensetOf(d) === afs);
    const versions = [...new Set(mine.map((d) => d.version).filter((v) => v !== null))].sort();
    if (!versions.length)
      out.push({ afsprakenset: afs, version: null, files: mine, related: related(afs, null) });
    for (const v of versions.reverse())
      out.push({
        afsprakenset: afs,
        version: v,
        files: mine.filter((d) => d.version === v || d.version === null),
        related: related(afs, v),
      });
  }
  return out;
}

/** The known-limits file of a set, rendered (what the schema cannot express; toolchain limits). */
function knownLimits(files: Download[]): string {
  const k = files.find((d) => d.kind === 'Bekende beperkingen (JSON)');
  if (!k) return '';
  const data = JSON.parse(k.body.toString('utf8')) as KnownLimits;
  let html = `<p>${esc(data.description ?? '')} Bron: <a href="${url.download(k.file)}" download>${esc(k.file)}</a>.</p>`;
  if (data.limits?.length)
    html += `<table><thead><tr><th>Beperking</th><th>Wat</th><th>Waarom</th><th>Melding van de validator</th></tr></thead><tbody>${data.limits
      .map(
        (l) =>
          `<tr id="beperking-${slug(l.id)}"><td><code>${esc(l.id)}</code>${l.schemas?.length ? `<br><small>${l.schemas.map((x) => (x === '*' ? 'alle schema’s' : esc(x))).join(', ')}</small>` : ''}</td><td>${esc(l.what)}${l.example ? `<br><small>${esc(l.example)}</small>` : ''}</td><td>${esc(l.why)}</td><td><code>${esc(l.validatorCode)}</code></td></tr>`,
      )
      .join('')}</tbody></table>`;
  if (data.toolchain?.length)
    html += `<p>Schema’s die een ander hulpmiddel (quicktype → Java → javac) niet verwerkt:</p><table><thead><tr><th>Schema</th><th>Hulpmiddel</th><th>Reden</th></tr></thead><tbody>${data.toolchain
      .map(
        (t) =>
          `<tr><td><code>${esc(t.schema)}</code></td><td>${esc(t.tool)}</td><td>${esc(t.reason)}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  return html;
}

/** The table of files. */
function table(rows: Download[]): string {
  return `<table><thead><tr><th>Bestand</th><th>Soort</th><th>Grootte</th><th>sha256</th><th>In het package</th></tr></thead><tbody>${rows
    .map(
      (d) =>
        `<tr id="bestand-${slug(d.file)}"><td><a href="${url.download(d.file)}" download>${esc(d.file)}</a>${d.schema ? `<br><small><a href="${url.schema(d.schema.pkg, d.schema.file)}">${esc(route.schema(d.schema.pkg, d.schema.file))}</a></small>` : ''}</td><td>${esc(d.kind)}</td><td>${size(d.bytes)}</td><td><code class="es-hash">${d.sha256}</code></td><td><code>${esc(d.specifier)}</code></td></tr>`,
    )
    .join('')}</tbody></table>`;
}

/** The name of an afsprakenset: from its package's manifests, else the package name. */
function title(set: DownloadSet, manifests: { pkg: string; manifest: Manifest }[]): string {
  if (set.afsprakenset === 'algemeen') return 'Algemeen (core en CLI)';
  const pkg = `@edustandaard/${set.afsprakenset}`;
  const names = [...new Set(manifests.filter((m) => m.pkg === pkg).map((m) => m.manifest.naam))];
  return names.length ? `${names.join(', ')} (${pkg})` : pkg;
}

const setLabel = (set: DownloadSet, manifests: { pkg: string; manifest: Manifest }[]): string =>
  `${title(set, manifests)}${set.version ? ` ${set.version}` : ''}`;

/**
 * @param downloads - the files (src/data/downloads.ts)
 * @param manifests - to name each package's afsprakenset
 * @returns the overview and one page per afsprakenset and version
 */
export function downloadsPages(
  downloads: Download[],
  manifests: { pkg: string; manifest: Manifest }[],
): GeneratedPage[] {
  const sets = downloadSets(downloads);
  const headings: Heading[] = [];
  let html = `<p>De bestanden die de packages publiceren voor gebruik zonder TypeScript (bijvoorbeeld in .NET of Java): JSON Schema’s, bij het bouwen uit de TypeScript-typen gegenereerd, de XSD’s, de profielen als JSON-data en de conformance-fixtures als zip. Elk bestand is hier ongewijzigd te downloaden; controleer de download met de sha256. Elk JSON Schema staat ook op de plek die zijn <code>$id</code> noemt (<code>/schemas/&lt;package&gt;/&lt;bestand&gt;</code>).</p>`;
  html += `<ul>${sets
    .map(
      (s) =>
        `<li><a href="${url.downloadSet(s.afsprakenset, s.version)}">${esc(setLabel(s, manifests))}</a> (${s.files.length} bestanden)</li>`,
    )
    .join('')}</ul>`;
  const pages: GeneratedPage[] = [];
  for (const set of sets) {
    const h = heading(
      2,
      `set-${slug(set.afsprakenset)}-${slug(set.version ?? 'alle')}`,
      setLabel(set, manifests),
    );
    headings.push(h.entry);
    // The overview lists each file once, under the set it belongs to (a file without a version under
    // the newest version of its afsprakenset).
    const own = set.files.filter(
      (d) =>
        d.version === set.version || sets.find((s) => s.afsprakenset === set.afsprakenset) === set,
    );
    html += `${h.html}<p><a href="${url.downloadSet(set.afsprakenset, set.version)}">Pagina van deze set</a></p>${table(own)}`;
    const limits = knownLimits(set.files);
    const body =
      `<p>Alle bestanden van ${esc(setLabel(set, manifests))}, met sha256. <a href="${url.downloads()}">Alle downloads</a>.</p>` +
      table(set.files) +
      (set.related.length
        ? `<h2 id="ook-nodig">Ook nodig</h2><p>De gegevensset die de profielen van deze versie beperken (JSON Schema en XSD) en het schema van een profieldocument.</p>${table(set.related)}`
        : '') +
      (limits
        ? `<h2 id="bekende-beperkingen">Bekende beperkingen van de schema’s</h2>${limits}`
        : '');
    pages.push({
      route: url.downloadSet(set.afsprakenset, set.version),
      title: `Downloads ${setLabel(set, manifests)}`,
      description: `Profielen, schema’s, XSD’s en fixtures van ${setLabel(set, manifests)}, met sha256`,
      html: body,
      headings: [
        ...(set.related.length ? [{ depth: 2, slug: 'ook-nodig', text: 'Ook nodig' }] : []),
        ...(limits
          ? [{ depth: 2, slug: 'bekende-beperkingen', text: 'Bekende beperkingen van de schema’s' }]
          : []),
      ],
    });
  }
  return [
    {
      route: url.downloads(),
      title: 'Downloads',
      description:
        'Profielen, JSON Schema’s, XSD’s en conformance-fixtures per afsprakenset en versie, met sha256',
      html,
      headings,
    },
    ...pages,
  ];
}
