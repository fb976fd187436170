/**
 * The OSO versions this package implements, their namespaces and schema descriptors.
 * 2019.1: OSO_gegevensset_2019.1.xsd. 2024.1: 2019.1 transformed by src/data/changes-2024.1.json.
 */
import {
  compileSchema,
  EdustandaardError,
  type CompiledSchema,
  type XmlSchema,
} from '@edustandaard/core';
import { OSO_SCHEMA_2019_1 } from './generated/schema-2019.1.js';
import { OSO_SCHEMA_2024_1 } from './generated/schema-2024.1.js';

/** An OSO gegevensset version. */
export type OsoVersion = '2019.1' | '2024.1';

/** All implemented versions, oldest first. */
export const OSO_VERSIONS: readonly OsoVersion[] = ['2019.1', '2024.1'];

/** Per version: namespace, standaardversie and validatieversie values, XSD source. */
export const OSO_VERSION_INFO: Readonly<
  Record<
    OsoVersion,
    {
      namespace: string;
      standaardversie: string;
      validatieversie: string;
      xsd: string;
      namespaceAssumed: boolean;
    }
  >
> = {
  '2019.1': {
    namespace: OSO_SCHEMA_2019_1.namespace,
    standaardversie: '2019.1',
    validatieversie: '2019.1.1',
    xsd: 'OSO_gegevensset_2019.1.xsd',
    namespaceAssumed: false,
  },
  '2024.1': {
    namespace: OSO_SCHEMA_2024_1.namespace,
    standaardversie: '2024.1',
    validatieversie: '2024.1.1',
    xsd: 'OSO_gegevensset_2019.1.xsd + changes-2024.1.json',
    namespaceAssumed: true,
  },
};

/** Schema descriptors per version (data). */
export const OSO_SCHEMAS: Readonly<Record<OsoVersion, XmlSchema>> = {
  '2019.1': OSO_SCHEMA_2019_1,
  '2024.1': OSO_SCHEMA_2024_1,
};

const compiled = new Map<OsoVersion, CompiledSchema>();

/**
 * The compiled schema of a version (compiled on first use, then reused).
 * @param version - the OSO version
 */
export function compiledSchema(version: OsoVersion): CompiledSchema {
  let c = compiled.get(version);
  if (!c) {
    c = compileSchema(OSO_SCHEMAS[version]);
    compiled.set(version, c);
  }
  return c;
}

/**
 * Checks a version string.
 * @param v - a version such as `2024.1`
 * @throws EdustandaardError `E_VERSION_UNKNOWN`
 */
export function assertVersion(v: string): OsoVersion {
  if ((OSO_VERSIONS as readonly string[]).includes(v)) return v as OsoVersion;
  throw new EdustandaardError(
    'E_VERSION_UNKNOWN',
    `Onbekende OSO-versie '${v}'; bekend: ${OSO_VERSIONS.join(', ')}.`,
  );
}

/**
 * The version whose namespace this is, or undefined.
 * @param namespace - a namespace URI
 */
export function versionOfNamespace(namespace: string): OsoVersion | undefined {
  return OSO_VERSIONS.find((v) => OSO_VERSION_INFO[v].namespace === namespace);
}
