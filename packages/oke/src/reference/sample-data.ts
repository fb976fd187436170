/**
 * Fictitious sample data for the reference implementations and the conformance scenarios
 * (no real persons: names and identifiers are made up, e-mail on example.org).
 */
import type {
  Component,
  ComponentOffering,
  Group,
  MembershipItem,
  Organization,
  Person,
  ReplaceAssociationByIdRequest,
} from '../generated/ooapi.js';

export const SAMPLE_IDS = {
  organization: '452c1a86-a0af-475b-b03f-724878b0f387',
  component: 'c5fca27e-ccc1-430d-9888-90e005ad6a86',
  component2: '0b6f3c58-6a43-4f0e-9a3c-1d2e3f405162',
  offering: '123e4567-e89b-12d3-a456-134564174000',
  association: '123e4567-e89b-12d3-a456-426614174000',
  programAssociation: '54e58f68-ceac-4845-99d5-caa721fefb88',
  programOffering: '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  person: '8f14e45f-ceea-467e-a9f1-2b3c4d5e6f70',
  person2: '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d',
  group: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  document: 'd0c0e0f0-1111-4222-8333-444455556666',
} as const;

/**
 * A test in the catalogue (flow 0).
 * @param id - componentId
 * @param code - primaryCode (componentCode)
 */
export function sampleComponent(id: string = SAMPLE_IDS.component, code = '5'): Component {
  return {
    componentId: id,
    primaryCode: { codeType: 'componentCode', code },
    componentType: 'test',
    name: [{ language: 'nl-NL', value: 'Rekenen 2F voor technische opleidingen' }],
    abbreviation: 'REK2F-TECH',
    modeOfDelivery: ['situated'],
    duration: 'PT60M',
    teachingLanguage: 'nld',
    organization: SAMPLE_IDS.organization,
    consumers: [
      {
        consumerKey: 'nl-test-admin',
        additionalTestingTime: 30,
        availablePersonalNeeds: ['extraTime', 'spoken'],
        safety: ['securedComputer', 'surveillance'],
        exam: true,
        resultValueType: '0.0-10.0',
        passFrom: '5.5',
        retries: 2,
        status: 'active',
        licensed: true,
      },
    ],
  } as Component;
}

/**
 * A planned session (zitting, flow 2.1) or a plannable test (planbare toets, flow 1).
 * @param id - offeringId
 * @param componentId - the test (component) of the catalogue
 */
export function sampleOffering(
  id: string = SAMPLE_IDS.offering,
  componentId: string = SAMPLE_IDS.component,
): ComponentOffering {
  return {
    offeringId: id,
    primaryCode: { codeType: 'offeringCode', code: 'REK2F-20260621-1245-A22' },
    offeringType: 'component',
    name: [{ language: 'nl-NL', value: '20260621-12:45 rekenen 2F' }],
    description: [{ language: 'nl-NL', value: 'Zitting rekenen 2F in lokaal A-22' }],
    teachingLanguage: 'nld',
    modeOfDelivery: ['situated'],
    resultExpected: true,
    consumers: [
      {
        consumerKey: 'nl-test-admin',
        duration: 'PT60M',
        safety: ['fixedLocation', 'surveillance'],
        offeringState: 'active',
        locationCode: 'A-22',
      },
    ],
    startDateTime: '2026-06-21T12:45:00+02:00',
    endDateTime: '2026-06-21T13:45:00+02:00',
    component: componentId,
    organization: SAMPLE_IDS.organization,
  } as ComponentOffering;
}

/**
 * A fictitious student.
 * @param id - personId
 * @param n - 1 or 2: which of the two sample students
 */
export function samplePerson(id: string = SAMPLE_IDS.person, n = 1): Person {
  return {
    personId: id,
    primaryCode: { codeType: 'studentNumber', code: String(1000000 + n) },
    givenName: n === 1 ? 'Maartje' : 'Klaas',
    surnamePrefix: 'van',
    surname: n === 1 ? 'Damme' : 'Dijk',
    displayName: n === 1 ? 'Maartje van Damme' : 'Klaas van Dijk',
    activeEnrollment: true,
    affiliations: ['student'],
    mail: `student${n}@example.org`,
    languageOfChoice: ['nl-NL'],
    // A fictitious ECK iD of the agreement's format (Edu-V Identiteiten: eerste voorkeur).
    otherCodes: [{ codeType: 'eckid', code: `https://ketenid.nl/201703/${String(n).repeat(128)}` }],
    consumers: [
      {
        consumerKey: 'nl-test-admin',
        preferredName: n === 1 ? 'Maar' : 'Klaas',
        idCheckName: n === 1 ? 'van Damme, Maartje' : 'van Dijk, Klaas',
      },
    ],
  } as Person;
}

