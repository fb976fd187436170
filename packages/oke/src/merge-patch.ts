/**
 * JSON merge patch (RFC 7396), as the PATCH operations of ooapiv5_MBO.yaml use it
 * (`application/merge-patch+json`), with the OKE rule for `consumers` lists: an entry is merged
 * into the existing entry with the same consumerKey (flow 2.5, flow 4.1 send only the changed
 * attributes); and an empty list removes a list.
 */

/** The keys of T a value may leave out (`{} extends Pick<T, K>`). */
type OptionalKeys<T> = {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the test for an optional key
  [K in keyof T]-?: {} extends Pick<T, K> ? K : never;
}[keyof T];

/**
 * The merge-patch view (RFC 7396, as {@link applyMergePatch} applies it) of a type T from
 * openapi-typescript: every property optional; `null` removes an optional value (not a required
 * one); a list is replaced whole, so its items stay complete, and an empty list removes it; a
 * nested object is a patch itself; the entries of a `consumers` list are patches keyed by their
 * `consumerKey` (flow 2.5, flow 4.1). The validators check the same rules (SCHEMA_READINGS).
 */
export type MergePatch<T> = T extends readonly unknown[]
  ? T | []
  : T extends object
    ? {
        [K in keyof T]?:
          | (K extends 'consumers' ? ConsumersPatch<T[K]> : PatchValue<T[K]>)
          | (K extends OptionalKeys<T> ? null : never);
      }
    : T;

type PatchValue<V> = V extends readonly unknown[] ? V | [] : V extends object ? MergePatch<V> : V;

type ConsumersPatch<V> = V extends readonly (infer E)[]
  ? (E extends object ? MergePatch<E> & { consumerKey: string } : E)[]
  : PatchValue<V>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * @param target - the stored resource (not modified)
 * @param patch - the merge patch
 * @returns the patched resource
 */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  const out: Record<string, unknown> = isObject(target) ? structuredClone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    // null removes a value; an empty list removes a list (OKE: even where minItems is 1).
    if (v === null || (Array.isArray(v) && v.length === 0)) delete out[k];
    else if (k === 'consumers' && Array.isArray(v)) set(out, k, mergeConsumers(out[k], v));
    else if (Array.isArray(v)) set(out, k, structuredClone(v));
    else set(out, k, applyMergePatch(Object.hasOwn(out, k) ? out[k] : undefined, v));
  }
  return out;
}

/**
 * Defines a member as data: a member named `__proto__` (JSON.parse makes it an own key) stays a
 * plain member and never replaces the object's prototype (#17 item 7).
 */
function set(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

function mergeConsumers(existing: unknown, patch: readonly unknown[]): unknown[] {
  const list = Array.isArray(existing) ? structuredClone(existing) : [];
  for (const entry of patch) {
    const key = isObject(entry) ? entry.consumerKey : undefined;
    const i = list.findIndex((e) => isObject(e) && e.consumerKey === key);
    if (i >= 0) list[i] = applyMergePatch(list[i], entry);
    else list.push(applyMergePatch({}, entry));
  }
  return list;
}
