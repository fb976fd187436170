/**
 * The overstapprofielen on the site (#11 "Site"): POPO, POVO, VOVO and BB side by side per version, a
 * page per OVa/OVb rule with its source, uitleg, divergence and assumption, the category table, the
 * profile files with sha256 on /downloads/, and the manifests that name the profiles linking to them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  OV_CATEGORIEEN,
  OV_RULES,
  profielTabel,
  profileDocument,
} from '@edustandaard/oso-overstap';
import { loadSections, generatePages, type Sections } from '../src/site/sections.ts';
import { url } from '../src/site/urls.ts';
import type { GeneratedPage } from '../src/render/page.ts';

let s: Sections;
let pages: Map<string, GeneratedPage>;
const page = (route: string): GeneratedPage => {
  const p = pages.get(route.replace(/^\/+/, '/'));
  if (!p) throw new Error(`geen pagina ${route}`);
  return p;
};
const text = (html: string): string =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  s = await loadSections();
  pages = new Map(generatePages(s).map((p) => [p.route, p]));
}, 120_000);

describe('overstapprofielen on the site', () => {
  it('loads the four profiles in both versions', () => {
    expect(s.overstap?.ids).toEqual(['POPO', 'POVO', 'VOVO', 'BB']);
    expect(s.overstap?.versions.map((v) => v.version)).toEqual(['2024.1', '2019.1']);
  });

  it('shows every element of profielTabel with its cardinality per profile, side by side', () => {
    for (const version of ['2019.1', '2024.1'] as const) {
      const html = page(url.overstapVersion(version)).html;
      const rows = profielTabel(version);
      const body = html.slice(html.indexOf('id="elementen"'), html.indexOf('id="bedrijfsregels"'));
      expect(body.match(/<tr>/g)?.length).toBe(rows.length + 1); // + header row
      // geboortemaand: forbidden in all four, each under its own rule.
      const row = rows.find((r) => r.path === '/dossier/huidigeschool/leerling/geboortemaand')!;
      expect(row.profielen.BB).toEqual({ cardinality: '0', rule: 'OVb.LL01' });
      const tr = body.split('<tr>').find((t) => t.includes('leerling/geboortemaand'))!;
      expect(text(tr)).toMatch(/0 OVa\.LL03 0 OVa\.LL03 0 OVa\.LL03 0 OVb\.LL01/);
      expect(tr).toContain(`href="${url.overstapRule(version, 'OVb.LL01')}"`);
    }
  });

  it('has a page per rule with code, severity, message, source, uitleg, divergence (both sources) and assumption', () => {
    for (const version of ['2019.1', '2024.1'] as const) {
      const codes = new Set(OV_RULES[version].map((r) => r.code));
      for (const code of codes) expect(pages.has(url.overstapRule(version, code))).toBe(true);
      const doc = profileDocument('POPO', version);
      const withDiv = doc.rules.find((r) => r.divergence)!;
      const t = text(page(url.overstapRule(version, withDiv.code)).html);
      expect(t).toContain(withDiv.message);
      expect(t).toContain(withDiv.severity);
      expect(t).toContain(`Verschil tussen bronnen ${withDiv.divergence!.summary}`);
      for (const src of withDiv.divergence!.sources) expect(t).toContain(src.document);
      expect(t).toContain(`business rule ${withDiv.code}`);
      if (withDiv.uitleg) expect(t).toContain(withDiv.uitleg);
    }
    const assumed = OV_RULES['2024.1'].find((r) => r.assumption);
    if (assumed) {
      const h = page(url.overstapRule('2024.1', assumed.code)).html;
      expect(h).toContain('<span class="es-badge">aanname</span>');
      expect(text(h)).toContain(assumed.assumption!);
    }
    // Profiles a rule belongs to: OVb rules only in BB.
    const ovb = OV_RULES['2019.1'].find((r) => r.code.startsWith('OVb.'))!;
    expect(text(page(url.overstapRule('2019.1', ovb.code)).html)).toContain('Profielen BB');
  });

  it('shows the category table with status per profile, its assumption and source', () => {
    const html = page(url.overstapVersion('2024.1')).html;
    const body = html.slice(html.indexOf('id="categorieen"'));
    expect(body.match(/<tr id="cat_/g)?.length).toBe(OV_CATEGORIEEN.length);
    expect(body).toContain('id="cat_doorstroomtoets"'); // 2024.1 name of cat_eindtoetsbo
    const vve = text(body.split('<tr id="cat_vve">')[1]!.split('</tr>')[0]!);
    expect(vve.trim()).toMatch(/^VVE cat_vve o optioneel .*x verboden .*x verboden .*o optioneel/);
    expect(text(body)).toContain(OV_CATEGORIEEN[0]!.assumption);
    expect(body).toContain(OV_CATEGORIEEN[0]!.source.document);
  });

  it('publishes the eight profile files with their sha256, identical to the package files', () => {
    const req = createRequire(import.meta.url);
    const files = s.downloads.filter((d) => d.pkg === '@edustandaard/oso-overstap');
    expect(files.map((d) => d.file).sort()).toEqual(
      ['bb', 'popo', 'povo', 'vovo']
        .flatMap((p) => [`oso-overstap-${p}-2019.1.json`, `oso-overstap-${p}-2024.1.json`])
        .sort(),
    );
    for (const d of files) {
      const body = readFileSync(req.resolve(d.specifier));
      expect(d.sha256).toBe(createHash('sha256').update(body).digest('hex'));
      expect(d.kind).toBe('Profiel (JSON)');
    }
    const dl = page(url.downloads()).html;
    expect(dl).toContain(`href="${url.download('oso-overstap-popo-2024.1.json')}"`);
    const v = page(url.overstapVersion('2019.1')).html;
    expect(v).toContain(files.find((d) => d.file === 'oso-overstap-bb-2019.1.json')!.sha256);
  });

  it('links the manifests that name the overstap profiles to them; none says they are missing', () => {
    const oso = s.manifests.find((m) => m.manifest.id === 'OSO')!;
    expect(oso.manifest.data.profielen).toEqual(expect.arrayContaining(['POPO', 'POVO', 'VOVO']));
    for (const { manifest: m } of s.manifests) {
      const h = page(url.manifest(m.id, m.version)).html;
      expect(h).not.toContain('Het manifest noemt ook');
      if (m.id === 'OSO' || /OVERSTAP/i.test(m.id))
        expect(h).toContain(`<a href="${url.overstap()}">Overstapprofielen</a>`);
    }
    expect(page(url.home()).html).toContain(`href="${url.overstap()}"`);
  });
});
