// Vite plugin for the CLIENT bundle only (the validator page): resolves `node:buffer` and `node:module`,
// which @edustandaard/core's XML code imports today (and `node:http`, imported by oke's reference servers), to small browser shims in src/validator/shims/.
// TEMPORARY (issue #16 part 1): core is getting a `browser` export condition without `node:` imports in
// a parallel branch; after that merge this plugin and the shims can go. The server (SSR) build never uses
// them: the pages are rendered with the real Node modules.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// ajv's runtime helpers as oke's generated validators require them: resolved from oke's own folder, since
// oke depends on ajv 8 while the workspace root may hold another major.
const require = createRequire(import.meta.url);
const fromOke = (id) => {
  try {
    return require.resolve(id, {
      paths: [dirname(require.resolve('@edustandaard/oke/package.json'))],
    });
  } catch {
    return null;
  }
};

const SHIMS = {
  'node:buffer': fileURLToPath(new URL('../src/validator/shims/node-buffer.ts', import.meta.url)),
  buffer: null, // the npm package itself: leave to normal resolution
  'node:module': fileURLToPath(new URL('../src/validator/shims/node-module.ts', import.meta.url)),
  'node:http': fileURLToPath(new URL('../src/validator/shims/node-http.ts', import.meta.url)),
  // identifiers' PGN hashing (scrypt) and oke's token endpoint / kit ids: never called by the validator.
  'node:crypto': fileURLToPath(new URL('../src/validator/shims/node-crypto.ts', import.meta.url)),
  // Node built-ins xmlbuilder2 (and its @oozcitak/url) require: not core's, needed as long as core writes
  // XML with xmlbuilder2.
  events: fileURLToPath(new URL('../src/validator/shims/events.ts', import.meta.url)),
  url: fileURLToPath(new URL('../src/validator/shims/url.ts', import.meta.url)),
  'es-shim:ajv-formats': fromOke('ajv-formats/dist/formats'),
  'es-shim:ajv-ucs2length': fromOke('ajv/dist/runtime/ucs2length'),
};

const CORE_PLATFORM = fileURLToPath(
  new URL('../src/validator/shims/core-platform.ts', import.meta.url),
);

/** @returns {import('vite').Plugin} */
export function browserShims() {
  return {
    name: 'edustandaard:browser-shims',
    enforce: 'pre',
    resolveId(id, importer, options) {
      if (options?.ssr) return null;
      // core's XML platform module (its browser build cannot write XML): the page writes exports.
      if (
        (id === './platform.js' || id === './platform.browser.js') &&
        /[\\/]core[\\/]dist[\\/]xml[\\/]/.test(importer ?? '')
      )
        return CORE_PLATFORM;
      return SHIMS[id] ?? null;
    },
  };
}
