/**
 * validate/select/render input: normalised by `readDossier` of `@edustandaard/oso` (XML text or
 * bytes, JSON text, or a decoded dossier as root content or `{ dossier }` wrapper), so version
 * detection and structure checks live in one place (#10 item 1).
 */
import { EdustandaardError, type Finding } from '@edustandaard/core';
import { readDossier } from '@edustandaard/oso';
import { SWV_VERSIONS, type SwvVersion } from './data/constants.js';

/** A decoded OSO dossier (the content of the root element `dossier`, as `read()` of `@edustandaard/oso` returns it). */
// One type with @edustandaard/oso, whose write() accepts it.
import type { DecodedDossier } from '@edustandaard/oso';
export type { DecodedDossier };

/** What validate/select/render accept: XML or JSON text or bytes, or a decoded dossier. */
export type SwvInput = string | Uint8Array | DecodedDossier | { dossier: DecodedDossier };

/** The input after reading. */
export interface ReadInput {
  version: SwvVersion;
  dossier: DecodedDossier;
  /** Structural findings (the reader's for XML, the structure check's for JSON and objects). */
  readIssues: Finding[];
  /** True when the input was XML. */
  fromXml: boolean;
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
 * @param input - XML/JSON text or bytes, or a decoded dossier
 * @param opts - `version` (forced, else from the namespace / `metadata/standaardversie`) and `file` label for errors
 */
export function readSwvInput(
  input: SwvInput,
  opts: { version?: SwvVersion | undefined; file?: string | undefined } = {},
): ReadInput {
  const r = readDossier(input as Parameters<typeof readDossier>[0], {
    version: opts.version ?? 'auto',
    file: opts.file ?? '-',
  });
  return {
    version: r.version,
    dossier: r.dossier,
    readIssues: r.issues,
    fromXml: r.format === 'xml',
  };
}
