/**
 * "Wat is er veranderd 2019.1 → 2024.1" per SWV profile (issue #16 part 3), computed from the profile
 * data of both versions (`@edustandaard/oso-swv`): element rows added, removed or changed (cardinality,
 * allowed values, rule) and business rules added, removed or reworded. Paths are compared as given; a
 * renamed element shows as one removal and one addition (the OSO changelog names the renames).
 */
import { esc } from '../lib/html.ts';
import type { ProfileData, ProfileElementRow, ProfileRuleRow, SwvData } from '../data/swv.ts';
import { url } from '../site/urls.ts';
import type { SiteContext } from './context.ts';
import { heading, type GeneratedPage, type Heading } from './page.ts';

export interface ProfileDiff {
  id: string;
  from: string;
  to: string;
  added: ProfileElementRow[];
  removed: ProfileElementRow[];
  changed: { path: string; what: string[] }[];
  rulesAdded: ProfileRuleRow[];
  rulesRemoved: ProfileRuleRow[];
  rulesChanged: { code: string; what: string[] }[];
}

const values = (r: ProfileElementRow): string => (r.allowedValues ?? []).map(String).join(', ');

/**
 * The difference between two versions of one profile.
 * @param a - the older profile
 * @param b - the newer profile
 */
export function profileDiff(a: ProfileData, b: ProfileData): ProfileDiff {
  const ra = new Map(a.elements.map((r) => [r.path, r]));
  const rb = new Map(b.elements.map((r) => [r.path, r]));
  const changed: ProfileDiff['changed'] = [];
  for (const [path, nb] of rb) {
    const na = ra.get(path);
    if (!na) continue;
    const what: string[] = [];
    if (na.cardinality !== nb.cardinality)
      what.push(
        `kardinaliteit <code>${esc(na.cardinality)}</code> → <code>${esc(nb.cardinality)}</code>`,
      );
    if (values(na) !== values(nb))
      what.push(`toegestane waarden ${esc(values(na) || '–')} → ${esc(values(nb) || '–')}`);
    if ((na.rule ?? '') !== (nb.rule ?? ''))
      what.push(`regel ${esc(na.rule ?? '–')} → ${esc(nb.rule ?? '–')}`);
    if (what.length) changed.push({ path, what });
  }
  const ca = new Map(a.rules.map((r) => [r.code, r]));
  const cb = new Map(b.rules.map((r) => [r.code, r]));
  const rulesChanged: ProfileDiff['rulesChanged'] = [];
  for (const [code, nb] of cb) {
    const na = ca.get(code);
    if (!na) continue;
    const what: string[] = [];
    if (na.severity !== nb.severity) what.push(`ernst ${esc(na.severity)} → ${esc(nb.severity)}`);
    if (na.message !== nb.message) what.push(`melding “${esc(na.message)}” → “${esc(nb.message)}”`);
    if (na.paths.join() !== nb.paths.join()) what.push('andere elementen');
    if (what.length) rulesChanged.push({ code, what });
  }
  return {
    id: b.id,
    from: a.version,
    to: b.version,
    added: b.elements.filter((r) => !ra.has(r.path)),
    removed: a.elements.filter((r) => !rb.has(r.path)),
    changed,
    rulesAdded: b.rules.filter((r) => !ca.has(r.code)),
    rulesRemoved: a.rules.filter((r) => !cb.has(r.code)),
    rulesChanged,
  };
}

/**
 * The page, or null when the package has fewer than two versions.
 * @param data - the SWV data
 * @param ctx - cross-section context (element links)
 */
export function swvChangesPage(data: SwvData, ctx: SiteContext): GeneratedPage | null {
  if (data.versions.length < 2) return null;
  const newest = data.versions[0]!;
  const oldest = data.versions[data.versions.length - 1]!;
  const el = (version: string, path: string): string =>
    ctx.hasElement(version, path)
      ? `<a href="${url.osoElement(version, path)}"><code>${esc(path)}</code></a>`
      : `<code>${esc(path)}</code>`;
  const rule = (version: string, code: string): string =>
    `<a href="${url.swvRule(version, code)}">${esc(code)}</a>`;
  const headings: Heading[] = [];
  let html = `<p>Per profiel wat er tussen ${esc(oldest.version)} en ${esc(newest.version)} anders is, berekend uit de profieldata van beide versies in <code>${esc(data.pkg.name)}</code>. Een hernoemd element verschijnt als vervallen plus nieuw; de <a href="${url.osoChanges()}">wijzigingen van de gegevensset</a> noemen de hernoemingen met hun bron.</p>`;
  for (const b of newest.profiles) {
    const a = oldest.profiles.find((p) => p.id === b.id);
    if (!a) continue;
    const d = profileDiff(a, b);
    const h = heading(2, `profiel-${b.id.toLowerCase()}`, `${b.id}: ${a.version} → ${b.version}`);
    headings.push(h.entry);
    html += h.html;
    html += `<p>${d.added.length} elementregels nieuw, ${d.removed.length} vervallen, ${d.changed.length} gewijzigd; ${d.rulesAdded.length} bedrijfsregels nieuw, ${d.rulesRemoved.length} vervallen, ${d.rulesChanged.length} gewijzigd.</p>`;
    const rows: string[] = [
      ...d.added.map(
        (r) =>
          `<tr><td>nieuw</td><td>${el(b.version, r.path)}</td><td><code>${esc(r.cardinality)}</code>${r.rule ? ` · ${rule(b.version, r.rule)}` : ''}</td></tr>`,
      ),
      ...d.removed.map(
        (r) =>
          `<tr><td>vervallen</td><td>${el(a.version, r.path)}</td><td>was <code>${esc(r.cardinality)}</code></td></tr>`,
      ),
      ...d.changed.map(
        (c) =>
          `<tr><td>gewijzigd</td><td>${el(b.version, c.path)}</td><td>${c.what.join('<br>')}</td></tr>`,
      ),
    ];
    if (rows.length)
      html += `<table><thead><tr><th>Wijziging</th><th>Element</th><th>Wat</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
    const rrows: string[] = [
      ...d.rulesAdded.map(
        (r) =>
          `<tr><td>nieuw</td><td>${rule(b.version, r.code)}</td><td>${esc(r.message)}</td></tr>`,
      ),
      ...d.rulesRemoved.map(
        (r) =>
          `<tr><td>vervallen</td><td>${rule(a.version, r.code)}</td><td>${esc(r.message)}</td></tr>`,
      ),
      ...d.rulesChanged.map(
        (c) =>
          `<tr><td>gewijzigd</td><td>${rule(b.version, c.code)}</td><td>${c.what.join('<br>')}</td></tr>`,
      ),
    ];
    if (rrows.length)
      html += `<table><thead><tr><th>Wijziging</th><th>Bedrijfsregel</th><th>Wat</th></tr></thead><tbody>${rrows.join('')}</tbody></table>`;
    if (!rows.length && !rrows.length) html += `<p class="es-muted">Geen verschillen.</p>`;
  }
  return {
    route: url.swvChanges(),
    title: `SWV-profielen: wijzigingen ${oldest.version} → ${newest.version}`,
    description: 'Per profiel de verschillen tussen de versies',
    html,
    headings,
  };
}
