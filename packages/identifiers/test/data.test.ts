import { describe, expect, it } from 'vitest';
import {
  GEEN_ECK_ID_SITUATIES,
  IDENTIFIER_TERMS,
  IDENTIFIER_TYPES,
  NIVEAUS,
  PGN_REGELS,
  EDU_DEX_REGELS,
  identifierTables,
  parseIdentifier,
  tableFor,
} from '../src/index.js';

describe('exported data for the specification site', () => {
  it('is plain JSON (round-trips unchanged)', () => {
    for (const d of [
      IDENTIFIER_TYPES,
      identifierTables,
      GEEN_ECK_ID_SITUATIES,
      PGN_REGELS,
      EDU_DEX_REGELS,
    ]) {
      expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    }
  });

  it('has one table per level, in the agreement order, with the agreement rows', () => {
    expect(identifierTables.map((t) => t.niveau)).toEqual(NIVEAUS);
    const shape = identifierTables.map((t) => [t.niveau, t.rows.map((r) => `${r.rang}:${r.term}`)]);
    expect(shape).toEqual([
      [
        'onderwijsdeelnemer',
        [
          'primair:eckId',
          'secundair:NEPRI',
          'secundair:NEPPI',
          'secundair:BPI',
          'secundair:ASI',
          'secundair:eduID',
        ],
      ],
      [
        'onderwijsmedewerker',
        ['secundair:NEPRI', 'secundair:BPI', 'secundair:ASI', 'secundair:eduID'],
      ],
      ['onderwijsbestuur', ['primair:OB_ID', 'secundair:BGE_CODE']],
      [
        'onderwijsaanbieder',
        [
          'primair:OA_ID',
          'secundair:OIE_CODE',
          'secundair:VE_CODE',
          'secundair:BP_ID',
          'secundair:DD_ID',
          'secundair:AS_ID',
        ],
      ],
      ['onderwijslocatie', ['primair:OL_CODE', 'secundair:VE_CODE']],
    ]);
    expect(tableFor('onderwijsbestuur').rows[0]?.example).toBe('106B996');
  });

  it('every row example parses, every term has metadata, documentation and a source', () => {
    for (const t of identifierTables)
      for (const r of t.rows)
        if (r.example !== null) expect(parseIdentifier(r.term, r.example).ok).toBe(true);
    expect(Object.keys(IDENTIFIER_TYPES).sort()).toEqual([...IDENTIFIER_TERMS].sort());
    for (const term of IDENTIFIER_TERMS) {
      const i = IDENTIFIER_TYPES[term];
      expect(i.term).toBe(term);
      expect(i.documentation.url).toMatch(/^https:\/\//);
      expect(i.format.sources.length).toBeGreaterThan(0);
      expect(i.format.published).toBe(i.format.pattern !== null);
    }
  });

  it('is deeply frozen, so one consumer cannot change it for another', () => {
    for (const d of [
      IDENTIFIER_TYPES.eckId.format.sources,
      identifierTables[0]?.rows[0],
      GEEN_ECK_ID_SITUATIES[0],
      PGN_REGELS.BSN.gewichten,
      EDU_DEX_REGELS.aangebodenOpleiding,
    ]) {
      expect(Object.isFrozen(d)).toBe(true);
    }
    expect(() => {
      (IDENTIFIER_TYPES.OA_ID.format as { pattern: string | null }).pattern = '.*';
    }).toThrow(TypeError);
    expect(parseIdentifier('OA_ID', 'x').ok).toBe(false);
  });

  it('documents the "Wanneer geen ECK iD?" situations', () => {
    expect(GEEN_ECK_ID_SITUATIES.map((s) => s.id)).toEqual([
      'niet-bekostigd-onderwijs',
      'caribisch-deel-koninkrijk',
      'symbioseleerling',
    ]);
  });
});
