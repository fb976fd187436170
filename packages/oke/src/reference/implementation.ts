/**
 * A generic in-memory implementation of every OOAPI operation of the OKE profile, over an
 * {@link OkeStore}. Which operations a server exposes is decided by the role (see server.ts).
 */
import type { OkeImplementation, OperationContext, OperationResult } from '../http/types.js';
import { applyMergePatch } from '../merge-patch.js';
import { checkChainDuties, interactionFor } from '../duties/evaluate.js';
import { INTERACTIONS } from '../flows/index.js';
import type { OkeRoleId } from '../roles.js';
import { createFinding, type Finding } from '@edustandaard/core';
import { OKE_MESSAGES } from '../messages.js';
import { OKE_VERSION } from '../version.js';
import { SAMPLE_IDS } from './sample-data.js';
import { seededStore, type OkeStore } from './store.js';

type Rec = Record<string, unknown>;

const notFound = (what: string): OperationResult => ({
  status: 404,
  body: { status: '404', title: 'Niet gevonden', detail: `${what} bestaat niet` },
});

/** 409: the message is valid on its own but breaks the chain (duties/data.ts, scope `chain`). */
const conflict = (issues: readonly Finding[]): OperationResult => ({
  status: 409,
  body: {
    status: '409',
    title: 'Strijdig met de keten',
    detail: issues.map((i) => i.message).join(' '),
    issues,
  },
});

/** 507: the store is full (#17 item 7: the reference servers keep a bounded in-memory store). */
const full = (limit: string): OperationResult => ({
  status: 507,
  body: {
    status: '507',
    title: 'Opslag vol',
    detail: `De referentie-implementatie bewaart niet meer dan ${limit}; niets is opgeslagen`,
  },
});

/** Limits of the in-memory store. */
export interface StoreLimits {
  /** Records per collection (default 10,000). */
  maxRecords?: number;
  /** Bytes of all stored JSON together (default 64 MiB). */
  maxBytes?: number;
}

/** Options of {@link createReferenceImplementation}. */
export interface ReferenceImplementationOptions extends StoreLimits {
  /** The role served: decides which interaction (and so which chain duties) a call is. */
  role?: OkeRoleId;
  /** Skip the chain duties (a planted fault: "wrong state transition"). */
  chain?: boolean;
}

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

/**
 * Byte accounting of a store: every write goes through {@link Budget.write}, which refuses a
 * write that would take a collection past `maxRecords` or the store past `maxBytes`.
 */
