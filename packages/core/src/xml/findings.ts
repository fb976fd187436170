/** Building structural findings (DESIGN.md §3): code `<prefix>.<kind>`, Dutch message, XPath-like path. */
import type { Finding, SourceRef } from '../report.js';

/** How findings of a codec run are labelled. */
export interface FindingContext {
  /** Code prefix, e.g. `OSO.XSD` → `OSO.XSD.minOccurs`. */
  prefix: string;
  /** Source of the structural rules, e.g. `{ document: 'OSO_gegevensset_2019.1.xsd', version: '2019.1' }`. */
  source?: SourceRef;
  /** The schema's target namespace (set by the codec; tells foreign elements apart in messages). */
  namespace?: string;
}

/**
 * Creates a structural finding (severity `fout`: every XSD violation fails validation).
 * @param ctx - prefix and source
 * @param kind - the violation kind, appended to the prefix
 * @param path - XPath-like path of the element
 * @param message - Dutch message (never containing a value of a sensitive element)
 * @param params - structured parameters
 */
export function structuralFinding(
  ctx: FindingContext,
  kind: string,
  path: string,
  message: string,
  params?: Record<string, unknown>,
): Finding {
  const f: Finding = { code: `${ctx.prefix}.${kind}`, severity: 'fout', path, message };
  if (ctx.source) f.source = ctx.source;
  if (params) f.params = params;
  return f;
}
