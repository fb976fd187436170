/**
 * Plain object → XML with xmlbuilder2, in XSD sequence order and the schema's default namespace
 * (DESIGN.md §4: "written faithfully"). Elements kept under `$unknown` are written back where they
 * were read (after the named sibling); `$attributes` are written back as they were. The browser build
 * writes with `builder.ts` (the same calls, the same bytes; see `platform.browser.ts`).
 */
import { EdustandaardError } from '../errors.js';
import { xmlbuilder } from './platform.js';
import type { XmlNode as XMLBuilder } from './builder.js';
import type { CComplex, CElement, CompiledSchema } from './compile.js';
import type { MiscEntry, RawElement, UnknownEntry } from './types.js';
import { lexicalEntry, recordedLexical, RESERVED_MEMBERS } from './lexical.js';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Options of {@link encodeXml}. */
export interface EncodeOptions {
  /** Indent with two spaces (default true). */
  pretty?: boolean;
}

/**
 * Encodes a decoded (or hand-built) object as an XML document.
 * @param schema - the compiled schema
 * @param root - name of the root element (a global element of the schema)
 * @param value - the root element's content
 * @param options - formatting
 * @throws EdustandaardError `E_USAGE` when a value has a JS type that cannot be written (with its path)
 */
export function encodeXml(
  schema: CompiledSchema,
  root: string,
  value: unknown,
  options: EncodeOptions = {},
): string {
  const rootEl = schema.roots.get(root);
  if (!rootEl) throw new EdustandaardError('E_USAGE', `Onbekend root-element '${root}'.`);
  const doc = xmlbuilder()({ version: '1.0', encoding: 'UTF-8' });
  const st: WriteState = { mixed: false };
  try {
    const misc = miscOf(value);
    for (const m of misc) if (m.at === 'prolog') writeMisc(doc, m);
    const node = doc.ele(schema.namespace, root);
    writeElementContent(st, node, rootEl, value, `/${root}`, undefined, true);
    for (const m of misc) if (m.at === 'epilog') writeMisc(doc, m);
    // Indentation would change mixed content (text beside a comment or kept text): then none at all.
    return doc.end({ prettyPrint: (options.pretty ?? true) && !st.mixed, indent: '  ' });
  } catch (e) {
    if (e instanceof EdustandaardError) throw e;
    // xmlbuilder2 refuses what is no XML (a name with a space, a control character): a usage error
    // (the value came from the caller), without echoing it.
    throw new EdustandaardError(
      'E_USAGE',
      'Het dossier bevat een naam of waarde die niet als XML kan worden geschreven.',
      undefined,
      { cause: e },
    );
  }
}

/**
 * xmlbuilder2 leaves an `&` unescaped when it already looks like a reference (`&amp;`, `&#65;`,
 * `&foo;`), so a value `A&amp;B` would be written as-is and read back as `A&B` (issue #17, item 2).
 * Escaping every `&` first makes the written text always mean exactly the value we were given:
 * our `&amp;` is then itself "already a reference" and xmlbuilder2 passes it through; `<`, `>` and
 * quotes are still escaped by xmlbuilder2.
 */
function amp(value: string): string {
  checkChars(value);
  return value.includes('&') ? value.replaceAll('&', '&amp;') : value;
}

/** A character outside XML 1.0 §2.2 `Char` (control characters, a lone surrogate, U+FFFE/FFFF). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Text that no XML document can hold is refused, not written: xmlbuilder2 does not check character
 * data (it would write a U+0001 as is, giving a file no parser reads). Without echoing the value.
 */
function checkChars(value: string): void {
  if (NOT_XML_CHAR.test(value))
    throw new EdustandaardError(
      'E_USAGE',
      'Het dossier bevat een teken dat niet in XML kan voorkomen (een stuurteken of een losse surrogaat).',
    );
}

/**
 * An attribute name from the caller's object. Namespace declarations are the writer's job (a
 * `xmlns` member would move the element into another namespace in xmlbuilder2), and xmlbuilder2 reads
 * `naam@uri` as "naam in namespace uri": both refused instead of silently changing the document.
 */
function attName(name: string): string {
  if (name === 'xmlns' || name.startsWith('xmlns:') || name.includes('@'))
    throw new EdustandaardError(
      'E_USAGE',
      `Het attribuut '${name}' kan niet als XML worden geschreven: namespace-declaraties schrijft de writer zelf.`,
    );
  return name;
}

