/**
 * Browser stand-in for `node:module`, for @edustandaard/oke only (see scripts/browser-shims.mjs): oke's
 * generated ajv validators load ajv's runtime helpers with `createRequire(import.meta.url)(id)`. In the
 * browser bundle those two modules are imported statically and handed out here. Goes when oke's
 * `browser` condition does without `node:module`.
 */
// Resolved by scripts/browser-shims.mjs from oke's folder (its ajv 8).
// @ts-expect-error -- virtual id
import * as ajvFormats from 'es-shim:ajv-formats';
// @ts-expect-error -- virtual id
import * as ucs2length from 'es-shim:ajv-ucs2length';

const MODULES: Record<string, unknown> = {
  'ajv-formats/dist/formats': ajvFormats,
  'ajv/dist/runtime/ucs2length': ucs2length,
};

export function createRequire(): (id: string) => unknown {
  return (id: string) => {
    if (id in MODULES) return MODULES[id];
    throw new Error(`require('${id}') is niet beschikbaar in de browser`);
  };
}
