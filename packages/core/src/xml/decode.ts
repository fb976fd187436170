/**
 * Schema-driven, single-pass XML → plain object decoding with XSD-equivalent validation.
 *
 * Model (documented in README "Decoded model"): element local names as keys in sequence order;
 * `maxOccurs > 1` → array; absent optional → missing key; booleans and integers typed, decimals and
 * dates as their lexical string; simple content with attributes → `{ $value, <attr>: … }`; a
 * repeating top-level sequence → array of group objects. Nothing is dropped: elements outside the
 * schema are kept under `$unknown` (with the preceding sibling's name) and reported, invalid values
 * keep their lexical form and are reported.
 */
import type { Finding } from '../report.js';
import { EdustandaardError } from '../errors.js';
import type { CComplex, CElement, CompiledSchema, CType } from './compile.js';
import { matchContent } from './content.js';
import { structuralFinding, type FindingContext } from './findings.js';
import { parseSecure, type XmlTag } from './sax.js';
import type { XmlInput } from './input.js';
import type { RawElement, UnknownEntry, XmlLimits } from './types.js';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** Options of {@link decodeXml}. */
export interface DecodeOptions {
  /** File name for error locations. */
  file?: string;
  limits?: XmlLimits;
  /** Code prefix and source of structural findings. Default prefix `XSD`. */
  findings?: FindingContext;
  /** Allowed root element names (default: every global element of the schema). */
  roots?: readonly string[];
}

/** Result of {@link decodeXml}. */
export interface DecodeResult<T = Record<string, unknown>> {
  /** The schema used (from the resolver, when one was given). */
  schema: CompiledSchema;
  /** Local name of the root element. */
  root: string;
  /** The root element's content. */
  value: T;
  /** Structural findings (XSD-equivalent), in document order of the element they concern. */
  issues: Finding[];
}

/** Picks the schema from the root element (e.g. by namespace → version). May throw an EdustandaardError. */
export type SchemaResolver = (namespace: string, local: string) => CompiledSchema;

interface Frame {
  el: CElement;
  type: CType;
  parent: Frame | null;
  /** 1-based occurrence index shown in the path, 0 for none. */
  index: number;
  /** The concrete path, built only when a finding needs it. */
  path: string | undefined;
  /** complex: the object receiving children (current group object in group-array mode) */
  obj: Record<string, unknown> | null;
  groups: Array<Record<string, unknown>> | null;
  lastTop: number;
  names: string[];
  childIdx: number[];
  counts: number[] | null;
  lastKnown: string | null;
  text: string;
  attrs: Record<string, string> | null;
  extraAttrs: Record<string, string> | null;
  unknown: UnknownEntry[] | null;
}

/**
 * Decodes and validates untrusted XML against a compiled schema in one pass.
 * @param input - XML text or UTF-8 bytes
 * @param schema - a compiled schema, or a resolver choosing one from the root element
 * @param options - file name, limits, finding prefix, allowed roots
 * @throws EdustandaardError for unreadable input: `E_XML_MALFORMED`, `E_XML_DTD`, `E_XML_ENTITY`,
 *   `E_XML_TOO_LARGE`, `E_XML_TOO_DEEP`, `E_XML_TOO_MANY_NODES`, `E_XML_ENCODING`, `E_XML_NAMESPACE`, `E_XML_ROOT`
 */
