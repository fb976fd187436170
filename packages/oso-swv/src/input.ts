/**
 * Normalising validate/select/render input: XML (string or bytes) is read with the secure reader of
 * `@edustandaard/oso`; a decoded dossier is accepted as the root content or as the `{ dossier }` wrapper.
 */
import { EdustandaardError, type Finding } from '@edustandaard/core';
import { read } from '@edustandaard/oso';
import { SWV_VERSIONS, type SwvVersion } from './data/constants.js';

/** A decoded OSO dossier (the content of the root element `dossier`, as `read()` of `@edustandaard/oso` returns it). */
export type DecodedDossier = Record<string, unknown>;

/** What validate/select/render accept: XML text or bytes, or a decoded dossier. */
export type SwvInput = string | Uint8Array | DecodedDossier | { dossier: DecodedDossier };

/** The input after reading. */
export interface ReadInput {
  version: SwvVersion;
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
 * @returns the version, or undefined for auto
 */
export function parseVersion(v: string | undefined): SwvVersion | undefined {
  if (v === undefined || v === 'auto') return undefined;
  if ((SWV_VERSIONS as readonly string[]).includes(v)) return v as SwvVersion;
  throw new EdustandaardError(
    'E_VERSION_UNKNOWN',
    `Onbekende versie '${v}'; bekend: auto, ${SWV_VERSIONS.join(', ')}`,
  );
}

/**
 * Reads the input.
 * @param input - XML text/bytes or a decoded dossier
 * @param opts - `version` (forced, else from the namespace / `metadata/standaardversie`) and `file` label for errors
 */
export function readSwvInput(
  input: SwvInput,
  opts: { version?: SwvVersion | undefined; file?: string | undefined } = {},
): ReadInput {
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const r = read(input, { file: opts.file ?? '-', version: opts.version ?? 'auto' });
    return {
      version: r.version as SwvVersion,
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
    if (typeof sv === 'string' && (SWV_VERSIONS as readonly string[]).includes(sv))
      version = sv as SwvVersion;
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
