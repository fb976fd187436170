/**
 * Generic navigation over a decoded document (DESIGN.md §3: XPath-like finding paths).
 *
 * The document model is a plain object mirroring the XML: element local names as keys, repeating
 * elements as arrays, absent optional elements as missing keys, scalars typed. Keys starting with
 * `@`, `$` or `#` are not elements (attributes, simple content) and are skipped by `*`; an object
 * with a `$value` is simple content whose other keys are attributes, so `*` finds no children in it.
 * The engine never knows a standard's element names: paths come from profile data.
 */
import { EdustandaardError } from '../errors.js';
import type { PathMatch, SelectOptions } from './types.js';

/** One parsed path step: an element name (or `*`) with an optional 1-based index. */
export interface PathStep {
  name: string;
  index?: number;
}

const STEP = /^([^\s/[\]]+)(?:\[([1-9][0-9]*)\])?$/;

/**
 * Parses `/a/b[2]/c` (absolute) or `b/c` (relative) into steps.
 * @param path - the path; steps are element names or `*`, each optionally followed by `[n]` (1-based)
 * @returns the steps; throws `EdustandaardError('E_USAGE')` for a malformed path (a programming error in profile data)
 */
export function parsePath(path: string): PathStep[] {
  const hit = PARSED.get(path);
  if (hit) return hit;
  const steps = parseUncached(path);
  // A memo of a pure function (profiles reuse a few hundred paths); the arrays are frozen.
  if (PARSED.size < 10_000) PARSED.set(path, Object.freeze(steps) as PathStep[]);
  return steps;
}

const PARSED = new Map<string, PathStep[]>();

function parseUncached(path: string): PathStep[] {
  const body = path.startsWith('/') ? path.slice(1) : path;
  if (body === '') return [];
  return body.split('/').map((s) => {
    const m = STEP.exec(s);
    if (!m)
      throw new EdustandaardError('E_USAGE', `Ongeldig pad '${path}' (stap '${s}')`, { path });
    const step: PathStep = { name: m[1]! };
    if (m[2] !== undefined) step.index = Number(m[2]);
    return step;
  });
}

/**
 * True for keys that are not child elements (attributes `@x`, simple content `$value`/`#text`).
 * @param key - an object key of the document model
 */
export function isMetaKey(key: string): boolean {
  const c = key.charCodeAt(0);
  return c === 64 /* @ */ || c === 36 /* $ */ || c === 35; /* # */
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function pushChild(
  out: PathMatch[],
  base: string,
  name: string,
  value: unknown,
  parent: unknown,
  index?: number,
): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    if (index !== undefined) {
      const item: unknown = value[index - 1];
      if (item !== undefined) out.push({ path: `${base}/${name}[${index}]`, value: item, parent });
      return;
    }
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== undefined) out.push({ path: `${base}/${name}[${i + 1}]`, value: item, parent });
    }
    return;
  }
  if (index !== undefined && index !== 1) return;
  out.push({ path: `${base}/${name}`, value, parent });
}

/** Applies one step to a list of nodes. */
function step(nodes: readonly PathMatch[], s: PathStep): PathMatch[] {
  const out: PathMatch[] = [];
  for (const n of nodes) {
    const v = n.value;
    if (!isObject(v)) continue;
    if (s.name === '*') {
      // Simple content (`{ $value, attr… }`) has no child elements; its other keys are attributes.
      if (Object.prototype.hasOwnProperty.call(v, '$value')) continue;
      for (const key of Object.keys(v))
        if (!isMetaKey(key)) pushChild(out, n.path, key, v[key], v, s.index);
    } else if (Object.prototype.hasOwnProperty.call(v, s.name)) {
      pushChild(out, n.path, s.name, v[s.name], v, s.index);
    }
  }
  return out;
}

