/**
 * The browser build of core (DESIGN.md: "Packages that a browser can use have a `browser` export
 * condition with no `node:` imports on that path"; issue #16 builds a browser validator on it): the
 * package entry is bundled with esbuild for the browser; the bundle must resolve without any `node:`
 * module, must contain the browser replacements (package.json `browser` map), must read and
 * validate XML (string and bytes) through `TextDecoder`, and must write XML without xmlbuilder2
 * (src/xml/builder.ts), giving the same text as core in Node.
 */
import { describe, expect, it } from 'vitest';
import { bundleForBrowser } from '@edustandaard/codegen/browser-bundle';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as node from '../src/index.js';

const PKG = fileURLToPath(new URL('..', import.meta.url));
const HAS_DIST = existsSync(`${PKG}dist/index.js`);

describe.skipIf(!HAS_DIST)('browser entry', () => {
  it('bundles for the browser with no node: import reachable, and works there', async () => {
    const b = await bundleForBrowser<typeof import('../src/index.js')>(
      "export * from '@edustandaard/core';",
      PKG,
    );
    const inputs = b.inputs;
    expect(b.nodeImports).toEqual([]);
    expect(inputs.some((p) => p.endsWith('dist/xml/platform.browser.js'))).toBe(true);
    expect(inputs.some((p) => p.endsWith('dist/xml/platform.js'))).toBe(false);
    expect(inputs.some((p) => p.endsWith('dist/io/read-bounded.js'))).toBe(false);
    // Writing without xmlbuilder2 (a DOM, a YAML reader and a URL parser that need Node built-ins).
    expect(inputs.filter((p) => /xmlbuilder2|@oozcitak|js-yaml/.test(p))).toEqual([]);
    expect(inputs.some((p) => p.endsWith('dist/xml/builder.js'))).toBe(true);
    expect(b.code).not.toMatch(/\bnode:[a-z]/);
    // Run the bundle (it needs nothing of Node): read and validate through TextDecoder.
    const mod = await b.load();
    const SCHEMA: Parameters<typeof mod.compileSchema>[0] = {
      namespace: 'urn:b',
      roots: { r: { kind: 'element', name: 'r', minOccurs: 1, maxOccurs: 1, type: 'rT' } },
      types: {
        rT: {
          kind: 'complex',
          content: {
            kind: 'sequence',
            minOccurs: 1,
            maxOccurs: 1,
            particles: [
              { kind: 'element', name: 'n', minOccurs: 1, maxOccurs: 1, type: 'xs:integer' },
            ],
          },
        },
      },
    };
    const c = mod.compileSchema(SCHEMA);
    const cn = node.compileSchema(SCHEMA);
    const xml = '<?xml version="1.0"?><r xmlns="urn:b"><!-- c --><n>007</n><x/></r>';
    for (const input of [xml, new TextEncoder().encode(xml)]) {
      const d = mod.decodeXml(input, c, { findings: { prefix: 'B' } });
      expect(d.value).toMatchObject({ n: 7, $lexical: { n: '007' } });
      expect(d.issues.map((i) => i.code)).toEqual(['B.unexpected']);
    }
    expect(() => mod.decodeXml(new Uint8Array([0x3c, 0xff]), c)).toThrow(
      expect.objectContaining({ code: 'E_XML_ENCODING' }),
    );
    // Writing: the same text as core in Node (xmlbuilder2), for what a read keeps — comments and
    // processing instructions (prolog, inside, epilog), unknown elements in other namespaces with
    // their prefixes and attributes, xsi attributes, the lexical form — pretty and not.
    const rich =
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- voor --><?pi a?>\n' +
      `<r xmlns="urn:b" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:q="urn:q" xsi:schemaLocation="urn:b r.xsd">` +
      '<q:x q:a="1" b="&quot;2&quot;"><q:y>t &amp; &lt;u&gt;</q:y><z xmlns="urn:z"><w/></z><v xmlns=""/></q:x>' +
      '<n>007</n><!-- na n --><x/><?p q?></r><!-- na -->';
    // Prefixed attributes outside the schema, bound here or on an ancestor, on known and unknown
    // elements: the binding is kept beside them (issue #10 item 6) and written back, so the output
    // is namespace-well-formed (the re-read below would throw on an unbound prefix).
    const prefixed =
      '<r xmlns="urn:b" xmlns:p="urn:p"><n xmlns:s="urn:s" p:a="1" s:b="2">007</n>' +
      '<q:x xmlns:q="urn:q" p:b="3" q:c="4"><y p:d="5"/></q:x></r>';
    const nsRead = node.decodeXml(prefixed, cn).value as { n: { $attributes: object } };
    expect(nsRead.n.$attributes).toEqual({
      'p:a': '1',
      'xmlns:p': 'urn:p',
      's:b': '2',
      'xmlns:s': 'urn:s',
    });
    for (const doc of [xml, rich, prefixed]) {
      const inBrowser = mod.decodeXml(doc, c);
      const inNode = node.decodeXml(doc, cn);
      for (const pretty of [true, false]) {
        const written = mod.encodeXml(c, 'r', inBrowser.value, { pretty });
        expect(written).toBe(node.encodeXml(cn, 'r', inNode.value, { pretty }));
        // and it is well-formed XML the reader accepts
        const again = mod.decodeXml(written, c);
        expect(again.issues.map((i) => [i.code, i.path])).toEqual(
          inBrowser.issues.map((i) => [i.code, i.path]),
        );
        // (indentation adds text inside kept unknown elements: compare the unindented write)
        if (!pretty) expect(again.value).toEqual(inBrowser.value);
      }
    }
    expect(mod.encodeXml(c, 'r', { n: 1 }, { pretty: false })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><r xmlns="urn:b"><n>1</n></r>',
    );
    // What no XML can hold is refused with a code, in both builds.
    for (const [m, schema] of [
      [mod, c],
      [node, cn],
    ] as const)
      for (const bad of [
        { n: 1, $attributes: { 'a b': 'x' } },
        { n: 1, $attributes: { xmlns: 'urn:x' } },
        // a prefix without its binding, a binding no attribute uses, a binding that is no namespace
        { n: 1, $attributes: { 'p:a': '1' } },
        { n: 1, $attributes: { 'xmlns:p': 'urn:x' } },
        { n: 1, $attributes: { 'p:a': '1', 'xmlns:p': '' } },
        { n: 1, $attributes: { 'xml:a': '1', 'xmlns:xml': 'urn:x' } },
        { n: 1, $attributes: { 'xmlns:a': '1', 'xmlns:xmlns': 'urn:x' } },
        {
          n: 1,
          $unknown: [
            { after: 'n', xml: { ns: '', name: 'u', attributes: { 'p:a': '1' }, children: [] } },
          ],
        },
        { n: 1, $misc: [{ comment: 'a\u0001' }] },
        { n: 1, $unknown: [{ after: 'n', xml: 'a\ud800' }] },
      ])
        expect(() => m.encodeXml(schema, 'r', bad)).toThrow(
          expect.objectContaining({ code: 'E_USAGE' }),
        );
    await expect(mod.readBounded(new Uint8Array(11), { maxBytes: 10 })).rejects.toMatchObject({
      code: 'E_INPUT_TOO_LARGE',
    });
  });
});
