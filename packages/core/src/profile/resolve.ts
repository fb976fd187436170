/**
 * Looking up a profile by id (and version) in a list the caller passes: no global registry
 * (STYLE.md "Worth avoiding").
 */
import { EdustandaardError } from '../errors.js';
import type { Profile } from './types.js';

function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * Finds a profile by id (case-insensitive: `po-swv` finds `PO-SWV`) and optionally version.
 * Without a version the highest version wins.
 * @param profiles - the profiles to search
 * @param id - profile id, e.g. `PO-SWV`
 * @param version - afsprakenset version, e.g. `2024.1`
 * @returns the profile; throws `EdustandaardError` `E_PROFILE_UNKNOWN` for an unknown id and
 *   `E_VERSION_UNKNOWN` for a known id without that version
 */
export function findProfile(profiles: readonly Profile[], id: string, version?: string): Profile {
  const wanted = id.toUpperCase();
  const byId = profiles.filter((p) => p.id.toUpperCase() === wanted);
  if (byId.length === 0) {
    const known = [...new Set(profiles.map((p) => p.id))].sort().join(', ') || '(geen)';
    throw new EdustandaardError('E_PROFILE_UNKNOWN', `Onbekend profiel '${id}'; bekend: ${known}`);
  }
  if (version === undefined)
    return [...byId].sort((a, b) => compareVersions(b.version, a.version))[0]!;
  const hit = byId.find((p) => p.version === version);
  if (!hit) {
    const known = byId
      .map((p) => p.version)
      .sort(compareVersions)
      .join(', ');
    throw new EdustandaardError(
      'E_VERSION_UNKNOWN',
      `Profiel '${byId[0]!.id}' bestaat niet in versie '${version}'; wel in: ${known}`,
    );
  }
  return hit;
}
