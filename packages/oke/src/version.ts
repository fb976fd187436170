/**
 * Versions and sources of the OKE afsprakenset (Onderwijs Koppelvlakken Examinering,
 * MBO-toetsafname) as this package implements it.
 */
import type { SourceRef } from '@edustandaard/core';

/** The afsprakenset name in every report. */
export const AFSPRAKENSET = 'OKE';
/** OKE version: 1.0 (flows 0–5) plus the 1.1 extension (flow 6 Analyse, optional). */
export const OKE_VERSION = '1.1';
/** The OOAPI version the NED-OOAPI profile is built on (`info.version` of ooapiv5_MBO.yaml). */
export const OOAPI_SPEC_VERSION = '5.0.0';
/** The consumer key of the OKE extensions (NL-TEST-ADMIN V1). */
export const CONSUMER_KEY = 'nl-test-admin';

/** The OpenAPI specification of the NED-OOAPI (OKE) profile. */
export const SPEC_SOURCE: SourceRef = {
  document: 'NED-OOAPI ooapiv5_MBO.yaml',
  version: OOAPI_SPEC_VERSION,
  url: 'https://github.com/NetwerkExamineringDigitalisering/NED-OOAPI/blob/main/specification/ooapiv5_MBO.yaml',
};

/**
 * A flow document of the NED-OOAPI repository, e.g. `flow2.md`, with a section.
 * @param flow - 0 … 6
 * @param section - heading in the document
 */
export function flowSource(flow: number, section?: string): SourceRef {
  return {
    document: `NED-OOAPI doc/flow${flow}.md`,
    version: OOAPI_SPEC_VERSION,
    ...(section ? { section } : {}),
    url: `https://github.com/NetwerkExamineringDigitalisering/NED-OOAPI/blob/main/doc/flow${flow}.md`,
  };
}

/** "OKE uitgelegd vanuit SI perspectief" (Npuls), the functional description of the chain. */
export const SEED_SOURCE: SourceRef = {
  document: 'OKE uitgelegd vanuit SI perspectief',
  section: 'Toelichting OKE Informatiestromen',
};

/** NED-OOAPI doc/ErrorHandling.md: OAuth2 client credentials, scopes, error responses. */
export const ERROR_HANDLING_SOURCE: SourceRef = {
  document: 'NED-OOAPI doc/ErrorHandling.md',
  url: 'https://github.com/NetwerkExamineringDigitalisering/NED-OOAPI/blob/main/doc/ErrorHandling.md',
};
