// Vite plugin for the CLIENT bundle only (the validator page). Core, identifiers, oso, oso-swv and
// oso-overstap are bundled through their own `browser` export conditions, as a vendor's bundler would
// (core's browser build reads, validates and writes XML without Node built-ins; issue #16).
// What is left is @edustandaard/oke's entry point, which reaches Node built-ins the validator never
// calls: `node:http` (its reference servers), `node:crypto` (the conformance kit's token endpoint and
// scenario ids) and `node:module` (its generated ajv validators `require()` ajv's runtime helpers).
// Those three are answered by the stand-ins in src/validator/shims/, ONLY for modules inside oke. This
// stays until oke has a `browser` condition without them (issue #16, oke's part); from then on the
// plugin resolves nothing and the shims can be deleted. The server (SSR) build never uses it.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// ajv's runtime helpers as oke's generated validators require them: resolved from oke's own folder, since
// oke depends on ajv 8 while the workspace root may hold another major.
const require = createRequire(import.meta.url);
const okeDir = dirname(require.resolve('@edustandaard/oke/package.json'));
const fromOke = (id) => {
  try {
    return require.resolve(id, { paths: [okeDir] });
  } catch {
    return null;
  }
};
const shim = (f) => fileURLToPath(new URL(`../src/validator/shims/${f}`, import.meta.url));

const SHIMS = {
  'node:http': shim('node-http.ts'),
  'node:crypto': shim('node-crypto.ts'),
  'node:module': shim('node-module.ts'),
  'es-shim:ajv-formats': fromOke('ajv-formats/dist/formats'),
  'es-shim:ajv-ucs2length': fromOke('ajv/dist/runtime/ucs2length'),
};
const SHIM_DIR = shim('');
/** A module of oke (workspace folder or installed package), or one of the shims themselves. */
const inOke = (importer) =>
  importer !== undefined &&
  (importer.startsWith(okeDir) ||
    /[\\/]@edustandaard[\\/]oke[\\/]/.test(importer) ||
    importer.startsWith(SHIM_DIR));

/** @returns {import('vite').Plugin} */
export function browserShims() {
  let clientBuild = false;
  let used = 0;
  return {
    name: 'edustandaard:oke-browser-shims',
    enforce: 'pre',
    configResolved(config) {
      clientBuild = config.command === 'build' && !config.build.ssr;
    },
    resolveId(id, importer, options) {
      if (options?.ssr || !(id in SHIMS) || !inOke(importer)) return null;
      used++;
      return SHIMS[id];
    },
    buildEnd() {
      // Once oke's browser condition reaches no Node built-in, say that this plugin can go.
      if (clientBuild && used === 0)
        this.warn(
          'geen oke-shim gebruikt: scripts/browser-shims.mjs en src/validator/shims/ kunnen weg (issue #16)',
        );
    },
  };
}
