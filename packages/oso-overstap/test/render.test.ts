/**
 * The dossier view works for every OV profile: each official OV example (and its 2024.1 migration)
 * renders to one self-contained page that contains every leaf value of the dossier, its categories
 * and its attachments.
 */
import { describe, expect, it } from 'vitest';
import { migrate, read } from '@edustandaard/oso';
import { escapeHtml, render, select } from '../src/index.js';
import { HAVE_REFERENCE, example, ovExamples, profileOf } from './helpers.js';

/** Every leaf value of a decoded dossier, as text. */
function leaves(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) leaves(n, out);
  else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node))
      if (!k.startsWith('$') || k === '$value') leaves(v, out);
  } else out.push(String(node));
  return out;
}

describe.skipIf(!HAVE_REFERENCE)('render() for every OV profile', () => {
  for (const file of ovExamples()) {
    it(`${file} (${profileOf(file)}): every value, the categories and the attachments`, () => {
      const html = render(example(file), { title: `Dossierweergave ${profileOf(file)}` });
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain('<html lang="nl">');
      expect(html).not.toMatch(/<(script|link|iframe|img)\b/i);
      const d = read(example(file)).dossier;
      const missing = leaves(d).filter((v) => !html.includes(escapeHtml(v)));
      expect(missing).toEqual([]);
      expect(html).toContain('<h2 id="h-cat-cat_leerling">Leerling</h2>');
      const docs = (JSON.stringify(d).match(/"bestandsnaam"/g) ?? []).length;
      if (docs > 0) expect(html).toContain(`<caption>${docs} bijlage(n) in het dossier</caption>`);
    });
  }

  it('renders 2024.1 dossiers (migrated, and a select() result given as decoded data)', () => {
    const m = migrate(
      read(example('Voorbeelddossier_OV_POVO_full.xml')).dossier as never,
      '2024.1',
    );
    const html = render(m.dossier as never);
    expect(html).toContain('doorstroomtoets');
    const s = select(example('Voorbeelddossier_OV_VOVO_full.xml'), 'VOVO', { optOut: ['verzuim'] });
    const view = render({ dossier: s.dossier }, { version: s.version });
    expect(view).toContain('OPT-UIT');
  });
});
