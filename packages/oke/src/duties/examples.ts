/**
 * A violating example and its clean twin for every flow duty (data, run by one test and shown on
 * the site): the violating message gives the duty's finding at `path`; the clean twin differs
 * only in what the duty asks and gives no finding of that duty. Message duties are checked with
 * check(); chain duties with the chain state they read.
 */
import {
  cancelAssociationPatch,
  cancelOfferingPatch,
  resultPatch,
  sampleAssociation,
  sampleOffering,
  samplePerson,
  sessionReportPatch,
  SAMPLE_IDS,
} from '../reference/sample-data.js';
import type { ChainState } from './evaluate.js';

/** One duty's example pair. */
export interface DutyExample {
  /** The duty code. */
  code: string;
  interaction: string;
  direction: 'request' | 'response';
  /** Where the violating message's finding points. */
  path: string;
  violating: { message: unknown; chain?: ChainState };
  clean: { message: unknown; chain?: ChainState };
}

const clone = <T>(v: T): T => structuredClone(v);
const ECK = (c: string) => `https://ketenid.nl/201703/${c.repeat(128)}`;

const result = resultPatch();
const resultWithout = (f: (r: ReturnType<typeof resultPatch>) => void) => {
  const r = clone(result);
  f(r);
  return r;
};
const association = sampleAssociation(
  SAMPLE_IDS.association,
  SAMPLE_IDS.offering,
  SAMPLE_IDS.person,
);
const stored = { ...clone(association), state: 'associated' } as Record<string, unknown>;
const offering = sampleOffering() as unknown as Record<string, unknown>;
const person = samplePerson();

/** Every duty's pair. */
export const DUTY_EXAMPLES: readonly DutyExample[] = [
  {
    code: 'OKE.F2.annuleren-state',
    interaction: '2.student-annuleren',
    direction: 'request',
    path: '/state',
    violating: { message: { associationType: 'componentOfferingAssociation' } },
    clean: { message: cancelAssociationPatch() },
  },
  {
    code: 'OKE.F2.verwijderen-offeringState',
    interaction: '2.zitting-verwijderen',
    direction: 'request',
    path: '/consumers/0/offeringState',
    violating: {
      message: {
        offeringType: 'component',
        consumers: [{ consumerKey: 'nl-test-admin', offeringState: 'active' }],
      },
    },
    clean: { message: cancelOfferingPatch() },
  },
  {
    code: 'OKE.F2.deelname-state',
    interaction: '2.deelname-aanmaken',
    direction: 'request',
    path: '/state',
    violating: { message: { ...clone(association), state: 'canceled' } },
    clean: { message: clone(association) },
  },
  {
    code: 'OKE.F3.resultaat',
    interaction: '3.resultaat-overdragen',
    direction: 'request',
    path: '/result',
    violating: { message: { associationType: 'componentOfferingAssociation' } },
    clean: { message: clone(result) },
  },
  {
    code: 'OKE.F3.attendance',
    interaction: '3.resultaat-overdragen',
    direction: 'request',
    path: '/result/consumers',
    violating: {
      message: resultWithout((r) => delete (r.result as { consumers?: unknown }).consumers),
    },
    clean: { message: clone(result) },
  },
  {
    code: 'OKE.F3.attendance-consumer',
    interaction: '5.studentresultaat-overdragen',
    direction: 'request',
    path: '/result/consumers/0/attendance',
    violating: {
      message: resultWithout(
        (r) => delete (r.result.consumers[0] as { attendance?: string }).attendance,
      ),
    },
    clean: { message: clone(result) },
  },
  {
    code: 'OKE.F4.zittingsverslag',
    interaction: '4.zittingsverslag-overdragen',
    direction: 'request',
    path: '/consumers',
    violating: { message: { offeringType: 'component' } },
    clean: { message: sessionReportPatch() },
  },
  {
    code: 'OKE.F5.poging-relatie',
    interaction: '5.pogingresultaat-overdragen',
    direction: 'request',
    path: '/consumers',
    violating: {
      message: { ...clone(association), consumers: undefined, result: clone(result.result) },
    },
    clean: {
      message: {
        ...clone(association),
        consumers: [
          { consumerKey: 'nl-test-admin', orgAssociationId: SAMPLE_IDS.association, attempt: 2 },
        ],
        result: clone(result.result),
      },
    },
  },
  {
    code: 'OKE.ID.bsn',
    interaction: '1.persoonsinformatie-aanleveren',
    direction: 'request',
    path: '/primaryCode/codeType',
    violating: {
      message: { ...clone(person), primaryCode: { codeType: 'bsn', code: '000000000' } },
    },
    clean: { message: clone(person) },
  },
  {
    code: 'OKE.ID.eckid',
    interaction: '1.persoonsinformatie-aanleveren',
    direction: 'request',
    path: '/otherCodes/0/code',
    violating: {
      message: { ...clone(person), otherCodes: [{ codeType: 'eckid', code: '00000' }] },
    },
    clean: { message: { ...clone(person), otherCodes: [{ codeType: 'eckid', code: ECK('a') }] } },
  },
  {
    code: 'OKE.ID.selectie',
    interaction: '1.persoonsinformatie-aanleveren',
    direction: 'request',
    path: '/otherCodes',
    // no identifier of the agreement's table (a userName is none); the clean twin carries only the
    // LAS-key (studentNumber): a secondary identifier, allowed when the ECK iD is absent
    violating: {
      message: {
        ...clone(person),
        primaryCode: { codeType: 'userName', code: 'mdamme' },
        otherCodes: undefined,
      },
    },
    clean: { message: { ...clone(person), otherCodes: undefined } },
  },
  {
    code: 'OKE.KETEN.gepland',
    interaction: '3.resultaat-overdragen',
    direction: 'request',
    path: '/',
    violating: { message: clone(result), chain: { association: undefined } },
    clean: { message: clone(result), chain: { association: stored, planned: true } },
  },
  {
    code: 'OKE.KETEN.resultExpected',
    interaction: '5.studentresultaat-overdragen',
    direction: 'request',
    path: '/',
    violating: {
      message: clone(result),
      chain: {
        association: stored,
        planned: true,
        offering: { ...offering, resultExpected: false },
      },
    },
    clean: {
      message: clone(result),
      chain: {
        association: stored,
        planned: true,
        offering: { ...offering, resultExpected: true },
      },
    },
  },
  {
    code: 'OKE.KETEN.state-deelname',
    interaction: '2.student-toevoegen',
    direction: 'request',
    path: '/state',
    violating: {
      message: clone(association),
      chain: {
        association: { ...stored, state: 'canceled' },
        next: { ...stored, state: 'associated' },
      },
    },
    clean: {
      message: cancelAssociationPatch(),
      chain: { association: stored, next: { ...stored, state: 'canceled' } },
    },
  },
  {
    code: 'OKE.KETEN.state-zitting',
    interaction: '2.zitting-aanmaken',
    direction: 'request',
    path: '/consumers/0/offeringState',
    violating: {
      message: offering,
      chain: {
        offering,
        next: {
          ...offering,
          consumers: [{ consumerKey: 'nl-test-admin', offeringState: 'planned' }],
        },
      },
    },
    clean: {
      message: offering,
      chain: {
        offering,
        next: {
          ...offering,
          consumers: [{ consumerKey: 'nl-test-admin', offeringState: 'canceled' }],
        },
      },
    },
  },
];
