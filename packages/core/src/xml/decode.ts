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
import { codecMessage, FindingCollector, type FindingContext } from './findings.js';
import { simpleMessageId, type XsdMessageId } from '../messages/xsd.js';
import { parseSecure, type XmlLocator, type XmlTag } from './sax.js';
import { NO_ATTRIBUTES } from './fast.js';
import type { XmlInput } from './input.js';
import type { MiscEntry, MiscItem, RawElement, UnknownEntry, XmlLimits } from './types.js';
import { lexicalToKeep } from './lexical.js';
import { resolveLimits } from './limits.js';

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
  /**
   * Findings listed per code; the rest is counted in one summary finding per code (default 100,
   * issue #17 item 4: a file with a million stray elements must not cost a million findings).
   */
  maxFindingsPerCode?: number;
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
  /** Simple content: the text as read when it differs from the canonical form of the value. */
  lex: string | undefined;
  /** Comments/PIs on this element (complex content), or inside it (simple content). */
  misc: MiscEntry[] | null;
  /** Locator mark of the start tag, and of each known child (parallel to `names`). */
  mark: number;
  childMarks: number[];
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
  const stack: Frame[] = [];
  let compiled: CompiledSchema | undefined = typeof schema === 'function' ? undefined : schema;
  let rootName = '';
  let rootValue: unknown;
  // Raw capture of an element outside the schema.
  const raw: RawElement[] = [];
  const prolog: MiscItem[] = [];
  const epilog: MiscItem[] = [];

  const collector = new FindingCollector(fctx, options.maxFindingsPerCode);
  const maxUnknown = resolveLimits(options.limits).maxUnknownElements;
  let unknownCount = 0;
  const countUnknown = (): void => {
    if (++unknownCount <= maxUnknown) return;
    const at = locator ? locator.locate([locator.mark()])[0] : undefined;
    throw new EdustandaardError(
      'E_XML_TOO_MANY_NODES',
      `Het document heeft meer dan ${maxUnknown} elementen buiten het schema.`,
      { file: options.file, line: at?.line, column: at?.column },
    );
  };
  let locator: XmlLocator | undefined;
  let knownNs: string | undefined;
  const find = (
    kind: string,
    path: string,
    id: XsdMessageId,
    params: Record<string, unknown>,
    mark: number,
  ): void => {
    // Rendered only when listed: past the cap a finding is only counted.
    const message = collector.listed(kind) ? codecMessage(fctx, id, params) : '';
    collector.add(kind, path, message, params, mark);
  };

  const location = (line?: number, column?: number) => ({ file: options.file, line, column });

  // One frame per depth, reused by the next element at that depth: a closed element's frame is no
  // longer referenced (its value, findings and kept content have been moved out in close()), and not
  // allocating ~800 frames per dossier is measurably faster (issue #10 item 8).
  const frames: Frame[] = [];
  const newFrame = (el: CElement, parent: Frame | null, index: number, mark: number): Frame => {
    const t = el.type;
    const complex = t.kind === 'complex' && t.simpleContent === undefined;
    const groupArray = complex && (t as CComplex).groupArray;
    const f = frames[stack.length];
    if (f === undefined) {
      const created: Frame = {
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
        lex: undefined,
        misc: null,
        mark,
        childMarks: complex ? [] : (EMPTY as unknown as number[]),
      };
      frames[stack.length] = created;
      return created;
    }
    f.el = el;
    f.type = t;
    f.parent = parent;
    f.index = index;
    f.path = parent === null ? `/${el.name}` : undefined;
    f.obj = complex && !groupArray ? {} : null;
    f.groups = groupArray ? [] : null;
    f.lastTop = -1;
    if (complex) {
      // The arrays only served finish() of the previous element: emptied, not reallocated.
      if (f.names === EMPTY) {
        f.names = [];
        f.childIdx = [];
        f.childMarks = [];
      } else {
        f.names.length = 0;
        f.childIdx.length = 0;
        f.childMarks.length = 0;
      }
    }
    f.counts = null;
    f.lastKnown = null;
    f.text = '';
    f.attrs = null;
    f.extraAttrs = null;
    f.unknown = null;
    f.lex = undefined;
    f.misc = null;
    f.mark = mark;
    return f;
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
    if (attrs === NO_ATTRIBUTES && !declared) return; // the fast path's shared empty set
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
          find(
            p.code,
            `${pathOf(frame)}/@${a.local}`,
            simpleMessageId(p, 'attribute'),
            { attribute: a.local, ...p.params },
            frame.mark,
          );
        continue;
      }
      const extra = (frame.extraAttrs ??= {});
      extra[q] = a.value;
      // The prefix's binding travels with the attribute (it may be declared on an ancestor, which the
      // model does not keep), so the writer can declare it again (issue #10 item 6).
      const binding = boundPrefix(a);
      if (binding) extra[binding] ??= a.uri;
      // Only xsi:schemaLocation / xsi:noNamespaceSchemaLocation are neutral (XSD Part 1 §3.4.4); xsi:nil
      // and xsi:type change validation and are reported like any undeclared attribute.
      if (
        a.uri !== XSI ||
        (a.local !== 'schemaLocation' && a.local !== 'noNamespaceSchemaLocation')
      ) {
        find(
          'attribute',
          `${pathOf(frame)}/@${a.local}`,
          'attribute',
          { attribute: q },
          frame.mark,
        );
      }
    }
    if (declared) {
      for (const d of (t as CComplex).attributes.values()) {
        if (d.required && !(frame.attrs && d.name in frame.attrs)) {
          find(
            'attribute',
            `${pathOf(frame)}/@${d.name}`,
            'attribute#missing',
            { attribute: d.name },
            frame.mark,
          );
        }
      }
    }
  };

  const rawFromTag = (tag: XmlTag): RawElement => {
    const attributes: Record<string, string> = {};
    for (const q in tag.attributes) {
      const a = tag.attributes[q]!;
      attributes[q] = a.value;
      const decl = boundPrefix(a);
      if (decl && !(decl in tag.attributes)) attributes[decl] = a.uri;
    }
    // Keep in-scope namespace bindings the element itself declares, and its own namespace.
    return { ns: tag.uri, name: tag.name, attributes, children: [] };
  };

  parseSecure(
    input,
    {
      locator(l) {
        locator = l;
      },
      open(tag) {
        if (raw.length > 0) {
          countUnknown();
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
          const f = newFrame(rootEl, null, 0, locator ? locator.mark() : 0);
          handleAttributes(f, tag);
          stack.push(f);
          return;
        }
        const ptype = parent.type;
        // Every tag of a document usually shares one namespace string: compare it by identity first.
        let inNs = tag.uri === knownNs;
        if (!inNs && tag.uri === compiled!.namespace) {
          knownNs = tag.uri;
          inNs = true;
        }
        const el = ptype.kind === 'complex' && inNs ? ptype.childByName.get(tag.local) : undefined;
        if (!el || (parent.obj === null && parent.groups === null)) {
          // Outside the schema: keep verbatim, report once at its root.
          countUnknown();
          const r = rawFromTag(tag);
          raw.push(r);
          keepUnknown(parent, { after: parent.lastKnown, xml: r });
          if (collector.listed('unexpected'))
            find(
              'unexpected',
              `${pathOf(parent)}/${tag.local}`,
              tag.uri !== compiled!.namespace ? 'unexpected#namespace' : 'unexpected',
              { element: tag.local, namespace: tag.uri, parent: parent.el.name },
              locator ? locator.mark() : 0,
            );
          else collector.add('unexpected', '', '');
          return;
        }
        const counts = (parent.counts ??= new Array<number>(
          (ptype as CComplex).childByName.size,
        ).fill(0));
        const c = ++counts[el.slot]!;
        const index = el.repeated || c > 1 ? c : 0;
        parent.names.push(el.name);
        const mark = locator ? locator.mark() : 0;
        parent.childMarks.push(mark);
        parent.childIdx.push(index);
        parent.lastKnown = el.name;
        const f = newFrame(el, parent, index, mark);
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
          keepUnknown(f, { after: f.lastKnown, xml: t });
          find('text', pathOf(f), 'text', { element: f.el.name }, f.mark);
        }
      },
      misc(item) {
        // Inside content outside the schema: not kept (README "Comments and processing instructions").
        if (raw.length > 0) return;
        const f = stack[stack.length - 1];
        if (!f) {
          (rootName === '' ? prolog : epilog).push(item);
          return;
        }
        const e = item as MiscEntry;
        if (f.groups) {
          // A repeating sequence is an array of group objects: the comment goes to the current group.
          const g = f.groups[f.groups.length - 1];
          if (g && f.lastKnown !== null) {
            e.after = f.lastKnown;
            const v = g[f.lastKnown];
            if (Array.isArray(v)) e.n = v.length;
            ((g.$misc ??= []) as MiscEntry[]).push(e);
            return;
          }
          e.after = null;
        } else if (f.obj === null) {
          e.after = null;
          e.inside = true;
        } else {
          e.after = f.lastKnown;
          const last = f.childIdx.length - 1;
          if (last >= 0 && f.childIdx[last]! > 0) e.n = f.childIdx[last];
          let u = 0;
          if (f.unknown) for (const x of f.unknown) if (x.after === f.lastKnown) u++;
          if (u > 0) e.u = u;
        }
        (f.misc ??= []).push(e);
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
        assign(parent, f, value);
      },
    },
    { file: options.file, limits: options.limits },
  );

  /**
   * Keeps content outside the schema. In a repeating sequence (an array of group objects) it goes to
   * the current group, so that it survives JSON (an array's own members would not).
   */
  function keepUnknown(f: Frame, u: UnknownEntry): void {
    const g = f.groups && f.lastKnown !== null ? f.groups[f.groups.length - 1] : undefined;
    if (g) ((g.$unknown ??= []) as UnknownEntry[]).push(u);
    else (f.unknown ??= []).push(u);
  }

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
      ownLexical(f, out);
      return out;
    }
    if (t.kind === 'simple') {
      const v = simpleValue(f, t.simple);
      if (f.extraAttrs || f.unknown) {
        const out: Record<string, unknown> = { $value: v };
        if (f.extraAttrs) out.$attributes = f.extraAttrs;
        if (f.unknown) out.$unknown = f.unknown;
        ownLexical(f, out);
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
      find(p.code, path, p.id, p.params, p.index !== undefined ? f.childMarks[p.index]! : f.mark);
    }
    if (f.groups) {
      // What came before the first group, and the element's own extra attributes, go to the first group.
      const first = f.groups[0] as Record<string, unknown> | undefined;
      const holder = first ?? (f.groups as unknown as Record<string, unknown>);
      if (f.unknown)
        holder.$unknown = [
          ...f.unknown,
          ...((holder.$unknown as UnknownEntry[] | undefined) ?? []),
        ];
      if (f.extraAttrs) holder.$attributes = f.extraAttrs;
      if (f.misc) {
        // Comments before the first group go to its start.
        const first = f.groups[0];
        if (first) first.$misc = [...f.misc, ...((first.$misc as MiscEntry[] | undefined) ?? [])];
        else (f.groups as unknown as { $misc?: MiscEntry[] }).$misc = f.misc;
      }
      return f.groups;
    }
    const obj = f.obj!;
    if (f.extraAttrs) obj.$attributes = f.extraAttrs;
    if (f.unknown) obj.$unknown = f.unknown;
    if (f.misc) obj.$misc = f.misc;
    return obj;
  }

  /** Simple content kept as an object: its own lexical form and comments. */
  function ownLexical(f: Frame, out: Record<string, unknown>): void {
    if (f.lex !== undefined) out.$lexical = { $value: f.lex };
    if (f.misc) out.$misc = f.misc;
    f.lex = undefined;
    f.misc = null;
  }

  function simpleValue(f: Frame, s: import('./simple.js').CompiledSimple): unknown {
    const p = s.check(f.text);
    if (p) {
      const params = f.el.sensitive ? p.params : { ...p.params, value: f.text };
      find(
        p.code,
        pathOf(f),
        simpleMessageId(p, 'element'),
        { element: f.el.name, ...params },
        f.mark,
      );
      return f.text;
    }
    const v = s.toValue(f.text);
    f.lex = lexicalToKeep(s, f.text, v);
    return v;
  }

  function assign(parent: Frame, child: Frame, value: unknown): void {
    const el = child.el;
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
    // The first occurrence in a plain parent (index 0, or 1 when repeated) finds nothing there: the
    // lookup is skipped (a megamorphic load of a missing property was the decoder's hottest line).
    const existing = parent.groups === null && child.index <= 1 ? undefined : o[el.name];
    if (el.repeated) {
      if (existing === undefined) o[el.name] = [value];
      else (existing as unknown[]).push(value);
      if (child.lex !== undefined) {
        const lex = (o.$lexical ??= {}) as Record<string, unknown>;
        const arr = (lex[el.name] ??= []) as Array<string | null>;
        const at = (o[el.name] as unknown[]).length - 1;
        while (arr.length < at) arr.push(null);
        arr[at] = child.lex;
      }
    } else if (existing === undefined) {
      o[el.name] = value;
      if (child.lex !== undefined)
        ((o.$lexical ??= {}) as Record<string, unknown>)[el.name] = child.lex;
    } else {
      // Too many occurrences (reported by the content model): keep them all.
      o[el.name] =
        Array.isArray(existing) && (existing as unknown as { $dup?: true }).$dup
          ? [...existing, value]
          : markDup([existing, value]);
      const lex = o.$lexical as Record<string, unknown> | undefined;
      if (child.lex !== undefined || (lex && el.name in lex)) {
        const l = (o.$lexical ??= {}) as Record<string, unknown>;
        const prev = l[el.name];
        const arr: Array<string | null> = Array.isArray(prev)
          ? prev
          : [typeof prev === 'string' ? prev : null];
        const at = (o[el.name] as unknown[]).length - 1;
        while (arr.length < at) arr.push(null);
        arr[at] = child.lex ?? null;
        l[el.name] = arr;
      }
    }
    if (child.misc && child.obj === null && child.groups === null) {
      // Comments inside a simple element: kept on the parent, marked `inside`.
      const cur = o[el.name];
      const n = Array.isArray(cur) ? cur.length : undefined;
      for (const e of child.misc) {
        e.after = el.name;
        if (n !== undefined) e.n = n;
        if (parent.groups) ((o.$misc ??= []) as MiscEntry[]).push(e);
        else (parent.misc ??= []).push(e);
      }
    }
  }

  if (!compiled)
    throw new EdustandaardError(
      'E_XML_MALFORMED',
      'Het document bevat geen root-element.',
      location(),
    );
  if (
    (prolog.length > 0 || epilog.length > 0) &&
    rootValue !== null &&
    typeof rootValue === 'object'
  ) {
    const misc = ((rootValue as { $misc?: MiscEntry[] }).$misc ??= []);
    for (const m of prolog) misc.push({ ...m, after: null, at: 'prolog' });
    for (const m of epilog) misc.push({ ...m, after: null, at: 'epilog' });
  }
  const issues = collector.finish(`/${rootName}`, locator && ((m) => locator!.locate(m)));
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

/**
 * `xmlns:p` for an attribute `p:x` whose prefix the writer must declare itself: not `xmlns`, `xml`
 * (bound by XML Namespaces §3) or `xsi` bound to XSI (the writer declares it), and only when the prefix is bound.
 */
function boundPrefix(a: { prefix: string; uri: string }): string | undefined {
  return a.prefix &&
    a.prefix !== 'xmlns' &&
    a.prefix !== 'xml' &&
    (a.prefix !== 'xsi' || a.uri !== XSI) &&
    a.uri
    ? `xmlns:${a.prefix}`
    : undefined;
}
