/**
 * A generic in-memory implementation of every OOAPI operation of the OKE profile, over an
 * {@link OkeStore}. Which operations a server exposes is decided by the role (see server.ts).
 */
import type { OkeImplementation, OperationContext, OperationResult } from '../http/types.js';
import { applyMergePatch } from '../merge-patch.js';
import { OKE_VERSION } from '../version.js';
import { SAMPLE_IDS } from './sample-data.js';
import { seededStore, type OkeStore } from './store.js';

type Rec = Record<string, unknown>;

const notFound = (what: string): OperationResult => ({
  status: 404,
  body: { status: '404', title: 'Niet gevonden', detail: `${what} bestaat niet` },
});

function page(items: readonly unknown[], query: URLSearchParams): Rec {
  const size = Math.min(Math.max(Number(query.get('pageSize') ?? 10) || 10, 1), 250);
  const number = Math.max(Number(query.get('pageNumber') ?? 1) || 1, 1);
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  return {
    pageSize: size,
    pageNumber: number,
    hasPreviousPage: number > 1,
    hasNextPage: number < totalPages,
    totalPages,
    items: items.slice((number - 1) * size, number * size),
  };
}

const matchesQ = (r: Rec, q: string | null) =>
  !q ||
  JSON.stringify([r.name, r.description, r.abbreviation]).toLowerCase().includes(q.toLowerCase());

function put(map: Map<string, Rec>, id: string, idKey: string, body: unknown): OperationResult {
  const existed = map.has(id);
  map.set(id, { ...(body as Rec), [idKey]: id });
  return { status: existed ? 200 : 201 };
}

function patch(map: Map<string, Rec>, id: string, body: unknown, what: string): Rec | undefined {
  const cur = map.get(id);
  if (!cur) return undefined;
  const next = applyMergePatch(cur, body) as Rec;
  map.set(id, next);
  void what;
  return next;
}

/** A programme offering for an expanded programme enrolment (flow 6). */
function programOffering(id: string): Rec {
  return {
    offeringId: id,
    offeringType: 'program',
    primaryCode: { codeType: 'offeringCode', code: 'CREBO-25998-2026' },
    name: [{ language: 'nl-NL', value: 'Software developer (BOL), cohort 2025' }],
    description: [{ language: 'nl-NL', value: 'Opleiding Software developer, BOL, cohort 2025.' }],
    teachingLanguage: 'nld',
    resultExpected: true,
    startDate: '2025-09-01',
    endDate: '2028-07-31',
    program: {
      programId: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
      programType: 'program',
      name: [{ language: 'nl-NL', value: 'Software developer' }],
      otherCodes: [{ codeType: 'nationalEducationCode', code: '25998' }],
      modeOfStudy: 'full-time',
      levelOfQualification: '4',
    },
    consumers: [
      {
        consumerKey: 'nl-test-admin',
        offeringState: 'active',
        cohort: '2025',
        locationCode: 'AMS-01',
      },
    ],
  };
}

/**
 * @param store - the store to serve (default: a fresh store with the sample data)
 * @returns the implementation and its store (tests inspect it)
 */
