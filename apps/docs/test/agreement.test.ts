/**
 * Issue #16 part 2: every section of the seeds (SWV §2, the Edu-V document, the AMIGO memo) that
 * describes something a reader should see has a page or a section on the built site, and that page is
 * linked from the sidebar. The site-side Edu-V manifest passes core's own manifest check.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkManifest } from '@edustandaard/core';
import { SEED_SECTIONS, numberedHeadings } from '../src/agreement/seed-sections.ts';
import { EDUV_MANIFEST } from '../src/agreement/eduv.ts';
import { DIST } from '../scripts/browser.mjs';

const SEEDS = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const seeds = [...new Set(SEED_SECTIONS.map((s) => s.seed))];
const page = (route: string): string => {
  const f = join(DIST, route.split('#')[0]!, 'index.html');
  return existsSync(f) ? readFileSync(f, 'utf8') : '';
};

describe('the agreement on the site', () => {
  it.each(seeds)('every section of %s is in the list, as the seed words it', (seed) => {
    const file = join(SEEDS, seed);
    if (!existsSync(file))
      return void console.warn(`${file} ontbreekt: kopteksten niet gecontroleerd`);
    const text = readFileSync(file, 'utf8');
    const lines = text.split(/\r?\n/).map((l) => l.trim());
    const mine = SEED_SECTIONS.filter((s) => s.seed === seed);
    // Each listed heading is really in the seed…
    expect(
      mine.filter((s) => !lines.some((l) => l.startsWith(s.heading))).map((s) => s.heading),
    ).toEqual([]);
    // …and every numbered section of the seed is listed.
    const numbered = numberedHeadings(seed, text);
    expect(
      numbered.filter((h) => !mine.some((s) => h.startsWith(s.heading) || s.heading.startsWith(h))),
    ).toEqual([]);
  });

  it('every listed section has its page or anchor on the built site, and the page is in the sidebar', () => {
    if (!existsSync(join(DIST, 'index.html')))
      throw new Error(`De site is niet gebouwd (${DIST}).`);
    const sidebar = /<nav[^>]*aria-label="Hoofd"[\s\S]*?<\/nav>/.exec(page('/'))?.[0] ?? page('/');
    const problems: string[] = [];
    for (const s of SEED_SECTIONS) {
      const [route, anchor] = s.at.split('#') as [string, string | undefined];
      const html = page(route);
      if (!html) problems.push(`${s.heading}: pagina ${route} ontbreekt`);
      else if (anchor && !html.includes(`id="${anchor}"`))
        problems.push(`${s.heading}: anker #${anchor} ontbreekt op ${route}`);
      if (!sidebar.includes(`href="${route}"`))
        problems.push(`${s.heading}: ${route} staat niet in de zijbalk`);
    }
    expect(problems).toEqual([]);
  });

  it('the site-side Edu-V manifest passes core’s checkManifest', () => {
    expect(checkManifest(EDUV_MANIFEST as never)).toEqual([]);
  });
});
