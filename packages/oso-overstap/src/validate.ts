/**
 * `validate()`: base validation of the OSO gegevensset plus the overstapprofiel (core's engine over
 * the profile data), in the one report shape. The profile follows from `overdrachtsoort` and
 * `metadata/overstap` (the official values), the version from the namespace, unless given.
 */
import {
  EdustandaardError,
  findProfile,
  type Profile,
  type ValidationReport,
} from '@edustandaard/core';
import {
  OV_PROFILE_IDS,
  OVERDRACHTSOORT,
  OVERSTAP,
  type OvProfileId,
  type OvProfileName,
  type OvVersion,
  type OvVersionOption,
} from './data/constants.js';
import { OV_PROFILES } from './profiles.js';
import {
  evaluate,
  parseVersion as readVersion,
  readInput,
  type DecodedDossier,
  type OvInput,
} from './pipeline.js';

/** Options of {@link validate}. */
export interface OvValidateOptions {
  /**
   * `POPO`, `POVO`, `VOVO` or `BB` (or lower case); default: inferred from the dossier. Text a
   * person typed goes through {@link parseProfileId} first.
   */
  profile?: OvProfileName;
  /**
   * `2019.1` / `2024.1` / `auto` (default: from the namespace, or `metadata/standaardversie` for a
   * decoded dossier). Text a person typed goes through {@link parseVersion} first.
   */
  version?: OvVersionOption;
  /** Label for the report's `file` (default `-`). */
  file?: string;
}

/**
 * A profile id as typed (`popo`, `POPO`, `bb`, any case) to the canonical id, with core's
 * `findProfile` over the eight overstapprofielen (issue #13: untrusted input is checked here once;
 * the public API takes the literal ids).
 * @param input - the text
 * @returns `POPO`, `POVO`, `VOVO` or `BB`
 * @throws `E_PROFILE_UNKNOWN` "Onbekend profiel '…'; bekend: BB, POPO, POVO, VOVO"
 */
export function parseProfileId(input: string): OvProfileId {
  return findProfile(OV_PROFILES, input).id as OvProfileId;
}

/**
 * A version option as typed.
 * @param input - `auto`, `2019.1` or `2024.1`
 * @throws `E_VERSION_UNKNOWN` "Onbekende versie '…'; bekend: auto, 2019.1, 2024.1"
 */
export function parseVersion(input: string): OvVersionOption {
  return readVersion(input) ?? 'auto';
}

/**
 * Infers the profile: `overdrachtsoort` "overdrachtbinnenbrin" is BB; "overstapdossier" with
 * `metadata/overstap` POPO, POVO or VOVO is that overstap (codelijsten 29 and 16).
 * @param dossier - decoded dossier (root content)
 * @returns the profile id, or undefined when the dossier names none
 */
export function inferProfileId(dossier: DecodedDossier): OvProfileId | undefined {
  const soort = dossier.overdrachtsoort;
  const meta = dossier.metadata as Record<string, unknown> | undefined;
  const overstap = meta?.overstap;
  return OV_PROFILE_IDS.find(
    (id) =>
      OVERDRACHTSOORT[id] === soort && (OVERSTAP[id] === undefined || OVERSTAP[id] === overstap),
  );
}

/**
 * The overstapprofiel for an id and version.
 * @param id - `POPO`, `POVO`, `VOVO` or `BB`
 * @param version - `2019.1` or `2024.1`
 */
export function getProfile(id: OvProfileId, version: OvVersion): Profile {
  const p = OV_PROFILES.find((x) => x.id === id && x.version === version);
  if (!p)
    throw new EdustandaardError('E_PROFILE_UNKNOWN', `Geen profiel ${id} in versie ${version}`);
  return p;
}

/**
 * Validates an overstap dossier: base validation of the OSO gegevensset plus its overstapprofiel.
 * @param input - XML (string or bytes) or a decoded dossier
 * @param options - the profile id, or `{ profile, version, file }`
 * @returns one report: `afsprakenset` `OSO-OVERSTAP`, the version, the profile id, every finding (base first)
 */
export function validate(
  input: OvInput,
  options: OvValidateOptions | OvProfileName = {},
): ValidationReport {
  const o: OvValidateOptions = typeof options === 'string' ? { profile: options } : options;
  const file = o.file ?? '-';
  const read = readInput(input, { version: readVersion(o.version), file });
  const profileId =
    o.profile !== undefined ? parseProfileId(o.profile) : inferProfileId(read.dossier);
  if (!profileId) {
    throw new EdustandaardError(
      'E_PROFILE_UNKNOWN',
      'Kan het overstapprofiel niet afleiden: overdrachtsoort is niet "overstapdossier" (met metadata/overstap "POPO", "POVO" of "VOVO") of "overdrachtbinnenbrin"; geef het profiel op (POPO, POVO, VOVO of BB)',
      { file, path: '/dossier/overdrachtsoort' },
    );
  }
  return evaluate(getProfile(profileId, read.version), read, file);
}
