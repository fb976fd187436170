/**
 * XSD-equivalent validation of a plain object (e.g. a dossier read from JSON) against a compiled
 * schema: the same finding codes and paths as {@link decodeXml} produces while reading XML.
 * Object keys carry no order, so order findings cannot occur; cardinality, choice, unknown keys,
 * JS types and facets are checked.
 */
import type { Finding } from '../report.js';
import type { CComplex, CElement, CompiledSchema } from './compile.js';
import { matchContent } from './content.js';
import { simpleMessageId } from '../messages/xsd.js';
import {
  codecMessage,
  DEFAULT_MAX_FINDINGS_PER_CODE,
  structuralFinding,
  summaryFinding,
  type FindingContext,
} from './findings.js';
import type { CompiledSimple } from './simple.js';
import { lexicalEntry, recordedLexical, RESERVED_MEMBERS } from './lexical.js';
import type { RawElement, UnknownEntry } from './types.js';

const XSI_NEUTRAL = new Set(['xsi:schemaLocation', 'xsi:noNamespaceSchemaLocation']);

/**
 * Validates the content of a root element given as a plain object.
 * @param schema - the compiled schema
 * @param root - the root element name
 * @param value - the root element's content
 * @param ctx - finding prefix and source
 * @param maxFindingsPerCode - findings listed per code, the rest counted in one summary (default 100)
 */
export function validateObject(
  schema: CompiledSchema,
  root: string,
  value: unknown,
  ctx: FindingContext,
  maxFindingsPerCode = DEFAULT_MAX_FINDINGS_PER_CODE,
): Finding[] {
  const out: Finding[] = [];
  const el = schema.roots.get(root);
  if (!el) {
    out.push(
      structuralFinding(
        ctx,
        'unexpected',
        `/${root}`,
        codecMessage(ctx, 'unexpected#root', { element: root }),
        { element: root },
      ),
    );
    return out;
  }
  visit(el, value, `/${root}`, { ...ctx, namespace: schema.namespace }, out);
  return capPerCode(out, ctx, `/${root}`, maxFindingsPerCode);
}

/** The same cap per code as the XML reader applies (issue #17 item 4), with one summary per code. */
function capPerCode(out: Finding[], ctx: FindingContext, rootPath: string, max: number): Finding[] {
  const counts = new Map<string, number>();
  for (const f of out) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  if (![...counts.values()].some((n) => n > max)) return out;
  const listed = new Map<string, number>();
  const kept = out.filter((f) => {
    const n = (listed.get(f.code) ?? 0) + 1;
    listed.set(f.code, n);
    return n <= max;
  });
  for (const [code, n] of counts)
    if (n > max) kept.push(summaryFinding(ctx, code, rootPath, n, max));
  return kept;
}

