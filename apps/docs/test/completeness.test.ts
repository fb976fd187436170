/**
 * Everything the packages export appears on the built site at its stable URL or anchor: every OSO
 * element of every version, every SWV rule, every code of every code list, every identifier type,
 * every RIO entity, every OKE flow (with its diagram) and interaction, every central concept.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSections, type Sections } from '../src/site/sections.ts';
import { url } from '../src/site/urls.ts';
import { slug } from '../src/lib/html.ts';
import { codelistId } from '../src/data/codelists.ts';
import { DIST } from '../scripts/browser.mjs';

let s: Sections;
const fileOf = (route: string): string => join(DIST, decodeURI(route.split('#')[0]!), 'index.html');
const cache = new Map<string, string>();
const html = (route: string): string => {
  const f = fileOf(route);
  if (!cache.has(f)) cache.set(f, existsSync(f) ? readFileSync(f, 'utf8') : '');
  return cache.get(f)!;
};
/** Routes (with optional #anchor) that are missing from the built site. */
const missing = (routes: string[]): string[] =>
  routes.filter((r) => {
    const page = html(r);
    if (!page) return true;
    const frag = r.includes('#') ? r.slice(r.indexOf('#') + 1) : '';
    return frag !== '' && !page.includes(`id="${frag}"`);
  });

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(`De site is niet gebouwd (${DIST}): voer eerst 'npm run build' uit.`);
  s = await loadSections();
}, 120_000);

describe('every exported item is on the site', () => {
  it('every OSO element of every version has its own page', () => {
    if (!s.oso) return void console.warn('OSO nog niet geëxporteerd');
    const routes = s.oso.versions.flatMap((v) =>
      v.elements.map((e) => url.osoElement(v.version, e.path)),
    );
    expect(routes.length).toBeGreaterThan(500);
    expect(missing(routes)).toEqual([]);
  });

  it('every SWV business rule has its own page in each version', () => {
    if (!s.swv) return void console.warn('SWV nog niet geëxporteerd');
    const routes = s.swv.versions.flatMap((v) =>
      v.rules.map((r) => url.swvRule(v.version, r.rule.code)),
    );
    expect(routes).toContain('/swv/2024.1/regel/pao.ll10/');
    expect(missing(routes)).toEqual([]);
  });

  it('every code of every code list has an anchor', () => {
    if (!s.codelists) return void console.warn('codelijsten nog niet geëxporteerd');
    const routes = s.codelists.flatMap((v) =>
      v.lists.flatMap((l) => [
        url.codelist(v.version, codelistId(l)),
        ...l.codes.map((c) => url.code(v.version, codelistId(l), c.code)),
      ]),
    );
    expect(missing(routes)).toEqual([]);
  });

  it('every identifier type and every row of the Edu-V tables has an anchor', () => {
    if (!s.identifiers) return void console.warn('identifiers nog niet geëxporteerd');
    const routes = [
      ...Object.keys(s.identifiers.types).map((t) => url.identifierAnchor(t)),
      ...s.identifiers.tables.flatMap((t) =>
        t.rows.map((r) => `${url.identifiers()}#${slug(t.niveau)}-${slug(r.term)}`),
      ),
    ];
    expect(missing(routes)).toEqual([]);
  });

  it('every OKE flow has a page with a sequence diagram and an anchor per interaction', () => {
    if (!s.oke) return void console.warn('OKE nog niet geëxporteerd');
    expect(s.oke.flows.map((f) => f.nummer)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const f of s.oke.flows) {
      expect(html(url.okeFlow(f.nummer))).toContain(
        `<figure class="es-diagram" id="diagram-flow-${f.nummer}">`,
      );
      expect(
        missing(f.interactions.map((i) => `${url.okeFlow(f.nummer)}#interactie-${slug(i.id)}`)),
      ).toEqual([]);
    }
    expect(missing(s.oke.schemas.map((x) => url.okeSchema(x.name)))).toEqual([]);
  });

  it('every RIO entity has an anchor and a box in the diagram', () => {
    if (!s.rio?.model) return void console.warn('RIO-model nog niet geëxporteerd');
    expect(missing(s.rio.model.entities.map((e) => url.rioEntity(e.naam)))).toEqual([]);
    const page = html(url.rioModel());
    for (const e of s.rio.model.entities)
      expect(page).toContain(`<a href="#${slug(e.naam)}"><rect`);
  });

  it('every central concept has an anchor', () => {
    if (!s.central) return void console.warn('centrale modellen nog niet geëxporteerd');
    expect(missing(s.central.concepts.map((c) => url.concept(c.id)))).toEqual([]);
  });

  it('every manifest has its own page, linked from the home page', () => {
    for (const { manifest } of s.manifests) {
      expect(missing([url.manifest(manifest.id, manifest.version)])).toEqual([]);
      expect(html(url.home())).toContain(`href="${url.manifest(manifest.id, manifest.version)}"`);
    }
  });

  it('every JSON Schema and XSD a package ships is on /downloads/ with its sha256, and served', () => {
    expect(s.downloads.map((d) => d.file)).toEqual(
      expect.arrayContaining(['oso-2024.1.xsd', 'oso-2019.1.json', 'oke-Association.json']),
    );
    const page = html(url.downloads());
    for (const d of s.downloads) {
      expect(page).toContain(`href="${url.download(d.file)}"`);
      expect(page).toContain(d.sha256);
      expect(readFileSync(join(DIST, 'downloads', d.file)).equals(d.body)).toBe(true);
    }
  });
});