/**
 * A student's participation in a session (deelname, flow 2.2/2.3).
 * @param id - associationId
 * @param offeringId - the session
 * @param person - the person, in full or as personId
 */
export function sampleAssociation(
  id: string,
  offeringId: string,
  person: Person | string,
): ReplaceAssociationByIdRequest {
  return {
    associationId: id,
    associationType: 'componentOfferingAssociation',
    role: 'student',
    state: 'associated',
    person,
    offering: offeringId,
    consumers: [
      { consumerKey: 'nl-test-admin', additionalTimeInMin: 30, personalNeeds: ['extraTime'] },
    ],
  } as ReplaceAssociationByIdRequest;
}

/** PATCH body of flow 2.4 / 1.1a.2: cancel a participation. */
export const cancelAssociationPatch = () => ({
  associationType: 'componentOfferingAssociation',
  state: 'canceled',
});

/** PATCH body of flow 2.5: cancel a session. */
export const cancelOfferingPatch = () => ({
  offeringType: 'component',
  consumers: [{ consumerKey: 'nl-test-admin', offeringState: 'canceled' }],
});

/**
 * PATCH body of flow 3.1 (TA → TPL) and 5.1 (TPL → DR): attendance and result.
 * @param documentId - the assessment form, fetched through the documents endpoint
 */
export function resultPatch(documentId: string = SAMPLE_IDS.document) {
  return {
    associationType: 'componentOfferingAssociation',
    result: {
      state: 'completed',
      pass: 'passed',
      score: '7.5',
      resultDate: '2026-06-21',
      weight: 100,
      consumers: [
        {
          consumerKey: 'nl-test-admin',
          attendance: 'present',
          final: false,
          rawScore: 60,
          maxRawScore: 75,
          testDate: '2026-06-22T10:00:00+02:00',
          documents: [
            {
              documentId,
              documentType: 'assessmentForm',
              documentName: 'Beoordelingsformulier.pdf',
            },
          ],
        },
      ],
    },
  };
}

/**
 * PATCH body of flow 4.1: the session report (zittingsverslag).
 * @param documentId - the proces-verbaal, fetched through the documents endpoint
 */
export function sessionReportPatch(documentId: string = SAMPLE_IDS.document) {
  return {
    offeringType: 'component',
    consumers: [
      {
        consumerKey: 'nl-test-admin',
        irregularities: 'Geen bijzonderheden.',
        documents: [
          { documentId, documentType: 'sessionReport', documentName: 'Proces-verbaal.pdf' },
        ],
      },
    ],
  };
}

/** A programme enrolment (flow 6 / flow 1.2). */
export function sampleProgramAssociation() {
  return {
    associationId: SAMPLE_IDS.programAssociation,
    associationType: 'programOfferingAssociation',
    role: 'student',
    state: 'associated',
    offering: SAMPLE_IDS.programOffering,
    person: SAMPLE_IDS.person,
  };
}

/** The fictitious institution. */
export function sampleOrganization(): Organization {
  return {
    organizationId: SAMPLE_IDS.organization,
    primaryCode: { codeType: 'brin', code: '99XX' },
    organizationType: 'institute',
    name: [{ language: 'nl-NL', value: 'Voorbeeld mbo-college' }],
    shortName: 'VMC',
  } as Organization;
}

/** A class (flow 1.1b, ad-hoc planning). */
export function sampleGroup(): Group {
  return {
    groupId: SAMPLE_IDS.group,
    primaryCode: { codeType: 'groupCode', code: 'H2b' },
    groupType: 'class',
    name: [{ language: 'nl-NL', value: 'Klas H2b' }],
  } as Group;
}

/**
 * A group membership (flow 1.1b).
 * @param personId - the member
 */
export function sampleMembership(personId: string = SAMPLE_IDS.person): MembershipItem {
  return { personId, startDateTime: '2025-09-01T08:00:00+02:00' } as MembershipItem;
}
