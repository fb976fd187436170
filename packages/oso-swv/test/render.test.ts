/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit decoded dossiers in place */
/**
 * The dossier view (§2.7): every leaf value and every element name of the input is in the page, all
 * text is escaped, the page is self-contained and accessible, and it renders in headless Chromium
 * without console errors (screenshot to /tmp/swv-dossierweergave.png).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { read } from '@edustandaard/oso';
import { escapeHtml, render } from '../src/index.js';
import { HAVE_REFERENCE, example } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';

/** Every leaf of a decoded dossier: [element name, value as text]. */
function leaves(node: unknown, name = 'dossier', out: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) for (const n of node) leaves(n, name, out);
  else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$value') out.push([name, String(v)]);
      else if (k === '$unknown') continue;
      else leaves(v, k, out);
    }
  } else out.push([name, String(node)]);
  return out;
}

describe.skipIf(!HAVE_REFERENCE)('render()', () => {
  const file = 'Voorbeelddossier_PaO_POSWV_full.xml';
  const html = HAVE_REFERENCE ? render(example(file), { title: 'Dossierweergave PO-SWV' }) : '';

  it('contains every leaf value and every element name of the full PO-SWV example', () => {
    const d = read(example(file)).dossier;
    const all = leaves(d);
    expect(all.length).toBeGreaterThan(500);
    const missing = all.filter(([, v]) => !html.includes(escapeHtml(v)));
    expect(missing).toEqual([]);
    const names = new Set(all.map(([n]) => n));
    expect([...names].filter((n) => !html.includes(`>${n}<`) && !html.includes(`>${n} `))).toEqual(
      [],
    );
  });

  it('lists the attachments with name, type and size', () => {
    const d = read(example(file)).dossier;
    const docs = (JSON.stringify(d).match(/"bestandsnaam"/g) ?? []).length;
    expect(docs).toBeGreaterThan(0);
    expect(html).toContain(`<caption>${docs} bijlage(n) in het dossier</caption>`);
    const rows = html.match(/<tr id="bijlage-\d+">/g) ?? [];
    expect(rows.length).toBe(docs);
    expect(html).toMatch(/<th scope="col">Type<\/th>/);
    expect(html).toMatch(/\d+ bytes/);
  });

  it('is self-contained, in Dutch, with semantic structure', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="nl">');
    expect(html).not.toMatch(/<(script|link|iframe|img)\b/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).toContain('@media print');
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
    expect(html).toContain('<h2 id="h-cat-cat_leerling">Leerling</h2>');
    expect(html).toContain('<h2 id="h-bijlagen">Bijlagen</h2>');
  });

  it('shows codes with their code list and label where known', () => {
    expect(html).toMatch(
      /<span class="code" title="Codelijst 16\. Soort overstap\/dossier">POSWV<\/span>/,
    );
    expect(html).toMatch(
      /<th scope="row">geslacht<\/th><td><span class="code" title="Codelijst 14\. Geslacht">2<\/span> — man<\/td>/,
    );
  });

  it('shows elements outside the schema too (nothing of the input is missing)', () => {
    const xml = example(file)
      .toString('utf8')
      .replace('<roepnaam>Daan</roepnaam>', '<roepnaam>Daan</roepnaam><bijnaam>Danny</bijnaam>');
    const h = render(xml);
    expect(h).toContain('Onbekende elementen');
    expect(h).toContain('bijnaam');
    expect(h).toContain('Danny');
  });

  it('escapes all text (XSS-safe)', () => {
    const d = read(example(file)).dossier as any;
    d.huidigeschool.leerling.achternaam = '<script>alert(1)</script>';
    d.huidigeschool.naam = '"><img src=x onerror=alert(2)>';
    d.huidigeschool.leerling.overigdocumentlijst.document[0].bestandsnaam = 'x" onclick="alert(3)';
    const h = render(d, { title: '<b>t</b>' });
    expect(h).not.toContain('<script>alert');
    expect(h).not.toContain('<img src=x');
    expect(h).not.toContain('" onclick="alert');
    expect(h).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(h).toContain('<title>&lt;b&gt;t&lt;/b&gt;</title>');
  });

  it.skipIf(!existsSync(CHROMIUM))(
    'renders in headless Chromium without console errors (screenshot in /tmp)',
    { timeout: 60_000 },
    async () => {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
        timeout: 30_000,
      });
      try {
        const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error' || m.type() === 'warning')
            errors.push(`${m.type()}: ${m.text()}`);
        });
        page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
        page.on('request', (r) => {
          if (!r.url().startsWith('data:') && r.url() !== 'about:blank')
            errors.push(`request: ${r.url()}`);
        });
        await page.setContent(html, { waitUntil: 'load', timeout: 30_000 });
        expect(await page.title()).toBe('Dossierweergave PO-SWV');
        expect(await page.locator('h2').count()).toBeGreaterThan(10);
        await page.screenshot({ path: '/tmp/swv-dossierweergave.png' });
        await page.emulateMedia({ media: 'print' });
        await page.pdf({ path: '/tmp/swv-dossierweergave.pdf', format: 'A4' });
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );
});
