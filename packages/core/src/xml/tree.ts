/**
 * A generic, secure XML → element tree reader (same protections as every reader here). Used for
 * canonical comparison of documents (round-trip tests) and for tools that need the raw structure.
 */
import { parseSecure, type SecureParseOptions } from './sax.js';
import type { XmlInput } from './input.js';
import type { RawElement } from './types.js';

/**
 * Reads XML into a {@link RawElement} tree (comments and processing instructions dropped).
 * @param input - XML text or bytes
 * @param options - file name and limits
 * @throws EdustandaardError `E_XML_*`
 */
export function parseXmlTree(input: XmlInput, options: SecureParseOptions = {}): RawElement {
  const stack: RawElement[] = [];
  let root: RawElement | undefined;
  parseSecure(
    input,
    {
      open(tag) {
        const attributes: Record<string, string> = {};
        for (const q in tag.attributes) attributes[q] = tag.attributes[q]!.value;
        const el: RawElement = { ns: tag.uri, name: tag.local, attributes, children: [] };
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(el);
        else root = el;
        stack.push(el);
      },
      text(t) {
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(t);
      },
      close() {
        stack.pop();
      },
    },
    options,
  );
  return root!;
}

/** A canonical, comparable form of an element: namespace-qualified names, sorted attributes without
 * namespace declarations, text trimmed, whitespace-only text between elements removed. */
export interface CanonicalElement {
  name: string;
  attributes: Array<[string, string]>;
  text?: string;
  children: CanonicalElement[];
}

/**
 * Canonicalises a tree for equivalence checks ("same elements, order, attributes and values;
 * insignificant whitespace aside").
 * @param el - the tree
 * @param normalizeText - optional value normaliser per element (e.g. typed comparison of `1` and `true`)
 */
export function canonicalize(
  el: RawElement,
  normalizeText?: (path: string, text: string) => string,
  path = `/${el.name}`,
): CanonicalElement {
  const attributes = Object.entries(el.attributes)
    .filter(([k]) => k !== 'xmlns' && !k.startsWith('xmlns:'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const children: CanonicalElement[] = [];
  let text = '';
  const counts = new Map<string, number>();
  for (const c of el.children) {
    if (typeof c === 'string') text += c;
    else {
      const n = (counts.get(c.name) ?? 0) + 1;
      counts.set(c.name, n);
      children.push(canonicalize(c, normalizeText, `${path}/${c.name}[${n}]`));
    }
  }
  const out: CanonicalElement = {
    name: el.ns ? `{${el.ns}}${el.name}` : el.name,
    attributes,
    children,
  };
  const t = children.length > 0 ? text.trim() : text;
  if (t !== '' || children.length === 0) out.text = normalizeText ? normalizeText(path, t) : t;
  return out;
}
