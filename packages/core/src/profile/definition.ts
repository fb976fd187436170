/**
 * Definition-time checks of a profile against the element table of its base data set
 * (STYLE.md "Worth absorbing" 3, after FHIR/sushi: narrowing that widens the base is itself an
 * error, reported with base and requested value).
 */
import type { Finding, SourceRef } from '../report.js';
import { checkNarrowing, formatCardinality, toOccurs } from './cardinality.js';
import { PROFILE_MESSAGES, renderMessage, type ProfileMessageCode } from './message.js';
import { parsePath, splitPath } from './select.js';
import type { BaseElement, BaseElementTable, Profile } from './types.js';

/** Strips `[n]` indices and normalises `*` so paths compare as table keys. */
function tableKey(path: string): string {
  return path.replace(/\[[0-9]+\]/g, '');
}

/**
 * Checks a profile definition against its base: every element and rule path exists in the base,
 * each cardinality narrows the base's (`PROFILE.NARROWING.widens`, params `base` and `requested`),
 * allowed values stay within the base's, rows are unique, linked rules exist, rule codes are unique.
 * @param profile - the profile to check
 * @param base - the base's element table (`{ id, version, elements }`), or just its element rows
 * @returns findings (severity `fout`); an empty list means the definition is sound
 */
export function validateProfileDefinition(
  profile: Profile,
  base: BaseElementTable | readonly BaseElement[],
): Finding[] {
  const table: BaseElementTable = Array.isArray(base)
    ? {
        id: profile.base.id,
        version: profile.base.version,
        elements: base as readonly BaseElement[],
      }
    : (base as BaseElementTable);
  const baseLabel = `${table.id} ${table.version}`;
  const out: Finding[] = [];
  const add = (
    code: ProfileMessageCode,
    path: string,
    params: Record<string, unknown>,
    source?: SourceRef,
  ): void => {
    const all = { element: splitPath(path).name || path, path, ...params };
    const f: Finding = {
      code,
      severity: 'fout',
      path,
      message: renderMessage(PROFILE_MESSAGES[code], all),
      params: all,
    };
    if (source ?? profile.source) f.source = (source ?? profile.source)!;
    out.push(f);
  };

  if (table.id !== profile.base.id || table.version !== profile.base.version) {
    add('PROFILE.BASE.mismatch', '/', {
      expected: `${profile.base.id} ${profile.base.version}`,
      actual: baseLabel,
    });
  }

  const byPath = new Map<string, BaseElement>();
  for (const e of table.elements) byPath.set(tableKey(e.path), e);
  const known = (path: string): boolean => {
    try {
      parsePath(path);
    } catch {
      return false;
    }
    return byPath.has(tableKey(path)) || isRootOf(path);
  };
  const isRootOf = (path: string): boolean => {
    const k = tableKey(path);
    for (const p of byPath.keys()) if (p.startsWith(`${k}/`)) return true;
    return false;
  };

  // A code may be reused for different rules (PaO.SL01 in Tabel 1 and 2); the same code on the same path is a duplicate.
  const ruleCodes = new Set<string>();
  const rulePaths = new Set<string>();
  for (const r of profile.rules) {
    const keys = (r.paths.length > 0 ? r.paths : ['']).map((p) => `${r.code}\u0000${tableKey(p)}`);
    if (keys.some((k) => rulePaths.has(k))) {
      add('PROFILE.RULE.duplicate', r.paths[0] ?? '/', { rule: r.code }, r.source);
    }
    for (const k of keys) rulePaths.add(k);
    ruleCodes.add(r.code);
  }

  const seen = new Set<string>();
  for (const row of profile.elements) {
    const key = tableKey(row.path);
    if (seen.has(key)) add('PROFILE.ELEMENT.duplicate', row.path, {}, row.source);
    seen.add(key);
    if (row.rule !== undefined && !ruleCodes.has(row.rule)) {
      add('PROFILE.ELEMENT.ruleUnknown', row.path, { rule: row.rule }, row.source);
    }
    const requested = toOccurs(row.cardinality);
    if (!requested) {
      add(
        'PROFILE.CARDINALITY.invalid',
        row.path,
        { cardinality: String(row.cardinality) },
        row.source,
      );
      continue;
    }
    const b = byPath.get(key);
    if (!b) {
      add('PROFILE.ELEMENT.unknown', row.path, { base: baseLabel }, row.source);
      continue;
    }
    if (!toOccurs(b.cardinality)) {
      add(
        'PROFILE.CARDINALITY.invalid',
        row.path,
        { cardinality: JSON.stringify(b.cardinality), in: 'base' },
        row.source,
      );
      continue;
    }
    // XSD choice alternative: optional under the parent whatever its own minOccurs.
    const baseOccurs =
      b.choice !== undefined ? { ...toOccurs(b.cardinality)!, min: 0 } : b.cardinality;
    const n = checkNarrowing(baseOccurs, row.cardinality);
    if (!n.ok) {
      add(
        'PROFILE.NARROWING.widens',
        row.path,
        {
          base: formatCardinality(baseOccurs),
          requested: formatCardinality(row.cardinality),
          widens: n.widens,
        },
        row.source,
      );
    }
    if (row.allowedValues && b.allowedValues) {
      const baseValues = new Set(b.allowedValues.map(String));
      const extra = row.allowedValues.map(String).filter((v) => !baseValues.has(v));
      if (extra.length > 0)
        add('PROFILE.NARROWING.valuesWiden', row.path, { values: extra }, row.source);
    }
    if (row.codelist !== undefined && b.codelist !== undefined && row.codelist !== b.codelist) {
      add(
        'PROFILE.NARROWING.codelistChanged',
        row.path,
        { base: b.codelist, requested: row.codelist },
        row.source,
      );
    }
  }

  for (const r of profile.rules) {
    if (r.paths.length === 0) add('PROFILE.RULE.noPaths', '/', { rule: r.code }, r.source);
    for (const path of r.paths) {
      if (!known(path))
        add('PROFILE.RULE.pathUnknown', path, { rule: r.code, base: baseLabel }, r.source);
    }
    if (r.context !== undefined && !known(r.context)) {
      add('PROFILE.RULE.contextUnknown', r.context, { rule: r.code, base: baseLabel }, r.source);
    }
  }
  return out;
}
