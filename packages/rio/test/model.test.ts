import { describe, expect, it } from 'vitest';
import {
  CENTRAL_CONCEPT_IDS,
  buildDerivationMatrix,
  checkDerivationMap,
  checkManifest,
} from '@edustandaard/core';
import { IDENTIFIER_TERMS } from '@edustandaard/identifiers';
import { RIO_DERIVATIONS, RIO_ENTITEITEN, RIO_MANIFEST, RIO_RELATIES } from '../src/index.js';

describe('RIO informatiemodel data', () => {
  const names = new Set(RIO_ENTITEITEN.map((e) => e.naam));

  it('has every entity the issue names, each once', () => {
    for (const n of [
      'Onderwijsbestuur',
      'Onderwijsaanbieder',
      'Onderwijsaanbiedersgroep',
      'Onderwijslocatie',
      'Onderwijslocatiegebruik',
      'BevoegdGezagErkenning',
      'Onderwijsinstellingserkenning',
      'Vestigingserkenning',
      'Opleidingseenheid',
      'HoOpleiding',
      'HoOnderwijseenheid',
      'HoOnderwijseenhedencluster',
      'ParticuliereOpleiding',
      'AangebodenOpleiding',
      'AangebodenHOOpleiding',
      'AangebodenParticuliereOpleiding',
      'AangebodenOpleidingPeriode',
      'AangebodenOpleidingCohort',
    ])
      expect(names.has(n), n).toBe(true);
    expect(names.size).toBe(RIO_ENTITEITEN.length);
  });

  it('relations and specialisations point at known entities with UML cardinalities', () => {
    const card = /^(\d+|\d+\.\.(\d+|\*))$/;
    for (const r of RIO_RELATIES) {
      expect(names.has(r.van), r.van).toBe(true);
      expect(names.has(r.naar), r.naar).toBe(true);
      expect(r.vanCardinaliteit).toMatch(card);
      expect(r.naarCardinaliteit).toMatch(card);
    }
    for (const e of RIO_ENTITEITEN)
      if (e.specialisatieVan) expect(names.has(e.specialisatieVan), e.naam).toBe(true);
    for (const e of RIO_ENTITEITEN)
      for (const a of e.attributen) expect(a.cardinaliteit, `${e.naam}.${a.naam}`).toMatch(card);
  });

  it('Figuur 2: an aanbieder has 1..n erkenningen and besturen; locaties without vestigingserkenning are allowed', () => {
    const rel = (van: string, naar: string) =>
      RIO_RELATIES.find((r) => r.van === van && r.naar === naar)!;
    expect(rel('Onderwijsaanbieder', 'Onderwijsinstellingserkenning').naarCardinaliteit).toBe(
      '1..99',
    );
    expect(rel('Onderwijsbestuur', 'Onderwijsaanbieder').vanCardinaliteit).toBe('1..*');
    expect(rel('Onderwijslocatiegebruik', 'Vestigingserkenning').naarCardinaliteit).toMatch(
      /^0\.\./,
    );
    expect(rel('Onderwijsaanbieder', 'Onderwijslocatie').naarCardinaliteit).toBe('1..*');
  });

  it('every entity declares its central concept (or why there is none); identifiers are known terms', () => {
    for (const e of RIO_ENTITEITEN) {
      if (e.concept === null) expect(e.conceptNoot, e.naam).toBeTruthy();
      else expect(CENTRAL_CONCEPT_IDS).toContain(e.concept);
      for (const a of e.attributen)
        if (a.identifier)
          expect(IDENTIFIER_TERMS as readonly string[], `${e.naam}.${a.naam}`).toContain(
            a.identifier,
          );
    }
    expect(checkDerivationMap(RIO_DERIVATIONS)).toEqual([]);
    const m = buildDerivationMatrix([RIO_DERIVATIONS]);
    expect(m.issues).toEqual([]);
    expect(
      m.rows.find((r) => r.concept === 'Onderwijsbestuur')!.cells.flat().length,
    ).toBeGreaterThan(0);
  });

  it('the manifest passes core checkManifest', () => {
    expect(checkManifest(RIO_MANIFEST)).toEqual([]);
    expect(RIO_MANIFEST.transport.standaarden.join(' ')).toMatch(/OOAPI.*SURFeduhub/);
  });
});
