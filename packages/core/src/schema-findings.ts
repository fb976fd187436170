/**
 * The one adapter from JSON Schema (ajv) errors to findings (#10 item 4): JSON-pointer paths from
 * the payload's root (`pathType` `json-pointer`), one finding per problem, Dutch messages rendered
 * from the error's keyword and params (the params stay in the finding). Core does not depend on
 * ajv: {@link SchemaError} is the part of ajv's `ErrorObject` this reads.
 *
 * anyOf/oneOf, by default: the branch whose errors reach deepest is reported, so a wrong enum
 * inside one alternative is reported where it is, not as "matches no alternative" (oso).
 *
 * anyOf/oneOf with {@link SchemaFindingOptions.branches} (oke, #14 "grouped per branch for
 * alternatives"): each branch is re-validated on its own with its own validator, so nothing is
 * guessed from ajv's error order. When one branch is plausible (the others fail only on the
 * value's type at this place, or on a `const` kind field one level down), its errors are reported
 * as they are; otherwise one `<prefix>.oneOf`/`.anyOf` finding lists every branch with its own
 * findings in `params.branches`.
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
  /** The value at `instancePath` (ajv's `verbose` mode); needed to re-validate a branch. */
  data?: unknown;
  /** The schema holding the failing keyword (ajv's `verbose` mode). */
  parentSchema?: unknown;
}

/** Where a branch validator runs (ajv's `DataValidationCxt`): paths stay those of the whole value. */
export interface SchemaValidationContext {
  instancePath: string;
  parentData: Record<string, unknown>;
  parentDataProperty: string;
  rootData: Record<string, unknown> | unknown[];
  dynamicAnchors: Record<string, never>;
}

/** A validator of one branch of an alternative (an ajv or precompiled ajv function). */
export interface SchemaBranchValidator {
  (data: unknown, context?: SchemaValidationContext): boolean;
  errors?: readonly SchemaError[] | null | undefined;
}

/** One branch of an alternative (anyOf/oneOf) and its validator. */
export interface SchemaBranch {
  /** The branch's schema title or type name (`Identifier`, `Person`, …). */
  title: string;
  validate: SchemaBranchValidator;
}

