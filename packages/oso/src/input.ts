/**
 * The one input normaliser of every OSO validation and profile (#10 item 1): XML text or bytes, JSON
 * text, or an already decoded dossier (the root content or the `{ dossier }` wrapper) become one
 * decoded dossier with its version and its structural findings (XSD-equivalent). Packages on top
 * (oso-swv, the overstap profiles) compose this with {@link validateDecoded} instead of rebuilding
 * the pipeline.
 */
import { EdustandaardError, readJson, type Finding, type XmlLimits } from '@edustandaard/core';
import { read } from './read.js';
import { scalar } from './navigate.js';
import { validateStructure } from './validate.js';
import { assertVersion, OSO_VERSION_INFO, OSO_VERSIONS, type OsoVersion } from './versions.js';

/** What {@link readDossier} accepts. */
export type DossierInput = string | Uint8Array | Record<string, unknown>;

/** Options of {@link readDossier}. */
export interface ReadDossierOptions {
  /** `auto` (default): from the namespace (XML) or `metadata/standaardversie` (JSON, object). */
  version?: 'auto' | OsoVersion | undefined;
  /** Input name for errors and findings. */
  file?: string | undefined;
  limits?: XmlLimits | undefined;
}

/** A normalised input. */
export interface ReadDossier {
  version: OsoVersion;
  /** The content of the root element `dossier`. */
  dossier: Record<string, unknown>;
  /** Structural findings: the reader's (XML) or `validateStructure`'s (JSON, object). */
  issues: Finding[];
  /** How the input came. */
  format: 'xml' | 'json' | 'object';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array);
}

/** True when the text (after a BOM and whitespace) starts a JSON object. */
function looksLikeJson(input: string | Uint8Array): boolean {
  for (let i = 0; i < Math.min(input.length, 4096); i++) {
    const c = typeof input === 'string' ? input.charCodeAt(i) : input[i]!;
    if (c === 0xfeff || c === 0xef || c === 0xbb || c === 0xbf) continue; // BOM (text or UTF-8 bytes)
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    return c === 0x7b; // {
  }
  return false;
}

/**
 * The version of a decoded dossier from `metadata/standaardversie`.
 * @param dossier - the content of `dossier`
 * @param file - input name for the error
 * @throws `E_VERSION_UNKNOWN` when absent or not a known version
 */
export function versionOfDossier(dossier: unknown, file?: string): OsoVersion {
  const std = scalar(
    (dossier as { metadata?: { standaardversie?: unknown } } | null)?.metadata?.standaardversie,
  );
  const v = OSO_VERSIONS.find((x) => OSO_VERSION_INFO[x].standaardversie === std);
  if (!v) {
    throw new EdustandaardError(
      'E_VERSION_UNKNOWN',
      `Kan de OSO-versie niet bepalen uit metadata/standaardversie; geef de versie op (${OSO_VERSIONS.join(', ')}).`,
      { file, path: '/dossier/metadata/standaardversie' },
    );
  }
  return v;
}

/**
 * Normalises an OSO input.
 * @param input - XML text/bytes, JSON text/bytes, or a decoded dossier (root content or `{ dossier }`)
 * @param options - version (`auto`), file name, XML limits
 * @returns version, decoded dossier, structural findings and the input format
 * @throws EdustandaardError for unreadable input (`E_XML_*`, `E_JSON_*`), an unknown version or
 *   input that is neither (`E_USAGE`)
 */
export function readDossier(input: DossierInput, options: ReadDossierOptions = {}): ReadDossier {
  const file = options.file;
  const forced =
    options.version !== undefined && options.version !== 'auto'
      ? assertVersion(options.version)
      : undefined;
  let format: ReadDossier['format'] = 'object';
  let value: unknown = input;
  if (typeof input === 'string' || input instanceof Uint8Array) {
    if (!looksLikeJson(input)) {
      const r = read(input, {
        file: file ?? '-',
        version: forced ?? 'auto',
        limits: options.limits,
      });
      return {
        version: r.version,
        dossier: r.dossier as unknown as Record<string, unknown>,
        issues: r.issues,
        format: 'xml',
      };
    }
    value = readJson(input, file !== undefined ? { file } : {});
    format = 'json';
  }
  if (!isObject(value)) {
    throw new EdustandaardError('E_USAGE', 'Invoer is geen XML, geen JSON-object en geen dossier', {
      file,
    });
  }
  const dossier =
    isObject(value.dossier) && !('metadata' in value)
      ? (value.dossier as Record<string, unknown>)
      : value;
  const version = forced ?? versionOfDossier(dossier, file);
  return { version, dossier, issues: validateStructure(dossier, version), format };
}
