/**
 * Lexical fidelity and comments (issue #10 item 6) at codec level: the reader records a lexical form
 * that differs from the canonical form of the typed value under the parent's `$lexical`, the writer
 * uses it while the value still means the same; comments and PIs are kept under `$misc`.
 */
import { describe, expect, it } from 'vitest';
import {
  canonicalXml,
  compileSchema,
  decodeXml,
  encodeXml,
  validateObject,
  type XmlSchema,
} from '../src/index.js';

const NS = 'urn:lex';
const el = (name: string, type: string, minOccurs = 0, maxOccurs: number | 'unbounded' = 1) =>
  ({ kind: 'element', name, minOccurs, maxOccurs, type }) as const;
const schema: XmlSchema = {
  namespace: NS,
  roots: { r: el('r', 'rType', 1) },
  types: {
    rType: {
      kind: 'complex',
      content: {
        kind: 'sequence',
        minOccurs: 1,
        maxOccurs: 1,
        particles: [
          el('code', 'xs:integer'),
          el('n', 'xs:int', 0, 'unbounded'),
          el('vlag', 'xs:boolean'),
          el('naam', 'xs:string'),
          el('bedrag', 'bedragType'),
          el('groep', 'groepType'),
        ],
      },
    },
    bedragType: {
      kind: 'complex',
      content: null,
      simpleContent: 'xs:integer',
      attributes: [{ name: 'munt', type: 'xs:string', use: 'optional' }],
    },
    groepType: {
      kind: 'complex',
      content: {
        kind: 'sequence',
        minOccurs: 1,
        maxOccurs: 'unbounded',
        particles: [el('k', 'xs:string', 1), el('w', 'xs:integer', 1)],
      },
    },
  },
};
const c = compileSchema(schema);
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><r xmlns="${NS}">${body}</r>`;
const decode = (xml: string) => decodeXml(xml, c, { findings: { prefix: 'T.XSD' } });
const roundTrip = (xml: string) => encodeXml(c, 'r', JSON.parse(JSON.stringify(decode(xml).value)));

describe('lexical forms', () => {
  const body =
    '<code>02</code><n>0015</n><n>7</n><n>+3</n><vlag> 1 </vlag><naam> 1 </naam>' +
    '<bedrag munt="EUR">0100</bedrag><groep><k>a</k><w>01</w><k>b</k><w>2</w></groep>';
  it('typed values stay typed; differing lexical forms are recorded', () => {
    const r = decode(doc(body));
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual({
      code: 2,
      n: [15, 7, 3],
      vlag: true,
      naam: ' 1 ',
      bedrag: { $value: 100, munt: 'EUR', $lexical: { $value: '0100' } },
      groep: [
        { k: 'a', w: 1, $lexical: { w: '01' } },
        { k: 'b', w: 2 },
      ],
      $lexical: { code: '02', n: ['0015', null, '+3'], vlag: ' 1 ' },
    });
  });
  it('write(read(x)) keeps 02, 0015, " 1 " and boolean 1 (also through JSON)', () => {
    expect(canonicalXml(roundTrip(doc(body)))).toBe(canonicalXml(doc(body)));
    expect(roundTrip(doc('<vlag>1</vlag><vlag2/>'.replace('<vlag2/>', '')))).toContain(
      '<vlag>1</vlag>',
    );
  });
  it('a changed value gets the canonical form of the new value', () => {
    const v = JSON.parse(JSON.stringify(decode(doc(body)).value));
    v.code = 3;
    v.n[0] = 16;
    v.vlag = false;
    const out = encodeXml(c, 'r', v);
    expect(out).toContain('<code>3</code>');
    expect(out).toContain('<n>16</n>');
    expect(out).toContain('<n>+3</n>');
    expect(out).toContain('<vlag>false</vlag>');
  });
  it('a recorded form that no longer parses to the value is ignored', () => {
    const out = encodeXml(c, 'r', { vlag: true, $lexical: { vlag: 'nee' } });
    expect(out).toContain('<vlag>true</vlag>');
  });
  it('validateObject checks the text the writer would write', () => {
    expect(validateObject(c, 'r', decode(doc(body)).value, { prefix: 'T.XSD' })).toEqual([]);
  });
});

describe('comments and processing instructions', () => {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet href="a.xsl"?><!-- voor -->' +
    `<r xmlns="${NS}"><!-- begin --><code>1</code><n>1</n><!-- tussen n --><n>2</n><?pi data?>` +
    '<vlag>true<!-- in vlag --></vlag><naam>x</naam><groep><k>a</k><!-- in groep 1 --><w>1</w><k>b</k><w>2</w><!-- einde groep --></groep>' +
    '<!-- einde --></r><!-- na -->';
  it('are kept in place: prolog, epilog, between repeated elements, inside a value, in a group', () => {
    const r = decode(xml);
    expect(r.issues).toEqual([]);
    expect(canonicalXml(roundTrip(xml))).toBe(canonicalXml(xml));
  });
  it('canonicalXml shows them (C14N with comments)', () => {
    expect(canonicalXml(xml)).toContain('<!-- tussen n --><{urn:lex}n>2</{urn:lex}n><?pi data?>');
  });
  it('are no findings and change no value', () => {
    const r = decode(xml);
    expect((r.value as { vlag: unknown }).vlag).toBe(true);
    expect(
      validateObject(c, 'r', JSON.parse(JSON.stringify(r.value)), { prefix: 'T.XSD' }),
    ).toEqual([]);
  });
  it('between an unknown element and a known one, the order is kept', () => {
    const x = doc('<code>1</code><!-- a --><x/><!-- b --><y/><!-- c --><vlag>true</vlag>');
    const r = decode(x);
    expect(r.issues.map((i) => i.code)).toEqual(['T.XSD.unexpected', 'T.XSD.unexpected']);
    expect(canonicalXml(roundTrip(x))).toBe(canonicalXml(x));
  });
});

// Found by the fuzz harness (fuzz/harness.mjs): JSON input can put anything under the `$` members;
// the writer refuses with E_USAGE instead of crashing with a TypeError.
describe('the writer refuses malformed $ members with E_USAGE', () => {
  for (const bad of [
    { $attributes: { a: 1 } },
    { $attributes: 'x' },
    { $unknown: 5 },
    { $unknown: [{ after: null, xml: { name: 'a b', ns: '', attributes: {}, children: [] } }] },
    { $unknown: [{ after: null, xml: { name: 'a' } }] },
    { $misc: 3 },
    { $misc: [{ comment: 'a -- b', after: null }] },
    { $misc: [{ pi: { target: 'xml', data: '' }, after: null }] },
    { $misc: [null] },
  ]) {
    it(JSON.stringify(bad), () => {
      expect(() => encodeXml(c, 'r', { vlag: true, ...bad })).toThrow(
        expect.objectContaining({ code: 'E_USAGE' }),
      );
    });
  }
});

// Issue #17 item 2: xmlbuilder2 leaves `&amp;`, `&#65;`, `&foo;` unescaped; encode.ts escapes every `&`.
// The element-text case is tested in oso (roundtrip.test.ts); these are attribute values and content
// kept under `$unknown` (attributes, text and nested elements).
describe('reference-like values survive write → read in attributes and $unknown content', () => {
  const values = [
    'A&amp;B',
    'A&lt;B',
    'A&#65;B',
    'A&#x41;B',
    'A&foo;B',
    'A&B <c> "d" \'e\'',
    '&amp;amp;',
  ];
  for (const v of values) {
    it(JSON.stringify(v), () => {
      const value = {
        bedrag: { $value: 1, munt: v, $attributes: { extra: v } },
        $unknown: [
          {
            after: null,
            xml: {
              ns: 'urn:o',
              name: 'o:x',
              attributes: { a: v, 'xmlns:o': 'urn:o' },
              children: [v, { ns: 'urn:o', name: 'o:y', attributes: {}, children: [v] }],
            },
          },
          { after: 'bedrag', xml: v },
        ],
      };
      const xml = encodeXml(c, 'r', value);
      const back = decode(xml).value as typeof value;
      expect(back.bedrag.munt).toBe(v);
      expect(back.bedrag.$attributes.extra).toBe(v);
      const raw = back.$unknown[0]!.xml as unknown as {
        attributes: Record<string, string>;
        children: unknown[];
      };
      expect(raw.attributes.a).toBe(v);
      expect(raw.children[0]).toBe(v);
      expect((raw.children[1] as { children: string[] }).children[0]).toBe(v);
      expect(back.$unknown[1]!.xml).toBe(v);
    });
  }
});
