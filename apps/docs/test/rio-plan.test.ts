/** RIO's plan classifier table (`PLAN_REGELS`) on the synchronisation page, in evaluation order. */
import { describe, expect, it } from 'vitest';
import { PLAN_REGELS } from '@edustandaard/rio';
import { loadSections, generatePages } from '../src/site/sections.ts';
import { url } from '../src/site/urls.ts';
import { slug } from '../src/lib/html.ts';

describe('RIO sync page', () => {
  it('shows every PLAN_REGELS rule, in order, with condition, category (linked) and guide section', async () => {
    const page = generatePages(await loadSections()).find((p) => p.route === url.rioSync())!;
    const html = page.html;
    expect(page.headings?.some((h) => h.slug === 'beslisregels')).toBe(true);
    let last = -1;
    PLAN_REGELS.forEach((r, i) => {
      const at = html.indexOf(`<tr id="regel-${slug(r.id)}">`);
      expect(at, r.id).toBeGreaterThan(last);
      last = at;
      const row = html.slice(at, html.indexOf('</tr>', at));
      expect(row).toContain(`<td>${i + 1}</td>`);
      expect(row).toContain(`href="#categorie-${slug(r.categorie)}"`);
      expect(row).toContain(r.bron);
      expect(row.replace(/&#39;|&quot;|&amp;/g, '')).toContain(r.voorwaarde.replace(/['"&]/g, ''));
      // The category it links to is on the same page.
      expect(html).toContain(`id="categorie-${slug(r.categorie)}"`);
    });
    expect(PLAN_REGELS.length).toBeGreaterThan(5);
  }, 120_000);
});
