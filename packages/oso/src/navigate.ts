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
  return advance([{ value: dossier, parent: null, step: root }], steps);
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

/** Advances lazily selected nodes by compiled steps. */
function advance(cur: LazyNode[], steps: readonly Step[]): LazyNode[] {
  for (let s = 0; s < steps.length && cur.length > 0; s++) {
    const st = steps[s]!;
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
  const n = relativePath.split('/').filter(Boolean).length;
  const { steps } = compilePath(`${base}/${relativePath}`, rows);
  return advance(
    [{ value, parent: null, step: concretePath.slice(1) }],
    steps.slice(steps.length - n),
  );
}

/** A match whose concrete path is built only when read (most matches never are). */
class LazyMatch implements PathMatch {
  private p: string | undefined;
  readonly value: unknown;
  readonly parent: unknown;
  constructor(
    readonly node: LazyNode,
    /** The index-free element-table path of the node. */
    readonly tablePath: string,
  ) {
    this.value = node.value;
    this.parent = node.parent?.value;
  }
  get path(): string {
    return (this.p ??= pathOf(this.node));
  }
}

/**
 * The navigator core's engine uses for OSO dossiers (`EvaluateOptions.navigator`): the element
 * table numbers repeated elements and repeating sequences, so findings carry the reader's paths.
 * Concrete paths are built only for the matches a finding or a further step needs.
 * @param rows - the path index of the version's element table
 */
export function osoNavigator(rows: RowIndex): Navigator {
  // Compiled steps per (table path, relative path): no string building on the hot path.
  const below = new Map<string, Map<string, { steps: Step[]; target: string }>>();
  const stepsBelow = (tablePath: string, rel: string): { steps: Step[]; target: string } => {
    let byRel = below.get(tablePath);
    if (!byRel) below.set(tablePath, (byRel = new Map()));
    let hit = byRel.get(rel);
    if (!hit) {
      const target = `${tablePath}/${rel}`;
      const all = compilePath(target, rows).steps;
      hit = { steps: all.slice(all.length - rel.split('/').filter(Boolean).length), target };
      if (byRel.size < 1_000) byRel.set(rel, hit);
    }
    return hit;
  };
  return {
    select(doc, path, options) {
      const content =
        options.root !== undefined ? doc : (doc as Record<string, unknown> | null)?.['dossier'];
      return selectLazy(content, path, rows).map((n) => new LazyMatch(n, path));
    },
    selectFrom(match, relativePath) {
      if (relativePath === '.' || relativePath === '') return [match];
      if (match instanceof LazyMatch) {
        const { steps, target } = stepsBelow(match.tablePath, relativePath);
        return advance([match.node], steps).map((n) => new LazyMatch(n, target));
      }
      const tp = match.path.replace(/\[[0-9]+\]/g, '');
      const { steps, target } = stepsBelow(tp, relativePath);
      const start: LazyNode = { value: match.value, parent: null, step: match.path.slice(1) };
      return advance([start], steps).map((n) => new LazyMatch(n, target));
    },
  };
}
