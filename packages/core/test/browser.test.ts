/**
 * The browser build of core (DESIGN.md: "Packages that a browser can use have a `browser` export
 * condition with no `node:` imports on that path"; issue #16 builds a browser validator on it): the
 * package entry is bundled with esbuild for the browser; the bundle must resolve without any `node:`
 * module, must contain the browser replacements (package.json `browser` map), and must read and
 * validate XML (string and bytes) through `TextDecoder`.
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PKG = fileURLToPath(new URL('..', import.meta.url));
const HAS_DIST = existsSync(`${PKG}dist/index.js`);

describe.skipIf(!HAS_DIST)('browser entry', () => {
  it('bundles for the browser with no node: import reachable, and works there', async () => {
    const r = await build({
      stdin: { contents: "export * from '@edustandaard/core';", resolveDir: PKG, loader: 'js' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(r.metafile.inputs);
    const imports = Object.values(r.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
    expect(
      imports.filter(
        (p) => p.startsWith('node:') || /^(fs|buffer|module|crypto|events|url)$/.test(p),
      ),
    ).toEqual([]);
    expect(inputs.some((p) => p.endsWith('dist/xml/platform.browser.js'))).toBe(true);
    expect(inputs.some((p) => p.endsWith('dist/xml/platform.js'))).toBe(false);
    expect(inputs.some((p) => p.endsWith('dist/io/read-bounded.js'))).toBe(false);
    const code = r.outputFiles[0]!.text;
    expect(code).not.toMatch(/\bnode:[a-z]/);
    // Run the bundle (it needs nothing of Node): read and validate through TextDecoder.
    const mod = (await import(
      `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
    )) as typeof import('../src/index.js');
    const c = mod.compileSchema({
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
    });
    const xml = '<?xml version="1.0"?><r xmlns="urn:b"><!-- c --><n>007</n><x/></r>';
    for (const input of [xml, new TextEncoder().encode(xml)]) {
      const d = mod.decodeXml(input, c, { findings: { prefix: 'B' } });
      expect(d.value).toMatchObject({ n: 7, $lexical: { n: '007' } });
      expect(d.issues.map((i) => i.code)).toEqual(['B.unexpected']);
    }
    expect(() => mod.decodeXml(new Uint8Array([0x3c, 0xff]), c)).toThrow(
      expect.objectContaining({ code: 'E_XML_ENCODING' }),
    );
    expect(() => mod.encodeXml(c, 'r', { n: 1 })).toThrow(
      expect.objectContaining({ code: 'E_USAGE' }),
    );
    await expect(mod.readBounded(new Uint8Array(11), { maxBytes: 10 })).rejects.toMatchObject({
      code: 'E_INPUT_TOO_LARGE',
    });
  });
});