/** The `$misc` list of an object, or an empty list. */
function miscOf(o: unknown): readonly MiscEntry[] {
  const m = o !== null && typeof o === 'object' ? (o as { $misc?: unknown }).$misc : undefined;
  if (m === undefined) return [];
  if (!Array.isArray(m) || m.some((e) => e === null || typeof e !== 'object'))
    throw shapeError('$misc', 'een lijst van { comment } of { pi }');
  return m as MiscEntry[];
}

/** A comment or processing instruction; text that cannot be written as one is refused, not altered. */
function writeMisc(node: XMLBuilder, m: MiscEntry): void {
  if (typeof m.comment === 'string') {
    checkChars(m.comment);
    if (m.comment.includes('--') || m.comment.endsWith('-'))
      throw new EdustandaardError(
        'E_USAGE',
        'Een commentaar mag geen "--" bevatten of op "-" eindigen.',
      );
    node.com(m.comment);
  } else if (m.pi && typeof m.pi.target === 'string' && typeof m.pi.data === 'string') {
    checkChars(m.pi.data);
    if (!/^[^\s?]+$/.test(m.pi.target) || /^xml$/i.test(m.pi.target) || m.pi.data.includes('?>'))
      throw new EdustandaardError('E_USAGE', 'Een processing instruction mag geen "?>" bevatten.');
    node.ins(m.pi.target, m.pi.data);
  }
}

/** What a write found out on the way. */
interface WriteState {
  /** Mixed content was written (text beside a comment, PI or element). */
  mixed: boolean;
}

function writeElementContent(
  st: WriteState,
  node: XMLBuilder,
  el: CElement,
  value: unknown,
  path: string,
  recorded: unknown,
  isRoot = false,
  inside?: readonly MiscEntry[],
): void {
  const t = el.type;
  if (t.kind === 'simple' || (t.kind === 'complex' && t.simpleContent)) {
    let v = value;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      for (const k in o) {
        if (RESERVED_MEMBERS.has(k)) continue;
        node.att(attName(k), amp(String(o[k])));
      }
      writeAttributes(node, o.$attributes);
      v = o.$value;
      if (v !== undefined) node.txt(amp(lexical(el, v, path, lexicalEntry(o.$lexical, '$value'))));
      const own = miscOf(o);
      if (own.length > 0 || inside || o.$unknown) st.mixed = true;
      for (const m of own) writeMisc(node, m);
      if (inside) for (const m of inside) writeMisc(node, m);
      writeUnknown(node, unknownOf(o), null);
      return;
    }
    node.txt(amp(lexical(el, v, path, recorded)));
    if (inside) {
      st.mixed = true;
      for (const m of inside) writeMisc(node, m);
    }
    return;
  }
  const ct = t as CComplex;
  if (ct.groupArray) {
    if (!Array.isArray(value)) throw typeError(path, 'een lijst van groepen');
    // The element's own extra attributes are kept on the first group (README "Decoded model").
    writeAttributes(node, (value[0] as { $attributes?: unknown } | undefined)?.$attributes);
    for (const g of value) writeChildren(st, node, ct, g as Record<string, unknown>, path);
    for (const m of miscOf(value)) writeMisc(node, m);
    writeUnknown(node, (value as unknown as { $unknown?: UnknownEntry[] }).$unknown, undefined);
    return;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw typeError(path, 'een object');
  const o = value as Record<string, unknown>;
  if (
    isRoot &&
    o.$attributes &&
    Object.keys(o.$attributes as object).some((k) => k.startsWith('xsi:'))
  ) {
    node.att(XMLNS, 'xmlns:xsi', XSI);
  }
  writeAttributes(node, o.$attributes);
  writeChildren(st, node, ct, o, path);
}

