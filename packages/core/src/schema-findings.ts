/**
 * The one adapter from JSON Schema (ajv) errors to findings (#10 item 4): JSON-pointer paths from
 * the payload's root (`pathType` `json-pointer`), one finding per problem, Dutch messages rendered
 * from the error's keyword and params (the params stay in the finding). Core does not depend on
 * ajv: {@link SchemaError} is the part of ajv's `ErrorObject` this reads.
 *
 * anyOf/oneOf: the branch whose errors reach deepest is reported, so a wrong enum inside one
 * alternative is reported where it is, not as "matches no alternative".
 */
import type { Finding, SourceRef } from './report.js';
import { formatMessage } from './messages/catalogue.js';
import { SCHEMA_MESSAGES, type SchemaMessageId } from './messages/schema.js';

/** What the adapter reads of an ajv `ErrorObject`. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown> | object;
  message?: string | undefined;
}

/** Options of {@link findingsFromSchemaErrors}. */
export interface SchemaFindingOptions {
  /** Code prefix: findings get `<prefix>.<keyword>` (`OSO.JSON.required`, `OKE.SCHEMA.enum`). */
  codePrefix: string;
  /** Where the schema comes from. */
  source: SourceRef;
  /** JSON-pointer prefix for every path (default `''`, the payload's root). */
  base?: string;
  /**
   * Errors inside an anyOf/oneOf branch that are not problems by themselves (a discriminator of
   * another alternative, the `null` of a merge-patch value): return true to ignore one.
   */
  ignoreInBranch?: (e: SchemaError, path: string, branchPath: string) => boolean;
}

interface Located {
  e: SchemaError;
  path: string;
}

const escape = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');
const depth = (p: string): number => (p === '' ? 0 : p.split('/').length - 1);
const paramsOf = (e: SchemaError): Record<string, unknown> => e.params as Record<string, unknown>;

function locate(e: SchemaError): string {
  const p = paramsOf(e);
  if (e.keyword === 'required') return `${e.instancePath}/${escape(String(p.missingProperty))}`;
  if (e.keyword === 'additionalProperties')
    return `${e.instancePath}/${escape(String(p.additionalProperty))}`;
  return e.instancePath;
}

/**
 * The Dutch message of a schema error, from {@link SCHEMA_MESSAGES} (`*` for a keyword without a
 * template of its own).
 * @param e - the error
 */
export function schemaErrorMessage(e: SchemaError): string {
  return formatMessage(SCHEMA_MESSAGES, schemaMessageId(e), { ...paramsOf(e), keyword: e.keyword });
}

/**
 * The template id of a schema error: its keyword, `oneOf#passing` when more than one alternative
 * fits, `*` for a keyword without a template.
 * @param e - the error
 */
export function schemaMessageId(e: SchemaError): SchemaMessageId {
  if (e.keyword === 'oneOf' && paramsOf(e).passingSchemas) return 'oneOf#passing';
  return Object.prototype.hasOwnProperty.call(SCHEMA_MESSAGES.nl, e.keyword)
    ? (e.keyword as SchemaMessageId)
    : '*';
}

function prune(errors: readonly SchemaError[], options: SchemaFindingOptions): Located[] {
  const out: Located[] = [];
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf') {
      out.push({ e, path: locate(e) });
      continue;
    }
    const P = e.instancePath;
    let start = out.length;
    while (start > 0) {
      const q = out[start - 1]!.path;
      if (q === P || q.startsWith(`${P}/`)) start--;
      else break;
    }
    const ignore = options.ignoreInBranch;
    const cands = out.splice(start).filter((c) => !ignore?.(c.e, c.path, P));
    const best = Math.max(-1, ...cands.map((c) => depth(c.path)));
    if (cands.length === 1 || (cands.length && best > depth(P)))
      out.push(...cands.filter((c) => depth(c.path) === best));
    else out.push({ e, path: P });
  }
  // A value of the wrong type needs no further enum/format/pattern findings at the same place.
  const typed = new Set(out.filter((l) => l.e.keyword === 'type').map((l) => l.path));
  const pruned = out.filter(
    (l) =>
      l.e.keyword === 'type' ||
      !typed.has(l.path) ||
      !['enum', 'const', 'format', 'pattern'].includes(l.e.keyword),
  );
  const seen = new Set<string>();
  return pruned.filter((l) => {
    const k = `${l.path}\u0000${l.e.keyword}\u0000${JSON.stringify(l.e.params)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Findings from ajv errors (collected with `allErrors`).
 * @param errors - the validator's `errors`
 * @param options - code prefix, source, path prefix, branch filter
 * @returns findings `<prefix>.<keyword>`, severity `fout`, JSON-pointer path (`/` for the root)
 */
export function findingsFromSchemaErrors(
  errors: readonly SchemaError[] | null | undefined,
  options: SchemaFindingOptions,
): Finding[] {
  if (!errors?.length) return [];
  const base = options.base ?? '';
  return prune(errors, options).map(({ e, path }) => ({
    code: `${options.codePrefix}.${e.keyword}`,
    severity: 'fout' as const,
    path: `${base}${path}` || '/',
    message: schemaErrorMessage(e),
    source: options.source,
    params: { ...paramsOf(e), keyword: e.keyword },
  }));
}