/**
 * Selects every node at an absolute path, in document order.
 * @param doc - the decoded document: a wrapper `{ dossier: {...} }`, or the root's content when `options.root` is set
 * @param path - absolute path such as `/dossier/huidigeschool/leerling/geboorteplaats`; `*` matches any element, `[n]` picks one
 * @param options - `root`: the root element name when `doc` is the root's content
 * @returns matches with concrete paths (`/dossier/x/toets[2]/score`: a 1-based index after every array-valued step)
 */
export function selectPaths(doc: unknown, path: string, options: SelectOptions = {}): PathMatch[] {
  return selectSteps(doc, parseAbsolutePath(path), options);
}

/**
 * Parses an absolute path; throws `E_USAGE` for a relative or malformed one.
 * @param path - e.g. `/dossier/leerling`
 */
export function parseAbsolutePath(path: string): PathStep[] {
  if (!path.startsWith('/'))
    throw new EdustandaardError('E_USAGE', `Pad '${path}' moet absoluut zijn`, { path });
  return parsePath(path);
}

/**
 * {@link selectPaths} with an already parsed absolute path (the engine parses each path once).
 * @param doc - the decoded document
 * @param steps - from {@link parseAbsolutePath}
 * @param options - `root` as for {@link selectPaths}
 */
export function selectSteps(
  doc: unknown,
  steps: readonly PathStep[],
  options: SelectOptions = {},
): PathMatch[] {
  if (steps.length === 0) return [];
  let nodes: PathMatch[];
  if (options.root !== undefined) {
    const first = steps[0]!;
    if (
      (first.name !== '*' && first.name !== options.root) ||
      (first.index !== undefined && first.index !== 1)
    )
      return [];
    nodes = doc === undefined ? [] : [{ path: `/${options.root}`, value: doc, parent: undefined }];
  } else {
    nodes = step([{ path: '', value: doc, parent: undefined }], steps[0]!);
    for (const n of nodes) n.parent = undefined;
  }
  for (let i = 1; i < steps.length && nodes.length > 0; i++) nodes = step(nodes, steps[i]!);
  return nodes;
}

/**
 * Selects nodes by a path relative to an earlier match.
 * @param match - a node from {@link selectPaths}
 * @param relativePath - e.g. `adreslijst/adres`
 */
export function selectFrom(match: PathMatch, relativePath: string): PathMatch[] {
  return selectFromSteps(match, parsePath(relativePath));
}

/**
 * {@link selectFrom} with an already parsed relative path.
 * @param match - a node from {@link selectPaths}
 * @param steps - from {@link parsePath}
 */
export function selectFromSteps(match: PathMatch, steps: readonly PathStep[]): PathMatch[] {
  let nodes: PathMatch[] = [match];
  for (const s of steps) {
    nodes = step(nodes, s);
    if (nodes.length === 0) break;
  }
  return nodes;
}

/**
 * The number of occurrences of a child element in an element's content (0 when absent, the
 * array length when repeated).
 * @param content - the parent element's content object
 * @param name - the child's local name
 */
export function countChildren(content: unknown, name: string): number {
  if (!isObject(content) || !Object.prototype.hasOwnProperty.call(content, name)) return 0;
  const v = content[name];
  if (v === undefined) return 0;
  return Array.isArray(v) ? v.filter((x) => x !== undefined).length : 1;
}

/**
 * The default scalar unwrap: scalars as they are; for an object, its `$value` or `#text` member.
 * @param node - a node value
 */
export function defaultValueOf(node: unknown): unknown {
  if (isObject(node)) {
    if ('$value' in node) return node['$value'];
    if ('#text' in node) return node['#text'];
  }
  return node;
}

/**
 * Splits a path into the parent's path and the last step's name.
 * @param path - an absolute path such as `/dossier/huidigeschool/leerling/voornaam`
 */
export function splitPath(path: string): { parent: string; name: string } {
  const i = path.lastIndexOf('/');
  const last = path.slice(i + 1);
  const bracket = last.indexOf('[');
  return { parent: path.slice(0, i), name: bracket === -1 ? last : last.slice(0, bracket) };
}
