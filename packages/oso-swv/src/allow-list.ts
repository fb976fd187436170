/**
 * The allow-list half of selective export (#17 item 1, DESIGN.md §8 "Privacy by construction"): the
 * export is rebuilt from what the gegevensset's element table declares, never by copying what the
 * reader did not recognise. Content kept under `$unknown` (elements outside the schema, in a foreign
 * or no namespace, mixed text), undeclared attributes (`$attributes`), any other `$` member but
 * `$value`/`$lexical` (comments, processing instructions) and keys the table does not know are
 * dropped; every drop is returned with the names and text it held, so the caller can list it and
 * scan it for forbidden data without ever echoing it.
 */
import type { ElementRow } from '@edustandaard/oso';

/** One piece of content the allow-list walk dropped. */
export interface Dropped {
  /** Concrete path of the element that held it (for an attribute: `…/@name`). */
  path: string;
  /** `element` (unknown element), `attribute` (undeclared attribute), `text` (mixed text), `other` (another `$` member). */
  kind: 'element' | 'attribute' | 'text' | 'other';
  /** Every element and attribute name inside the dropped content (local names, prefixes removed). */
  names: string[];
  /** Every text and attribute value inside the dropped content (never shown to a user). */
  texts: string[];
}

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** An index of an element table: rows by index-free path. */
export type RowMap = ReadonlyMap<string, ElementRow>;

/**
 * Indexes an element table by path.
 * @param rows - the element table of a version (`elementTable(version)` of `@edustandaard/oso`)
 */
export function indexTable(rows: readonly ElementRow[]): RowMap {
  return new Map(rows.map((r) => [r.path, r]));
}

function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i === -1 ? qname : qname.slice(i + 1);
}

/** Collects names and texts of anything (raw XML elements, decoded objects, scalars). */
function harvest(v: unknown, names: string[], texts: string[]): void {
  if (v === null || v === undefined) return;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
    texts.push(String(v));
    return;
  }
  if (Array.isArray(v)) {
    for (const x of v) harvest(x, names, texts);
    return;
  }
  if (!isObject(v)) return;
  // A raw element of the reader ({ ns, name, attributes, children }).
  if (typeof v.name === 'string' && isObject(v.attributes) && Array.isArray(v.children)) {
    names.push(localName(v.name));
    for (const [k, a] of Object.entries(v.attributes)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      names.push(localName(k));
      texts.push(String(a));
    }
    harvest(v.children, names, texts);
    return;
  }
  // An `$unknown` entry ({ after, xml }).
  if ('xml' in v && 'after' in v) {
    harvest(v.xml, names, texts);
    return;
  }
  for (const [k, x] of Object.entries(v)) {
    if (!k.startsWith('$')) names.push(localName(k.replace(/^[@#]/, '')));
    harvest(x, names, texts);
  }
}

function drop(out: Dropped[], path: string, kind: Dropped['kind'], content: unknown): void {
  const names: string[] = [];
  const texts: string[] = [];
  harvest(content, names, texts);
  out.push({ path, kind, names, texts });
}

function pruneLexical(lex: unknown, keep: ReadonlySet<string>): Obj | undefined {
  if (!isObject(lex)) return undefined;
  const out: Obj = {};
  for (const [k, v] of Object.entries(lex)) if (keep.has(k)) out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Rebuilds a decoded element from the table: a new object with only declared children, declared
 * attributes, `$value` and the matching `$lexical` entries.
 */
function pruneNode(
  value: unknown,
  path: string,
  row: ElementRow,
  rows: RowMap,
  out: Dropped[],
): unknown {
  if (Array.isArray(value)) {
    // A repeating sequence: an array of group objects under one element.
    return value.map((g, i) => pruneNode(g, `${path}[${i + 1}]`, row, rows, out));
  }
  if (!isObject(value)) return value;
  const declared = new Set((row.attributes ?? []).map((a) => a.name));
  const result: Obj = {};
  const kept = new Set<string>();
  for (const [k, v] of Object.entries(value)) {
    if (k === '$value') {
      result[k] = v;
      kept.add(k);
    } else if (k === '$lexical') {
      continue; // rebuilt below from what is kept
    } else if (k === '$unknown') {
      for (const e of Array.isArray(v) ? v : [v]) {
        const xml = isObject(e) ? e.xml : e;
        drop(out, path, typeof xml === 'string' ? 'text' : 'element', e);
      }
    } else if (k === '$attributes') {
      if (isObject(v))
        for (const [a, av] of Object.entries(v)) {
          if (a === 'xmlns' || a.startsWith('xmlns:')) continue;
          out.push({
            path: `${path}/@${a}`,
            kind: 'attribute',
            names: [localName(a)],
            texts: [String(av)],
          });
        }
    } else if (k.startsWith('$') || k.startsWith('#') || k.startsWith('@')) {
      drop(out, path, 'other', { [k]: v });
    } else if (declared.has(k)) {
      result[k] = v;
      kept.add(k);
    } else {
      const childRow = rows.get(`${row.path}/${k}`);
      if (!childRow) {
        drop(out, `${path}/${k}`, 'element', { [k]: v });
        continue;
      }
      result[k] =
        Array.isArray(v) && !childRow.repeatingGroup
          ? v.map((x, i) => pruneNode(x, `${path}/${k}[${i + 1}]`, childRow, rows, out))
          : pruneNode(v, `${path}/${k}`, childRow, rows, out);
      kept.add(k);
    }
  }
  const lex = pruneLexical(value.$lexical, kept);
  if (lex) result.$lexical = structuredClone(lex);
  return result;
}

/**
 * Rebuilds a decoded dossier (the content of `dossier`) from the element table.
 * @param dossier - the decoded dossier; not modified
 * @param rows - the version's element table, indexed
 * @returns the rebuilt dossier and every drop, in document order
 */
export function allowListCopy(
  dossier: Record<string, unknown>,
  rows: RowMap,
): { dossier: Record<string, unknown>; dropped: Dropped[] } {
  const root = rows.get('/dossier');
  if (!root) throw new TypeError('element table without /dossier');
  const dropped: Dropped[] = [];
  const copy = pruneNode(dossier, '/dossier', root, rows, dropped) as Record<string, unknown>;
  return { dossier: copy, dropped };
}
