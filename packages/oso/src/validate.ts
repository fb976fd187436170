/**
 * Base validation of an OSO dossier = XSD-equivalent structure (OSO.XSD.*) + code lists
 * (OSO.CODELIJST.n) + gegevensset rules (OG.*, OS.cat*), in the one report shape (DESIGN.md §3).
 */
import {
  createReport,
  EdustandaardError,
  lexicalValue,
  validateObject,
  type Finding,
  type ValidationReport,
  type XmlInput,
  type XmlLimits,
} from '@edustandaard/core';
import type { Dossier } from './model.js';
import { read, structuralContext } from './read.js';
import { codelijsten } from './codelijsten.js';
import { osoRules, ROWS, OSO_RULES_2019_1, OSO_RULES_2024_1, type OsoRule } from './rules.js';
import { pathOf, scalar, selectLazy, type LazyNode } from './navigate.js';
import {
  assertVersion,
  compiledSchema,
  OSO_VERSION_INFO,
  OSO_VERSIONS,
  type OsoVersion,
} from './versions.js';

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** `auto` (default): from the namespace (XML) or `metadata/standaardversie` (object). */
  version?: 'auto' | OsoVersion;
  /** Input name in the report. */
  file?: string;
  limits?: XmlLimits;
}

/**
 * XSD-equivalent structural validation of a dossier object (e.g. parsed from JSON).
 * @param dossier - the content of the root element `dossier`
 * @param version - the OSO version
 */
export function validateStructure(dossier: unknown, version: OsoVersion): Finding[] {
  return validateObject(
    compiledSchema(assertVersion(version)),
    'dossier',
    dossier,
    structuralContext(version),
  );
}

/**
 * Code-list findings (`OSO.CODELIJST.<nummer>`): every coded element's value must be in its list.
 * @param dossier - the decoded dossier
 * @param version - the OSO version
 */
export function checkCodelijsten(dossier: unknown, version: OsoVersion): Finding[] {
  const out: Finding[] = [];
  const rows = ROWS[version];
  for (const cl of codelijsten(version)) {
    if (!cl.actief || cl.id === null) continue;
    const allowed = new Set(cl.codes.map((c) => c.code));
    for (const p of cl.paths) {
      for (const n of selectLazy(dossier, p, rows)) {
        const v = scalar(n.value);
        if (v === undefined || v === null || typeof v === 'object') continue;
        // The official 2019.1 validation compares text: `01` or ` 1 ` is not code `1` (#10 item 7b).
        const s = lexicalOf(n) ?? String(v);
        if (allowed.has(s)) continue;
        const name = p.slice(p.lastIndexOf('/') + 1);
        out.push({
          code: cl.id,
          severity: 'fout',
          path: pathOf(n),
          message: `De waarde van '${name}' komt niet voor in codelijst ${cl.nummer} (${cl.naam}).`,
          source: {
            document: 'OSO codelijsten (codelijsten.json)',
            version: '2019.1',
            section: `Codelijst ${cl.nummer}`,
          },
          params: { element: name, code: s, codelijst: cl.nummer },
        });
      }
    }
  }
  return out;
}

/**
 * The lexical form of a selected node (core's `lexicalValue`), with the object that holds it: in a
 * repeating sequence the group object, and the occurrence within that group.
 */
function lexicalOf(n: LazyNode): string | undefined {
  const m = /^(.*?)(?:\[(\d+)\])?$/.exec(n.step)!;
  const name = m[1]!;
  let index = m[2] === undefined ? undefined : Number(m[2]);
  let holder: unknown = n.parent?.value;
  if (Array.isArray(holder)) {
    let k = index ?? 1;
    for (const g of holder as Array<Record<string, unknown> | null>) {
      const gv = g?.[name];
      if (gv === undefined) continue;
      const len = Array.isArray(gv) ? gv.length : 1;
      if (k <= len) {
        holder = g;
        index = Array.isArray(gv) ? k : undefined;
        break;
      }
      k -= len;
    }
  }
  const path = index === undefined ? name : `${name}[${index}]`;
  return lexicalValue({ valueOf: scalar }, { path, value: n.value, parent: holder });
}

/**
 * Findings of the gegevensset rules (OG.*, OS.cat*).
 * @param dossier - the decoded dossier
 * @param version - the OSO version
 * @param rules - the rules (default: the version's rules)
 */
export function checkRules(
  dossier: unknown,
  version: OsoVersion,
  rules?: readonly OsoRule[],
): Finding[] {
  const rs = rules ?? (version === '2019.1' ? OSO_RULES_2019_1 : OSO_RULES_2024_1);
  const rows = ROWS[version];
  const out: Finding[] = [];
  for (const r of rs) {
    for (const h of r.check(dossier, rows)) {
      const f: Finding = {
        code: r.code,
        severity: r.severity,
        path: h.path,
        message: r.message,
        source: r.source,
      };
      if (h.params) f.params = h.params;
      out.push(f);
    }
  }
  return out;
}

function versionOfObject(d: unknown): OsoVersion {
  const std = scalar(
    (d as { metadata?: { standaardversie?: unknown } } | null)?.metadata?.standaardversie,
  );
  const v = OSO_VERSIONS.find((x) => OSO_VERSION_INFO[x].standaardversie === std);
  if (!v) {
    throw new EdustandaardError(
      'E_VERSION_UNKNOWN',
      `Kan de OSO-versie niet bepalen uit metadata/standaardversie; geef de versie op (${OSO_VERSIONS.join(', ')}).`,
      { path: '/dossier/metadata/standaardversie' },
    );
  }
  return v;
}

/**
 * Base validation of an OSO dossier (XML or a decoded object).
 * @param input - XML text/bytes, or the decoded dossier object
 * @param options - version (`auto`), file name, limits
 * @returns one ValidationReport: afsprakenset `OSO`, profile `null`
 * @throws EdustandaardError for unreadable XML (`E_XML_*`) or an unknown version
 */
export function validate(
  input: XmlInput | Dossier,
  options: ValidateOptions = {},
): ValidationReport {
  const file = options.file ?? '-';
  let version: OsoVersion;
  let dossier: unknown;
  let issues: Finding[];
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const r = read(input, { file, version: options.version ?? 'auto', limits: options.limits });
    version = r.version;
    dossier = r.dossier;
    issues = r.issues;
  } else {
    version =
      options.version && options.version !== 'auto'
        ? assertVersion(options.version)
        : versionOfObject(input);
    dossier = input;
    issues = validateStructure(input, version);
  }
  issues.push(...checkCodelijsten(dossier, version), ...checkRules(dossier, version));
  return createReport({ file, afsprakenset: 'OSO', version, profile: null, issues });
}

export { osoRules };
