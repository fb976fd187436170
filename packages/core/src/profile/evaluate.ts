/**
 * The generic profile engine (DESIGN.md §2): evaluates any {@link Profile} over a decoded
 * document and returns the one report shape (DESIGN.md §3). Content problems are findings,
 * never exceptions; all findings are collected.
 */
import { EdustandaardError } from '../errors.js';
import { createReport, type Finding, type SourceRef, type ValidationReport } from '../report.js';
import { toOccurs } from './cardinality.js';
import { PROFILE_MESSAGES, renderMessage, type ProfileMessageCode } from './message.js';
import { ruleForRow } from './link.js';
import { findProfile } from './resolve.js';
import { evaluateCheck } from './kinds/index.js';
import {
  countChildren,
  defaultValueOf,
  parseAbsolutePath,
  parsePath,
  selectFromSteps,
  selectSteps,
  splitPath,
  type PathStep,
} from './select.js';
import type {
  CodeSet,
  EvaluateOptions,
  PathMatch,
  Profile,
  ProfileElement,
  ProfileRule,
  RuleContext,
  RuleHit,
  RuleOutcome,
} from './types.js';

/** Everything a finding needs besides its location and parameters. */
interface FindingTemplate {
  code: string;
  severity: Finding['severity'];
  message: string;
  source?: SourceRef;
}

function elementName(path: string): string {
  return splitPath(path).name || path;
}

function makeFinding(t: FindingTemplate, path: string, params: Record<string, unknown>): Finding {
  const all = { element: elementName(path), ...params };
  const f: Finding = {
    code: t.code,
    severity: t.severity,
    path,
    message: renderMessage(t.message, all),
  };
  if (t.source) f.source = t.source;
  f.params = all;
  return f;
}

function resolveCodes(
  options: EvaluateOptions,
  id: string,
  cache: Map<string, ReadonlySet<string>>,
): ReadonlySet<string> {
  const hit = cache.get(id);
  if (hit) return hit;
  const src = options.codelists;
  const list: CodeSet | undefined =
    typeof src === 'function'
      ? src(id)
      : src && Object.prototype.hasOwnProperty.call(src, id)
        ? src[id]
        : undefined;
  if (!list) {
    throw new EdustandaardError(
      'E_USAGE',
      `Codelijst '${id}' is niet meegegeven aan evaluateProfile (optie codelists)`,
    );
  }
  const set: ReadonlySet<string> = list instanceof Set ? list : new Set(list as readonly string[]);
  cache.set(id, set);
  return set;
}

/**
 * Evaluates a profile over a decoded document: element-row cardinalities (per parent instance),
 * allowed values and code lists, then the rules' predicates, in table order.
 * @param profile - the profile, or its id (resolved in `options.profiles`; unknown → `E_PROFILE_UNKNOWN`)
 * @param doc - the decoded document (see {@link selectPaths} for the model)
 * @param options - file label, version, code lists, value unwrap, root mode, profiles to resolve ids in
 * @returns the report: `valid` is false only when a finding has severity `fout`
 */
