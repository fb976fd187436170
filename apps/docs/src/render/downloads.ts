/**
 * `/downloads/`: every JSON Schema and XSD the packages ship, per afsprakenset (package) and version,
 * with size and sha256, each linking to the file served under `/downloads/` (covered by the link check).
 */
import { esc, slug } from '../lib/html.ts';
import type { Download } from '../data/downloads.ts';
import type { Manifest } from '../data/manifests.ts';
import { url } from '../site/urls.ts';
import { heading, type GeneratedPage, type Heading } from './page.ts';

const size = (b: number): string => (b < 1024 ? `${b} B` : `${(b / 1024).toFixed(1)} KiB`);

/**
 * @param downloads - the files (src/data/downloads.ts)
 * @param manifests - to name each package's afsprakenset
 */
export function downloadsPage(
  downloads: Download[],
  manifests: { pkg: string; manifest: Manifest }[],
): GeneratedPage {
  const headings: Heading[] = [];
  let html = `<p>De bestanden die de packages publiceren voor gebruik zonder TypeScript (bijvoorbeeld in .NET of Java): JSON Schema’s, bij het bouwen uit de TypeScript-typen gegenereerd, de XSD’s en de profielen als JSON-data. Elk bestand is hier ongewijzigd te downloaden; controleer de download met de sha256.</p>`;
  const pkgs = [...new Set(downloads.map((d) => d.pkg))];
  for (const pkg of pkgs) {
    const mine = downloads.filter((d) => d.pkg === pkg);
    const names = [...new Set(manifests.filter((m) => m.pkg === pkg).map((m) => m.manifest.naam))];
    const h = heading(
      2,
      `pakket-${slug(pkg)}`,
      names.length ? `${names.join(', ')} (${pkg})` : pkg,
    );
    headings.push(h.entry);
    html += h.html;
    const versions = [...new Set(mine.map((d) => d.version ?? ''))].sort().reverse();
    for (const v of versions) {
      const rows = mine.filter((d) => (d.version ?? '') === v);
      if (versions.length > 1) {
        const hv = heading(
          3,
          `pakket-${slug(pkg)}-${slug(v || 'algemeen')}`,
          v ? `Versie ${v}` : 'Alle versies',
        );
        headings.push(hv.entry);
        html += hv.html;
      }
      html += `<table><thead><tr><th>Bestand</th><th>Soort</th><th>Grootte</th><th>sha256</th><th>In het package</th></tr></thead><tbody>${rows
        .map(
          (d) =>
            `<tr id="bestand-${slug(d.file)}"><td><a href="${url.download(d.file)}" download>${esc(d.file)}</a></td><td>${esc(d.kind)}</td><td>${size(d.bytes)}</td><td><code class="es-hash">${d.sha256}</code></td><td><code>${esc(d.specifier)}</code></td></tr>`,
        )
        .join('')}</tbody></table>`;
    }
  }
  return {
    route: url.downloads(),
    title: 'Downloads',
    description: 'JSON Schema’s en XSD’s van de afsprakensets, met sha256',
    html,
    headings,
  };
}
