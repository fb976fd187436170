/**
 * Hostile input for the secure XML reader (issue #3 "Done when"): each case is a typed
 * EdustandaardError with a location, within a second, without touching files or the network.
 */
import { describe, expect, it } from 'vitest';
import {
  compileSchema,
  decodeXml,
  EdustandaardError,
  parseXmlTree,
  type XmlSchema,
} from '../src/index.js';

const NS = 'urn:test';
const schema: XmlSchema = {
  namespace: NS,
  roots: { doc: { kind: 'element', name: 'doc', minOccurs: 1, maxOccurs: 1, type: 'docType' } },
  types: {
    docType: {
      kind: 'complex',
      content: {
        kind: 'sequence',
        minOccurs: 1,
        maxOccurs: 1,
        particles: [
          { kind: 'element', name: 'a', minOccurs: 0, maxOccurs: 'unbounded', type: 'xs:string' },
          { kind: 'element', name: 'n', minOccurs: 0, maxOccurs: 1, type: 'docType' },
        ],
      },
    },
  },
};
const compiled = compileSchema(schema);

function fails(
  input: string | Uint8Array,
  limits?: Parameters<typeof decodeXml>[2],
): EdustandaardError {
  const t0 = performance.now();
  try {
    decodeXml(input, compiled, { file: 'x.xml', ...limits });
  } catch (e) {
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(e).toBeInstanceOf(EdustandaardError);
    return e as EdustandaardError;
  }
  throw new Error('expected an EdustandaardError');
}

describe('secure XML reading: hostile input', () => {
  it('XXE (external entity in a DOCTYPE) → E_XML_DTD before any entity is resolved', () => {
    const e = fails(
      `<?xml version="1.0"?>\n<!DOCTYPE doc [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<doc xmlns="${NS}"><a>&xxe;</a></doc>`,
    );
    expect(e.code).toBe('E_XML_DTD');
    expect(e.location).toMatchObject({ file: 'x.xml', line: 2 });
  });

  it('XXE over the network (parameter entity) → E_XML_DTD', () => {
    const e = fails(
      `<!DOCTYPE doc [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]><doc xmlns="${NS}"/>`,
    );
    expect(e.code).toBe('E_XML_DTD');
  });

  it('billion laughs → E_XML_DTD, no expansion', () => {
    const ents = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++)
      ents.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const e = fails(
      `<?xml version="1.0"?><!DOCTYPE doc [${ents.join('')}]><doc xmlns="${NS}"><a>&lol9;</a></doc>`,
    );
    expect(e.code).toBe('E_XML_DTD');
  });

  it('an entity reference without a DTD → E_XML_ENTITY with line and column', () => {
    const e = fails(`<doc xmlns="${NS}">\n  <a>&lol9;</a></doc>`);
    expect(e.code).toBe('E_XML_ENTITY');
    expect(e.location?.line).toBe(2);
    expect(e.location?.column).toBeGreaterThan(1);
  });

  it('a 50 MB file → E_XML_TOO_LARGE, checked before parsing', () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
    big.write(`<doc xmlns="${NS}">`, 0);
    const e = fails(big);
    expect(e.code).toBe('E_XML_TOO_LARGE');
    const s = fails(big.toString('latin1'));
    expect(s.code).toBe('E_XML_TOO_LARGE');
  });

  it('10,000-deep nesting → E_XML_TOO_DEEP at the offending line', () => {
    const xml = `<doc xmlns="${NS}">\n${'<n>'.repeat(10_000)}${'</n>'.repeat(10_000)}</doc>`;
    const e = fails(xml);
    expect(e.code).toBe('E_XML_TOO_DEEP');
    expect(e.location?.line).toBe(2);
  });

  it('too many elements → E_XML_TOO_MANY_NODES (limit is configurable)', () => {
    const e = fails(`<doc xmlns="${NS}">${'<a/>'.repeat(200)}</doc>`, {
      limits: { maxNodes: 100 },
    });
    expect(e.code).toBe('E_XML_TOO_MANY_NODES');
    const a = fails(
      `<doc xmlns="${NS}" ${Array.from({ length: 20 }, (_, i) => `x${i}="1"`).join(' ')}/>`,
      { limits: { maxAttributesPerElement: 10 } },
    );
    expect(a.code).toBe('E_XML_TOO_MANY_NODES');
  });

  it('invalid UTF-8 → E_XML_ENCODING with the line and byte column of the bad byte', () => {
    const bytes = Buffer.concat([
      Buffer.from(`<doc xmlns="${NS}">\n<a>ab`),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('</a></doc>'),
    ]);
    const e = fails(bytes);
    expect(e.code).toBe('E_XML_ENCODING');
    expect(e.location).toMatchObject({ line: 2, column: 6 });
  });

  it('a declared non-UTF-8 encoding → E_XML_ENCODING', () => {
    expect(fails(`<?xml version="1.0" encoding="ISO-8859-1"?><doc xmlns="${NS}"/>`).code).toBe(
      'E_XML_ENCODING',
    );
  });

  it('a UTF-8 BOM is accepted and stripped (bytes and string)', () => {
    const body = `<doc xmlns="${NS}"><a>x</a></doc>`;
    expect(
      decodeXml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]), compiled)
        .value,
    ).toEqual({ a: ['x'] });
    expect(decodeXml(`\uFEFF${body}`, compiled).value).toEqual({ a: ['x'] });
  });

  it('the wrong namespace → E_XML_NAMESPACE; no namespace → E_XML_NAMESPACE; wrong root → E_XML_ROOT', () => {
    expect(fails('<doc xmlns="urn:other"/>').code).toBe('E_XML_NAMESPACE');
    expect(fails('<doc/>').code).toBe('E_XML_NAMESPACE');
    expect(fails(`<other xmlns="${NS}"/>`).code).toBe('E_XML_ROOT');
  });

  it('a truncated file → E_XML_MALFORMED with line and column', () => {
    const e = fails(`<doc xmlns="${NS}">\n  <a>x</a>\n  <a>y`);
    expect(e.code).toBe('E_XML_MALFORMED');
    expect(e.location?.line).toBe(3);
    expect(e.location?.column).toBeGreaterThan(1);
    expect(e.format()).toMatch(/^E_XML_MALFORMED x\.xml:3:\d+: /);
  });

  it('mismatched tags, text after the root, and an empty input → E_XML_MALFORMED', () => {
    expect(fails(`<doc xmlns="${NS}"><a>x</b></doc>`).code).toBe('E_XML_MALFORMED');
    expect(fails(`<doc xmlns="${NS}"/>trailing`).code).toBe('E_XML_MALFORMED');
    expect(fails('').code).toBe('E_XML_MALFORMED');
  });
});

