/**
 * Turns ajv errors of the precompiled validators (allErrors) into findings with JSON-pointer
 * paths; every error is reported at once.
 *
 * Alternatives (the spec's oneOf/anyOf, e.g. `person: personId | Person`): each branch is
 * validated on its own. When only one branch fits the value's type (an object given where
 * `Identifier | Person` is allowed), its errors are reported as they are; otherwise one finding
 * lists every branch with its own errors (`params.branches`). A `consumers` entry is dispatched
 * on its consumerKey (schemas-lib.mjs), so a wrong enum inside an `nl-test-admin` entry is
 * reported at `/consumers/0/offeringState`.
 */
import type { ErrorObject } from 'ajv';
import {
  createFinding,
  schemaErrorMessage,
  type Finding,
  type SourceRef,
} from '@edustandaard/core';
import { OKE_MESSAGES } from './messages.js';

/** Code prefix of schema findings: `OKE.SCHEMA.required`, `OKE.SCHEMA.enum`, … */
export const SCHEMA_CODE = 'OKE.SCHEMA';

const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function locate(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'required') return `${e.instancePath}/${escape(String(p.missingProperty))}`;
  if (e.keyword === 'additionalProperties')
    return `${e.instancePath}/${escape(String(p.additionalProperty))}`;
  return e.instancePath;
}

/** Dutch message per ajv keyword: core's `SCHEMA_MESSAGES`, rendered from the params (the params stay in the finding). */
function message(e: ErrorObject): string {
  return schemaErrorMessage(e);
}

/** `$comment` prefix the build puts on every alternative (scripts/schemas-lib.mjs). */
const ALT_COMMENT = 'oke-alternative ';

/** One branch of an alternative, validated on its own. */
export interface BranchReport {
  /** The branch's schema title or type name (`Identifier`, `Person`, …). */
  title: string;
  /** Its findings, as code/path/message. */
  issues: { code: string; path: string; message: string }[];
}

interface Node {
  e: ErrorObject;
  path: string;
  branches?: { title: string; nodes: Node[] }[];
}

type Branches = Readonly<
  Record<string, readonly { title: string; validate: PrecompiledValidatorLike }[]>
>;
interface PrecompiledValidatorLike {
  (data: unknown, cxt?: object): boolean;
  errors?: ErrorObject[] | null;
}

const isAlternative = (e: ErrorObject) => e.keyword === 'anyOf' || e.keyword === 'oneOf';
const under = (q: string, p: string) => q === p || q.startsWith(`${p}/`);

/**
 * Groups raw ajv errors (allErrors, verbose): every error of an alternative's branches is
 * replaced by the alternative with each branch's errors apart (re-validated per branch with the
 * branch's own precompiled validator, so nothing is guessed from the error order).
 */
function group(errors: readonly ErrorObject[], alts: Branches | undefined): Node[] {
  const out: { node: Node | null; raw: number }[] = [];
  for (const e of errors) {
    if (e.keyword === 'if') {
      // The consumers dispatch (`if consumerKey is nl-test-admin then …`): the `then` errors say it.
      out.push({ node: null, raw: 1 });
      continue;
    }
    if (!isAlternative(e)) {
      out.push({ node: { e, path: locate(e) }, raw: 1 });
      continue;
    }
    const comment = (e.parentSchema as { $comment?: string } | undefined)?.$comment;
    const branches =
      comment?.startsWith(ALT_COMMENT) && alts
        ? alts[comment.slice(ALT_COMMENT.length)]
        : undefined;
    if (!branches || !('data' in e)) {
      // A merge-patch `null | X` wrapper: its branch errors are the contiguous ones under the path.
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
          !(
            c.e.keyword === 'type' &&
            (c.e.params as { type?: string }).type === 'null' &&
            c.path === e.instancePath
          ),
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
        rootData: e.data,
      });
      const errs = ok ? [] : [...(b.validate.errors ?? [])];
      return { title: b.title, raw: errs.length, nodes: group(errs, alts) };
    });
    let n = runs.reduce((a, r) => a + r.raw, 0);
    while (n > 0 && out.length) n -= out.pop()!.raw;
    const raw = 1 + runs.reduce((a, r) => a + r.raw, 0);
    if ((e.params as { passingSchemas?: unknown }).passingSchemas) {
      out.push({ node: { e, path: e.instancePath }, raw });
      continue;
    }
    // Not what was meant: a branch whose only complaint is the value's type at this place, or
    // whose type field (`associationType`, `offeringType`: the const the build binds each kind
    // to) says another kind.
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
          path: e.instancePath,
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

function prune(nodes: Node[]): Node[] {
  // A value of the wrong type needs no further enum/format/pattern findings at the same place.
  const typed = new Set(nodes.filter((l) => l.e.keyword === 'type').map((l) => l.path));
  const pruned = nodes.filter(
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

const params = (e: ErrorObject) => {
  const { passingSchemas, ...rest } = e.params as Record<string, unknown>;
  return passingSchemas === null || passingSchemas === undefined
    ? rest
    : { ...rest, passingSchemas };
};

function toFinding(n: Node, source: SourceRef, base: string): Finding {
  const path = `${base}${n.path}` || '/';
  if (n.branches) {
    const branches: BranchReport[] = n.branches.map((b) => ({
      title: b.title,
      issues: prune(b.nodes).map((x) => {
        const f = toFinding(x, source, base);
        return { code: f.code, path: f.path, message: f.message };
      }),
    }));
    // Each alternative with its own findings (their messages come from the catalogue already).
    const alternatives = branches
      .map(
        (b) =>
          `${b.title} (${b.issues.length} fout${b.issues.length === 1 ? '' : 'en'}: ${b.issues.map((i) => `${i.path} ${i.message}`).join('; ')})`,
      )
      .join(' | ');
    return createFinding(
      OKE_MESSAGES,
      n.e.keyword === 'oneOf' ? 'OKE.SCHEMA.oneOf#branches' : 'OKE.SCHEMA.anyOf#branches',
      {
        code: `${SCHEMA_CODE}.${n.e.keyword}`,
        path,
        source,
        params: { keyword: n.e.keyword, branches, alternatives },
      },
    );
  }
  return {
    code: `${SCHEMA_CODE}.${n.e.keyword}`,
    severity: 'fout',
    path,
    message: message(n.e),
    source,
    params: { ...params(n.e), keyword: n.e.keyword },
  };
}

/**
 * @param errors - ajv errors (allErrors mode)
 * @param source - where the schema comes from (document + schema name as section)
 * @param base - JSON pointer prefix for every path (default: the message root, `''`)
 * @param alternatives - per alternative (oneOf/anyOf) one validator per branch (the build's
 *   `ALTERNATIVES`); with it every branch's errors are listed apart
 * @returns findings with code `OKE.SCHEMA.<keyword>`, severity `fout`, JSON-pointer path
 */
export function findingsFromAjv(
  errors: readonly ErrorObject[] | null | undefined,
  source: SourceRef,
  base = '',
  alternatives?: Branches,
): Finding[] {
  if (!errors?.length) return [];
  return prune(group(errors, alternatives)).map((n) => toFinding(n, source, base));
}