function visit(
  el: CElement,
  value: unknown,
  path: string,
  ctx: FindingContext,
  out: Finding[],
  lexical?: unknown,
): void {
  const t = el.type;
  if (t.kind === 'simple') {
    checkSimple(el, t.simple, unwrap(value), path, ctx, out, recorded(value, lexical));
    extras(el, value, path, ctx, out);
    return;
  }
  if (t.simpleContent) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      // A bare value is accepted for simple content when no attribute is required.
      checkSimple(el, t.simpleContent, value, path, ctx, out, lexical);
      for (const a of t.attributes.values()) if (a.required) missingAttr(a.name, path, ctx, out);
      return;
    }
    const o = value as Record<string, unknown>;
    checkSimple(el, t.simpleContent, o.$value, path, ctx, out, recorded(value, lexical));
    extras(el, o, path, ctx, out);
    for (const k of Object.keys(o)) {
      if (RESERVED_MEMBERS.has(k)) continue;
      const a = t.attributes.get(k);
      if (!a) {
        out.push(
          structuralFinding(
            ctx,
            'attribute',
            `${path}/@${k}`,
            codecMessage(ctx, 'attribute', { attribute: k }),
            { attribute: k },
          ),
        );
        continue;
      }
      const raw = o[k];
      const p =
        typeof raw === 'string'
          ? a.type.check(raw)
          : { code: 'type' as const, text: true, params: {} };
      if (p)
        out.push(
          structuralFinding(
            ctx,
            p.code,
            `${path}/@${k}`,
            codecMessage(
              ctx,
              'text' in p ? 'type#attributeText' : simpleMessageId(p, 'attribute'),
              { attribute: k, ...p.params },
            ),
            { attribute: k, ...p.params },
          ),
        );
    }
    for (const a of t.attributes.values())
      if (a.required && !(a.name in o)) missingAttr(a.name, path, ctx, out);
    return;
  }
  if (t.groupArray) {
    if (!Array.isArray(value)) {
      out.push(
        structuralFinding(
          ctx,
          'type',
          path,
          codecMessage(ctx, 'type#groups', { element: el.name }),
          { element: el.name },
        ),
      );
      return;
    }
    const names: string[] = [];
    const paths: string[] = [];
    const counts = new Map<string, number>();
    for (const g of value) {
      if (g === null || typeof g !== 'object' || Array.isArray(g)) {
        out.push(
          structuralFinding(
            ctx,
            'type',
            path,
            codecMessage(ctx, 'type#group', { element: el.name }),
            { element: el.name },
          ),
        );
        continue;
      }
      collect(t, g as Record<string, unknown>, path, ctx, out, names, paths, counts);
    }
    contentFindings(t, names, paths, path, ctx, out);
    return;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    out.push(
      structuralFinding(ctx, 'type', path, codecMessage(ctx, 'type#object', { element: el.name }), {
        element: el.name,
      }),
    );
    return;
  }
  const names: string[] = [];
  const paths: string[] = [];
  collect(t, value as Record<string, unknown>, path, ctx, out, names, paths, new Map());
  contentFindings(t, names, paths, path, ctx, out);
}

function collect(
  t: CComplex,
  o: Record<string, unknown>,
  path: string,
  ctx: FindingContext,
  out: Finding[],
  names: string[],
  paths: string[],
  counts: Map<string, number>,
): void {
  // The same findings as the XML reader gives for content outside the schema (issue #10 item 5).
  extras(
    undefined,
    o,
    path,
    ctx,
    out,
    path.slice(path.lastIndexOf('/') + 1).replace(/\[\d+\]$/, ''),
  );
  for (const k of Object.keys(o)) {
    if (RESERVED_MEMBERS.has(k)) continue;
    if (!t.childByName.has(k)) {
      out.push(unexpected(ctx, path, k, '', elementName(path)));
    }
  }
  const done = new Set<string>();
  for (const leaf of t.leaves) {
    if (done.has(leaf.name)) continue;
    done.add(leaf.name);
    const v = o[leaf.name];
    if (v === undefined) continue;
    const el = t.childByName.get(leaf.name)!;
    const items =
      Array.isArray(v) && (el.repeated || !(el.type.kind === 'complex' && el.type.groupArray))
        ? v
        : [v];
    if (el.repeated && !Array.isArray(v)) {
      out.push(
        structuralFinding(
          ctx,
          'type',
          `${path}/${el.name}`,
          codecMessage(ctx, 'type#list', { element: el.name }),
          { element: el.name },
        ),
      );
    }
    if (!el.repeated && Array.isArray(v) && items === v && v.length === 1) {
      out.push(
        structuralFinding(
          ctx,
          'type',
          `${path}/${el.name}`,
          codecMessage(ctx, 'type#single', { element: el.name }),
          { element: el.name },
        ),
      );
    }
    for (const item of items) {
      const c = (counts.get(el.name) ?? 0) + 1;
      counts.set(el.name, c);
      const p = el.repeated || c > 1 ? `${path}/${el.name}[${c}]` : `${path}/${el.name}`;
      names.push(el.name);
      paths.push(p);
      visit(
        el,
        item,
        p,
        ctx,
        out,
        lexicalEntry(o.$lexical, el.name, items === v && Array.isArray(v) ? c - 1 : undefined),
      );
    }
  }
}

function contentFindings(
  t: CComplex,
  names: string[],
  paths: string[],
  path: string,
  ctx: FindingContext,
  out: Finding[],
): void {
  for (const p of matchContent(t, names)) {
    const at =
      p.index !== undefined ? paths[p.index]! : p.code === 'choice' ? path : `${path}/${p.name}`;
    out.push(structuralFinding(ctx, p.code, at, codecMessage(ctx, p.id, p.params), p.params));
  }
}

