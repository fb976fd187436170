/**
 * OKE's flow duties on the site (#14): per flow and per interaction every duty of `OKE_DUTIES` with
 * code, severity, message, source section and assumption flag; the triggers, schema readings, named
 * faults and manifest assumptions on the overview.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DUTY_EXAMPLES,
  FLOWS,
  FLOW_TRIGGERS,
  NAMED_FAULTS,
  OKE_DUTIES,
  OKE_MANIFEST_ASSUMPTIONS,
  SCHEMA_READINGS,
} from '@edustandaard/oke';
import { loadSections, generatePages } from '../src/site/sections.ts';
import { url } from '../src/site/urls.ts';
import { slug } from '../src/lib/html.ts';
import type { GeneratedPage } from '../src/render/page.ts';

let pages: Map<string, GeneratedPage>;
const text = (html: string): string =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  pages = new Map(generatePages(await loadSections()).map((p) => [p.route, p]));
}, 120_000);

describe('OKE flow duties on the site', () => {
  it('lists every duty on the page of every flow it applies to, with its fields', () => {
    let shown = 0;
    for (const f of FLOWS) {
      const html = pages.get(url.okeFlow(f.nummer))!.html;
      const ids = f.interactions.map((i) => i.id);
      for (const d of OKE_DUTIES) {
        const applies = d.interactions === '*' || d.interactions.some((i) => ids.includes(i));
        const row = html.split(`<tr id="plicht-${slug(d.code)}">`)[1]?.split('</tr>')[0];
        expect(row !== undefined, `${d.code} op flow ${f.nummer}`).toBe(applies);
        if (!row) continue;
        shown++;
        const t = text(row);
        expect(t).toContain(d.code);
        expect(t).toContain(d.severity);
        expect(t).toContain(d.message);
        expect(t).toContain(d.source.section ?? d.source.document);
        expect(row.includes('aanname'), d.code).toBe(d.assumption === true);
      }
    }
    expect(shown).toBeGreaterThanOrEqual(OKE_DUTIES.length);
  });

  it('names the duties per interaction, linking to the duty row', () => {
    const d = OKE_DUTIES.find((x) => x.code === 'OKE.F2.annuleren-state')!;
    const html = pages.get(url.okeFlow(2))!.html;
    const dl = html.split('<dt>Id</dt><dd><code>2.student-annuleren</code>')[1]!.split('</dl>')[0]!;
    expect(dl).toContain(`<a href="#plicht-${slug(d.code)}"><code>${d.code}</code></a>`);
    // OKE.ID.bsn applies to every interaction and is flagged as an assumption there too.
    expect(dl).toMatch(
      /OKE\.ID\.bsn<\/code><\/a> <span class="es-badge es-fout">fout<\/span> <small>\(aanname\)<\/small>/,
    );
    // The example of a duty: the violating and the clean message.
    const ex = DUTY_EXAMPLES.find((e) => e.code === d.code)!;
    expect(text(html)).toContain(JSON.stringify(ex.clean, null, 2).replace(/\s+/g, ' '));
  });

  it('shows each flow’s trigger with the duties that check it', () => {
    for (const t of FLOW_TRIGGERS) {
      const h = text(pages.get(url.okeFlow(t.flow))!.html);
      expect(h).toContain(`Aanleiding ${t.trigger}`);
      for (const c of t.checkedBy) expect(h).toContain(c);
      if (t.unchecked) expect(h).toContain(`Niet te controleren ${t.unchecked}`);
    }
  });

  it('lists duties per flow, schema readings, named faults and manifest assumptions on the overview', () => {
    const html = pages.get(url.oke())!.html;
    const t = text(html);
    expect(t).toContain(`${OKE_DUTIES.length} plichten`);
    for (const r of SCHEMA_READINGS) {
      expect(html).toContain(`id="lezing-${slug(r.id)}"`);
      expect(t).toContain(r.reading);
    }
    for (const [name, f] of Object.entries(NAMED_FAULTS)) {
      expect(html).toContain(`id="fout-${slug(name)}"`);
      expect(t).toContain((f as { omschrijving: string }).omschrijving);
    }
    for (const a of OKE_MANIFEST_ASSUMPTIONS) expect(t).toContain(a.reden);
  });
});