class Budget {
  private readonly sizes = new WeakMap<Map<string, unknown>, Map<string, number>>();
  private total = 0;
  constructor(
    private readonly maxRecords: number,
    private readonly maxBytes: number,
  ) {}
  /** @returns null when written, else the 507 result */
  write<T>(map: Map<string, T>, id: string, value: T): OperationResult | null {
    const sizes = this.sizes.get(map) ?? new Map<string, number>();
    this.sizes.set(map, sizes);
    const size =
      id.length + (value instanceof Uint8Array ? value.length : JSON.stringify(value).length);
    const old = sizes.get(id) ?? 0;
    if (!map.has(id) && map.size >= this.maxRecords)
      return full(`${this.maxRecords} records per collectie`);
    if (this.total - old + size > this.maxBytes) return full(`${this.maxBytes} bytes`);
    this.total += size - old;
    sizes.set(id, size);
    map.set(id, value);
    return null;
  }
  /** Counts what is already in a map (the seeded data). */
  adopt<T>(map: Map<string, T>): void {
    for (const [id, v] of [...map]) {
      map.delete(id);
      this.write(map, id, v);
    }
  }
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
export function createReferenceImplementation(
  store: OkeStore = seededStore(),
  options: ReferenceImplementationOptions = {},
): {
  implementation: OkeImplementation;
  store: OkeStore;
} {
  const p = (c: OperationContext, k: string) => c.params[k]!;
  const budget = new Budget(options.maxRecords ?? 10_000, options.maxBytes ?? 64 * 1024 * 1024);
  for (const m of [
    store.components,
    store.offerings,
    store.associations,
    store.persons,
    store.groups,
    store.organizations,
    store.documents,
    store.members,
  ])
    budget.adopt(m as Map<string, unknown>);
  const put = (
    map: Map<string, Rec>,
    id: string,
    idKey: string,
    body: unknown,
  ): OperationResult => {
    const existed = map.has(id);
    const value = Object.assign(Object.create(null) as Rec, body as Rec);
    Object.defineProperty(value, idKey, {
      value: id,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    // A plain object again (JSON.stringify and spreads treat both alike; no prototype to replace).
    const stored = { ...value };
    return budget.write(map, id, stored) ?? { status: existed ? 200 : 201 };
  };
  const patched = (map: Map<string, Rec>, id: string, body: unknown): Rec | undefined => {
    const cur = map.get(id);
    return cur ? (applyMergePatch(cur, body) as Rec) : undefined;
  };
  /** The chain duties of the call: findings, or [] when the chain is intact (or not checked). */
  const chain = (c: OperationContext, state: Parameters<typeof checkChainDuties>[1]): Finding[] => {
    if (options.chain === false || !options.role) return [];
    const interaction = interactionFor(options.role, c.operation.operationId, c.body, INTERACTIONS);
    return interaction ? checkChainDuties(interaction, state) : [];
  };
  const offeringOf = (a: Rec | undefined): Rec | undefined => {
    const o = a?.offering;
    const id = typeof o === 'string' ? o : (o as Rec | undefined)?.offeringId;
    return typeof id === 'string' ? store.offerings.get(id) : undefined;
  };
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
    replaceOfferingById: (c) => {
      const before = store.offerings.get(p(c, 'offeringId'));
      const issues = chain(c, { offering: before, next: c.body as Rec });
      if (issues.length) return conflict(issues);
      return put(store.offerings, p(c, 'offeringId'), 'offeringId', c.body);
    },
    partialUpdateOfferingById: (c) => {
      const before = store.offerings.get(p(c, 'offeringId'));
      const next = patched(store.offerings, p(c, 'offeringId'), c.body);
      if (!before || !next) return notFound('Offering');
      const issues = chain(c, { offering: before, next });
      if (issues.length) return conflict(issues);
      return budget.write(store.offerings, p(c, 'offeringId'), next) ?? { status: 200 };
    },
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
      const before = store.associations.get(p(c, 'associationId'));
      // Chain integrity: a participation belongs to an offering this system knows (flow 2.1 before 2.2).
      const o = body.offering;
      const offeringId = typeof o === 'string' ? o : (o as Rec | undefined)?.offeringId;
      if (
        options.chain !== false &&
        typeof offeringId === 'string' &&
        typeof o === 'string' &&
        !store.offerings.has(offeringId)
      )
        return conflict([createFinding(OKE_MESSAGES, 'OKE.KETEN.offering', { path: '/offering' })]);
      const issues = chain(c, {
        association: before,
        planned: !!before,
        offering: offeringOf(body),
        next: body,
      });
      if (issues.length) return conflict(issues);
      // A person sent in full (flow 2.2) is kept as a person of its own; the association refers to it.
      if (body.person && typeof body.person === 'object') {
        const r = budget.write(store.persons, String((body.person as Rec).personId), {
          ...(body.person as Rec),
        });
        if (r) return r;
      }
      return put(store.associations, p(c, 'associationId'), 'associationId', body);
    },
    partialUpdateAssociationById: (c) => {
      const before = store.associations.get(p(c, 'associationId'));
      const next = patched(store.associations, p(c, 'associationId'), c.body);
      if (!before || !next) return notFound('Association');
      const issues = chain(c, {
        association: before,
        planned: true,
        offering: offeringOf(before),
        next,
      });
      if (issues.length) return conflict(issues);
      const r = budget.write(store.associations, p(c, 'associationId'), next);
      if (r) return r;
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
      return budget.write(m, personId, { ...(c.body as Rec) }) ?? { status: existed ? 200 : 201 };
    },
  };
  void SAMPLE_IDS;
  return { implementation, store };
}
