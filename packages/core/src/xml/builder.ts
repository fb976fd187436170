/**
 * The XML writer of core's browser build (issue #16: the browser validator writes the selective export
 * and the 2019.1 → 2024.1 migration). In Node, `encodeXml` writes with xmlbuilder2 (DESIGN.md §4);
 * xmlbuilder2 cannot run in a browser without Node's `events` and `url` (it carries a full DOM, a
 * YAML reader and a URL parser: ~85 KB gzip in a bundle), so the browser build (`platform.browser.ts`)
 * hands `encodeXml` this writer instead. It implements exactly the part of xmlbuilder2's builder that
 * `encode.ts` calls (`ele`, `att`, `txt`, `com`, `ins`, `end`) and serialises the way xmlbuilder2 4.x
 * does — the W3C DOM Parsing "XML serialization" algorithm with namespaces (prefix map, generated
 * `ns1` prefixes, `xmlns=""` for an element outside the default namespace) and xmlbuilder2's
 * XMLWriter pretty printing — so the same object gives the same bytes on both platforms
 * (`test/xml-builder.test.ts` compares both call by call and on 500 random documents, `test/browser.test.ts`
 * the whole codec, apps/docs' `test/browser-packages.test.ts` every official example).
 *
 * Like xmlbuilder2 (DOM `createElementNS`, `setAttribute`, `createProcessingInstruction`) it refuses a
 * name that is not an XML name and a processing instruction containing `?>`, with a plain `Error`
 * that `encodeXml` turns into `E_USAGE`. Character data is checked by `encodeXml` itself.
 */

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

// XML 1.0 (5th ed.) §2.3 NameStartChar / NameChar, as xmlbuilder2's DOM checks them.
const START =
  'A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D' +
  '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const MORE = '\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040';
