/**
 * Browser stand-in for `node:buffer` as @edustandaard/core's XML reader uses it (`isAscii`, `isUtf8`).
 * TEMPORARY: the xml engineer is giving core a `browser` export condition without `node:` imports; once
 * that is merged, drop this shim and the plugin in scripts/browser-shims.mjs (issue #16 part 1).
 */
import { Buffer } from 'buffer';

export { Buffer };

/** @param input - bytes */
export function isAscii(input: ArrayBufferView | ArrayBuffer): boolean {
  const b =
    input instanceof ArrayBuffer
      ? new Uint8Array(input)
      : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  for (let i = 0; i < b.length; i++) if (b[i]! > 0x7f) return false;
  return true;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** @param input - bytes */
export function isUtf8(input: ArrayBufferView | ArrayBuffer): boolean {
  try {
    strict.decode(input);
    return true;
  } catch {
    return false;
  }
}
