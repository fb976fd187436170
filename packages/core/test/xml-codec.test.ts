/**
 * The schema-driven codec: decoding shapes, XSD-equivalent findings with exact codes and paths,
 * object validation giving the same findings, and faithful encoding (unknown elements kept).
 */
import { describe, expect, it } from 'vitest';
import {
  canonicalize,
  compileSchema,
  decodeXml,
  encodeXml,
  parseXmlTree,
  validateObject,
  type XmlSchema,
} from '../src/index.js';

const NS = 'urn:t';
const el = (
  name: string,
  type: string,
  minOccurs = 1,
  maxOccurs: number | 'unbounded' = 1,
  extra = {},
) => ({ kind: 'element', name, minOccurs, maxOccurs, type, ...extra }) as const;
const schema: XmlSchema = {
  namespace: NS,
  roots: { r: el('r', 'rType') },
  types: {
    code: { kind: 'simple', name: 'code', base: 'string', pattern: ['[0-9][0-9][A-Z][A-Z]'] },
    kort: { kind: 'simple', base: 'string', minLength: 1, maxLength: 3 },
    maand: { kind: 'simple', base: 'integer', minInclusive: 1, maxInclusive: 24 },
    rType: {
      kind: 'complex',
      content: {
        kind: 'sequence',
        minOccurs: 1,
        maxOccurs: 1,
        particles: [
          el('naam', 'kort', 1, 'unbounded'),
          {
            kind: 'choice',
            minOccurs: 0,
            maxOccurs: 1,
            particles: [el('datum', 'xs:date'), el('maand', 'maand')],
          },
          el('vlag', 'xs:boolean', 0),
          el('cijfer', 'xs:decimal', 0),
          el('brin', 'code', 0),
          el('bsn', 'kort', 0, 1, { sensitive: true }),
          el('land', 'landType', 0),
          el('lijst', 'lijstType', 0),
          el('kind', 'rKind', 0, 'unbounded'),
        ],
      },
    },
    landType: {
      kind: 'complex',
      content: null,
      simpleContent: 'xs:string',
      attributes: [{ name: 'omschrijving', type: 'xs:string', use: 'optional' }],
    },
    lijstType: {
      kind: 'complex',
      content: {
        kind: 'sequence',
        minOccurs: 1,
        maxOccurs: 'unbounded',
        particles: [el('k', 'xs:string'), el('w', 'xs:int', 1, 'unbounded')],
      },
    },
    rKind: {
      kind: 'complex',
      content: { kind: 'sequence', minOccurs: 1, maxOccurs: 1, particles: [el('x', 'xs:int')] },
    },
  },
};
const c = compileSchema(schema);
const ctx = { prefix: 'T.XSD' };
const doc = (body: string) => `<r xmlns="${NS}">${body}</r>`;
const decode = (body: string) => decodeXml(doc(body), c, { findings: ctx });
const codes = (body: string) => decode(body).issues.map((i) => [i.code, i.path]);

describe('decoding shapes', () => {
  it('arrays exactly where maxOccurs > 1, typed values, decimals and dates as lexical strings', () => {
    const r = decode(
      '<naam>A</naam><datum>2020-02-29</datum><vlag>1</vlag><cijfer>6.50</cijfer><land omschrijving="Nederland">6030</land>' +
        '<lijst><k>a</k><w>1</w><w>2</w><k>b</k><w>3</w></lijst><kind><x>7</x></kind>',
    );
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual({
      naam: ['A'],
      datum: '2020-02-29',
      vlag: true,
      cijfer: '6.50',
      land: { $value: '6030', omschrijving: 'Nederland' },
      lijst: [
        { k: 'a', w: [1, 2] },
        { k: 'b', w: [3] },
      ],
      kind: [{ x: 7 }],
      // boolean `1` is kept as written (issue #10 item 6)
      $lexical: { vlag: '1' },
    });
  });
});

