/**
 * JSON merge patch (RFC 7396), as the PATCH operations of ooapiv5_MBO.yaml use it
 * (`application/merge-patch+json`), with the OKE rule for `consumers` lists: an entry is merged
 * into the existing entry with the same consumerKey (flow 2.5, flow 4.1 send only the changed
 * attributes); and an empty list removes a list.
 */

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
    else if (k === 'consumers' && Array.isArray(v)) out[k] = mergeConsumers(out[k], v);
    else if (Array.isArray(v)) out[k] = structuredClone(v);
    else out[k] = applyMergePatch(out[k], v);
  }
  return out;
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