export function decodeXml<T = Record<string, unknown>>(
  input: XmlInput,
  schema: CompiledSchema | SchemaResolver,
  options: DecodeOptions = {},
): DecodeResult<T> {
  const fctx: FindingContext = options.findings ?? { prefix: 'XSD' };
  const issues: Finding[] = [];
  const stack: Frame[] = [];
  let compiled: CompiledSchema | undefined = typeof schema === 'function' ? undefined : schema;
  let rootName = '';
  let rootValue: unknown;
  // Raw capture of an element outside the schema.
  const raw: RawElement[] = [];
  let rawRootPath = '';

  const find = (
    kind: string,
    path: string,
    message: string,
    params?: Record<string, unknown>,
  ): void => {
    issues.push(structuralFinding(fctx, kind, path, message, params));
  };

  const location = (line?: number, column?: number) => ({ file: options.file, line, column });

  const newFrame = (el: CElement, parent: Frame | null, index: number): Frame => {
    const t = el.type;
    const complex = t.kind === 'complex' && t.simpleContent === undefined;
    const groupArray = complex && (t as CComplex).groupArray;
    return {
      el,
      type: t,
      parent,
      index,
      path: parent === null ? `/${el.name}` : undefined,
      obj: complex && !groupArray ? {} : null,
      groups: groupArray ? [] : null,
      lastTop: -1,
      names: complex ? [] : (EMPTY as string[]),
      childIdx: complex ? [] : (EMPTY as unknown as number[]),
      counts: null,
      lastKnown: null,
      text: '',
      attrs: null,
      extraAttrs: null,
      unknown: null,
    };
  };

  const pathOf = (f: Frame): string => {
    if (f.path !== undefined) return f.path;
    const p = `${pathOf(f.parent!)}/${f.el.name}${f.index ? `[${f.index}]` : ''}`;
    f.path = p;
    return p;
  };

  const handleAttributes = (frame: Frame, tag: XmlTag): void => {
    const attrs = tag.attributes;
    const t = frame.type;
    const declared = t.kind === 'complex' && t.attributes.size > 0;
    let any = false;
    for (const _q in attrs) {
      any = true;
      break;
    }
    if (!any && !declared) return;
    for (const q in attrs) {
      const a = attrs[q]!;
      if (a.prefix === 'xmlns' || q === 'xmlns') continue;
      const decl = t.kind === 'complex' && a.uri === '' ? t.attributes.get(a.local) : undefined;
      if (decl) {
        (frame.attrs ??= {})[a.local] = a.value;
        const p = decl.type.check(a.value);
        if (p)
          find(p.code, `${pathOf(frame)}/@${a.local}`, `Attribuut '${a.local}': ${p.message}`, {
            attribute: a.local,
            ...p.params,
          });
        continue;
      }
      (frame.extraAttrs ??= {})[q] = a.value;
      // Only xsi:schemaLocation / xsi:noNamespaceSchemaLocation are neutral (XSD Part 1 §3.4.4); xsi:nil
      // and xsi:type change validation and are reported like any undeclared attribute.
      if (
        a.uri !== XSI ||
        (a.local !== 'schemaLocation' && a.local !== 'noNamespaceSchemaLocation')
      ) {
        find(
          'attribute',
          `${pathOf(frame)}/@${a.local}`,
          `Attribuut '${a.local}' is niet toegestaan volgens de gegevensset.`,
          { attribute: q },
        );
      }
    }
    if (declared) {
      for (const d of (t as CComplex).attributes.values()) {
        if (d.required && !(frame.attrs && d.name in frame.attrs)) {
          find(
            'attribute',
            `${pathOf(frame)}/@${d.name}`,
            `Het verplichte attribuut '${d.name}' ontbreekt.`,
            { attribute: d.name },
          );
        }
      }
    }
  };

  const rawFromTag = (tag: XmlTag): RawElement => {
    const attributes: Record<string, string> = {};
    for (const q in tag.attributes) attributes[q] = tag.attributes[q]!.value;
    // Keep in-scope namespace bindings the element itself declares, and its own namespace.
    return { ns: tag.uri, name: tag.name, attributes, children: [] };
  };

  parseSecure(
    input,
    {
      open(tag) {
        if (raw.length > 0) {
          const r = rawFromTag(tag);
          raw[raw.length - 1]!.children.push(r);
          raw.push(r);
          return;
        }
        const parent = stack[stack.length - 1];
        if (!parent) {
          if (!compiled) compiled = (schema as SchemaResolver)(tag.uri, tag.local);
          if (tag.uri !== compiled.namespace) {
            throw new EdustandaardError(
              'E_XML_NAMESPACE',
              tag.uri
                ? `Onbekende namespace '${tag.uri}'; verwacht '${compiled.namespace}'.`
                : `Het root-element heeft geen namespace; verwacht '${compiled.namespace}'.`,
              location(1, 1),
            );
          }
          const rootEl = compiled.roots.get(tag.local);
          if (!rootEl || (options.roots && !options.roots.includes(tag.local))) {
            const allowed = options.roots ?? [...compiled.roots.keys()];
            throw new EdustandaardError(
              'E_XML_ROOT',
              `Onverwacht root-element '${tag.local}'; verwacht ${allowed.map((r) => `'${r}'`).join(' of ')}.`,
              location(1, 1),
            );
          }
          rootName = tag.local;
          const f = newFrame(rootEl, null, 0);
          handleAttributes(f, tag);
          stack.push(f);
          return;
        }
        const ptype = parent.type;
        const el =
          ptype.kind === 'complex' && tag.uri === compiled!.namespace
            ? ptype.childByName.get(tag.local)
            : undefined;
        if (!el || (parent.obj === null && parent.groups === null)) {
          // Outside the schema: keep verbatim, report once at its root.
          const r = rawFromTag(tag);
          raw.push(r);
          rawRootPath = `${pathOf(parent)}/${tag.local}`;
          (parent.unknown ??= []).push({ after: parent.lastKnown, xml: r });
          find(
            'unexpected',
            rawRootPath,
            `Element '${tag.local}'${tag.uri !== compiled!.namespace ? ` (namespace '${tag.uri}')` : ''} is niet toegestaan in '${parent.el.name}' volgens de gegevensset.`,
            { element: tag.local, namespace: tag.uri },
          );
          return;
        }
        const counts = (parent.counts ??= new Array<number>(
          (ptype as CComplex).childByName.size,
        ).fill(0));
        const c = ++counts[el.slot]!;
        const index = el.repeated || c > 1 ? c : 0;
        parent.names.push(el.name);
        parent.childIdx.push(index);
        parent.lastKnown = el.name;
        const f = newFrame(el, parent, index);
        if (tag.attributes !== undefined) handleAttributes(f, tag);
        stack.push(f);
      },
      text(t) {
        if (raw.length > 0) {
          raw[raw.length - 1]!.children.push(t);
          return;
        }
        const f = stack[stack.length - 1];
        if (!f) return;
        if (f.obj === null && f.groups === null) {
          f.text += t;
          return;
        }
        if (!isWhitespace(t)) {
          (f.unknown ??= []).push({ after: f.lastKnown, xml: t });
          find(
            'text',
            pathOf(f),
            `Element '${f.el.name}' mag alleen elementen bevatten, geen tekst.`,
            { element: f.el.name },
          );
        }
      },
      close() {
        if (raw.length > 0) {
          raw.pop();
          return;
        }
        const f = stack.pop()!;
        const value = finish(f);
        const parent = stack[stack.length - 1];
        if (!parent) {
          rootValue = value;
          return;
        }
        assign(parent, f.el, value);
      },
    },
    { file: options.file, limits: options.limits },
  );

  function finish(f: Frame): unknown {
    const t = f.type;
    if (t.kind === 'complex' && f.groups === null && f.obj === null) {
      // simple content with attributes
      const sc = t.simpleContent!;
      const v = simpleValue(f, sc);
      // Without declared attributes the element is just its value (e.g. schooljaar).
      if (t.attributes.size === 0 && !f.attrs && !f.extraAttrs && !f.unknown) return v;
      const out: Record<string, unknown> = { $value: v };
      if (f.attrs) Object.assign(out, f.attrs);
      if (f.extraAttrs) out.$attributes = f.extraAttrs;
      if (f.unknown) out.$unknown = f.unknown;
      return out;
    }
    if (t.kind === 'simple') {
      const v = simpleValue(f, t.simple);
      if (f.extraAttrs || f.unknown) {
        const out: Record<string, unknown> = { $value: v };
        if (f.extraAttrs) out.$attributes = f.extraAttrs;
        if (f.unknown) out.$unknown = f.unknown;
        return out;
      }
      return v;
    }
    const ct = t as CComplex;
    for (const p of matchContent(ct, f.names)) {
      const base = pathOf(f);
      const path =
        p.index !== undefined
          ? `${base}/${p.name}${f.childIdx[p.index] ? `[${f.childIdx[p.index]}]` : ''}`
          : p.code === 'choice'
            ? base
            : `${base}/${p.name}`;
      find(p.code, path, p.message, p.params);
    }
    if (f.groups) {
      if (f.unknown) (f.groups as unknown as { $unknown?: UnknownEntry[] }).$unknown = f.unknown;
      return f.groups;
    }
    const obj = f.obj!;
    if (f.extraAttrs) obj.$attributes = f.extraAttrs;
    if (f.unknown) obj.$unknown = f.unknown;
    return obj;
  }

  function simpleValue(f: Frame, s: import('./simple.js').CompiledSimple): unknown {
    const p = s.check(f.text);
    if (p) {
      const params = f.el.sensitive ? p.params : { ...p.params, value: f.text };
      find(p.code, pathOf(f), `Element '${f.el.name}': ${p.message}`, {
        element: f.el.name,
        ...params,
      });
      return f.text;
    }
    return s.toValue(f.text);
  }

  function assign(parent: Frame, el: CElement, value: unknown): void {
    let obj = parent.obj;
    if (parent.groups) {
      const ct = parent.type as CComplex;
      const idx = ct.topIndex.get(el.name) ?? 0;
      const cur = parent.groups[parent.groups.length - 1];
      const topP = ct.top!.particles[idx]!;
      if (
        !cur ||
        idx < parent.lastTop ||
        (idx === parent.lastTop && topP.max <= 1 && el.name in cur)
      ) {
        obj = {};
        parent.groups.push(obj);
      } else obj = cur;
      parent.lastTop = idx;
    }
    const o = obj!;
    const existing = o[el.name];
    if (el.repeated) {
      if (existing === undefined) o[el.name] = [value];
      else (existing as unknown[]).push(value);
    } else if (existing === undefined) {
      o[el.name] = value;
    } else {
      // Too many occurrences (reported by the content model): keep them all.
      o[el.name] =
        Array.isArray(existing) && (existing as unknown as { $dup?: true }).$dup
          ? [...existing, value]
          : markDup([existing, value]);
    }
  }

  if (!compiled)
    throw new EdustandaardError(
      'E_XML_MALFORMED',
      'Het document bevat geen root-element.',
      location(),
    );
  return { schema: compiled, root: rootName, value: rootValue as T, issues };
}

const EMPTY: readonly string[] = Object.freeze([]);

function markDup(a: unknown[]): unknown[] {
  Object.defineProperty(a, '$dup', { value: true, enumerable: false });
  return a;
}

function isWhitespace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
  }
  return true;
}