for (const [kind, enc] of [
  ['string', (x: string): string | Uint8Array => x],
  ['UTF-8 bytes', (x: string): string | Uint8Array => Buffer.from(x, 'utf8')],
] as const) {
  describe(`long text runs (fast path, ${kind} input) behave exactly like saxes`, () => {
    const long = 'QUJD'.repeat(200);
    it('delivers long text unchanged, also around comments, PIs and CDATA', () => {
      const xml = `<doc xmlns="${NS}"><!-- c > x --><?pi a>b?><a>${long}</a><a><![CDATA[${long}<>]]></a><a attr="x>y">${long}</a><a>é${long}</a></doc>`;
      const t = parseXmlTree(enc(xml));
      expect(t.children.map((c) => (typeof c === 'string' ? c : c.children.join('')))).toEqual([
        long,
        `${long}<>`,
        long,
        `é${long}`,
      ]);
    });
    it('keeps entity decoding and CR normalisation in long runs', () => {
      const v = decodeXml(enc(`<doc xmlns="${NS}"><a>${long}&amp;${long}\r\nz</a></doc>`), compiled)
        .value as { a: string[] };
      expect(v.a[0]).toBe(`${long}&${long}\nz`);
    });
    it('rejects forbidden characters and "]]>" inside long runs', () => {
      expect(fails(enc(`<doc xmlns="${NS}"><a>${long}\u0001</a></doc>`)).code).toBe(
        'E_XML_MALFORMED',
      );
      expect(fails(enc(`<doc xmlns="${NS}"><a>${long}]]>${long}</a></doc>`)).code).toBe(
        'E_XML_MALFORMED',
      );
    });
    it('reports positions after removed runs in original coordinates', () => {
      const e = fails(enc(`<doc xmlns="${NS}">\n<a>${long}</a>\n<a>${long}</a>\n  <a>x</b></doc>`));
      expect(e.code).toBe('E_XML_MALFORMED');
      expect(e.location?.line).toBe(4);
      expect(e.location?.column).toBe(11);
    });
    it('a DOCTYPE after a long comment is still found', () => {
      expect(fails(enc(`<!-- ${long} --><!DOCTYPE doc><doc xmlns="${NS}"/>`)).code).toBe(
        'E_XML_DTD',
      );
    });
    it('whitespace that can be element content is kept; declaration after whitespace stays malformed', () => {
      expect(
        decodeXml(enc(`<doc xmlns="${NS}">\n  <a>   </a>\n  <a>\t</a>\n</doc>`), compiled).value,
      ).toEqual({ a: ['   ', '\t'] });
      expect(fails(enc(`  <?xml version="1.0"?><doc xmlns="${NS}"/>`)).code).toBe(
        'E_XML_MALFORMED',
      );
      const r = decodeXml(
        enc(`<doc xmlns="${NS}">\n  <a>y</a> tekst <n>\n    <a>x</a>\n  </n>\n</doc>`),
        compiled,
        { findings: { prefix: 'T' } },
      );
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([['T.text', '/doc']]);
    });
    it('text outside the root is still an error even when long', () => {
      expect(fails(enc(`<doc xmlns="${NS}"/>${long}`)).code).toBe('E_XML_MALFORMED');
      expect(fails(enc(`${long}<doc xmlns="${NS}"/>`)).code).toBe('E_XML_MALFORMED');
    });
  });
}
