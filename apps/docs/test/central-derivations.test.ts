/**
 * The central-models section (#18): per concept every element of every afsprakenset that derives from
 * it, with its conversion (core's `derivationsByConcept` over the packages' resolved derivations), and
 * the coverage per afsprakenset (derived / domain-specific / missing).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { derivationsByConcept } from '@edustandaard/core';
import { osoResolvedDerivations } from '@edustandaard/oso';
import { okeResolvedDerivations } from '@edustandaard/oke';
import { rioResolvedDerivations } from '@edustandaard/rio';
import { loadSections, generatePages } from '../src/site/sections.ts';
import { url } from '../src/site/urls.ts';
import type { GeneratedPage } from '../src/render/page.ts';

let pages: Map<string, GeneratedPage>;
const tables = [
  osoResolvedDerivations('2024.1'),
  osoResolvedDerivations('2019.1'),
  okeResolvedDerivations(),
  rioResolvedDerivations(),
];

beforeAll(async () => {
  pages = new Map(generatePages(await loadSections()).map((p) => [p.route, p]));
}, 120_000);

describe('central models: derivations and coverage', () => {
  it('shows the coverage of every afsprakenset version', () => {
    const html = pages.get(url.central())!.html;
    for (const t of tables) {
      const c = t.coverage;
      const row = html
        .split(`<tr id="dekking-${c.afsprakenset.toLowerCase()}-${c.version.toLowerCase()}">`)[1]!
        .split('</tr>')[0]!;
      expect(row).toBe(
        `<td>${c.afsprakenset} ${c.version}</td><td>${c.totaal}</td><td>${c.afgeleid}</td><td>${c.omgezet}</td><td>${c.domeinspecifiek}</td><td>${c.ontbreekt}</td><td>${c.percentage} %</td>`,
      );
    }
  });

  it('lists per concept every derived element of every afsprakenset with its conversion', () => {
    const uses = derivationsByConcept(tables);
    expect(uses.length).toBeGreaterThan(5);
    let rows = 0;
    for (const u of uses) {
      const page = pages.get(url.conceptDerivations(u.concept));
      expect(page, u.concept).toBeDefined();
      const trs = page!.html.match(/<tr><td>/g)?.length ?? 0;
      expect(trs, u.concept).toBe(u.elements.length);
      rows += trs;
      for (const e of u.elements.slice(0, 20)) {
        const cell = page!.html.includes(`<code>${e.element}</code>`);
        expect(cell, `${u.concept} ${e.element}`).toBe(true);
      }
      // The concept's section on the main page links to it with the count.
      expect(pages.get(url.central())!.html).toContain(
        `<a href="${url.conceptDerivations(u.concept)}">Alle ${u.elements.length} afgeleide elementen`,
      );
    }
    const derived = tables.reduce((n, t) => n + t.coverage.afgeleid, 0);
    expect(rows).toBe(uses.reduce((n, u) => n + u.elements.length, 0));
    expect(rows).toBeGreaterThan(derived / 2);
    // A known one: OSO 2024.1 huidigeschool is an Onderwijsaanbieder, converted as an object, reversibly.
    const aanbieder = pages.get(url.conceptDerivations('Onderwijsaanbieder'))!.html;
    expect(aanbieder).toMatch(
      /dossier\/huidigeschool\/<\/code><\/a><\/td><td><\/td><td>object<\/td><td>ja<\/td><td>ja<\/td>|huidigeschool<\/code>(<\/a>)?<\/td><td><\/td><td>object<\/td><td>ja<\/td><td>ja<\/td>/,
    );
  });
});
