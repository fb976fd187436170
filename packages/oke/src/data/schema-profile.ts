/**
 * How the JSON Schemas read the NED-OOAPI OpenAPI files (scripts/schemas-lib.mjs), as data: every
 * place where the schemas are not the plain OpenAPI reading, with the source it follows and
 * the source it departs from. The site shows this list; the build applies it.
 */
import type { SourceRef } from '@edustandaard/core';
import { SPEC_SOURCE } from '../version.js';

/** One reading rule or divergence of the schema build. */
export interface SchemaReading {
  /** Stable id. */
  id: string;
  /** Where it applies. */
  where: string;
  /** What the OpenAPI files say. */
  spec: string;
  /** What the schemas do, and why. */
  reading: string;
  /** The source followed (the agreement's text, the OpenAPI standard). */
  source: SourceRef;
  /** True where the reading is our assumption rather than a documented rule. */
  assumption?: boolean;
}

const OAS303: SourceRef = {
  document: 'OpenAPI Specification',
  version: '3.0.3',
  url: 'https://spec.openapis.org/oas/v3.0.3',
};

/** The reading rules, in the order the build applies them. */
export const SCHEMA_READINGS: readonly SchemaReading[] = [
  {
    id: 'consumers-dispatch',
    where: 'ConsumerOn* (consumers lists)',
    spec: 'anyOf: [Consumer, nl-test-admin-X]; Consumer is an open object, so every entry matches it and the extension is never checked.',
    reading:
      'An entry with consumerKey "nl-test-admin" is checked against the NL-TEST-ADMIN extension (if/then/else), any other entry against Consumer.',
    source: { ...SPEC_SOURCE, section: 'consumers/NL-TEST-ADMIN/V1' },
  },
  {
    id: 'kind-discriminator',
    where: 'AssociationFull, association lists, offering alternatives (oneOf between the kinds)',
    spec: 'oneOf between ProgramOfferingAssociation, CourseOfferingAssociation and ComponentOfferingAssociation (or the offering kinds) without a discriminator; the kinds overlap, so a strict oneOf rejects every valid message.',
    reading:
      'Each kind is bound to its value of associationType / offeringType (the enum the spec defines for it), which makes the branches exclusive as oneOf requires.',
    source: {
      ...SPEC_SOURCE,
      section: 'schemas/AssociationFull.yaml, schemas/AssociationProperties.yaml associationType',
    },
    assumption: true,
  },
  {
    id: 'merge-patch',
    where: 'PATCH bodies (application/merge-patch+json)',
    spec: 'The PATCH body reuses the full schemas, including nested required lists.',
    reading:
      'A merge patch (RFC 7396): nothing required except a consumer entry\u2019s consumerKey, null removes an optional value, an empty list removes a list; list items stay complete, consumers entries are patched per consumerKey (flow 2.5, flow 4.1).',
    source: {
      ...SPEC_SOURCE,
      section: 'paths/OfferingInstance.yaml patch, paths/AssociationInstance.yaml patch',
    },
  },
  {
    id: 'readonly-direction',
    where: 'every schema',
    spec: 'readOnly / writeOnly properties.',
    reading:
      'A readOnly property is not required in a request, a writeOnly property not in a response (each schema has a request and a response view).',
    source: { ...OAS303, section: '4.7.25 Schema Object: readOnly, writeOnly' },
  },
  {
    id: 'readonly-beside-ref',
    where: 'Offering.primaryCode, Person.primaryCode, Association.remoteState',
    spec: 'readOnly / writeOnly written beside a $ref.',
    reading:
      'Ignored, as OpenAPI 3.0.3 requires for a Reference Object\u2019s other properties; the flows send these fields in requests (flow 2.1 example: primaryCode).',
    source: { ...OAS303, section: '4.7.23 Reference Object' },
  },
  {
    id: 'items-string',
    where: 'consumers/RIO/V1 Course.foreignPartners, Program.foreignPartners',
    spec: '`items: string` (not a schema object).',
    reading: 'Read as `items: { type: string }`, the type it plainly names.',
    source: { ...SPEC_SOURCE, section: 'consumers/RIO/V1/Course.yaml' },
    assumption: true,
  },
];
