/**
 * The validator page's replacement of @edustandaard/core's `xml/platform` module. Core's own browser
 * build reads and validates but refuses to write XML (xmlbuilder2 needs Node's `events` and `url`).
 * The page also offers the selective export and the 2019.1 → 2024.1 migration as XML downloads, so it
 * supplies xmlbuilder2 itself, with the `events`/`url` stand-ins of this folder (see
 * scripts/browser-shims.mjs). Bytes are decoded with TextDecoder, as in core's browser build.
 */
import { create } from 'xmlbuilder2';

/** No native UTF-8 validation in a browser: the reader decodes with a fatal TextDecoder. */
export const nativeUtf8:
  { isUtf8(b: Uint8Array): boolean; isAscii(b: Uint8Array): boolean } | undefined = undefined;

/** xmlbuilder2's document builder. */
export function xmlbuilder(): typeof create {
  return create;
}