/** The local name of the last step of a path. */
function elementName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\[\d+\]$/, '');
}

/** The finding the XML reader gives for an element outside the schema. */
function unexpected(
  ctx: FindingContext,
  path: string,
  local: string,
  ns: string,
  parent: string,
  namespaceDiffers = false,
): Finding {
  return structuralFinding(
    ctx,
    'unexpected',
    `${path}/${local}`,
    codecMessage(ctx, namespaceDiffers ? 'unexpected#namespace' : 'unexpected', {
      element: local,
      namespace: ns,
      parent,
    }),
    { element: local, namespace: ns, parent },
  );
}

/**
 * `$unknown` and `$attributes` of an object (what the XML reader kept of content outside the schema)
 * give the findings the XML reader gave for them, so the JSON path checks what the XML path checks.
 */
function extras(
  el: CElement | undefined,
  value: unknown,
  path: string,
  ctx: FindingContext,
  out: Finding[],
  name = el?.name ?? elementName(path),
): void {
  if (value === null || typeof value !== 'object') return;
  const o = value as { $unknown?: unknown; $attributes?: unknown };
  if (o.$attributes !== null && typeof o.$attributes === 'object') {
    for (const q of Object.keys(o.$attributes)) {
      // A prefix binding kept beside its attribute (issue #10 item 6) is no attribute of its own.
      if (XSI_NEUTRAL.has(q) || q.startsWith('xmlns:')) continue;
      const local = q.slice(q.indexOf(':') + 1);
      out.push(
        structuralFinding(
          ctx,
          'attribute',
          `${path}/@${local}`,
          codecMessage(ctx, 'attribute', { attribute: q }),
          { attribute: q },
        ),
      );
    }
  }
  if (!Array.isArray(o.$unknown)) return;
  for (const u of o.$unknown as UnknownEntry[]) {
    const x = u?.xml;
    if (typeof x === 'string') {
      if (x.trim() !== '')
        out.push(
          structuralFinding(ctx, 'text', path, codecMessage(ctx, 'text', { element: name }), {
            element: name,
          }),
        );
    } else if (x !== null && typeof x === 'object') {
      const r = x as RawElement;
      const local = String(r.name).slice(String(r.name).indexOf(':') + 1);
      out.push(unexpected(ctx, path, local, String(r.ns ?? ''), name, r.ns !== ctx.namespace));
    }
  }
}

function recorded(value: unknown, lexical: unknown): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? lexicalEntry((value as { $lexical?: unknown }).$lexical, '$value')
    : lexical;
}

function unwrap(v: unknown): unknown {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && '$value' in v
    ? (v as { $value: unknown }).$value
    : v;
}

function checkSimple(
  el: CElement,
  s: CompiledSimple,
  v: unknown,
  path: string,
  ctx: FindingContext,
  out: Finding[],
  lexical?: unknown,
): void {
  // The text the writer would write: a recorded lexical form that still means the value, else canonical.
  const lex = recordedLexical(s, v, lexical) ?? s.toLexical(v);
  if (lex === undefined) {
    out.push(
      structuralFinding(
        ctx,
        'type',
        path,
        codecMessage(ctx, 'type#value', {
          element: el.name,
          type: s.def.name ?? `xs:${s.def.base}`,
        }),
        {
          element: el.name,
          type: s.def.name ?? `xs:${s.def.base}`,
          jsType: v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v,
        },
      ),
    );
    return;
  }
  const p = s.check(lex);
  if (p) {
    const params = el.sensitive ? p.params : { ...p.params, value: lex };
    out.push(
      structuralFinding(
        ctx,
        p.code,
        path,
        codecMessage(ctx, simpleMessageId(p, 'element'), { element: el.name, ...p.params }),
        { element: el.name, ...params },
      ),
    );
  }
}

function missingAttr(name: string, path: string, ctx: FindingContext, out: Finding[]): void {
  out.push(
    structuralFinding(
      ctx,
      'attribute',
      `${path}/@${name}`,
      codecMessage(ctx, 'attribute#missing', { attribute: name }),
      { attribute: name },
    ),
  );
}
