import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  fromCentral,
  matchPath,
  resolveDerivations,
  reversiblePart,
  roundTrip,
  toCentral,
  toDerivationMap,
  checkDerivationMap,
  derivationsByConcept,
  type Adres,
  type ObjectMapping,
  type Onderwijsdeelnemer,
  type Proof,
  type Persoon,
  type ProvesSameStructure,
  type SameStructure,
} from '../src/index.js';

const ADRES: ObjectMapping<Adres> = {
  id: 'test/adres',
  concept: 'Adres',
  fields: [
    { domain: 'straat', central: 'straatnaam' },
    { domain: 'nummer', central: 'huisnummer', conversie: 'tekst-naar-getal' },
    { domain: 'land', central: 'land', conversie: 'waarde-met-omschrijving' },
  ],
};
const LEERLING: ObjectMapping<Onderwijsdeelnemer> = {
  id: 'test/leerling',
  concept: 'Onderwijsdeelnemer',
  niveau: 'onderwijsdeelnemer',
  fields: [
    { domain: 'naam', central: 'achternaam' },
    {
      domain: 'sex',
      central: 'geslacht',
      conversie: 'codetabel',
      codes: [
        [1, 'vrouw'],
        [2, 'man'],
      ],
    },
    { domain: 'adreslijst/adres', central: 'adressen', mapping: ADRES },
    { domain: 'mail', central: 'communicatie[soort=email].waarde' },
    {
      domain: 'id',
      central: 'identificaties[soort=ASI].waarde',
      conversie: 'identificatie',
      term: 'ASI',
    },
    { domain: 'bsn', central: 'pgn', conversie: 'pgn-bsn' },
    { domain: 'onderwijsnummer', central: 'pgn', conversie: 'pgn-onderwijsnummer' },
    { domain: 'start', central: 'inschrijving.begindatum' },
  ],
};