export function evaluateProfile(
  profile: Profile | string,
  doc: unknown,
  options: EvaluateOptions = {},
): ValidationReport {
  const p =
    typeof profile === 'string'
      ? findProfile(options.profiles ?? [], profile, options.version)
      : profile;
  const version = options.version ?? p.version;
  const issues: Finding[] = [];
  const linked = new Map<ProfileElement, ProfileRule | undefined>();
  for (const row of p.elements) linked.set(row, ruleForRow(p.rules, row));
  const valueOf = options.unwrapValue ?? defaultValueOf;
  // Each path is parsed once per evaluation (profiles and predicates reuse a few dozen paths).
  const absolute = new Map<string, PathStep[]>();
  const relative = new Map<string, PathStep[]>();
  const nav = options.navigator;
  const selectUncached = nav
    ? (path: string): PathMatch[] => nav.select(doc, path, options)
    : (path: string): PathMatch[] => {
        let steps = absolute.get(path);
        if (!steps) absolute.set(path, (steps = parseAbsolutePath(path)));
        return selectSteps(doc, steps, options);
      };
  // The document does not change during one evaluation, and rules share paths (OSO-BASE 2019.1: 294
  // selections of 102 paths): each absolute path is selected once; callers get their own array.
  const selected = new Map<string, PathMatch[]>();
  const select = (path: string): PathMatch[] => {
    let r = selected.get(path);
    if (!r) selected.set(path, (r = selectUncached(path)));
    return r.slice();
  };
  const selectFrom = nav
    ? (match: PathMatch, path: string): PathMatch[] => nav.selectFrom(match, path)
    : (match: PathMatch, path: string): PathMatch[] => {
        let steps = relative.get(path);
        if (!steps) relative.set(path, (steps = parsePath(path)));
        return selectFromSteps(match, steps);
      };
  const allowedSets = new Map<ProfileElement, ReadonlySet<string>>();
  const codeCache = new Map<string, ReadonlySet<string>>();

  for (const row of p.elements) checkElement(row);
  for (const rule of p.rules) if (rule.check || rule.test) runRule(rule);

  return createReport({
    file: options.file ?? '-',
    afsprakenset: p.afsprakenset,
    version,
    profile: p.id,
    pathType: 'xml',
    issues,
  });

  function template(row: ProfileElement, code: ProfileMessageCode): FindingTemplate {
    const r = linked.get(row);
    if (r) return { code: r.code, severity: r.severity, message: r.message, source: r.source };
    return { code, severity: 'fout', message: PROFILE_MESSAGES[code], source: row.source };
  }

  function parentsOf(parentPath: string): PathMatch[] {
    if (parentPath !== '') return select(parentPath);
    // The root element itself: its "parent" is the wrapper (or a synthetic one in root mode).
    const wrapper =
      options.root !== undefined ? (doc === undefined ? {} : { [options.root]: doc }) : doc;
    return [{ path: '', value: wrapper, parent: undefined }];
  }

  function checkElement(row: ProfileElement): void {
    const occurs = toOccurs(row.cardinality);
    if (!occurs) {
      throw new EdustandaardError(
        'E_USAGE',
        `Ongeldige cardinaliteit '${String(row.cardinality)}' voor ${row.path}`,
        {
          path: row.path,
        },
      );
    }
    const { parent, name } = splitPath(row.path);
    const last = row.path.slice(row.path.lastIndexOf('/') + 1);
    if (!row.path.startsWith('/') || last !== name || name === '*' || name === '') {
      throw new EdustandaardError(
        'E_USAGE',
        `Elementrij ${row.path}: het pad moet absoluut zijn en eindigen op een elementnaam (geen * of [n])`,
        { path: row.path },
      );
    }
    const base = { profile: p.id, cardinality: row.cardinality };
    for (const par of parentsOf(parent)) {
      const count = countChildren(par.value, name);
      const here = `${par.path}/${name}`;
      if (occurs.max === 0 && count > 0) {
        for (const m of selectFrom(par, name))
          issues.push(
            makeFinding(template(row, 'PROFILE.CARDINALITY.forbidden'), m.path, { ...base, count }),
          );
        continue;
      }
      if (count < occurs.min) {
        issues.push(
          makeFinding(template(row, 'PROFILE.CARDINALITY.missing'), here, {
            ...base,
            min: occurs.min,
            count,
          }),
        );
      } else if (occurs.max !== null && count > occurs.max) {
        issues.push(
          makeFinding(template(row, 'PROFILE.CARDINALITY.repeated'), `${here}[${occurs.max + 1}]`, {
            ...base,
            max: occurs.max,
            count,
          }),
        );
      }
      if (count > 0 && (row.allowedValues !== undefined || row.codelist !== undefined))
        checkValues(row, par, name);
    }
  }

  function checkValues(row: ProfileElement, par: PathMatch, name: string): void {
    let allowedSet = allowedSets.get(row);
    if (!allowedSet && row.allowedValues)
      allowedSets.set(row, (allowedSet = new Set(row.allowedValues.map(String))));
    const codes =
      row.codelist !== undefined ? resolveCodes(options, row.codelist, codeCache) : undefined;
    for (const m of selectFrom(par, name)) {
      const v = valueOf(m.value);
      if (v === undefined || v === null || typeof v === 'object') continue; // structure is the base validation's job
      const s = String(v);
      if (allowedSet && !allowedSet.has(s)) {
        issues.push(
          makeFinding(template(row, 'PROFILE.VALUE.notAllowed'), m.path, {
            profile: p.id,
            value: s,
            allowed: row.allowedValues!.map(String),
          }),
        );
      }
      if (codes && !codes.has(s)) {
        issues.push(
          makeFinding(template(row, 'PROFILE.CODELIST.unknownCode'), m.path, {
            profile: p.id,
            value: s,
            codelist: row.codelist,
          }),
        );
      }
    }
  }

  function runRule(rule: ProfileRule): void {
    const t: FindingTemplate = {
      code: rule.code,
      severity: rule.severity,
      message: rule.message,
      source: rule.source,
    };
    const ctxBase: RuleContext = {
      doc,
      select,
      selectFrom,
      valueOf,
      profile: p,
      version,
      rule,
    };
    const fail = (fallbackPath: string, error: string): void => {
      issues.push(
        makeFinding(
          {
            code: 'PROFILE.RULE.error',
            severity: 'fout',
            message: PROFILE_MESSAGES['PROFILE.RULE.error'],
            source: rule.source,
          },
          fallbackPath,
          { rule: rule.code, error },
        ),
      );
    };
    const invoke = (fallbackPath: string, match?: PathMatch): void => {
      let hits: RuleHit[] | undefined;
      try {
        hits = rule.check
          ? evaluateCheck(rule.check, ctxBase)
          : normalise(rule.test!(match ? { ...ctxBase, match } : ctxBase), fallbackPath);
      } catch (e) {
        // Only the error's name: a message could quote document content (a BSN).
        fail(fallbackPath, e instanceof Error ? e.name : typeof e);
        return;
      }
      if (!hits) {
        fail(fallbackPath, 'ongeldige uitkomst van het predicaat');
        return;
      }
      const seen = new Set<string>();
      for (const hit of hits) {
        if (seen.has(hit.path)) continue;
        seen.add(hit.path);
        issues.push(makeFinding(t, hit.path, hit.params ?? {}));
      }
    };
    if (rule.check) {
      // A check finds its own nodes; it runs once.
      invoke(rule.paths[0] ?? '/');
    } else if (rule.context !== undefined) {
      for (const m of select(rule.context)) invoke(m.path, m);
    } else {
      invoke(rule.paths[0] ?? '/');
    }
  }
}

/** The hits of a predicate's outcome, or `undefined` when the outcome is not a valid {@link RuleOutcome}. */
function normalise(outcome: RuleOutcome, fallbackPath: string): RuleHit[] | undefined {
  if (outcome === undefined || outcome === true) return [];
  if (outcome === false) return [{ path: fallbackPath }];
  const one = (h: unknown): RuleHit | undefined => {
    if (typeof h === 'string') return { path: h };
    if (h === null || typeof h !== 'object' || typeof (h as RuleHit).path !== 'string')
      return undefined;
    const params = (h as RuleHit).params;
    if (params !== undefined && (params === null || typeof params !== 'object')) return undefined;
    return h as RuleHit;
  };
  if (Array.isArray(outcome)) {
    const hits: RuleHit[] = [];
    for (const h of outcome as readonly unknown[]) {
      const hit = one(h);
      if (!hit) return undefined;
      hits.push(hit);
    }
    return hits;
  }
  const hit = one(outcome);
  return hit ? [hit] : undefined;
}
