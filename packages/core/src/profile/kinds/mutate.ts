/** Document edits shared by the kinds' `repair` (the only code that changes a document). */

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Removes a child element (every occurrence) from an element object, with its recorded lexical
 * forms, and returns the concrete paths removed.
 * @param obj - the element's content object
 * @param base - the element's concrete path
 * @param name - the child's local name
 */
export function removeChild(obj: unknown, base: string, name: string): string[] {
  if (!isObject(obj) || !Object.prototype.hasOwnProperty.call(obj, name)) return [];
  const v = obj[name];
  const removed = Array.isArray(v)
    ? v.map((_, i) => `${base}/${name}[${i + 1}]`)
    : [`${base}/${name}`];
  delete obj[name];
  dropLexical(obj, name);
  return removed;
}

/**
 * Sets a scalar child, replacing what was there (its recorded lexical form goes too: the new value
 * is written canonically).
 * @param obj - the element's content object
 * @param name - the child's local name
 * @param value - the new value
 * @returns the previous value, `undefined` when the child was absent
 */
export function setChild(obj: unknown, name: string, value: string): unknown {
  if (!isObject(obj)) return undefined;
  const old = obj[name];
  obj[name] = value;
  dropLexical(obj, name);
  return old;
}

function dropLexical(obj: Obj, name: string): void {
  const lex = obj['$lexical'];
  if (!isObject(lex) || !Object.prototype.hasOwnProperty.call(lex, name)) return;
  delete lex[name];
  if (Object.keys(lex).length === 0) delete obj['$lexical'];
}

/** True for an element's content object. */
export { isObject };
