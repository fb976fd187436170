/**
 * The scripted conformance scenarios as data: per role under test, the calls the kit makes as
 * that role's counterpart, in the order of the chain (catalogue → plan a session → add and remove
 * students → results → session report → student result). Steps read ids from earlier answers.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { OkeRoleId } from '../roles.js';
import {
  cancelAssociationPatch,
  cancelOfferingPatch,
  resultPatch,
  sampleAssociation,
  sampleGroup,
  sampleOffering,
  samplePerson,
  sessionReportPatch,
} from '../reference/sample-data.js';

/** A parsed JSON answer, navigated loosely (a missing id just skips the steps that need it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of a server under test have no trusted shape
export type Json = any;

/** State shared by the steps of one run (ids found or created). */
export type ScenarioState = Record<string, string | undefined>;

/** One step: an interaction with its arguments, and what to remember from the answer. */
export interface ScenarioStep {
  /** Short Dutch label of the step in the chain. */
  stap: string;
  interaction: string;
  /** Path parameters, from the state. */
  params?: (s: ScenarioState) => Record<string, string | undefined>;
  query?: Record<string, string>;
  body?: (s: ScenarioState) => unknown;
  /** A check of the answer's content beyond the contract (the call had effect); a Dutch message when it fails. */
  verify?: (body: Json, s: ScenarioState) => string | undefined;
  /** Ids to remember from the response body. */
  remember?: (body: Json, s: ScenarioState) => void;
  /** Optional interactions (OKE marks them optional): a 404/501 is reported as skipped, not failed. */
  optioneel?: boolean;
  /**
   * Expected statuses when not the operation's 2xx: an error case, whose answer must then be a
   * Problem (ErrorHandling.md), e.g. `[404]` for an unknown id or `[400]` for an invalid body.
   */
  expect?: readonly number[];
}

/** An id that no system under test has (the nil UUID's sibling). */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** The ids a run creates. */
const NEW_IDS = [
  'newOffering',
  'newAssociation1',
  'newAssociation2',
  'newPerson1',
  'newPerson2',
  'newGroup',
  'newAttempt',
] as const;