describe('derivation engine', () => {
  const domain = {
    naam: 'Berg',
    sex: 2,
    adreslijst: {
      adres: [
        {
          straat: 'Hoofdstraat',
          nummer: '136',
          land: { $value: '6030', omschrijving: 'Nederland' },
        },
        { nummer: '0a' },
      ],
    },
    mail: 'a@example.org',
    id: 'LN1',
    bsn: '269326728',
    start: '2005-01-04',
    hobby: 'voetbal',
  };

  it('toCentral walks the mapping: nested lists, selectors, code tables, identifiers ranked by the Edu-V table', () => {
    const r = toCentral(LEERLING, domain);
    expect(r.value).toEqual({
      achternaam: 'Berg',
      geslacht: 'man',
      adressen: [{ straatnaam: 'Hoofdstraat', huisnummer: 136, land: '6030' }, {}],
      communicatie: [{ soort: 'email', waarde: 'a@example.org' }],
      identificaties: [{ soort: 'ASI', waarde: 'LN1', rang: 'secundair' }],
      pgn: '269326728',
      inschrijving: { begindatum: '2005-01-04' },
    });
    expect(r.nietOvergedragen).toEqual([
      { path: 'hobby', reden: 'geen afleiding naar Onderwijsdeelnemer' },
      {
        path: 'adreslijst/adres/1/nummer',
        reden: 'conversie tekst-naar-getal naar huisnummer niet mogelijk',
      },
    ]);
  });

  it('fromCentral walks it back; bsn and onderwijsnummer share pgn without a false report', () => {
    const c = toCentral(LEERLING, domain).value;
    const back = fromCentral(LEERLING, { ...c, sector: 'po' });
    expect(back.value).toMatchObject({
      naam: 'Berg',
      sex: 2,
      bsn: '269326728',
      mail: 'a@example.org',
    });
    expect(back.value).not.toHaveProperty('onderwijsnummer');
    expect(back.nietOvergedragen).toEqual([{ path: 'sector', reden: 'geen element voor sector' }]);
  });

  it('round trip: the reversible part comes back equal', () => {
    const c = toCentral(LEERLING, domain).value;
    const back = fromCentral(LEERLING, c).value;
    expect(reversiblePart(LEERLING, back)).toEqual(reversiblePart(LEERLING, domain));
    // land is not reversible (omschrijving lost): not in the reversible part
    expect(JSON.stringify(reversiblePart(LEERLING, domain))).not.toContain('6030');
  });

  it('roundTrip walks a document and sends every anchored object through its mapping and back', () => {
    const data = {
      afsprakenset: 'T',
      version: '1',
      anchors: [{ at: '/root/leerling', mapping: LEERLING }],
      rules: [],
    };
    const doc = { leerling: [domain, { ...domain, naam: 'Jansen' }], other: { naam: 'x' } };
    const r = roundTrip(data, doc, '/root');
    // the two leerlingen (the nested adres is part of the leerling mapping, not an anchor here)
    expect(r).toEqual({ checked: 2, mismatches: [] });
    // a mapping that claims two elements reversibly on one attribute loses one: caught
    const broken = {
      ...data,
      anchors: [
        {
          at: '/root/leerling',
          mapping: {
            ...LEERLING,
            fields: [
              { domain: 'naam', central: 'achternaam' },
              { domain: 'start', central: 'achternaam' },
            ],
          },
        },
      ],
    };
    expect(roundTrip(broken, doc, '/root').mismatches.map((m) => m.mapping)).toEqual([
      'test/leerling',
      'test/leerling',
    ]);
  });

  it('matchPath: * one segment, ** any depth', () => {
    expect(matchPath('/a/*/c', '/a/b/c')).toBe(true);
    expect(matchPath('/a/*/c', '/a/b/x/c')).toBe(false);
    expect(matchPath('**/adres/*', '/d/s/l/adreslijst/adres/straat')).toBe(true);
    expect(matchPath('**/adres/*', '/adres')).toBe(false);
    expect(matchPath('/*Association*/person', '/ComponentOfferingAssociationExpanded/person')).toBe(
      true,
    );
    expect(matchPath('/ComponentOffering*/startDateTime', '/Component/startDateTime')).toBe(false);
  });

  it('resolves coverage: anchors first, then rules in order; reports what nothing covers', () => {
    const r = resolveDerivations(
      {
        afsprakenset: 'T',
        version: '1',
        anchors: [{ at: '/root/leerling', mapping: LEERLING }],
        rules: [
          { pattern: '/root/leerling/hobby', domeinspecifiek: 'Alleen in dit domein.' },
          {
            pattern: '**/geheim',
            concept: 'Adres',
            attribute: 'geheim',
            conversie: 'ja-nee',
          },
        ],
      },
      [
        '/root/leerling',
        '/root/leerling/naam',
        '/root/leerling/adreslijst',
        '/root/leerling/adreslijst/adres/nummer',
        '/root/leerling/hobby',
        '/root/leerling/geheim',
        '/root/leerling/onbekend',
      ],
    );
    expect(r.uncovered).toEqual(['/root/leerling/onbekend']);
    expect(r.unusedRules).toEqual([]);
    expect(r.coverage).toMatchObject({
      totaal: 7,
      afgeleid: 5,
      omgezet: 4,
      domeinspecifiek: 1,
      ontbreekt: 1,
    });
    expect(r.elements[3]).toMatchObject({
      concept: 'Adres',
      attribute: 'huisnummer',
      conversie: 'tekst-naar-getal',
      omkeerbaar: true,
      bron: 'mapping:test/leerling',
    });
    // a rule only documents: never converted, never claimed reversible
    expect(r.elements[5]).toMatchObject({
      omgezet: false,
      omkeerbaar: false,
      bron: 'regel:**/geheim',
    });
    expect(checkDerivationMap(toDerivationMap(r))).toEqual([]);
    expect(derivationsByConcept([r]).map((c) => c.concept)).toEqual([
      'Onderwijsdeelnemer',
      'Adres',
    ]);
  });

  it('types: a mapping to a central attribute that does not exist fails to compile', () => {
    const bad: ObjectMapping<Adres> = {
      id: 'x',
      concept: 'Adres',
      // @ts-expect-error -- `straat` is not an attribute of the central Adres (it is `straatnaam`)
      fields: [{ domain: 'straat', central: 'straat' }],
    };
    expect(bad.fields).toHaveLength(1);
    interface Loc {
      postcode?: string;
      huisnummer?: number;
    }
    const ok: SameStructure<Loc, Adres, 'postcode' | 'huisnummer'> = { postcode: '1234AB' };
    interface BadLoc {
      huisnummer?: string;
    }
    // @ts-expect-error -- huisnummer is a string here, a number in the central Adres
    const notSame: SameStructure<BadLoc, Adres, 'huisnummer'> = { huisnummer: '1' };
    expect([ok, notSame]).toHaveLength(2);
    // A mapping's "gelijk" fields are checked against both types:
    const _fields = [
      { domain: 'achternaam', central: 'achternaam' },
      { domain: 'geslacht', central: 'geslacht', conversie: 'codetabel' },
    ] as const;
    interface Leerling {
      achternaam: string;
      geslacht?: number;
    }
    type Good = Proof<ProvesSameStructure<Leerling, Persoon, typeof _fields>>;
    interface Changed {
      achternaam: number;
    }
    // @ts-expect-error -- achternaam is a number in this domain type: the "gelijk" claim breaks
    type Bad = Proof<ProvesSameStructure<Changed, Persoon, typeof _fields>>;
    expectTypeOf<Good>().toEqualTypeOf<true>();
    expectTypeOf<ProvesSameStructure<Changed, Persoon, typeof _fields>>().toEqualTypeOf<false>();
    expectTypeOf<Bad>().not.toBeAny();
  });
});

describe('README example', () => {
  it('gives what the README says', () => {
    const ADRES: ObjectMapping<Adres> = {
      id: 'voorbeeld/adres',
      concept: 'Adres',
      fields: [
        { domain: 'straat', central: 'straatnaam' },
        { domain: 'nummer', central: 'huisnummer', conversie: 'tekst-naar-getal' },
      ],
    };
    const { value, nietOvergedragen } = toCentral(ADRES, { straat: 'Hoofdstraat', nummer: '12a' });
    expect(value).toEqual({ straatnaam: 'Hoofdstraat' });
    expect(nietOvergedragen).toEqual([
      { path: 'nummer', reden: 'conversie tekst-naar-getal naar huisnummer niet mogelijk' },
    ]);
    expect(fromCentral(ADRES, value).value).toEqual({ straat: 'Hoofdstraat' });
  });
});
