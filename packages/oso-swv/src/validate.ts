/**
 * `validate()`: base validation of the OSO gegevensset (`@edustandaard/oso`) plus the SWV profile's
 * table rows and business rules (core's generic engine), in the one report shape.
 */
import {
  EdustandaardError,
  createReport,
  evaluateProfile,
  renderMessage,
  type Finding,
  type ValidationReport,
} from '@edustandaard/core';
import { checkCodelijsten, checkRules, validate as validateBase } from '@edustandaard/oso';
import type { Profile } from './engine-types.js';
import {
  AFSPRAKENSET,
  SWV_CONSTANTS,
  SWV_PROFILE_IDS,
  type SwvProfileId,
  type SwvVersion,
} from './data/constants.js';
import { SWV_PROFILES } from './profiles.js';
import { parseVersion, readSwvInput, type DecodedDossier, type SwvInput } from './input.js';

/** Options of {@link validate}. */
export interface SwvValidateOptions {
  /** `PO-SWV` / `VO-SWV` (case-insensitive); default: inferred from `metadata/overstap` (POSWV / VOSWV). */
  profile?: string;
  /** `2019.1` / `2024.1` / `auto` (default: from the namespace, or `metadata/standaardversie` for a decoded dossier). */
  version?: string;
  /** Label for the report's `file` (default `-`). */
  file?: string;
}

/**
 * Resolves a profile id option (`po-swv`, `PO-SWV`).
 * @param id - the option value
 * @returns the canonical id; throws `E_PROFILE_UNKNOWN` otherwise
 */
export function parseProfileId(id: string): SwvProfileId {
  const up = id.toUpperCase();
  const hit = SWV_PROFILE_IDS.find((p) => p === up);
  if (!hit)
    throw new EdustandaardError(
      'E_PROFILE_UNKNOWN',
      `Onbekend SWV-profiel '${id}'; bekend: ${SWV_PROFILE_IDS.join(', ')}`,
    );
  return hit;
}

/**
 * Infers the profile from `metadata/overstap` (`OSO SWV-profielen` Tabel 1, PaO.SO02).
 * @param dossier - decoded dossier
 * @param version - its version
 * @returns the profile id, or undefined when overstap is absent or not POSWV/VOSWV
 */
export function inferProfileId(
  dossier: DecodedDossier,
  version: SwvVersion,
): SwvProfileId | undefined {
  const meta = dossier.metadata as Record<string, unknown> | undefined;
  const overstap = meta?.overstap;
  const map = SWV_CONSTANTS[version].overstap;
  return SWV_PROFILE_IDS.find((id) => map[id] === overstap);
}

/**
 * The SWV profile for an id and version.
 * @param id - `PO-SWV` or `VO-SWV`
 * @param version - `2019.1` or `2024.1`
 */
export function getProfile(id: SwvProfileId, version: SwvVersion): Profile {
  const p = SWV_PROFILES.find((x) => x.id === id && x.version === version);
  if (!p)
    throw new EdustandaardError('E_PROFILE_UNKNOWN', `Geen profiel ${id} in versie ${version}`);
  return p;
}

function stripIndices(path: string): string {
  return path.replace(/\[\d+\]/g, '');
}

/**
 * The standard reuses some rule codes for different rules (PaO.SL01: school address and schoolloopbaan);
 * core links an element row to the first rule with that code. This picks, per finding, the rule with
 * that code whose `paths` cover the finding's path, and takes its message and source.
 */
function disambiguate(profile: Profile, issues: Finding[]): Finding[] {
  const byCode = new Map<string, Profile['rules'][number][]>();
  for (const r of profile.rules) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  return issues.map((f) => {
    const variants = byCode.get(f.code);
    if (!variants || variants.length < 2) return f;
    const p = stripIndices(f.path);
    const r = variants.find((v) => v.paths.some((rp) => p === rp || p.startsWith(`${rp}/`)));
    if (!r) return f;
    const out: Finding = {
      ...f,
      message: renderMessage(r.message, f.params ?? {}),
      severity: r.severity,
      source: r.source,
    };
    return out;
  });
}

/**
 * Validates an SWV dossier: base validation of the OSO gegevensset plus the PO-SWV or VO-SWV profile.
 * @param input - XML (string or bytes) or a decoded dossier
 * @param options - `profile` (default from `metadata/overstap`), `version` (default from the namespace), `file`
 * @returns one report: `afsprakenset` `OSO-SWV`, the version, the profile id, every finding (base first)
 */
export function validate(input: SwvInput, options: SwvValidateOptions = {}): ValidationReport {
  const file = options.file ?? '-';
  const { version, dossier, readIssues, fromXml } = readSwvInput(input, {
    version: parseVersion(options.version),
    file,
  });
  const profileId =
    options.profile !== undefined
      ? parseProfileId(options.profile)
      : inferProfileId(dossier, version);
  if (!profileId) {
    throw new EdustandaardError(
      'E_PROFILE_UNKNOWN',
      'Kan het SWV-profiel niet afleiden: metadata/overstap is niet "POSWV" of "VOSWV"; geef het profiel op (PO-SWV of VO-SWV)',
      { file, path: '/dossier/metadata/overstap' },
    );
  }
  const profile = getProfile(profileId, version);
  // Base validation (OSO gegevensset). XML was structurally checked while reading; an object is
  // checked by the base validator's structure pass.
  const issues: Finding[] = fromXml
    ? [...readIssues, ...checkCodelijsten(dossier, version), ...checkRules(dossier, version)]
    : validateBase(dossier as never, { version, file }).issues;
  const own = evaluateProfile(profile, { dossier }, { file, version });
  issues.push(...disambiguate(profile, own.issues));
  return createReport({ file, afsprakenset: AFSPRAKENSET, version, profile: profileId, issues });
}
