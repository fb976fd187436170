/**
 * Parsing what a person typed (the CLI's `--profile`, `--version`) into the literal types the
 * public API takes (issue #13: a misspelt `'PO-SVW'` does not compile, so untrusted input is checked
 * here once). Each throws a typed error with a Dutch message that lists what is known.
 */
import { findProfile } from '@edustandaard/core';
import type { SwvProfileId, SwvVersionOption } from './data/constants.js';
import { parseVersion as readVersion } from './input.js';
import { SWV_PROFILES } from './profiles.js';

/**
 * A profile id as typed (`po-swv`, `PO-SWV`, any case) to the canonical id, with core's
 * `findProfile` over the four SWV profiles.
 * @param input - the text
 * @returns `PO-SWV` or `VO-SWV`
 * @throws `E_PROFILE_UNKNOWN` "Onbekend profiel '…'; bekend: PO-SWV, VO-SWV"
 */
export function parseProfileId(input: string): SwvProfileId {
  return findProfile(SWV_PROFILES, input).id as SwvProfileId;
}

/**
 * A version option as typed.
 * @param input - `auto`, `2019.1` or `2024.1`
 * @throws `E_VERSION_UNKNOWN` "Onbekende versie '…'; bekend: auto, 2019.1, 2024.1"
 */
export function parseVersion(input: string): SwvVersionOption {
  return readVersion(input) ?? 'auto';
}