/** A version-4 UUID from 16 bytes (RFC 9562 §5.4: version and variant bits set). */
function uuidFrom(b: Uint8Array): string {
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Buffer.from(b.subarray(0, 16)).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/**
 * Fresh, collision-free ids per run (UUID v4), so a scenario never collides with data already
 * present nor with itself: random (crypto.randomUUID) by default; with a seed, derived from
 * SHA-256 of seed and name (reproducible runs in tests; distinct names never share an id).
 * @param seed - optional seed for reproducible ids
 */
export function runIds(seed?: number): ScenarioState {
  return Object.fromEntries(
    NEW_IDS.map((n) => [
      n,
      seed === undefined
        ? randomUUID()
        : uuidFrom(createHash('sha256').update(`${seed}\u0000${n}`).digest()),
    ]),
  );
}

const firstItem = (b: Json): Json => (Array.isArray(b?.items) ? b.items[0] : undefined);
const idOf = (x: unknown, key: string) =>
  typeof x === 'string'
    ? x
    : x && typeof x === 'object'
      ? ((x as Record<string, unknown>)[key] as string | undefined)
      : undefined;

/** Kit plays Toetsplanning (and DR for flow 0) against a Toetsafname. */
const TA: ScenarioStep[] = [
  {
    stap: 'catalogus',
    interaction: '0.toetscatalogus-opvragen',
    remember: (b, s) => (s.component = firstItem(b)?.componentId),
  },
  {
    stap: 'catalogus',
    interaction: '0.toetsdetails-ophalen',
    params: (s) => ({ componentId: s.component }),
  },
  {
    stap: 'foutafhandeling',
    interaction: '0.toetsdetails-ophalen',
    params: () => ({ componentId: UNKNOWN_ID }),
    expect: [404],
  },
  {
    stap: 'zitting plannen',
    interaction: '2.zitting-aanmaken',
    params: (s) => ({ offeringId: s.newOffering }),
    body: (s) => sampleOffering(s.newOffering, s.component),
  },
  {
    stap: 'studenten toevoegen',
    interaction: '2.deelname-aanmaken',
    params: (s) => ({ associationId: s.newAssociation1 }),
    body: (s) =>
      sampleAssociation(s.newAssociation1!, s.newOffering!, samplePerson(s.newPerson1, 1)),
  },
  {
    stap: 'studenten toevoegen',
    interaction: '2.student-toevoegen',
    params: (s) => ({ associationId: s.newAssociation2 }),
    body: (s) =>
      sampleAssociation(s.newAssociation2!, s.newOffering!, samplePerson(s.newPerson2, 2)),
  },
  {
    stap: 'student verwijderen',
    interaction: '2.student-annuleren',
    params: (s) => ({ associationId: s.newAssociation2 }),
    body: () => cancelAssociationPatch(),
  },
  {
    stap: 'zitting controleren',
    interaction: '2.zitting-ophalen',
    params: (s) => ({ offeringId: s.newOffering }),
    verify: (b, s) =>
      b?.offeringId === s.newOffering
        ? undefined
        : 'De opgehaalde zitting is niet de zojuist aangemaakte.',
  },
  {
    stap: 'zitting controleren',
    interaction: '2.deelnames-ophalen',
    params: (s) => ({ offeringId: s.newOffering }),
    verify: (b, s) => {
      const items: Json[] = Array.isArray(b?.items) ? b.items : [];
      const a1 = items.find((x) => x?.associationId === s.newAssociation1);
      const a2 = items.find((x) => x?.associationId === s.newAssociation2);
      if (!a1) return 'De toegevoegde deelname ontbreekt in de deelnames van de zitting.';
      if (a2 && a2.state !== 'canceled')
        return 'De geannuleerde deelname heeft geen state "canceled".';
      return undefined;
    },
  },
  {
    stap: 'toegangslink',
    interaction: '2.toegangslink-ophalen',
    params: (s) => ({ associationId: s.newAssociation1 }),
    optioneel: true,
  },
  {
    stap: 'resultaten',
    interaction: '3.resultaat-ophalen',
    params: (s) => ({ associationId: s.newAssociation1 }),
  },
  {
    stap: 'resultaten',
    interaction: '3.resultaten-ophalen',
    params: (s) => ({ offeringId: s.newOffering }),
  },
  {
    stap: 'zittingsverslag',
    interaction: '4.zittingsverslag-ophalen',
    params: (s) => ({ offeringId: s.newOffering }),
  },
  {
    stap: 'zitting afsluiten',
    interaction: '2.zitting-verwijderen',
    params: (s) => ({ offeringId: s.newOffering }),
    body: () => cancelOfferingPatch(),
  },
];

/** Kit plays Deelnemerregistratie (flow 1) and Toetsafname (flows 3, 4) against a Toetsplanning. */
const TPL: ScenarioStep[] = [
  {
    stap: 'zitting plannen',
    interaction: '1.planbare-toets-aanmaken',
    params: (s) => ({ offeringId: s.newOffering }),
    body: (s) => sampleOffering(s.newOffering),
  },
  {
    stap: 'studenten toevoegen',
    interaction: '1.persoonsinformatie-aanleveren',
    params: (s) => ({ personId: s.newPerson1 }),
    body: (s) => samplePerson(s.newPerson1, 1),
  },
  {
    stap: 'studenten toevoegen',
    interaction: '1.toetsinschrijving-aanleveren',
    params: (s) => ({ associationId: s.newAssociation1 }),
    body: (s) => sampleAssociation(s.newAssociation1!, s.newOffering!, s.newPerson1!),
  },
  {
    stap: 'studenten toevoegen',
    interaction: '1.toetsinschrijving-aanleveren',
    params: (s) => ({ associationId: s.newAssociation2 }),
    body: (s) =>
      sampleAssociation(s.newAssociation2!, s.newOffering!, samplePerson(s.newPerson2, 2)),
  },
  {
    stap: 'student verwijderen',
    interaction: '1.toetsinschrijving-wijzigen',
    params: (s) => ({ associationId: s.newAssociation2 }),
    body: () => cancelAssociationPatch(),
  },
  {
    stap: 'foutafhandeling',
    interaction: '3.resultaat-overdragen',
    params: (s) => ({ associationId: s.newAssociation2 }),
    // A result only for what was planned and not canceled (seed: "om een resultaat te kunnen
    // verwerken"; duty OKE.KETEN.gepland): the provider must refuse it.
    body: () => resultPatch(),
    expect: [409, 400],
  },
  {
    stap: 'groepen',
    interaction: '1.toetsgroep-aanmaken',
    params: (s) => ({ groupId: s.newGroup }),
    body: (s) => ({ ...sampleGroup(), groupId: s.newGroup }),
  },
  {
    stap: 'foutafhandeling',
    interaction: '3.resultaat-overdragen',
    params: (s) => ({ associationId: s.newAssociation1 }),
    // attendance outside the NL-TEST-ADMIN enumeration: the provider must refuse it.
    body: () => ({
      result: { consumers: [{ consumerKey: 'nl-test-admin', attendance: 'misschien' }] },
    }),
    expect: [400],
  },
  {
    stap: 'resultaten',
    interaction: '3.resultaat-overdragen',
    params: (s) => ({ associationId: s.newAssociation1 }),
    body: () => resultPatch(),
  },
  {
    stap: 'zittingsverslag',
    interaction: '4.zittingsverslag-overdragen',
    params: (s) => ({ offeringId: s.newOffering }),
    body: () => sessionReportPatch(),
  },
];

/** Kit plays Toetsplanning (flows 1, 5) and Toetsafname (flow 6) against a Deelnemerregistratie. */
const DR: ScenarioStep[] = [
  {
    stap: 'zitting plannen',
    interaction: '1.gestructureerde-planningsinfo-ophalen',
    query: { offeringType: 'component' },
    remember: (b, s) => (s.offering = firstItem(b)?.offeringId),
  },
  {
    stap: 'zitting plannen',
    interaction: '1.gestructureerde-planningsinfo',
    params: (s) => ({ offeringId: s.offering }),
    remember: (b, s) => (s.organization = idOf(b?.organization, 'organizationId')),
  },
  {
    stap: 'studenten',
    interaction: '1.inschrijvingen-ophalen',
    params: (s) => ({ offeringId: s.offering }),
    remember: (b, s) => (
      (s.association = firstItem(b)?.associationId),
      (s.person = idOf(firstItem(b)?.person, 'personId'))
    ),
  },
  {
    stap: 'studenten',
    interaction: '1.inschrijvingsdetails-ophalen',
    params: (s) => ({ associationId: s.association }),
  },
  {
    stap: 'studenten',
    interaction: '1.persoonsinformatie-ophalen',
    params: (s) => ({ personId: s.person }),
  },
  {
    stap: 'foutafhandeling',
    interaction: '1.persoonsinformatie-ophalen',
    params: () => ({ personId: UNKNOWN_ID }),
    expect: [404],
  },
  {
    stap: 'context',
    interaction: '1.contextinformatie-ophalen',
    params: (s) => ({ organizationId: s.organization }),
    optioneel: true,
  },
  {
    stap: 'groepen',
    interaction: '1.adhoc-toetsgroepen-ophalen',
    remember: (b, s) => (s.group = firstItem(b)?.groupId),
  },
  {
    stap: 'groepen',
    interaction: '1.groepsinformatie-ophalen',
    params: (s) => ({ groupId: s.group }),
  },
  {
    stap: 'groepen',
    interaction: '1.groepslidmaatschappen-ophalen',
    params: (s) => ({ groupId: s.group }),
  },
  {
    stap: 'studentresultaat',
    interaction: '5.studentresultaat-overdragen',
    params: (s) => ({ associationId: s.association }),
    body: () => resultPatch(),
  },
  {
    stap: 'studentresultaat',
    interaction: '5.pogingresultaat-overdragen',
    params: (s) => ({ associationId: s.newAttempt }),
    body: (s) => ({
      ...sampleAssociation(s.newAttempt!, s.offering!, s.person!),
      consumers: [{ consumerKey: 'nl-test-admin', orgAssociationId: s.association, attempt: 2 }],
      result: resultPatch().result,
    }),
  },
  {
    stap: 'analyse',
    interaction: '6.opleidingsinschrijvingen-ophalen',
    params: (s) => ({ personId: s.person }),
    query: { associationType: 'programOffering' },
    optioneel: true,
  },
];

/** The scenario per role under test. */
export const SCENARIOS: Readonly<Record<OkeRoleId, readonly ScenarioStep[]>> = { TA, TPL, DR };
