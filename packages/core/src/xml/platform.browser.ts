/**
 * Browser replacement of `platform.ts` (package.json `browser` map): no `node:` imports. Bytes are
 * decoded with `TextDecoder` (the string path of the reader); writing XML needs xmlbuilder2, which
 * does not run in a browser without Node polyfills, so `encodeXml` says so with a typed error.
 */
import { EdustandaardError } from '../errors.js';

/** No native validation in a browser: the reader decodes with a fatal `TextDecoder`. */
export const nativeUtf8:
  { isUtf8(b: Uint8Array): boolean; isAscii(b: Uint8Array): boolean } | undefined = undefined;

/** Writing XML is not available in the browser build. */
export function xmlbuilder(): typeof import('xmlbuilder2').create {
  throw new EdustandaardError(
    'E_USAGE',
    'XML schrijven (xmlbuilder2) is niet beschikbaar in de browserversie; lezen en valideren wel.',
  );
}