// The classes hold U+200C/U+200D and combining marks as range ends on purpose (the production's ranges).
// eslint-disable-next-line no-misleading-character-class
const NAME = new RegExp(`^[${START}:][${START}:${MORE}]*$`, 'u');
// eslint-disable-next-line no-misleading-character-class
const QNAME = new RegExp(`^[${START}][${START}${MORE}]*(?::[${START}${MORE}]+)?$`, 'u');
/** `&` that does not start an entity or decimal character reference (xmlbuilder2's rule). */
const BARE_AMP = /&(?![A-Za-z]+;|#\d+;)/g;

interface Attr {
  ns: string | null;
  prefix: string | null;
  local: string;
  value: string;
}
interface Elem {
  kind: 'element';
  ns: string | null;
  prefix: string | null;
  local: string;
  attrs: Attr[];
  children: Child[];
  parent: Elem | null;
}
type Child =
  | Elem
  | { kind: 'text'; data: string }
  | { kind: 'comment'; data: string }
  | { kind: 'pi'; target: string; data: string };

/** Options of {@link XmlNode.end}: xmlbuilder2's `prettyPrint` and `indent`. */
export interface XmlEndOptions {
  prettyPrint?: boolean;
  indent?: string;
}

/** The part of xmlbuilder2's `XMLBuilder` that `encodeXml` uses. */
export interface XmlNode {
  /** A child element in `namespace` ('' or null: none), with attributes. */
  ele(namespace: string | null, name: string, attributes?: Record<string, string>): XmlNode;
  /** A child element in the namespace its prefix (or the default namespace) has here. */
  ele(name: string): XmlNode;
  /** An attribute in a namespace. */
  att(namespace: string | null, name: string, value: string): XmlNode;
  /** An attribute without a namespace (`xmlns:p` declares a prefix). */
  att(name: string, value: string): XmlNode;
  txt(text: string): XmlNode;
  com(text: string): XmlNode;
  ins(target: string, data?: string): XmlNode;
  /** The whole document as text. */
  end(options?: XmlEndOptions): string;
}

/** xmlbuilder2's `create({ version, encoding })` for the part `encodeXml` uses. */
export type XmlDocumentFactory = (options: { version: string; encoding?: string }) => XmlNode;

function split(qname: string): [string | null, string] {
  const i = qname.indexOf(':');
  return i < 0 ? [null, qname] : [qname.slice(0, i), qname.slice(i + 1)];
}

/** DOM "validate and extract" (createElementNS / setAttributeNS). */
function extract(ns: string | null, qname: string): [string | null, string | null, string] {
  if (!QNAME.test(qname)) throw new Error(`Invalid XML name: ${qname}`);
  const namespace = ns === '' ? null : ns;
  const [prefix, local] = split(qname);
  if (
    (prefix !== null && namespace === null) ||
    (prefix === 'xml' && namespace !== XML_NS) ||
    (qname === 'xmlns' || prefix === 'xmlns') !== (namespace === XMLNS_NS)
  )
    throw new Error(`Invalid namespace for ${qname}`);
  return [namespace, prefix, local];
}

/** DOM "locate a namespace" (lookupNamespaceURI). */
function locate(el: Elem | null, prefix: string | null): string | null {
  if (prefix === 'xml') return XML_NS;
  if (prefix === 'xmlns') return XMLNS_NS;
  for (let e = el; e; e = e.parent) {
    if (e.ns !== null && e.prefix === prefix) return e.ns;
    for (const a of e.attrs)
      if (
        a.ns === XMLNS_NS &&
        ((a.prefix === 'xmlns' && a.local === prefix) ||
          (prefix === null && a.prefix === null && a.local === 'xmlns'))
      )
        return a.value || null;
  }
  return null;
}

class Builder implements XmlNode {
  constructor(
    private readonly doc: Doc,
    private readonly el: Elem | null,
  ) {}

  ele(p1: string | null, p2?: string | Record<string, string>, p3?: Record<string, string>) {
    let ns: string | null;
    let qname: string;
    let attrs: Record<string, string> | undefined;
    if (typeof p2 === 'string') [ns, qname, attrs] = [p1, p2, p3];
    else {
      if (p1 === null) throw new Error('Element name cannot be null.');
      [qname, attrs] = [p1, p2];
      ns = locate(this.el, split(p1)[0]);
    }
    let el: Elem;
    // xmlbuilder2: createElement for no namespace (null), createElementNS for any string, '' included.
    if (ns === null) {
      if (!NAME.test(qname)) throw new Error(`Invalid XML name: ${qname}`);
      el = {
        kind: 'element',
        ns: null,
        prefix: null,
        local: qname,
        attrs: [],
        children: [],
        parent: this.el,
      };
    } else {
      const [n, prefix, local] = extract(ns, qname);
      el = { kind: 'element', ns: n, prefix, local, attrs: [], children: [], parent: this.el };
    }
    const list = this.el ? this.el.children : this.doc.children;
    if (!this.el && list.some((c) => c.kind === 'element'))
      throw new Error('A document has one root element.');
    list.push(el);
    const b = new Builder(this.doc, el);
    if (attrs) for (const [k, v] of Object.entries(attrs)) b.att(k, v);
    return b;
  }

  att(p1: string | null, p2: string, p3?: string) {
    const el = this.el;
    if (!el) throw new Error('An attribute can only be assigned to an element node.');
    let ns: string | null | undefined;
    let qname: string;
    let value: string;
    if (p3 !== undefined) [ns, qname, value] = [p1, p2, String(p3)];
    else [ns, qname, value] = [undefined, String(p1), String(p2)];
    const [prefix, local] = split(qname);
    if (prefix === 'xmlns') ns = XMLNS_NS;
    else if (prefix === null && local === 'xmlns')
      // xmlbuilder2 would move the element (and its subtree) into that namespace: encodeXml never asks.
      throw new Error('A default namespace declaration is not an attribute here.');
    if (ns === undefined) {
      if (!NAME.test(qname)) throw new Error(`Invalid XML name: ${qname}`);
      const old = el.attrs.find((a) => (a.prefix ? `${a.prefix}:${a.local}` : a.local) === qname);
      if (old) old.value = value;
      else el.attrs.push({ ns: null, prefix: null, local: qname, value });
    } else {
      const [n, p, l] = extract(ns, qname);
      const old = el.attrs.find((a) => a.ns === n && a.local === l);
      if (old) old.value = value;
      else el.attrs.push({ ns: n, prefix: p, local: l, value });
    }
    return this;
  }

  txt(text: string) {
    this.children().push({ kind: 'text', data: String(text) });
    return this;
  }

  com(text: string) {
    this.children().push({ kind: 'comment', data: String(text) });
    return this;
  }

  ins(target: string, data = '') {
    if (!NAME.test(target) || String(data).includes('?>'))
      throw new Error(`Invalid processing instruction: ${target}`);
    this.children().push({ kind: 'pi', target, data: String(data) });
    return this;
  }

  end(options: XmlEndOptions = {}): string {
    return serialize(this.doc, options.prettyPrint ?? false, options.indent ?? '  ');
  }

  private children(): Child[] {
    return this.el ? this.el.children : this.doc.children;
  }
}

interface Doc {
  version: string;
  encoding: string | undefined;
  children: Child[];
}

/** xmlbuilder2's `create({ version, encoding })`, for what `encodeXml` writes. */
export const createXmlDocument: XmlDocumentFactory = (options) =>
  new Builder({ version: options.version, encoding: options.encoding, children: [] }, null);

/** DOM Parsing "namespace prefix map": namespace → prefixes in the order they were bound. */
class PrefixMap {
  private readonly items = new Map<string | null, string[]>();
  copy(): PrefixMap {
    const m = new PrefixMap();
    for (const [k, v] of this.items) m.items.set(k, v.slice());
    return m;
  }
  /** "Retrieving a preferred prefix string": the preferred one if bound to ns, else the last one. */
  get(preferred: string | null, ns: string | null): string | null {
    const list = this.items.get(ns);
    if (!list) return null;
    let p: string | null = null;
    for (const x of list) {
      p = x;
      if (x === preferred) return x;
    }
    return p;
  }
  has(prefix: string | null, ns: string | null): boolean {
    return this.items.get(ns)?.includes(prefix as string) ?? false;
  }
  hasPrefix(prefix: string): boolean {
    for (const v of this.items.values()) if (v.includes(prefix)) return true;
    return false;
  }
  set(prefix: string, ns: string | null): void {
    const list = this.items.get(ns);
    if (list) list.push(prefix);
    else this.items.set(ns, [prefix]);
  }
}

const escText = (s: string): string =>
  s.replace(BARE_AMP, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string): string => escText(s).replace(/"/g, '&quot;');

function serialize(doc: Doc, pretty: boolean, indent: string): string {
  let out = '';
  const nl = pretty ? '\n' : '';
  /** xmlbuilder2's XMLWriter: a text-only (or empty) element is written on one line. */
  let suppress = false;
  const begin = (level: number): void => {
    if (pretty && !suppress) out += indent.repeat(level);
  };
  const endLine = (): void => {
    if (pretty && !suppress) out += nl;
  };
  const index = { value: 1 };
  const generate = (ns: string, map: PrefixMap): string => {
    const p = `ns${index.value++}`;
    map.set(p, ns);
    return p;
  };

  const node = (c: Child, inherited: string | null, map: PrefixMap, level: number): void => {
    switch (c.kind) {
      case 'element':
        element(c, inherited, map, level);
        return;
      case 'text':
        if (c.data !== '') {
          begin(level);
          out += escText(c.data);
          endLine();
        }
        return;
      case 'comment':
        begin(level);
        out += `<!--${c.data}-->`;
        endLine();
        return;
      case 'pi':
        begin(level);
        out += `<?${c.data === '' ? c.target : `${c.target} ${c.data}`}?>`;
        endLine();
    }
  };

  const element = (
    el: Elem,
    namespace: string | null,
    parentMap: PrefixMap,
    level: number,
  ): void => {
    const attrs: [string, string][] = [];
    const map = parentMap.copy();
    const localPrefixes = new Map<string, string>();
    // Record the namespace information (the element's own xmlns / xmlns:p attributes).
    let localDefault: string | null = null;
    for (const a of el.attrs) {
      if (a.ns !== XMLNS_NS) continue;
      if (a.prefix === null) {
        localDefault = a.value;
        continue;
      }
      const def = a.value === '' ? null : a.value;
      if (a.value === XML_NS || map.has(a.local, def)) continue;
      map.set(a.local, def);
      localPrefixes.set(a.local, def ?? '');
    }
    let inherited = namespace;
    let ignoreDefault = false;
    let qname: string;
    const ns = el.ns;
    if (inherited === ns) {
      if (localDefault !== null) ignoreDefault = true;
      qname = ns === XML_NS ? `xml:${el.local}` : el.local;
    } else {
      let prefix = el.prefix;
      const candidate = prefix !== null || ns !== localDefault ? map.get(prefix, ns) : null;
      if (candidate !== null) {
        qname = `${candidate}:${el.local}`;
        if (localDefault !== null && localDefault !== XML_NS) inherited = localDefault || null;
      } else if (prefix !== null) {
        if (localPrefixes.has(prefix)) prefix = generate(ns!, map);
        map.set(prefix, ns);
        qname = `${prefix}:${el.local}`;
        attrs.push([`xmlns:${prefix}`, escAttr(ns ?? '')]);
        if (localDefault !== null) inherited = localDefault || null;
      } else if (localDefault === null || localDefault !== ns) {
        ignoreDefault = true;
        qname = el.local;
        inherited = ns;
        attrs.push(['xmlns', escAttr(ns ?? '')]);
      } else {
        qname = el.local;
        inherited = ns;
      }
    }
    for (const a of el.attrs) {
      if (!ignoreDefault && a.ns === null) {
        attrs.push([a.local, escAttr(a.value)]);
        continue;
      }
      let candidate: string | null = null;
      if (a.ns !== null) {
        candidate = map.get(a.prefix, a.ns);
        if (a.ns === XMLNS_NS) {
          if (
            a.value === XML_NS ||
            (a.prefix === null && ignoreDefault) ||
            (a.prefix !== null &&
              localPrefixes.get(a.local) !== a.value &&
              map.has(a.local, a.value))
          )
            continue;
          if (a.prefix === 'xmlns') candidate = 'xmlns';
        } else if (candidate === null) {
          candidate =
            a.prefix !== null && (!map.hasPrefix(a.prefix) || map.has(a.prefix, a.ns))
              ? a.prefix
              : generate(a.ns, map);
          attrs.push([`xmlns:${candidate}`, escAttr(a.ns)]);
        }
      }
      attrs.push([candidate !== null ? `${candidate}:${a.local}` : a.local, escAttr(a.value)]);
    }

    begin(level);
    out += `<${qname}`;
    for (const [k, v] of attrs) out += ` ${k}="${v}"`;
    if (el.children.length === 0) {
      suppress = false;
      out += '/>';
      endLine();
      return;
    }
    let empty = false;
    suppress = false;
    if (pretty) {
      const textOnly = el.children.every((c) => c.kind === 'text');
      suppress = textOnly;
      empty = textOnly && el.children.every((c) => c.kind === 'text' && c.data === '');
    }
    out += empty ? '/>' : '>';
    endLine();
    for (const c of el.children) node(c, inherited, map, level + 1);
    if (!empty) {
      begin(level);
      out += `</${qname}>`;
    }
    suppress = false;
    endLine();
  };

  const map = new PrefixMap();
  map.set('xml', XML_NS);
  begin(0);
  out += `<?xml version="${doc.version}"${doc.encoding !== undefined ? ` encoding="${doc.encoding}"` : ''}?>`;
  endLine();
  for (const c of doc.children) node(c, null, map, 0);
  return pretty && out.endsWith(nl) ? out.slice(0, -nl.length) : out;
}
