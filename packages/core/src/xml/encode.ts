/**
 * Plain object → XML with xmlbuilder2, in XSD sequence order and the schema's default namespace
 * (DESIGN.md §4: "written faithfully"). Elements kept under `$unknown` are written back where they
 * were read (after the named sibling); `$attributes` are written back as they were.
 */
import { createRequire } from 'node:module';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { EdustandaardError } from '../errors.js';
import type { CComplex, CElement, CompiledSchema } from './compile.js';
import type { RawElement, UnknownEntry } from './types.js';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

type Create = typeof import('xmlbuilder2').create;
let createFn: Create | undefined;
/** xmlbuilder2 (CommonJS, ~0.1–0.3 s to load) is loaded on the first write, not on import of core. */
function xmlbuilder(): Create {
  return (createFn ??= (createRequire(import.meta.url)('xmlbuilder2') as { create: Create })
    .create);
}
const XMLNS = 'http://www.w3.org/2000/xmlns/';

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
  const node = doc.ele(schema.namespace, root);
  writeElementContent(node, rootEl, value, `/${root}`, true);
  return doc.end({ prettyPrint: options.pretty ?? true, indent: '  ' });
}

/**
 * xmlbuilder2 leaves an `&` unescaped when it already looks like a reference (`&amp;`, `&#65;`,
 * `&foo;`), so a value `A&amp;B` would be written as-is and read back as `A&B` (issue #17, item 2).
 * Escaping every `&` first makes the written text always mean exactly the value we were given:
 * our `&amp;` is then itself "already a reference" and xmlbuilder2 passes it through; `<`, `>` and
 * quotes are still escaped by xmlbuilder2.
 */
function amp(value: string): string {
  return value.includes('&') ? value.replaceAll('&', '&amp;') : value;
}

function writeElementContent(
  node: XMLBuilder,
  el: CElement,
  value: unknown,
  path: string,
  isRoot = false,
): void {
  const t = el.type;
  if (t.kind === 'simple' || (t.kind === 'complex' && t.simpleContent)) {
    let v = value;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      for (const k in o) {
        if (k === '$value' || k === '$unknown' || k === '$attributes') continue;
        node.att(k, amp(String(o[k])));
      }
      writeAttributes(node, o.$attributes);
      v = o.$value;
      if (v !== undefined) node.txt(amp(lexical(el, v, path)));
      writeUnknown(node, o.$unknown as UnknownEntry[] | undefined, null);
      return;
    }
    node.txt(amp(lexical(el, v, path)));
    return;
  }
  const ct = t as CComplex;
  if (ct.groupArray) {
    if (!Array.isArray(value)) throw typeError(path, 'een lijst van groepen');
    for (const g of value) writeChildren(node, ct, g as Record<string, unknown>, path);
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
  writeChildren(node, ct, o, path);
}

function writeChildren(
  node: XMLBuilder,
  ct: CComplex,
  o: Record<string, unknown>,
  path: string,
): void {
  const unknown = o.$unknown as UnknownEntry[] | undefined;
  writeUnknown(node, unknown, null);
  const done = new Set<string>();
  for (const leaf of ct.leaves) {
    if (done.has(leaf.name)) continue;
    done.add(leaf.name);
    const v = o[leaf.name];
    if (v === undefined) {
      writeUnknown(node, unknown, leaf.name);
      continue;
    }
    const el = ct.childByName.get(leaf.name)!;
    if (Array.isArray(v) && (el.repeated || !(el.type.kind === 'complex' && el.type.groupArray))) {
      v.forEach((item, i) => {
        const p = `${path}/${el.name}[${i + 1}]`;
        writeElementContent(node.ele(el.name), el, item, p);
      });
    } else {
      writeElementContent(node.ele(el.name), el, v, `${path}/${el.name}`);
    }
    writeUnknown(node, unknown, leaf.name);
  }
}

function writeAttributes(node: XMLBuilder, attrs: unknown): void {
  if (!attrs || typeof attrs !== 'object') return;
  for (const [k, v] of Object.entries(attrs as Record<string, string>)) {
    if (k.startsWith('xsi:')) node.att(XSI, k, amp(v));
    else node.att(k, amp(v));
  }
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

function writeRaw(node: XMLBuilder, r: RawElement): void {
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.attributes))
    if (k !== 'xmlns' && !k.startsWith('xmlns:')) attrs[k] = amp(v);
  const child = node.ele(r.ns, r.name, attrs);
  for (const c of r.children) {
    if (typeof c === 'string') child.txt(amp(c));
    else writeRaw(child, c);
  }
}

function lexical(el: CElement, v: unknown, path: string): string {
  const t = el.type;
  const s = t.kind === 'simple' ? t.simple : (t as CComplex).simpleContent!;
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
