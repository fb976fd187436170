/**
 * RIO's derivation from the central AMIGO models (issue #18): coverage of every entity and
 * attribute of the informatiemodel, organisations to and from the central levels, round trips on
 * the official-shaped examples and on generated objects, and the compile-time "same structure" proof.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { IDENTIFIER_TYPES, type IdentifierTerm } from '@edustandaard/identifiers';
import {
  buildDerivationMatrix,
  fromCentral,
  reversiblePart,
  roundTrip,
  toCentral,
  toDerivationMap,
  type Adres,
  type SameStructure,
} from '@edustandaard/core';
import {
  RIO_DERIVATION_DATA,
  RIO_ELEMENTS,
  RIO_ENTITEITEN,
  RIO_EXAMPLES,
  RIO_ONDERWIJSAANBIEDER,
  RIO_ONDERWIJSLOCATIE,
  rioResolvedDerivations,
  rioAanbiederFromCentral,
  rioAanbiederToCentral,
  rioLocatieToCentral,
  type Onderwijsaanbieder,
  type Onderwijslocatie,
  type RioLocatieAdres,
} from '../src/index.js';

describe('coverage of the RIO informatiemodel', () => {
  it('every entity and attribute derives from a central concept or is domain-specific with a reason (100 %)', () => {
    const attrs = RIO_ENTITEITEN.reduce((n, e) => n + e.attributen.length, 0);
    expect(RIO_ELEMENTS.length).toBe(RIO_ENTITEITEN.length + attrs);
    expect(rioResolvedDerivations().uncovered).toEqual([]);
    expect(rioResolvedDerivations().unusedRules).toEqual([]);
    for (const e of rioResolvedDerivations().elements)
      if (e.bron.startsWith('regel:') && e.status === 'afgeleid')
        expect([e.omgezet, e.omkeerbaar], e.element).toEqual([false, false]);
    expect(rioResolvedDerivations().coverage).toMatchObject({ ontbreekt: 0, percentage: 100 });
    for (const e of rioResolvedDerivations().elements)
      if (e.status === 'domeinspecifiek') expect(e.reden, e.element).toMatch(/\w{4}.*\.$/);
    expect(buildDerivationMatrix([toDerivationMap(rioResolvedDerivations())]).issues).toEqual([]);
    expect(
      rioResolvedDerivations().elements.find(
        (e) => e.element === '/Onderwijsaanbieder/onderwijsaanbiedercode',
      ),
    ).toMatchObject({
      concept: 'Onderwijsaanbieder',
      attribute: 'identificaties',
      conversie: 'identificatie',
      omgezet: true,
    });
  });
});

describe('organisations to and from the central forms', () => {
  const example = RIO_EXAMPLES.aanleveren_onderwijsaanbieder as {
    onderwijsaanbieder: Onderwijsaanbieder;
  };
  const aanbieder = example.onderwijsaanbieder;

  it('the example onderwijsaanbieder: OA_ID primair, BRIN4 (OIE_CODE) secundair, name and validity', () => {
    const c = rioAanbiederToCentral(aanbieder);
    expect(c.value).toEqual({
      niveau: 'onderwijsaanbieder',
      identificaties: [
        { soort: 'OA_ID', waarde: '110A133', rang: 'primair' },
        { soort: 'OIE_CODE', waarde: '30AB', rang: 'secundair' },
      ],
      geldigheid: { begindatum: '2020-08-01' },
      naam: 'Hogeschool Voorbeeld',
    });
    expect(c.nietOvergedragen.map((n) => n.path)).toEqual(['eigenOnderwijsaanbiederSleutel']);
    const back = rioAanbiederFromCentral(c.value).value;
    expect(reversiblePart(RIO_ONDERWIJSAANBIEDER, back)).toEqual(
      reversiblePart(RIO_ONDERWIJSAANBIEDER, aanbieder),
    );
  });

  it('an onderwijslocatie: OL_CODE and its address', () => {
    const l: Onderwijslocatie = {
      onderwijslocatiecode: '123X456',
      postcode: '3511AB',
      huisnummer: 12,
      huisnummertoevoeging: 'a',
      plaatsnaam: 'Utrecht',
      gpsLatitude: 52.09,
    };
    const c = rioLocatieToCentral(l);
    expect(c.value).toEqual({
      niveau: 'onderwijslocatie',
      identificaties: [{ soort: 'OL_CODE', waarde: '123X456', rang: 'primair' }],
      adressen: [
        { postcode: '3511AB', huisnummer: 12, huisnummertoevoeging: 'a', plaatsnaam: 'Utrecht' },
      ],
    });
    expect(c.nietOvergedragen).toEqual([
      { path: 'gpsLatitude', reden: 'geen afleiding naar Onderwijslocatie' },
    ]);
  });

  it('round trip on 200 generated aanbieders and locaties', () => {
    let seed = 77;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const maybe = <T>(v: T): T | undefined => (rnd() < 0.6 ? v : undefined);
    const clean = <T extends object>(o: T): T =>
      Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
    for (let i = 0; i < 200; i++) {
      const a = clean({
        onderwijsaanbiedercode: maybe(pick(['110A133', '999A001', 'bad', ' 110A133 '])),
        inBedrijfdatum: '2020-08-01',
        uitBedrijfdatum: maybe('2030-07-31'),
        periodes: [{ begindatum: '2020-08-01', naam: pick(['A', 'Hogeschool X', 'Ö & Z']) }],
        juridischeRelatie: [
          { instellingserkenningscode: pick(['30AB', '00YY', 'x']), begindatum: '2020-08-01' },
        ],
      });
      const ca = toCentral(RIO_ONDERWIJSAANBIEDER, a).value;
      expect(
        reversiblePart(RIO_ONDERWIJSAANBIEDER, fromCentral(RIO_ONDERWIJSAANBIEDER, ca).value),
        `#${i}`,
      ).toEqual(reversiblePart(RIO_ONDERWIJSAANBIEDER, a));
      const l = clean({
        onderwijslocatiecode: pick(['123X456', 'nope']),
        postcode: maybe('1234AB'),
        huisnummer: maybe(pick([1, 12, 300])),
        huisnummertoevoeging: maybe('b'),
        plaatsnaam: maybe(pick(['Utrecht', "'s-Hertogenbosch"])),
      });
      const cl = toCentral(RIO_ONDERWIJSLOCATIE, l).value;
      expect(
        reversiblePart(RIO_ONDERWIJSLOCATIE, fromCentral(RIO_ONDERWIJSLOCATIE, cl).value),
        `#${i}`,
      ).toEqual(reversiblePart(RIO_ONDERWIJSLOCATIE, l));
    }
  });

  it('round trip of generated objects of every entity through every mapping that runs', () => {
    let seed = 4242;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const value = (naam: string, term?: string): unknown => {
      if (term)
        return rnd() < 0.8
          ? (IDENTIFIER_TYPES[term as IdentifierTerm].example ?? 'X1')
          : 'ongeldig';
      if (/datum$|periode$/i.test(naam))
        return `20${10 + Math.floor(rnd() * 20)}-0${1 + Math.floor(rnd() * 9)}-15`;
      if (/^huisnummer$|^gps/.test(naam)) return Math.floor(rnd() * 300) + 1;
      return ['A', 'Hogeschool X', 'Ö & Z', ' spatie '][Math.floor(rnd() * 4)];
    };
    let checked = 0;
    for (let i = 0; i < 20; i++)
      for (const e of RIO_ENTITEITEN) {
        const obj = Object.fromEntries(
          e.attributen.filter(() => rnd() < 0.8).map((a) => [a.naam, value(a.naam, a.identifier)]),
        );
        const r = roundTrip(RIO_DERIVATION_DATA, obj, `/${e.naam}`);
        expect(r.mismatches, `${e.naam} #${i}`).toEqual([]);
        checked += r.checked;
      }
    // every entity with a mapping ran, 20 times
    expect(checked).toBe(20 * RIO_DERIVATION_DATA.anchors.length);
  });

  it('types: the locatie address has the same structure as the central Adres; a change breaks it', () => {
    expectTypeOf<RioLocatieAdres>().toEqualTypeOf<Onderwijslocatie>();
    // A domain type whose huisnummer is text does not have the central Adres' structure:
    type Changed = Omit<Onderwijslocatie, 'huisnummer'> & { huisnummer?: string };
    // @ts-expect-error -- SameStructure is never when a claimed attribute's type differs
    const broken: SameStructure<Changed, Adres, 'huisnummer' | 'postcode'> = {
      onderwijslocatiecode: 'x',
    };
    expect(broken).toBeDefined();
  });
});
