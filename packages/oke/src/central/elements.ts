/**
 * The element list of OKE for the derivation coverage: every property of every definition in the
 * shipped JSON Schema bundle (`schema/oke-ooapi-v5.json`), as `/<Definition>/<property>`, with
 * inline objects below it (`/Address/geolocation/latitude`) and inline list items as `*`
 * (`/NlTestAdminOffering/documents/* /documentId`, without the space). Properties of a `$ref` target are
 * listed under that target's own definition.
 */

/** A JSON Schema (the subset this walker reads). */
interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode | SchemaNode[];
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  $ref?: string;
}

function walk(prefix: string, node: SchemaNode, out: string[]): void {
  for (const [k, v] of Object.entries(node.properties ?? {})) {
    const p = `${prefix}/${k}`;
    out.push(p);
    if (v.properties) walk(p, v, out);
    if (v.items && !Array.isArray(v.items) && v.items.properties) walk(`${p}/*`, v.items, out);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const)
    for (const sub of node[key] ?? []) if (sub.properties && !sub.$ref) walk(prefix, sub, out);
}

/**
 * Lists the element paths of a JSON Schema bundle (sorted by definition, then schema order).
 * @param bundle - `{ definitions }` as in `schema/oke-ooapi-v5.json`
 */
export function schemaElements(bundle: { definitions?: Record<string, unknown> }): string[] {
  const out: string[] = [];
  for (const name of Object.keys(bundle.definitions ?? {}).sort())
    walk(`/${name}`, bundle.definitions![name] as SchemaNode, out);
  return out;
}