/** One branch of an alternative no branch fits, with its own findings (`params.branches`). */
export interface SchemaBranchReport {
  /** The branch's schema title or type name. */
  title: string;
  /** Its findings, as code/path/message. */
  issues: { code: string; path: string; message: string }[];
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
  /**
   * The branches of an alternative error (anyOf/oneOf, collected with ajv's `verbose`), each with
   * its own validator; `undefined` for an alternative that has none. With this option every
   * alternative is reported per branch (see the module comment); without it, the deepest branch.
   */
  branches?: (e: SchemaError) => readonly SchemaBranch[] | undefined;
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

function deepest(errors: readonly SchemaError[], options: SchemaFindingOptions): Located[] {
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
  return out;
}

/** A located error; an alternative no branch fits carries each branch's own (grouped) errors. */
interface Node extends Located {
  branches?: { title: string; nodes: Node[] }[];
}

const isAlternative = (e: SchemaError): boolean => e.keyword === 'anyOf' || e.keyword === 'oneOf';
const under = (q: string, p: string): boolean => q === p || q.startsWith(`${p}/`);

/**
 * Groups raw errors per alternative: the errors of an alternative's branches (which ajv reports
 * before the alternative itself) are replaced by the alternative with each branch's errors apart.
 * `raw` counts the ajv errors a node stands for, so they can be taken back off the list.
 */
function grouped(
  errors: readonly SchemaError[],
  branchesOf: (e: SchemaError) => readonly SchemaBranch[] | undefined,
): Node[] {
  const out: { node: Node | null; raw: number }[] = [];
  for (const e of errors) {
    if (e.keyword === 'if') {
      // An `if`/`then` dispatch: the `then`/`else` errors say what is wrong.
      out.push({ node: null, raw: 1 });
      continue;
    }
    if (!isAlternative(e)) {
      out.push({ node: { e, path: locate(e) }, raw: 1 });
      continue;
    }
    const branches = 'data' in e ? branchesOf(e) : undefined;
    if (!branches) {
      // An alternative without branch validators (e.g. a merge patch's `null | X`): its branch
      // errors are the contiguous ones under its path; a `null` type error at the place itself
      // is only the other branch.
      let raw = 1;
      const cands: Node[] = [];
      while (
        out.length &&
        (out[out.length - 1]!.node === null ||
          under(out[out.length - 1]!.node!.path, e.instancePath))
      ) {
        const x = out.pop()!;
        raw += x.raw;
        if (x.node) cands.unshift(x.node);
      }
      const real = cands.filter(
        (c) =>
          !(c.e.keyword === 'type' && paramsOf(c.e).type === 'null' && c.path === e.instancePath),
      );
      if (real.length) real.forEach((n, i) => out.push({ node: n, raw: i === 0 ? raw : 0 }));
      else out.push({ node: { e, path: e.instancePath }, raw });
      continue;
    }
    const runs = branches.map((b) => {
      const ok = b.validate(e.data, {
        instancePath: e.instancePath,
        parentData: {},
        parentDataProperty: '',
        rootData: e.data as SchemaValidationContext['rootData'],
        dynamicAnchors: {},
      });
      const errs = ok ? [] : [...(b.validate.errors ?? [])];
      return { title: b.title, raw: errs.length, nodes: grouped(errs, branchesOf) };
    });
    let n = runs.reduce((a, r) => a + r.raw, 0);
    while (n > 0 && out.length) n -= out.pop()!.raw;
    const raw = 1 + runs.reduce((a, r) => a + r.raw, 0);
    if (paramsOf(e).passingSchemas) {
      out.push({ node: { e, path: e.instancePath }, raw });
      continue;
    }
    // Not what was meant: a branch whose only complaint is the value's type at this place, or
    // whose kind field (a `const` one level down) says another kind.
    const P = e.instancePath;
    const plausible = runs.filter(
      (r) =>
        !(
          r.nodes.length > 0 &&
          (r.nodes.every((x) => x.e.keyword === 'type' && x.path === P) ||
            r.nodes.some(
              (x) => x.e.keyword === 'const' && x.path.slice(0, x.path.lastIndexOf('/')) === P,
            ))
        ),
    );
    if (plausible.length === 1)
      plausible[0]!.nodes.forEach((x, i) => out.push({ node: x, raw: i === 0 ? raw : 0 }));
    else
      out.push({
        node: {
          e,
          path: P,
          branches: (plausible.length ? plausible : runs).map((r) => ({
            title: r.title,
            nodes: r.nodes,
          })),
        },
        raw,
      });
  }
  return out.flatMap((x) => (x.node ? [x.node] : []));
}

function prune<T extends Located>(out: readonly T[]): T[] {
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
  const nodes: Node[] = options.branches
    ? grouped(errors, options.branches)
    : deepest(errors, options);
  return prune(nodes).map((n) => toFinding(n, options));
}

/** ajv's `passingSchemas` only when set (a oneOf that more than one branch fits). */
function paramsWithout(e: SchemaError): Record<string, unknown> {
  const { passingSchemas, ...rest } = paramsOf(e);
  return passingSchemas === null || passingSchemas === undefined
    ? rest
    : { ...rest, passingSchemas };
}

function toFinding(n: Node, options: SchemaFindingOptions): Finding {
  const code = `${options.codePrefix}.${n.e.keyword}`;
  const path = `${options.base ?? ''}${n.path}` || '/';
  if (n.branches) {
    const branches: SchemaBranchReport[] = n.branches.map((b) => ({
      title: b.title,
      issues: prune(b.nodes).map((x) => {
        const f = toFinding(x, options);
        return { code: f.code, path: f.path, message: f.message };
      }),
    }));
    const alternatives = branches
      .map(
        (b) =>
          `${b.title} (${b.issues.length} fout${b.issues.length === 1 ? '' : 'en'}: ${b.issues.map((i) => `${i.path} ${i.message}`).join('; ')})`,
      )
      .join(' | ');
    const params = { keyword: n.e.keyword, branches, alternatives };
    return {
      code,
      severity: 'fout',
      path,
      message: formatMessage(
        SCHEMA_MESSAGES,
        n.e.keyword === 'oneOf' ? 'oneOf#branches' : 'anyOf#branches',
        params,
      ),
      source: options.source,
      params,
    };
  }
  return {
    code,
    severity: 'fout',
    path,
    message: schemaErrorMessage(n.e),
    source: options.source,
    params: { ...(options.branches ? paramsWithout(n.e) : paramsOf(n.e)), keyword: n.e.keyword },
  };
}