describe('XSD-equivalent findings (codes and paths)', () => {
  it('minOccurs', () => expect(codes('')).toEqual([['T.XSD.minOccurs', '/r/naam']]));
  it('order: one misplaced element is one finding (issue #10 item 5)', () =>
    expect(codes('<vlag>true</vlag><naam>A</naam>')).toEqual([['T.XSD.order', '/r/vlag']]));
  it('order without a missing element', () =>
    expect(codes('<naam>A</naam><cijfer>1</cijfer><vlag>true</vlag>')).toEqual([
      ['T.XSD.order', '/r/vlag'],
    ]));
  it('maxOccurs', () =>
    expect(codes('<naam>A</naam><vlag>true</vlag><vlag>false</vlag>')).toEqual([
      ['T.XSD.maxOccurs', '/r/vlag[2]'],
    ]));
  it('choice: two alternatives', () =>
    expect(codes('<naam>A</naam><datum>2020-01-01</datum><maand>3</maand>')).toEqual([
      ['T.XSD.choice', '/r/maand'],
    ]));
  it('unexpected element (and unknown namespace), kept for round-trip', () => {
    const body = '<naam>A</naam><extra a="1">x<y/></extra><vlag>true</vlag><o:z xmlns:o="urn:o"/>';
    const r = decode(body);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['T.XSD.unexpected', '/r/extra'],
      ['T.XSD.unexpected', '/r/z'],
    ]);
    const out = encodeXml(c, 'r', JSON.parse(JSON.stringify(r.value)));
    expect(canonicalize(parseXmlTree(out))).toEqual(canonicalize(parseXmlTree(doc(body))));
  });
  it('types and facets: type, maxLength, minLength, pattern, range, date calendar', () => {
    expect(
      codes(
        '<naam>ABCD</naam><naam></naam><datum>2021-02-29</datum><vlag>ja</vlag><cijfer>6,5</cijfer><brin>12ab</brin>',
      ),
    ).toEqual([
      ['T.XSD.maxLength', '/r/naam[1]'],
      ['T.XSD.minLength', '/r/naam[2]'],
      ['T.XSD.type', '/r/datum'],
      ['T.XSD.type', '/r/vlag'],
      ['T.XSD.type', '/r/cijfer'],
      ['T.XSD.pattern', '/r/brin'],
    ]);
    expect(codes('<naam>A</naam><maand>25</maand>')).toEqual([['T.XSD.range', '/r/maand']]);
  });
  it('a repeating sequence: missing member per group', () =>
    expect(codes('<naam>A</naam><lijst><k>a</k><k>b</k><w>1</w></lijst>')).toEqual([
      ['T.XSD.minOccurs', '/r/lijst/w'],
    ]));
  it('text inside element-only content', () =>
    expect(codes('<naam>A</naam>tekst')).toEqual([['T.XSD.text', '/r']]));
  it('never echoes the value of a sensitive element', () => {
    const r = decode('<naam>A</naam><bsn></bsn><brin>x</brin>');
    expect(r.issues[0]!.params).not.toHaveProperty('value');
    expect(r.issues[1]!.params).toHaveProperty('value', 'x');
  });
  it('invalid values are kept as their lexical string (nothing lost)', () => {
    expect(decode('<naam>A</naam><vlag>ja</vlag>').value).toMatchObject({ vlag: 'ja' });
  });
});

describe('validateObject gives the same findings as decoding', () => {
  for (const body of [
    '',
    '<naam>A</naam><datum>2020-01-01</datum>',
    '<naam>ABCD</naam><vlag>ja</vlag>',
    '<naam>A</naam><maand>25</maand><lijst><k>a</k></lijst>',
    '<naam>A</naam><kind><x>1</x></kind><kind/>',
  ]) {
    it(JSON.stringify(body), () => {
      const r = decode(body);
      expect(
        validateObject(c, 'r', r.value, ctx)
          .map((i) => [i.code, i.path])
          .sort(),
      ).toEqual(r.issues.map((i) => [i.code, i.path]).sort());
    });
  }
  it('reports JS type errors and unknown keys of hand-built objects', () => {
    expect(
      validateObject(c, 'r', { naam: 'A', vlag: 'true', extra: 1 }, ctx).map((i) => [
        i.code,
        i.path,
      ]),
    ).toEqual([
      ['T.XSD.unexpected', '/r/extra'],
      ['T.XSD.type', '/r/naam'],
      ['T.XSD.type', '/r/vlag'],
    ]);
  });
});

describe('xsi attributes', () => {
  it('xsi:schemaLocation is kept and not reported; xsi:nil is reported', () => {
    const xml = `<r xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NS} r.xsd"><naam xsi:nil="true">A</naam></r>`;
    const r = decodeXml(xml, c, { findings: ctx });
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['T.XSD.attribute', '/r/naam[1]/@nil']]);
    expect(r.value).toMatchObject({ $attributes: { 'xsi:schemaLocation': `${NS} r.xsd` } });
    const again = parseXmlTree(encodeXml(c, 'r', r.value));
    expect(again.attributes['xsi:schemaLocation']).toBe(`${NS} r.xsd`);
  });
});
