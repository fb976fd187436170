/**
 * `validate()`: base validation of the OSO gegevensset (`@edustandaard/oso`) plus the SWV profile's
 * table rows and business rules (core's generic engine), in the one report shape.
 */
import {
  EdustandaardError,
  createReport,
  evaluateProfile,
  findProfile,
  type Finding,
  type ValidationReport,
} from '@edustandaard/core';
import { validateDecoded } from '@edustandaard/oso';
import type { Profile } from './engine-types.js';
import {
  AFSPRAKENSET,
  SWV_CONSTANTS,
  SWV_PROFILE_IDS,
  type SwvProfileId,
  type SwvProfileName,
  type SwvVersion,
  type SwvVersionOption,
} from './data/constants.js';
import { SWV_PROFILES } from './profiles.js';
import { parseVersion, readSwvInput, type DecodedDossier, type SwvInput } from './input.js';

/** Options of {@link validate}. */
export interface SwvValidateOptions {
  /**
   * `PO-SWV` / `VO-SWV` (or lower case); default: inferred from `metadata/overstap` (POSWV /
   * VOSWV). Text a person typed goes through `parseProfileId` first.
   */
  profile?: SwvProfileName;
  /**
   * `2019.1` / `2024.1` / `auto` (default: from the namespace, or `metadata/standaardversie` for a
   * decoded dossier). Text a person typed goes through `parseVersion` first.
   */
  version?: SwvVersionOption;
  /** Label for the report's `file` (default `-`). */
  file?: string;
  /** Profiles to resolve the profile in (default the four SWV profiles; a test copy shows the engine follows the data). */
  profiles?: readonly Profile[];
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
  return findProfile(SWV_PROFILES, id, version);
}

/**
 * Validates an SWV dossier: base validation of the OSO gegevensset plus the PO-SWV or VO-SWV profile.
 * @param input - XML (string or bytes) or a decoded dossier
 * @param options - `profile` (default from `metadata/overstap`), `version` (default from the namespace), `file`
 * @returns one report: `afsprakenset` `OSO-SWV`, the version, the profile id, every finding (base first)
 */
export function validate(input: SwvInput, options: SwvValidateOptions = {}): ValidationReport {
  const file = options.file ?? '-';
  const { version, dossier, readIssues } = readSwvInput(input, {
    version: parseVersion(options.version),
    file,
  });
  const profiles = options.profiles ?? SWV_PROFILES;
  const profileId =
    options.profile !== undefined
      ? findProfile(profiles, options.profile, version).id
      : inferProfileId(dossier, version);
  if (!profileId) {
    throw new EdustandaardError(
      'E_PROFILE_UNKNOWN',
      'Kan het SWV-profiel niet afleiden: metadata/overstap is niet "POSWV" of "VOSWV"; geef het profiel op (PO-SWV of VO-SWV)',
      { file, path: '/dossier/metadata/overstap' },
    );
  }
  const profile = findProfile(profiles, profileId, version);
  // Base validation (OSO gegevensset): structure from the input normaliser, then OSO-BASE.
  const issues: Finding[] = [...readIssues, ...validateDecoded(dossier, { version, file }).issues];
  const own = evaluateProfile(profile, { dossier }, { file, version });
  issues.push(...own.issues);
  return createReport({
    file,
    afsprakenset: AFSPRAKENSET,
    version,
    profile: profileId,
    pathType: 'xml',
    issues,
  });
}
