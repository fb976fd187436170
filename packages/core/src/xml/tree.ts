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

/** C14N-style escaping of text (W3C Canonical XML 1.0 §2.3). */
function c14nText(s: string): string {
  return s.replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#xD;',
  );
}

/** C14N-style escaping of an attribute value. */
function c14nAttr(s: string): string {
  return s.replace(/[&<"\t\n\r]/g, (c) =>
    c === '&'
      ? '&amp;'
      : c === '<'
        ? '&lt;'
        : c === '"'
          ? '&quot;'
          : `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`,
  );
}

/**
 * A canonical text of a document, for byte comparison of documents that must be equivalent (round-trip
 * tests): as W3C Canonical XML 1.0 *with comments* (no XML declaration, attributes sorted, references
 * expanded, comments and processing instructions kept in place, also before and after the root), except
 * that names are written as `{namespace}local` without namespace declarations (prefixes are not
 * significant) and whitespace-only text beside elements is left out (indentation; XML 1.0 §2.10).
 * @param input - XML text or bytes
 * @param options - file name and limits
 * @throws EdustandaardError `E_XML_*`
 */
export function canonicalXml(input: XmlInput, options: SecureParseOptions = {}): string {
  // Per open element: its pieces, and whether it has element children (then blank text is indentation).
  const stack: Array<{ parts: string[]; hasElements: boolean; blank: number[] }> = [
    { parts: [], hasElements: true, blank: [] },
  ];
  const qname = (uri: string, local: string): string => (uri ? `{${uri}}${local}` : local);
  parseSecure(
    input,
    {
      open(tag) {
        stack[stack.length - 1]!.hasElements = true;
        const attrs = Object.values(tag.attributes)
          .filter((a) => a.prefix !== 'xmlns' && a.name !== 'xmlns')
          .map((a) => [qname(a.uri, a.local), a.value] as const)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, v]) => ` ${k}="${c14nAttr(v)}"`)
          .join('');
        stack.push({
          parts: [`<${qname(tag.uri, tag.local)}${attrs}>`],
          hasElements: false,
          blank: [],
        });
      },
      text(t) {
        const top = stack[stack.length - 1]!;
        if (stack.length === 1) return; // outside the root only whitespace can occur
        if (t.trim() === '') top.blank.push(top.parts.length);
        top.parts.push(c14nText(t));
      },
      misc(m) {
        const top = stack[stack.length - 1]!;
        top.parts.push(
          m.comment !== undefined
            ? `<!--${m.comment}-->`
            : `<?${m.pi.target}${m.pi.data ? ` ${m.pi.data}` : ''}?>`,
        );
        if (stack.length === 1) top.parts.push('\n');
      },
      close(tag) {
        const top = stack.pop()!;
        if (top.hasElements) for (const i of top.blank) top.parts[i] = '';
        const parent = stack[stack.length - 1]!;
        parent.parts.push(`${top.parts.join('')}</${qname(tag.uri, tag.local)}>`);
        if (stack.length === 1) parent.parts.push('\n');
      },
    },
    options,
  );
  return stack[0]!.parts.join('');
}
