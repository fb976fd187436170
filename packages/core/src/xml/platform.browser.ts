/**
 * Browser replacement of `platform.ts` (package.json `browser` map): no `node:` imports. Bytes are
 * decoded with `TextDecoder` (the string path of the reader); XML is written with `builder.ts`, which
 * gives the bytes xmlbuilder2 gives in Node for everything `encodeXml` writes (xmlbuilder2 itself
 * needs Node's `events` and `url` and would add ~85 KB gzip to a browser bundle).
 */
import { createXmlDocument, type XmlDocumentFactory } from './builder.js';

/** No native validation in a browser: the reader decodes with a fatal `TextDecoder`. */
export const nativeUtf8:
  { isUtf8(b: Uint8Array): boolean; isAscii(b: Uint8Array): boolean } | undefined = undefined;

/** The document builder `encodeXml` writes with. */
export function xmlbuilder(): XmlDocumentFactory {
  return createXmlDocument;
}
