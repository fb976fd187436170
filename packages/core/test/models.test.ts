import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EckId, OnderwijsaanbiederId } from '@edustandaard/identifiers';
import {
  CENTRAL_CONCEPTS,
  CENTRAL_CONCEPT_IDS,
  buildDerivationMatrix,
  checkDerivationMap,
  conceptAttributes,
  getConcept,
  type DerivationMap,
  type Identificatie,
  type Onderwijsaanbieder,
  type Onderwijsorganisatie,
} from '../src/index.js';

describe('CENTRAL_CONCEPTS', () => {
  it('has the thirteen concepts of DESIGN.md §6, each with a Dutch definition, source and attributes', () => {
    expect(CENTRAL_CONCEPT_IDS).toEqual([
      'Persoon',
      'Onderwijsdeelnemer',
      'Onderwijsmedewerker',
      'Onderwijsorganisatie',
      'Onderwijsbestuur',
      'Onderwijsaanbieder',
      'Onderwijslocatie',
      'Adres',
      'Communicatie',
      'Identificatie',
      'Periode',
      'Toets',
      'Toetsresultaat',
    ]);
    for (const c of CENTRAL_CONCEPTS) {
      expect(c.definitie.length, c.id).toBeGreaterThan(30);
      expect(c.source.document, c.id).toBeTruthy();
      expect(c.attributes.length, c.id).toBeGreaterThan(0);
      const names = c.attributes.map((a) => a.naam);
      expect(new Set(names).size, c.id).toBe(names.length);
      for (const a of c.attributes)
        expect(a.definitie, `${c.id}.${a.naam}`).toMatch(/^[A-Z'].+\.$/);
      if (c.specialisatieVan) expect(getConcept(c.specialisatieVan), c.id).toBeDefined();
    }
  });

  it('quotes the Edu-V definitions of the organisation levels literally', () => {
    expect(getConcept('Onderwijslocatie')!.definitie).toBe(
      'Een punt op een geografische kaart waar onderwijs wordt aangeboden.',
    );
    expect(getConcept('Onderwijsaanbieder')!.definitieLetterlijk).toBe(true);
  });

  it('mirrors the interfaces: required and repeated flags as the types say', () => {
    const persoon = getConcept('Persoon')!.attributes;
    expect(persoon.find((a) => a.naam === 'achternaam')).toMatchObject({
      verplicht: true,
      meervoudig: false,
    });
    expect(persoon.find((a) => a.naam === 'voornamen')).toMatchObject({
      verplicht: false,
      meervoudig: true,
    });
  });

  it('conceptAttributes includes inherited attributes, general first', () => {
    const names = conceptAttributes('Onderwijsdeelnemer').map((a) => a.naam);
    expect(names.slice(0, 2)).toEqual(['identificaties', 'pgn']);
    expect(names.slice(-4)).toEqual(['sector', 'onderwijsaanbieder', 'inschrijving', 'leerjaar']);
    expect(conceptAttributes('Onderwijsaanbieder').map((a) => a.naam)).toEqual([
      'identificaties',
      'naam',
      'adressen',
      'communicatie',
      'geldigheid',
      'niveau',
      'onderwijsbesturen',
      'onderwijslocaties',
    ]);
    expect(conceptAttributes('Bestaatniet')).toEqual([]);
  });
});

describe('model types', () => {
  it('types Identificatie by technical term with the branded values of @edustandaard/identifiers', () => {
    expectTypeOf<Identificatie<'eckId'>['waarde']>().toEqualTypeOf<EckId>();
    expectTypeOf<
      Extract<Onderwijsaanbieder['identificaties'][number], { soort: 'OA_ID' }>['waarde']
    >().toEqualTypeOf<OnderwijsaanbiederId>();
    expectTypeOf<Onderwijsorganisatie['niveau']>().toEqualTypeOf<
      'onderwijsbestuur' | 'onderwijsaanbieder' | 'onderwijslocatie'
    >();
    const id: Identificatie = {
      soort: 'OA_ID',
      waarde: '104A158' as OnderwijsaanbiederId,
      rang: 'primair',
    };
    expect(id.soort).toBe('OA_ID');
  });
});

describe('derivation matrix', () => {
  const oso: DerivationMap = {
    afsprakenset: 'OSO',
    version: '2024.1',
    derivations: [
      { element: '/dossier/huidigeschool/leerling', concept: 'Onderwijsdeelnemer' },
      {
        element: '/dossier/huidigeschool/leerling/geboortedatum',
        concept: 'Onderwijsdeelnemer',
        attribute: 'geboortedatum',
      },
      { element: '/dossier/huidigeschool/leerling/adreslijst/adres', concept: 'Adres' },
    ],
  };
  const rio: DerivationMap = {
    afsprakenset: 'RIO',
    version: 'V4',
    derivations: [
      { element: 'onderwijsaanbieder', concept: 'Onderwijsaanbieder', note: 'RIO is bron' },
    ],
  };
  const oke: DerivationMap = {
    afsprakenset: 'OKE',
    version: '1.0',
    derivations: [
      { element: 'result.score', concept: 'Toetsresultaat', attribute: 'score' },
      { element: 'x', concept: 'Bestaatniet' as 'Toets' },
      { element: 'y', concept: 'Toets', attribute: 'kleur' },
      { element: 'result.score', concept: 'Toetsresultaat', attribute: 'score' },
    ],
  };

  it('places each element under its concept, one column per map', () => {
    const m = buildDerivationMatrix([oso, rio, oke]);
    expect(m.columns).toEqual([
      { afsprakenset: 'OSO', version: '2024.1' },
      { afsprakenset: 'RIO', version: 'V4' },
      { afsprakenset: 'OKE', version: '1.0' },
    ]);
    expect(m.rows.map((r) => r.concept)).toEqual(CENTRAL_CONCEPT_IDS);
    const row = (id: string) => m.rows.find((r) => r.concept === id)!.cells;
    expect(row('Onderwijsdeelnemer')).toEqual([
      [
        { element: '/dossier/huidigeschool/leerling' },
        { element: '/dossier/huidigeschool/leerling/geboortedatum', attribute: 'geboortedatum' },
      ],
      [],
      [],
    ]);
    expect(row('Onderwijsaanbieder')).toEqual([
      [],
      [{ element: 'onderwijsaanbieder', note: 'RIO is bron' }],
      [],
    ]);
    expect(row('Toetsresultaat')[2]).toHaveLength(2);
    expect(row('Periode')).toEqual([[], [], []]);
  });

  it('reports unknown concepts and attributes, duplicate elements and duplicate maps', () => {
    const m = buildDerivationMatrix([oso, oke, oso]);
    expect(m.issues.map((i) => [i.code, i.path])).toEqual([
      ['DERIVATION.concept.unknown', 'x'],
      ['DERIVATION.attribute.unknown', 'y'],
      ['DERIVATION.element.duplicate', 'result.score'],
      ['DERIVATION.map.duplicate', '/'],
    ]);
    expect(checkDerivationMap(oso)).toEqual([]);
    expect(
      checkDerivationMap({
        ...oso,
        derivations: [{ element: 'a', concept: 'Onderwijsdeelnemer', attribute: 'pgn' }],
      }),
    ).toEqual([]);
  });
});
