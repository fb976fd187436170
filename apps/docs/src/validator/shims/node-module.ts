/**
 * Browser stand-in for `node:module`: core's XML writer loads xmlbuilder2 with
 * `createRequire(import.meta.url)('xmlbuilder2')`, and oke's generated ajv validators load ajv's runtime
 * helpers the same way. In the browser bundle those modules are imported statically and handed out here.
 * TEMPORARY, like ./node-buffer.ts.
 */
import * as xmlbuilder2 from 'xmlbuilder2';
// Resolved by scripts/browser-shims.mjs from oke's folder (its ajv 8).
// @ts-expect-error -- virtual id
import * as ajvFormats from 'es-shim:ajv-formats';
// @ts-expect-error -- virtual id
import * as ucs2length from 'es-shim:ajv-ucs2length';

const MODULES: Record<string, unknown> = {
  xmlbuilder2,
  'ajv-formats/dist/formats': ajvFormats,
  'ajv/dist/runtime/ucs2length': ucs2length,
};

export function createRequire(): (id: string) => unknown {
  return (id: string) => {
    if (id in MODULES) return MODULES[id];
    throw new Error(`require('${id}') is niet beschikbaar in de browser`);
  };
}
