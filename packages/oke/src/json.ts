/**
 * Bounded JSON reading for messages and request bodies, over the hardened reader of
 * @edustandaard/core (grammar, depth and duplicate keys checked in one pass before parsing), with
 * the tighter limits that suit OKE messages (a few kB each).
 */
import { readJson } from '@edustandaard/core';

/** Limits for {@link readJsonBounded}. */
export interface JsonLimits {
  /** Maximum size in bytes (default 5 MiB). */
  maxBytes?: number;
  /** Maximum nesting depth of arrays/objects (default 64; OKE payloads nest about 8 deep). */
  maxDepth?: number;
  /** Name of the input for error locations. */
  file?: string;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 64;

/**
 * Parses JSON text within limits; throws `E_JSON_TOO_LARGE`, `E_JSON_TOO_DEEP`, `E_JSON_MALFORMED`
 * (also invalid UTF-8 and duplicate keys) or `E_JSON_PRECISION`, located by line and column.
 * @param input - JSON text or its UTF-8 bytes (a BOM is ignored)
 * @param limits - size, depth and the input's name
 * @returns the parsed value
 */
export function readJsonBounded(input: string | Uint8Array, limits: JsonLimits = {}): unknown {
  return readJson(input, {
    maxBytes: limits.maxBytes ?? DEFAULT_MAX_BYTES,
    maxDepth: limits.maxDepth ?? DEFAULT_MAX_DEPTH,
    ...(limits.file ? { file: limits.file } : {}),
  });
}
