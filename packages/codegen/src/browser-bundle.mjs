/**
 * A package bundled as a vendor's bundler would for a web page (esbuild, `platform: 'browser'`, the
 * packages' `browser` export conditions and maps), for the browser-entry tests of core, oke and the
 * site (DESIGN.md: no `node:` import on a browser path; issue #16). One bundling, so the three tests
 * judge the same thing, against Node's own list of built-in modules.
 */
import { builtinModules } from 'node:module';
import { build } from 'esbuild';

const BUILTIN = new Set(builtinModules);

/**
 * @param {string} contents - the entry module's source (`export * from '@edustandaard/core';`)
 * @param {string} resolveDir - where its imports resolve from (the package or app directory)
 */
export async function bundleForBrowser(contents, resolveDir) {
  const r = await build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = r.outputFiles[0].text;
  const imports = Object.values(r.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
  return {
    code,
    inputs: Object.keys(r.metafile.inputs),
    imports,
    nodeImports: imports.filter((p) => p.startsWith('node:') || BUILTIN.has(p)),
    load: () => import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`),
  };
}
