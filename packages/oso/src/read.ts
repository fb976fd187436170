/**
 * Reading OSO XML: secure parsing (core XML codec), version from the root namespace, schema-driven
 * decoding with XSD-equivalent structural findings (`OSO.XSD.*`) in a single pass.
 */
import {
  decodeXml,
  EdustandaardError,
  parseSecure,
  type Finding,
  type XmlInput,
  type XmlLimits,
} from '@edustandaard/core';
import type { Dossier, Dossier2019, Dossier2024 } from './model.js';
import { OSO_XSD_MESSAGES } from './messages.js';
import {
  assertVersion,
  compiledSchema,
  OSO_VERSION_INFO,
  OSO_VERSIONS,
  versionOfNamespace,
  type OsoVersion,
} from './versions.js';

/** Options of {@link read}. */
export interface ReadOptions {
  /** Input name for error locations and reports. */
  file?: string;
  /** `auto` (default): from the root namespace. A fixed version must match the namespace. */
  version?: 'auto' | OsoVersion;
  limits?: XmlLimits;
}

/** Result of {@link read}. */
export interface ReadResult<D = Dossier> {
  version: OsoVersion;
  /** The content of the root element `dossier` (the document for core's engine is `{ dossier }`). */
  dossier: D;
  /** Structural findings (`OSO.XSD.*`), empty for a schema-valid dossier. */
  issues: Finding[];
}

/** The finding prefix and source of structural findings for a version. */
export function structuralContext(version: OsoVersion): {
  prefix: string;
  source: { document: string; version: string };
  messages: typeof OSO_XSD_MESSAGES;
} {
  return {
    prefix: 'OSO.XSD',
    source: { document: OSO_VERSION_INFO[version].xsd, version },
    messages: OSO_XSD_MESSAGES,
  };
}

/**
 * Reads an OSO dossier (XML) of version 2019.1 or 2024.1.
 * @param input - XML text or UTF-8 bytes
 * @param options - file name, version (`auto` from the namespace) and limits
 * @returns the version, the decoded dossier and the structural findings
 * @throws EdustandaardError `E_XML_*` for unreadable input, `E_XML_NAMESPACE` for a namespace that is
 *   no OSO version (or not the requested one), `E_XML_ROOT` when the root is not `dossier`
 */
export function read(
  input: XmlInput,
  options: ReadOptions & { version: '2019.1' },
): ReadResult<Dossier2019>;
export function read(
  input: XmlInput,
  options: ReadOptions & { version: '2024.1' },
): ReadResult<Dossier2024>;
export function read<D = Dossier>(input: XmlInput, options?: ReadOptions): ReadResult<D>;
export function read<D = Dossier>(input: XmlInput, options: ReadOptions = {}): ReadResult<D> {
  const want =
    options.version === undefined || options.version === 'auto'
      ? undefined
      : assertVersion(options.version);
  let version: OsoVersion | undefined;
  const r = decodeXml<D>(
    input,
    (ns, local) => {
      const v = versionOfNamespace(ns);
      if (!v) {
        throw new EdustandaardError(
          'E_XML_NAMESPACE',
          `Namespace '${ns}' is geen OSO-gegevensset; verwacht ${OSO_VERSIONS.map((x) => `'${OSO_VERSION_INFO[x].namespace}'`).join(' of ')}.`,
          { file: options.file, line: 1, column: 1, path: `/${local}` },
        );
      }
      if (want && v !== want) {
        throw new EdustandaardError(
          'E_XML_NAMESPACE',
          `Het dossier heeft de namespace van OSO ${v}, niet van de gevraagde versie ${want}.`,
          { file: options.file, line: 1, column: 1, path: `/${local}` },
        );
      }
      version = v;
      return compiledSchema(v);
    },
    {
      file: options.file,
      limits: options.limits,
      roots: ['dossier'],
      findings: { prefix: 'OSO.XSD', messages: OSO_XSD_MESSAGES },
    },
  );
  const v = version!;
  // Re-label findings with the detected version's source (the resolver ran before the first finding).
  const ctx = structuralContext(v);
  for (const f of r.issues) f.source = ctx.source;
  return { version: v, dossier: r.value, issues: r.issues };
}

/**
 * Detects the OSO version of a document from its root namespace, without decoding the rest.
 * @param input - XML text or bytes
 * @param options - file name and limits
 * @throws EdustandaardError `E_XML_*`; `E_XML_NAMESPACE` when the namespace is no OSO version
 */
export function detectVersion(
  input: XmlInput,
  options: { file?: string; limits?: XmlLimits } = {},
): OsoVersion {
  const STOP = Symbol('stop');
  let ns: string | undefined;
  try {
    parseSecure(
      input,
      {
        open(tag) {
          ns = tag.uri;
          throw STOP;
        },
        text() {},
        close() {},
      },
      options,
    );
  } catch (e) {
    if (e !== STOP) throw e;
  }
  const v = ns === undefined ? undefined : versionOfNamespace(ns);
  if (!v) {
    throw new EdustandaardError(
      'E_XML_NAMESPACE',
      `Namespace '${ns ?? ''}' is geen OSO-gegevensset.`,
      { file: options.file, line: 1, column: 1 },
    );
  }
  return v;
}
