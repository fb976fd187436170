/**
 * The "Meldingen" page (#10 item 4): every catalogue a package exports, each code with its Dutch
 * template, generated from the exports (core's `Catalogue` shape), so the site lists what the
 * validators render.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PROFILE_CATALOGUE, SCHEMA_MESSAGES, XSD_MESSAGES } from '@edustandaard/core';
import { OSO_XSD_MESSAGES } from '@edustandaard/oso';
import { SWV_MESSAGES } from '@edustandaard/oso-swv';
import { OKE_MESSAGES } from '@edustandaard/oke';
import { RIO_MESSAGES } from '@edustandaard/rio';
import { loadSections, generatePages } from '../src/site/sections.ts';
import { url } from '../src/site/urls.ts';
import type { GeneratedPage } from '../src/render/page.ts';

let page: GeneratedPage | undefined;

beforeAll(async () => {
  page = generatePages(await loadSections()).find((p) => p.route === url.messages());
});

const text = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCharCode(parseInt(n, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('the Meldingen page', () => {
  it('lists every template of every package catalogue', () => {
    expect(page).toBeDefined();
    const body = text(page!.html);
    const catalogues = {
      PROFILE_CATALOGUE,
      XSD_MESSAGES,
      SCHEMA_MESSAGES,
      OSO_XSD_MESSAGES,
      SWV_MESSAGES,
      OKE_MESSAGES,
      RIO_MESSAGES,
    };
    for (const [name, c] of Object.entries(catalogues)) {
      expect(body, name).toContain(name);
      for (const [id, t] of Object.entries(c.nl as Record<string, string>)) {
        expect(body, id).toContain(id.split('#')[0]!);
        expect(body, id).toContain(t);
      }
    }
  });
});
