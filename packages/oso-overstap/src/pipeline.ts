/**
 * The one composition of this package with `@edustandaard/oso` (read input → base validation →
 * profile evaluation → report), kept in this module so it can be re-pointed at oso's API in one place.
 * XML (string or bytes) is read with oso's secure reader; a decoded dossier is accepted as the root
 * content or as the `{ dossier }` wrapper.
 */
import {
  EdustandaardError,
  createReport,
  evaluateProfile,
  type Finding,
  type Profile,
  type ValidationReport,
} from '@edustandaard/core';
import { readDossier, validateDecoded } from '@edustandaard/oso';
import { AFSPRAKENSET, OV_VERSIONS, type OvVersion } from './data/constants.js';

/** A decoded OSO dossier (the content of the root element `dossier`, as `read()` of `@edustandaard/oso` returns it). */
// One type with @edustandaard/oso, whose write() accepts it.
import type { DecodedDossier } from '@edustandaard/oso';
export type { DecodedDossier };

/** What validate/select/render accept: XML text or bytes, or a decoded dossier. */
export type OvInput = string | Uint8Array | DecodedDossier | { dossier: DecodedDossier };

/** The input after reading. */
export interface ReadInput {
  version: OvVersion;
  dossier: DecodedDossier;
  /** Structural findings of the reader (XML input only). */
  readIssues: Finding[];
  /** True when the input was XML. */
  fromXml: boolean;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array);
}

/**
 * Checks a version option.
 * @param v - `auto`, `2019.1`, `2024.1` or undefined
 * @returns the version, or undefined for auto; throws `E_VERSION_UNKNOWN` otherwise
 */
export function parseVersion(v: string | undefined): OvVersion | undefined {
  if (v === undefined || v === 'auto') return undefined;
  if ((OV_VERSIONS as readonly string[]).includes(v)) return v as OvVersion;
  throw new EdustandaardError(
    'E_VERSION_UNKNOWN',
    `Onbekende versie '${v}'; bekend: auto, ${OV_VERSIONS.join(', ')}`,
  );
}

/**
 * Reads the input.
 * @param input - XML text/bytes or a decoded dossier
 * @param opts - `version` (forced, else from the namespace / `metadata/standaardversie`) and `file` label for errors
 */
export function readInput(
  input: OvInput,
  opts: { version?: OvVersion | undefined; file?: string | undefined } = {},
): ReadInput {
  if (!(typeof input === 'string' || input instanceof Uint8Array) && !isObject(input)) {
    throw new EdustandaardError('E_USAGE', 'Invoer is geen XML en geen gedecodeerd dossier', {
      file: opts.file,
    });
  }
  // oso's one input normaliser: XML, JSON text or a decoded object; version from the namespace or
  // metadata/standaardversie unless forced.
  const r = readDossier(input as never, {
    version: opts.version ?? 'auto',
    file: opts.file ?? '-',
  });
  if (!(OV_VERSIONS as readonly string[]).includes(r.version)) {
    throw new EdustandaardError('E_VERSION_UNKNOWN', `Onbekende versie '${r.version}'`, {
      file: opts.file,
    });
  }
  return {
    version: r.version as OvVersion,
    dossier: r.dossier as DecodedDossier,
    readIssues: r.issues,
    fromXml: r.format === 'xml',
  };
}

/**
 * Base validation of the OSO gegevensset, then the profile, in one report (base findings first).
 * XML was structurally checked while reading; a decoded dossier gets the base validator's structure pass.
 * @param profile - the overstapprofiel
 * @param input - the read input
 * @param file - label for the report
 */
export function evaluate(profile: Profile, input: ReadInput, file: string): ValidationReport {
  const { version, dossier } = input;
  // Structural findings of the normaliser, then the gegevensset's own profile (OSO-BASE).
  const issues: Finding[] = [
    ...input.readIssues,
    ...validateDecoded(dossier, { version, file }).issues,
  ];
  issues.push(...evaluateProfile(profile, { dossier }, { file, version }).issues);
  return createReport({ file, afsprakenset: AFSPRAKENSET, version, profile: profile.id, issues });
}
