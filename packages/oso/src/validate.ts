/**
 * Base validation of an OSO dossier = XSD-equivalent structure (OSO.XSD.*) + the `OSO-BASE`
 * profile (code lists OSO.CODELIJST.n, gegevensset rules OG.*, OS.cat*) evaluated by core's engine,
 * in the one report shape (DESIGN.md §3).
 */
import {
  createReport,
  evaluateProfile,
  validateObject,
  type Finding,
  type Navigator,
  type ValidationReport,
  type XmlInput,
  type XmlLimits,
} from '@edustandaard/core';
import type { Dossier } from './model.js';
import { structuralContext } from './read.js';
import { OSO_BASE_PROFILES, osoRules, ROWS } from './rules.js';
import { osoNavigator } from './navigate.js';
import { readDossier, type DossierInput } from './input.js';
import { assertVersion, compiledSchema, type OsoVersion } from './versions.js';

const NAVIGATORS: Readonly<Record<OsoVersion, Navigator>> = {
  '2019.1': osoNavigator(ROWS['2019.1']),
  '2024.1': osoNavigator(ROWS['2024.1']),
};

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** `auto` (default): from the namespace (XML) or `metadata/standaardversie` (JSON, object). */
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

/** Options of {@link validateDecoded}. */
export interface ValidateDecodedOptions {
  /** The dossier's version. */
  version: OsoVersion;
  /** Input name in the report. */
  file?: string;
}

/**
 * The gegevensset's own checks over a decoded dossier — code lists, OG.*, OS.cat* — as the core
 * profile `OSO-BASE` evaluated by core's engine (the structure is the input normaliser's part).
 * @param dossier - the content of the root element `dossier`
 * @param options - `version` (required), `file`
 * @returns a report: afsprakenset `OSO`, profile `null`, the base findings
 */
export function validateDecoded(
  dossier: unknown,
  options: ValidateDecodedOptions,
): ValidationReport {
  const version = assertVersion(options.version);
  const file = options.file ?? '-';
  const profile = version === '2019.1' ? OSO_BASE_PROFILES[0]! : OSO_BASE_PROFILES[1]!;
  const r = evaluateProfile(profile, dossier, {
    root: 'dossier',
    version,
    file,
    navigator: NAVIGATORS[version],
  });
  return baseReport(file, version, r.issues);
}

/** The report of the gegevensset (no profile; XPath-like paths). */
function baseReport(file: string, version: OsoVersion, issues: Finding[]): ValidationReport {
  return createReport({
    file,
    afsprakenset: 'OSO',
    version,
    profile: null,
    pathType: 'xml',
    issues,
  });
}

/**
 * Base validation of an OSO dossier (XML, JSON or a decoded object): the input normaliser's
 * structural findings, then {@link validateDecoded}.
 * @param input - XML text/bytes, JSON text, or the decoded dossier object
 * @param options - version (`auto`), file name, limits
 * @returns one ValidationReport: afsprakenset `OSO`, profile `null`
 * @throws EdustandaardError for unreadable input (`E_XML_*`, `E_JSON_*`) or an unknown version
 */
export function validate(
  input: XmlInput | Dossier,
  options: ValidateOptions = {},
): ValidationReport {
  const file = options.file ?? '-';
  const { version, dossier, issues } = readDossier(input as DossierInput, {
    version: options.version,
    file,
    limits: options.limits,
  });
  issues.push(...validateDecoded(dossier, { version, file }).issues);
  return baseReport(file, version, issues);
}

export { osoRules };
