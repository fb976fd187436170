/**
 * The browser entry (#16; DESIGN.md: "oke's checks have a `browser` export condition with no
 * `node:` imports on that path"): `@edustandaard/oke` bundled by esbuild for the browser resolves to
 * dist/browser.js, reaches no `node:` module (nor a bare Node built-in), leaves out the reference
 * servers, the kit, the client and the handlers, and checks a message inside the bundle with the
 * precompiled validators (no require(), no schema compilation).
 */
import { bundleForBrowser } from '@edustandaard/codegen/browser-bundle';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PKG = fileURLToPath(new URL('..', import.meta.url));
const HAS_DIST = existsSync(`${PKG}dist/browser.js`);
describe.skipIf(!HAS_DIST)('browser entry', () => {
  it('bundles for the browser with no node: import reachable, without servers or kit, and checks there', async () => {
    const b = await bundleForBrowser<typeof import('../src/browser.js')>(
      "export * from '@edustandaard/oke';",
      PKG,
    );
    const inputs = b.inputs;
    expect(b.nodeImports).toEqual([]);
    const own = inputs.filter((p) => p.includes('packages/oke/') || p.startsWith('dist/'));
    expect(own.some((p) => p.endsWith('dist/browser.js'))).toBe(true);
    // The fictitious sample data (DUTY_EXAMPLES' clean twins) is data and may come along.
    expect(
      own.filter((p) =>
        /dist\/(index|reference\/(?!sample-data)|conformance\/|http\/(client|node|handler|oauth))/.test(
          p,
        ),
      ),
    ).toEqual([]);
    expect(b.code).not.toMatch(/\bnode:[a-z]/);
    expect(b.code).not.toMatch(/\brequire\(\s*["'](ajv|node:)/);

    const mod = await b.load();
    expect(Object.keys(mod)).not.toContain('startReferenceServer');
    expect(Object.keys(mod)).not.toContain('runConformance');
    const report = mod.checkJson('2.zitting-aanmaken', 'request', new TextEncoder().encode('{}'));
    expect(report.valid).toBe(false);
    expect(report.issues.filter((i) => i.code === 'OKE.SCHEMA.required')).toHaveLength(9);
    // ajv-formats' checks and the code-point length came along: a bad uuid and a too-long name.
    const person = mod.check('1.persoonsinformatie-ophalen', 'response', { personId: 'geen-uuid' });
    expect(person.issues.map((i) => [i.code, i.path])).toContainEqual([
      'OKE.SCHEMA.format',
      '/personId',
    ]);
  });
});
