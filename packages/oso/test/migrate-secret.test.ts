/**
 * The secret telephone value (change `geheimwaarde-telefoon`): migrate() replaces the 2019.1 value in
 * every geheime communicatie of every official example, reports each replacement, and leaves other
 * numbers alone; and render() (the dossier view, moved here from oso-swv) shows every example.
 */
import { describe, expect, it } from 'vitest';
import { migrate, read, render, type Dossier2019 } from '../src/index.js';
import { HAS_REFERENCE, officialExamples } from './reference.js';

describe.skipIf(!HAS_REFERENCE)('migrate: geheimwaarde-telefoon', () => {
  it('every official example: each 9999999999 becomes 999999999, reported; nothing else changes', () => {
    for (const ex of officialExamples()) {
      const d = read(ex.bytes).dossier as Dossier2019;
      const before = (JSON.stringify(d).match(/"9999999999"/g) ?? []).length;
      const m = migrate(d, '2024.1');
      const after = JSON.stringify(m.dossier);
      expect(after, ex.name).not.toContain('"9999999999"');
      expect((after.match(/"999999999"/g) ?? []).length, ex.name).toBe(before);
      const entries = m.report.filter((e) => e.change === 'geheimwaarde-telefoon');
      expect(entries, ex.name).toHaveLength(before);
      for (const e of entries) expect(e).toMatchObject({ action: 'mapped', value: '999999999' });
    }
  });

  it('a number that is not secret keeps its value, even when it is 9999999999', () => {
    const ex = officialExamples().find((x) => x.name.includes('POPO_full'))!;
    const d = read(ex.bytes).dossier as unknown as {
      huidigeschool: {
        leerling: { communicatielijst: { communicatie: Record<string, unknown>[] } };
      };
    };
    const c = d.huidigeschool.leerling.communicatielijst.communicatie[1]!;
    c.nummer = '9999999999';
    c.geheim = false;
    const m = migrate(d as unknown as Dossier2019, '2024.1');
    expect(
      (m.dossier as unknown as typeof d).huidigeschool.leerling.communicatielijst.communicatie[1]!
        .nummer,
    ).toBe('9999999999');
  });

  it('render shows every official example (SWV and overstap)', () => {
    for (const ex of officialExamples())
      expect(render(ex.bytes), ex.name).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
  });
});
