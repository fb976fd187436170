/**
 * Navigating a decoded dossier by element-table paths, producing concrete XPath-like paths with a
 * 1-based `[n]` on every element whose maxOccurs > 1 (the same rule as the decoder and core's
 * `selectPaths`).
 */
import type { Navigator, PathMatch } from '@edustandaard/core';
import type { ElementRow } from './element-row.js';

/** A value found at a concrete path. */
export interface Located {
  value: unknown;
  path: string;
}

/** Index of the element table by path. */
export type RowIndex = ReadonlyMap<string, ElementRow>;

/**
 * Builds the path index of an element table.
 * @param rows - the element table of a version
 */
export function indexRows(rows: readonly ElementRow[]): RowIndex {
  return new Map(rows.map((r) => [r.path, r]));
}

const isRepeated = (r: ElementRow | undefined): boolean =>
  r !== undefined && (r.max === 'unbounded' || r.max > 1);

/** A node found by {@link selectLazy}: its concrete path is built only on demand ({@link pathOf}). */
export interface LazyNode {
  value: unknown;
  parent: LazyNode | null;
  /** Step name with its `[n]` suffix, e.g. `verzorger[2]`. */
  step: string;
}

/**
 * The concrete path of a lazily selected node.
 * @param n - a node from {@link selectLazy}
 */
export function pathOf(n: LazyNode): string {
  let p = '';
  for (let c: LazyNode | null = n; c; c = c.parent) p = `/${c.step}${p}`;
  return p;
}

interface Step {
  name: string;
  /** The parent holds an array of group objects (repeating sequence). */
  groups: boolean;
  /** The element's maxOccurs > 1 (indexed paths). */
  repeated: boolean;
  /** The element itself is a repeating sequence (its value is an array of groups, not of elements). */
  isGroup: boolean;
}

const compiledPaths = new WeakMap<RowIndex, Map<string, { root: string; steps: Step[] }>>();

function compilePath(path: string, rows: RowIndex): { root: string; steps: Step[] } {
  let cache = compiledPaths.get(rows);
  if (!cache) {
    cache = new Map();
    compiledPaths.set(rows, cache);
  }
  let c = cache.get(path);
  if (c) return c;
  const parts = path.split('/').filter(Boolean);
  let abs = `/${parts[0]}`;
  const steps: Step[] = [];
  for (const name of parts.slice(1)) {
    const parentRow = rows.get(abs);
    abs = `${abs}/${name}`;
    const row = rows.get(abs);
    steps.push({
      name,
      groups: parentRow?.repeatingGroup === true,
      repeated: isRepeated(row),
      isGroup: row?.repeatingGroup === true,
    });
  }
  c = { root: parts[0]!, steps };
  if (cache.size < 10_000) cache.set(path, c);
  return c;
}

/**
 * All values at an element-table path, with paths built lazily (the hot path of base validation).
 * @param dossier - the content of the root element
 * @param path - an absolute path without indices
 * @param rows - the path index of the version's element table
 */
export function selectLazy(dossier: unknown, path: string, rows: RowIndex): LazyNode[] {
  const { root, steps } = compilePath(path, rows);
  let cur: LazyNode[] = [{ value: dossier, parent: null, step: root }];
  for (let s = 0; s < steps.length && cur.length > 0; s++) {
    const st = steps[s]!;
    const name = st.name;
    const next: LazyNode[] = [];
    for (const node of cur) {
      const nv = node.value;
      // A repeating sequence (cijferlijstTypelijst) holds an array of group objects.
      if (st.groups && Array.isArray(nv)) {
        let n = 0;
        for (const h of nv) n = take(h, name, st, node, next, n);
      } else take(nv, name, st, node, next, 0);
    }
    cur = next;
  }
  return cur;
}

function take(
  h: unknown,
  name: string,
  st: Step,
  node: LazyNode,
  next: LazyNode[],
  n: number,
): number {
  if (h === null || typeof h !== 'object' || Array.isArray(h)) return n;
  const v = (h as Record<string, unknown>)[name];
  if (v === undefined) return n;
  if (Array.isArray(v) && !st.isGroup) {
    for (const item of v) next.push({ value: item, parent: node, step: `${name}[${++n}]` });
  } else if (st.repeated) next.push({ value: v, parent: node, step: `${name}[${++n}]` });
  else next.push({ value: v, parent: node, step: name });
  return n;
}

/**
 * All values at an element-table path (`/dossier/huidigeschool/leerling/verzorger`) with their
 * concrete paths.
 * @param dossier - the content of the root element
 * @param path - an absolute path without indices
 * @param rows - the path index of the version's element table
 */
export function selectAll(dossier: unknown, path: string, rows: RowIndex): Located[] {
  return selectLazy(dossier, path, rows).map((n) => ({ value: n.value, path: pathOf(n) }));
}

/**
 * The scalar value of a leaf (unwrapping `{ $value }` of simple content with attributes).
 * @param v - a decoded value
 */
export function scalar(v: unknown): unknown {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && '$value' in v
    ? (v as { $value: unknown }).$value
    : v;
}

/**
 * Nodes at a path relative to a node (`adreslijst/adres` under a leerling), with concrete paths
 * that continue the node's own (`/dossier/…/leerling/adreslijst/adres[2]`).
 * @param value - the node's value
 * @param concretePath - the node's concrete path
 * @param relativePath - steps below it, without indices
 * @param rows - the path index of the version's element table
 */
export function selectLazyFrom(
  value: unknown,
  concretePath: string,
  relativePath: string,
  rows: RowIndex,
): LazyNode[] {
  const base = concretePath.replace(/\[[0-9]+\]/g, '');
  const rel = relativePath.split('/').filter(Boolean);
  const { steps } = compilePath(`${base}/${rel.join('/')}`, rows);
  let cur: LazyNode[] = [{ value, parent: null, step: concretePath.slice(1) }];
  for (const st of steps.slice(steps.length - rel.length)) {
    const next: LazyNode[] = [];
    for (const node of cur) {
      const nv = node.value;
      if (st.groups && Array.isArray(nv)) {
        let n = 0;
        for (const h of nv) n = take(h, st.name, st, node, next, n);
      } else take(nv, st.name, st, node, next, 0);
    }
    cur = next;
  }
  return cur;
}

/**
 * The navigator core's engine uses for OSO dossiers (`EvaluateOptions.navigator`): the element
 * table numbers repeated elements and repeating sequences, so findings carry the reader's paths.
 * @param rows - the path index of the version's element table
 */
export function osoNavigator(rows: RowIndex): Navigator {
  const toMatch = (n: LazyNode): PathMatch => ({
    path: pathOf(n),
    value: n.value,
    parent: n.parent?.value,
  });
  return {
    select(doc, path, options) {
      const content =
        options.root !== undefined ? doc : (doc as Record<string, unknown> | null)?.['dossier'];
      if (path === '/dossier') return [{ path, value: content, parent: doc }];
      return selectLazy(content, path, rows).map(toMatch);
    },
    selectFrom(match, relativePath) {
      if (relativePath === '.' || relativePath === '') return [match];
      return selectLazyFrom(match.value, match.path, relativePath, rows).map(toMatch);
    },
  };
}
