/** Writing OSO XML with xmlbuilder2: XSD sequence order and the namespace of the version (DESIGN.md §4). */
import { encodeXml } from '@edustandaard/core';
import type { DecodedDossier, Dossier } from './model.js';
import { assertVersion, compiledSchema, type OsoVersion } from './versions.js';

/** Options of {@link write}. */
export interface WriteOptions {
  /** The version to write (namespace and element order). */
  version: OsoVersion;
  /** Indent (default true). */
  pretty?: boolean;
}

/**
 * Writes a dossier as OSO XML.
 * @param dossier - the content of the root element `dossier`: typed, or as a profile's `select()`/`migrate()` returns it
 * @param options - version and formatting
 * @returns the XML document (UTF-8 declaration, default namespace of the version)
 * @throws EdustandaardError `E_USAGE` when a value has a JS type that cannot be written, `E_VERSION_UNKNOWN`
 */
export function write(dossier: Dossier | DecodedDossier, options: WriteOptions): string {
  const v = assertVersion(options.version);
  return encodeXml(compiledSchema(v), 'dossier', dossier, { pretty: options.pretty ?? true });
}
