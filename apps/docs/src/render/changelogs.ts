/**
 * A changelog page per package (`/packages/<name>/wijzigingen/`): the released CHANGELOG.md when the
 * package ships one, and the changesets waiting for the next release. The texts are the developers'
 * (English, as changesets writes them); the page marks them `lang="en"`.
 */
import { esc, slug } from '../lib/html.ts';
import { markdownHtml } from '../lib/markdown.ts';
import type { Changelog } from '../data/changelogs.ts';
import type { PackageInfo } from '../data/packages.ts';
import { url } from '../site/urls.ts';
import { heading, type GeneratedPage, type Heading } from './page.ts';

const BUMP_NL: Record<string, string> = {
  major: 'major (niet-compatibele wijziging)',
  minor: 'minor (nieuwe mogelijkheden)',
  patch: 'patch (herstel)',
};

/**
 * @param logs - per package its changelog and pending changesets
 * @param info - name, version and Dutch description per package
 */
export function changelogPages(
  logs: Changelog[],
  info: (pkg: string) => PackageInfo,
): GeneratedPage[] {
  return logs.map((log) => {
    const p = info(log.pkg);
    const headings: Heading[] = [];
    let html = `<p>${esc(p.description)} Huidige versie <code>${esc(p.version)}</code>.</p>`;
    if (log.pending.length) {
      const h = heading(2, 'nog-niet-uitgebracht', 'Nog niet uitgebracht');
      headings.push(h.entry);
      html += `${h.html}<p>Wijzigingen die bij de volgende release in het wijzigingslogboek komen (changesets in <code>.changeset/</code>).</p>`;
      for (const c of log.pending)
        html += `<section class="es-changeset" id="changeset-${slug(c.id)}"><p><span class="es-badge">${esc(BUMP_NL[c.bump] ?? c.bump)}</span> <code>${esc(c.id)}</code></p><div lang="en">${markdownHtml(c.summary, 2)}</div></section>`;
    }
    if (log.released) {
      const h = heading(2, 'uitgebracht', 'Uitgebracht');
      headings.push(h.entry);
      html += `${h.html}<div lang="en">${markdownHtml(log.released.replace(/^#\s+[^\n]*\n/, ''), 1)}</div>`;
    }
    if (!log.pending.length && !log.released)
      html += `<p class="es-muted">Nog geen uitgebrachte versie en geen openstaande wijzigingen.</p>`;
    return {
      route: url.changelog(log.pkg),
      title: `Wijzigingen in ${log.pkg}`,
      description: `Wijzigingslogboek van ${log.pkg}`,
      html,
      headings,
    };
  });
}
