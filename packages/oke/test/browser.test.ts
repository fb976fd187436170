/**
 * The browser entry (#16; DESIGN.md: "oke's checks have a `browser` export condition with no
 * `node:` imports on that path"): `@edustandaard/oke` bundled by esbuild for the browser resolves to
 * dist/browser.js, reaches no `node:` module (nor a bare Node built-in), leaves out the reference
 * servers, the kit, the client and the handlers, and checks a message inside the bundle with the
 * precompiled validators (no require(), no schema compilation).
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PKG = fileURLToPath(new URL('..', import.meta.url));
const HAS_DIST = existsSync(`${PKG}dist/browser.js`);
const NODE_BUILTIN =
  /^(node:|(fs|http|https|net|crypto|buffer|module|events|url|path|os|stream|zlib|child_process|worker_threads)$)/;

describe.skipIf(!HAS_DIST)('browser entry', () => {
  it('bundles for the browser with no node: import reachable, without servers or kit, and checks there', async () => {
    const r = await build({
      stdin: { contents: "export * from '@edustandaard/oke';", resolveDir: PKG, loader: 'js' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(r.metafile.inputs);
    const imports = Object.values(r.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
    expect(imports.filter((p) => NODE_BUILTIN.test(p))).toEqual([]);
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
    const code = r.outputFiles[0]!.text;
    expect(code).not.toMatch(/\bnode:[a-z]/);
    expect(code).not.toMatch(/\brequire\(\s*["'](ajv|node:)/);

    const mod = (await import(
      `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
    )) as typeof import('../src/browser.js');
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
