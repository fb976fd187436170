/**
 * Node primitives of the codec, in one place so that the browser build can replace this file
 * (package.json `browser` map → `platform.browser.ts`, DESIGN.md: no `node:` import on the browser path).
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import type { XmlDocumentFactory } from './builder.js';

/** Native UTF-8 / ASCII validation of bytes, or `undefined` where there is none (then text is decoded). */
export const nativeUtf8:
  { isUtf8(b: Uint8Array): boolean; isAscii(b: Uint8Array): boolean } | undefined = {
  isUtf8,
  isAscii,
};

let createFn: XmlDocumentFactory | undefined;
/**
 * xmlbuilder2 (CommonJS, ~0.1–0.3 s to load) is loaded on the first write, not on import of core. Its
 * `create` is used through the part of its interface `encodeXml` calls (`builder.ts`'s `XmlNode`).
 */
export function xmlbuilder(): XmlDocumentFactory {
  return (createFn ??= (createRequire(import.meta.url)('xmlbuilder2') as { create: unknown })
    .create as XmlDocumentFactory);
}
