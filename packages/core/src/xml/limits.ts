import type { XmlLimits } from './types.js';

/** Default limits for untrusted XML (an OSO dossier is well under 1 MB and 10 levels deep). */
export const DEFAULT_XML_LIMITS: Required<XmlLimits> = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  maxDepth: 256,
  maxNodes: 1_000_000,
  maxAttributesPerElement: 256,
  maxUnknownElements: 10_000,
});

/**
 * Fills unset limits with {@link DEFAULT_XML_LIMITS}.
 * @param limits - caller limits (any subset)
 */
export function resolveLimits(limits: XmlLimits | undefined): Required<XmlLimits> {
  return { ...DEFAULT_XML_LIMITS, ...(limits ?? {}) };
}