export function createReferenceImplementation(store: OkeStore = seededStore()): {
  implementation: OkeImplementation;
  store: OkeStore;
} {
  const p = (c: OperationContext, k: string) => c.params[k]!;
  const implementation: OkeImplementation = {
    listServiceMetaData: () => ({
      status: 200,
      body: {
        contactEmail: 'beheer@example.org',
        specification:
          'https://github.com/NetwerkExamineringDigitalisering/NED-OOAPI/blob/main/specification/ooapiv5_MBO.yaml',
        documentation: 'https://edustandaard.github.io/edustandaard-ts/',
        supportedVersions: ['v5'],
        supportedConsumers: [{ consumerKey: 'nl-test-admin', version: `V1 (OKE ${OKE_VERSION})` }],
      },
    }),
    listComponents: (c) => ({
      status: 200,
      body: page(
        [...store.components.values()].filter((r) => matchesQ(r, c.query.get('q'))),
        c.query,
      ),
    }),
    listComponentById: (c) =>
      store.components.has(p(c, 'componentId'))
        ? { status: 200, body: store.components.get(p(c, 'componentId')) }
        : notFound('Toets'),
    listOfferings: (c) => {
      const type = c.query.get('offeringType');
      return {
        status: 200,
        body: page(
          [...store.offerings.values()].filter(
            (r) => (!type || r.offeringType === type) && matchesQ(r, c.query.get('q')),
          ),
          c.query,
        ),
      };
    },
    listOfferingById: (c) =>
      store.offerings.has(p(c, 'offeringId'))
        ? { status: 200, body: store.offerings.get(p(c, 'offeringId')) }
        : notFound('Offering'),
    replaceOfferingById: (c) => put(store.offerings, p(c, 'offeringId'), 'offeringId', c.body),
    partialUpdateOfferingById: (c) =>
      patch(store.offerings, p(c, 'offeringId'), c.body, 'offering')
        ? { status: 200 }
        : notFound('Offering'),
    listAssociationsByOfferingId: (c) => {
      if (!store.offerings.has(p(c, 'offeringId'))) return notFound('Offering');
      const items = [...store.associations.values()].filter(
        (a) =>
          a.offering === p(c, 'offeringId') ||
          (a.offering as Rec | undefined)?.offeringId === p(c, 'offeringId'),
      );
      return { status: 200, body: page(items, c.query) };
    },
    listAssociationById: (c) =>
      store.associations.has(p(c, 'associationId'))
        ? { status: 200, body: store.associations.get(p(c, 'associationId')) }
        : notFound('Association'),
    replaceAssociationById: (c) => {
      const body = c.body as Rec;
      // A person sent in full (flow 2.2) is kept as a person of its own; the association refers to it.
      if (body.person && typeof body.person === 'object')
        store.persons.set(String((body.person as Rec).personId), body.person as Rec);
      return put(store.associations, p(c, 'associationId'), 'associationId', body);
    },
    partialUpdateAssociationById: (c) => {
      const next = patch(store.associations, p(c, 'associationId'), c.body, 'association');
      if (!next) return notFound('Association');
      return {
        status: 200,
        body: {
          associationId: p(c, 'associationId'),
          message: [{ language: 'nl-NL', value: 'Verwerkt' }],
          ...(next.state ? { state: next.state } : {}),
        },
      };
    },
    listAssociationUrl: (c) =>
      store.associations.has(p(c, 'associationId'))
        ? { status: 200, body: `https://afname.example.org/start/${p(c, 'associationId')}` }
        : notFound('Association'),
    listDocumentById: (c) => {
      const d = store.documents.get(p(c, 'documentId'));
      return d
        ? { status: 200, body: d.data, contentType: 'application/octet-stream' }
        : notFound('Document');
    },
    listPersonById: (c) =>
      store.persons.has(p(c, 'personId'))
        ? { status: 200, body: store.persons.get(p(c, 'personId')) }
        : notFound('Persoon'),
    replacePersonById: (c) => put(store.persons, p(c, 'personId'), 'personId', c.body),
    listAssociationsByPersonId: (c) => {
      if (!store.persons.has(p(c, 'personId'))) return notFound('Persoon');
      // On this endpoint the filter values are programOffering/courseOffering/componentOffering.
      const filter = c.query.get('associationType');
      const type = filter ? `${filter}Association` : null;
      const items = [...store.associations.values()]
        .filter(
          (a) =>
            (a.person === p(c, 'personId') ||
              (a.person as Rec | undefined)?.personId === p(c, 'personId')) &&
            (!type || a.associationType === type),
        )
        .map((a) =>
          a.associationType === 'programOfferingAssociation'
            ? {
                ...a,
                offering: typeof a.offering === 'string' ? programOffering(a.offering) : a.offering,
              }
            : a,
        )
        .filter((a) => typeof a.offering === 'object');
      return { status: 200, body: page(items, c.query) };
    },
    listOrganizationById: (c) =>
      store.organizations.has(p(c, 'organizationId'))
        ? { status: 200, body: store.organizations.get(p(c, 'organizationId')) }
        : notFound('Organisatie'),
    listGroups: (c) => ({
      status: 200,
      body: page(
        [...store.groups.values()].filter((r) => matchesQ(r, c.query.get('q'))),
        c.query,
      ),
    }),
    listGroupById: (c) =>
      store.groups.has(p(c, 'groupId'))
        ? { status: 200, body: store.groups.get(p(c, 'groupId')) }
        : notFound('Groep'),
    replaceGroupById: (c) => put(store.groups, p(c, 'groupId'), 'groupId', c.body),
    listMembersByGroupId: (c) => {
      if (!store.groups.has(p(c, 'groupId'))) return notFound('Groep');
      return {
        status: 200,
        body: page([...(store.members.get(p(c, 'groupId'))?.values() ?? [])], c.query),
      };
    },
    replacePersoninGroupById: (c) => {
      if (!store.groups.has(p(c, 'groupId'))) return notFound('Groep');
      const m = store.members.get(p(c, 'groupId')) ?? new Map<string, Rec>();
      store.members.set(p(c, 'groupId'), m);
      const personId = c.params.personId ?? String((c.body as Rec).personId);
      const existed = m.has(personId);
      m.set(personId, c.body as Rec);
      return { status: existed ? 200 : 201 };
    },
  };
  void SAMPLE_IDS;
  return { implementation, store };
}
