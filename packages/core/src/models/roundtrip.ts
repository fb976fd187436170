/**
 * Round trip of a whole document through every derivation that runs (issue #18 "Done when":
 * domain → central → domain equal for every derivation marked reversible). Walks the document;
 * wherever an anchor of the derivation data matches, the object goes through its mapping to the
 * central form and back, and the reversible part must come back equal.
 */
import { matchPath, type DerivationData } from './coverage.js';
import { fromCentral, reversiblePart, toCentral } from './mapping.js';

/** A reversible part that did not come back equal. */
export interface RoundTripMismatch {
  /** Element path of the object (list indices left out). */
  path: string;
  /** The mapping id. */
  mapping: string;
  expected: unknown;
  actual: unknown;
}

/** The outcome of {@link roundTrip}. */
export interface RoundTripResult {
  /** How many objects went through a mapping. */
  checked: number;
  mismatches: RoundTripMismatch[];
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * Sends every object of a document that an anchor matches through its mapping and back.
 * @param data - the derivation data (anchors are what runs)
 * @param document - a decoded domain document (e.g. an OSO dossier)
 * @param base - the element path of `document` (e.g. `/dossier`)
 */
export function roundTrip(data: DerivationData, document: unknown, base: string): RoundTripResult {
  const out: RoundTripResult = { checked: 0, mismatches: [] };
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, path);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const a of data.anchors) {
      if (!matchPath(a.at, path)) continue;
      out.checked++;
      const central = toCentral(a.mapping, node).value;
      const expected = reversiblePart(a.mapping, node);
      const actual = reversiblePart(a.mapping, fromCentral(a.mapping, central).value);
      if (!equal(expected, actual))
        out.mismatches.push({ path, mapping: a.mapping.id, expected, actual });
    }
    for (const [k, v] of Object.entries(node)) if (!k.startsWith('$')) visit(v, `${path}/${k}`);
  };
  visit(document, base);
  return out;
}