function writeChildren(
  st: WriteState,
  node: XMLBuilder,
  ct: CComplex,
  o: Record<string, unknown>,
  path: string,
): void {
  const unknown = unknownOf(o);
  if (unknown?.some((u) => typeof u.xml === 'string')) st.mixed = true;
  const misc = miscOf(o).filter((m) => m.at === undefined);
  const lex = o.$lexical;
  writeExtras(node, unknown, misc, null, Infinity);
  const done = new Set<string>();
  for (const leaf of ct.leaves) {
    if (done.has(leaf.name)) continue;
    done.add(leaf.name);
    const v = o[leaf.name];
    if (v === undefined) {
      writeExtras(node, unknown, misc, leaf.name, Infinity);
      continue;
    }
    const el = ct.childByName.get(leaf.name)!;
    const inside = (n: number | undefined, last: boolean): MiscEntry[] | undefined => {
      if (misc.length === 0) return undefined;
      const r = misc.filter(
        (m) => m.inside && m.after === el.name && (m.n === n || (last && (m.n ?? 0) > (n ?? 0))),
      );
      return r.length > 0 ? r : undefined;
    };
    if (Array.isArray(v) && (el.repeated || !(el.type.kind === 'complex' && el.type.groupArray))) {
      v.forEach((item, i) => {
        const p = `${path}/${el.name}[${i + 1}]`;
        const last = i === v.length - 1;
        writeElementContent(
          st,
          node.ele(el.name),
          el,
          item,
          p,
          lexicalEntry(lex, el.name, i),
          false,
          inside(i + 1, last),
        );
        // Comments between occurrences stay between them.
        if (!last)
          for (const m of misc)
            if (!m.inside && m.after === el.name && m.n === i + 1) writeMisc(node, m);
      });
      writeExtras(node, unknown, misc, leaf.name, v.length);
    } else {
      writeElementContent(
        st,
        node.ele(el.name),
        el,
        v,
        `${path}/${el.name}`,
        lexicalEntry(lex, el.name),
        false,
        inside(undefined, true),
      );
      writeExtras(node, unknown, misc, leaf.name, Infinity);
    }
  }
  // Kept after an element this version does not have (e.g. dropped by a migration): at the end, not lost.
  const orphans = new Set<string>();
  for (const x of [...(unknown ?? []), ...misc])
    if (x.after !== null && !ct.childByName.has(x.after)) orphans.add(x.after);
  for (const name of orphans) writeExtras(node, unknown, misc, name, Infinity);
}

/**
 * Elements kept under `$unknown` and comments/PIs kept under `$misc` that follow sibling `after`, in
 * the order they were read; `count` occurrences of `after` were written (comments after an earlier
 * occurrence were written already).
 */
function writeExtras(
  node: XMLBuilder,
  unknown: UnknownEntry[] | undefined,
  misc: readonly MiscEntry[],
  after: string | null,
  count: number,
): void {
  const here =
    misc.length === 0
      ? misc
      : misc.filter(
          (m) =>
            !m.inside &&
            m.after === after &&
            (m.n === undefined || m.n >= count || count === Infinity),
        );
  if (here.length === 0) {
    writeUnknown(node, unknown, after);
    return;
  }
  let j = 0;
  const flush = (upTo: number): void => {
    for (const m of here) if ((m.u ?? 0) === upTo) writeMisc(node, m);
  };
  flush(0);
  if (unknown) {
    for (const u of unknown) {
      if (u.after !== after) continue;
      if (typeof u.xml === 'string') node.txt(amp(u.xml));
      else writeRaw(node, u.xml);
      j++;
      flush(j);
    }
  }
  for (const m of here) if ((m.u ?? 0) > j) writeMisc(node, m);
}

function writeAttributes(node: XMLBuilder, attrs: unknown): void {
  if (attrs === undefined) return;
  if (attrs === null || typeof attrs !== 'object' || Array.isArray(attrs))
    throw shapeError('$attributes', 'een object met tekstwaarden');
  const entries = Object.entries(attrs as Record<string, unknown>);
  for (const [k, v] of entries) {
    if (typeof v !== 'string') throw shapeError(`$attributes.${k}`, 'tekst');
    // A binding is kept only beside an attribute with its prefix; alone it would be written nowhere.
    if (k.startsWith('xmlns:') && !entries.some(([a]) => a.startsWith(`${k.slice(6)}:`)))
      attName(k);
  }
  writePrefixed(node, entries as Array<[string, string]>, undefined);
}

/**
 * Writes kept attributes. A prefixed attribute `p:x` is written in the namespace its binding
 * `xmlns:p` (kept beside it by the reader, issue #10 item 6) names, declared on this element; `xsi:`
 * without a binding is XSI, `xml:` is XML's own. A binding is accepted only for the prefix of an
 * attribute in the same map (it can never reach known content, which is unprefixed: a default
 * `xmlns` stays refused), and a prefixed attribute without one is refused instead of written unbound.
 * @param own - the prefix and namespace of the element itself (a raw element), if any
 */
