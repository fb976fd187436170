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
import { checkCodelijsten, checkRules, read, validate as validateBase } from '@edustandaard/oso';
import { AFSPRAKENSET, OV_VERSIONS, type OvVersion } from './data/constants.js';

/** A decoded OSO dossier (the content of the root element `dossier`, as `read()` of `@edustandaard/oso` returns it). */
export type DecodedDossier = Record<string, unknown>;

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
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const r = read(input, { file: opts.file ?? '-', version: opts.version ?? 'auto' });
    return {
      version: r.version as OvVersion,
      dossier: r.dossier as unknown as DecodedDossier,
      readIssues: r.issues,
      fromXml: true,
    };
  }
  if (!isObject(input)) {
    throw new EdustandaardError('E_USAGE', 'Invoer is geen XML en geen gedecodeerd dossier', {
      file: opts.file,
    });
  }
  const dossier =
    isObject(input.dossier) && !('metadata' in input)
      ? (input.dossier as DecodedDossier)
      : (input as DecodedDossier);
  let version = opts.version;
  if (version === undefined) {
    const meta = dossier.metadata;
    const sv = isObject(meta) ? meta.standaardversie : undefined;
    if (typeof sv === 'string' && (OV_VERSIONS as readonly string[]).includes(sv))
      version = sv as OvVersion;
    else {
      throw new EdustandaardError(
        'E_VERSION_UNKNOWN',
        'Versie van het dossier onbekend: metadata/standaardversie is geen 2019.1 of 2024.1; geef de versie op',
        { file: opts.file, path: '/dossier/metadata/standaardversie' },
      );
    }
  }
  return { version, dossier, readIssues: [], fromXml: false };
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
  const issues: Finding[] = input.fromXml
    ? [...input.readIssues, ...checkCodelijsten(dossier, version), ...checkRules(dossier, version)]
    : validateBase(dossier as never, { version, file }).issues;
  issues.push(...evaluateProfile(profile, { dossier }, { file, version }).issues);
  return createReport({ file, afsprakenset: AFSPRAKENSET, version, profile: profile.id, issues });
}