function writePrefixed(
  node: XMLBuilder,
  entries: ReadonlyArray<[string, string]>,
  own: [string, string] | undefined,
): void {
  const bound = new Map<string, string>();
  const used = new Set<string>();
  for (const [k] of entries) {
    const i = k.indexOf(':');
    if (i > 0 && !k.startsWith('xmlns:')) used.add(k.slice(0, i));
  }
  for (const [k, v] of entries) {
    if (!k.startsWith('xmlns:')) continue;
    const p = k.slice(6);
    if (!used.has(p)) continue; // a binding no kept attribute uses (a raw element's own): the writer's job
    if (p === 'xml' || p === 'xmlns' || v === '' || v === XMLNS || v === XML_NS)
      throw new EdustandaardError(
        'E_USAGE',
        `De namespace-declaratie '${k}' kan niet als XML worden geschreven.`,
      );
    bound.set(p, v);
    node.att(XMLNS, k, v);
  }
  for (const [k, v] of entries) {
    if (k.startsWith('xmlns:')) continue;
    const i = k.indexOf(':');
    const p = i > 0 ? k.slice(0, i) : '';
    const ns =
      p === ''
        ? undefined
        : (bound.get(p) ??
          (p === 'xsi' ? XSI : p === 'xml' ? XML_NS : own && own[0] === p ? own[1] : undefined));
    if (p !== '' && ns === undefined)
      throw new EdustandaardError(
        'E_USAGE',
        `Het attribuut '${k}' kan niet als XML worden geschreven: de prefix '${p}' heeft geen namespace (verwacht 'xmlns:${p}' ernaast).`,
      );
    if (ns === undefined || ns === XML_NS) node.att(attName(k), amp(v));
    else node.att(ns, attName(k), amp(v));
  }
}

/** A `$`-member (from JSON) that is not what the reader writes there: refused, never guessed at. */
function shapeError(member: string, expected: string): EdustandaardError {
  return new EdustandaardError(
    'E_USAGE',
    `Het onderdeel ${member} kan niet als XML worden geschreven: verwacht ${expected}.`,
  );
}

function writeUnknown(
  node: XMLBuilder,
  unknown: UnknownEntry[] | undefined,
  after: string | null | undefined,
): void {
  if (!unknown) return;
  for (const u of unknown) {
    if (after !== undefined && u.after !== after) continue;
    if (typeof u.xml === 'string') node.txt(amp(u.xml));
    else writeRaw(node, u.xml);
  }
}

/** Checks the shape of `$unknown` (from JSON it can be anything). */
function unknownOf(o: Record<string, unknown>): UnknownEntry[] | undefined {
  const u = o.$unknown;
  if (u === undefined) return undefined;
  if (!Array.isArray(u)) throw shapeError('$unknown', 'een lijst');
  for (const e of u as unknown[]) {
    const x = (e as { xml?: unknown } | null)?.xml;
    const after = (e as { after?: unknown } | null)?.after;
    if (e === null || typeof e !== 'object' || (after !== null && typeof after !== 'string'))
      throw shapeError('$unknown', '{ after, xml }');
    if (typeof x !== 'string') checkRaw(x);
  }
  return u as UnknownEntry[];
}

function checkRaw(x: unknown): void {
  const r = x as RawElement | null;
  if (
    r === null ||
    typeof r !== 'object' ||
    typeof r.name !== 'string' ||
    typeof r.ns !== 'string' ||
    r.attributes === null ||
    typeof r.attributes !== 'object' ||
    !Array.isArray(r.children) ||
    Object.values(r.attributes).some((v) => typeof v !== 'string')
  )
    throw shapeError('$unknown', '{ ns, name, attributes, children }');
  for (const c of r.children) if (typeof c !== 'string') checkRaw(c);
}

function writeRaw(node: XMLBuilder, r: RawElement): void {
  const child = node.ele(r.ns, r.name);
  const i = r.name.indexOf(':');
  writePrefixed(
    child,
    Object.entries(r.attributes).filter(([k]) => k !== 'xmlns'),
    i > 0 ? [r.name.slice(0, i), r.ns] : undefined,
  );
  for (const c of r.children) {
    if (typeof c === 'string') child.txt(amp(c));
    else writeRaw(child, c);
  }
}

function lexical(el: CElement, v: unknown, path: string, recorded: unknown): string {
  const t = el.type;
  const s = t.kind === 'simple' ? t.simple : (t as CComplex).simpleContent!;
  if (recorded !== undefined) {
    const r = recordedLexical(s, v, recorded);
    if (r !== undefined) return r;
  }
  const lex = s.toLexical(v);
  if (lex !== undefined) return lex;
  // Values that failed validation on read are kept as their lexical string: write them back unchanged.
  if (typeof v === 'string') return v;
  throw typeError(
    path,
    s.def.base === 'boolean'
      ? 'true of false'
      : s.def.base === 'string'
        ? 'tekst'
        : `een waarde van type ${s.def.base}`,
  );
}

function typeError(path: string, expected: string): EdustandaardError {
  return new EdustandaardError(
    'E_USAGE',
    `De waarde op ${path} kan niet als XML worden geschreven: verwacht ${expected}.`,
    { path },
  );
}
