/**
 * The duties of the OKE flows that the OpenAPI schemas do not carry, declared once: `check()`,
 * the request handlers (reference servers), the conformance kit and the site read this list.
 * Each duty cites the flow document section (NED-OOAPI doc/flowN.md) or the seed document it
 * comes from; where the documents leave a point open, the duty is flagged `assumption`.
 */
import { IDENTIFIER_TYPES } from '@edustandaard/identifiers';
import { OKE_PERSON_CODES } from '../central/mappings.js';
import { CONSUMER_KEY, SEED_SOURCE, flowSource } from '../version.js';
import type { OkeDuty } from './types.js';

const nlTestAdmin = { path: 'consumerKey', in: [CONSUMER_KEY] } as const;

/** The Edu-V agreement "Identiteiten" (as @edustandaard/identifiers cites it). */
const IDENTITEITEN = IDENTIFIER_TYPES.eckId.format.sources[0]!;

/** Every OKE flow duty. */
export const OKE_DUTIES: readonly OkeDuty[] = [
  // ---- flow 2: cancelling goes through a state field ----
  {
    code: 'OKE.F2.annuleren-state',
    severity: 'fout',
    message:
      'Een student/medewerker annuleren gaat met state "canceled" (PATCH op de association).',
    interactions: ['2.student-annuleren'],
    scope: 'message',
    direction: 'request',
    check: {
      kind: 'valueConstraint',
      context: '',
      target: 'state',
      pattern: '^canceled$',
      required: true,
    },
    source: flowSource(2, 'Flow 2.4 : Delete students from offering (zitting)'),
  },
  {
    code: 'OKE.F2.verwijderen-offeringState',
    severity: 'fout',
    message:
      'Een zitting verwijderen gaat met offeringState "canceled" in de nl-test-admin-consumer van de offering (PATCH).',
    interactions: ['2.zitting-verwijderen'],
    scope: 'message',
    direction: 'request',
    check: {
      kind: 'valueConstraint',
      context: '',
      target: 'consumers/*/offeringState',
      pattern: '^canceled$',
      required: true,
    },
    source: flowSource(2, 'Flow 2.5 : Delete offering (zitting)'),
  },
  {
    code: 'OKE.F2.deelname-state',
    severity: 'fout',
    message: 'Een nieuwe deelname aan een zitting heeft state "associated".',
    interactions: ['2.deelname-aanmaken', '2.student-toevoegen'],
    scope: 'message',
    direction: 'request',
    check: {
      kind: 'valueConstraint',
      context: '',
      target: 'state',
      pattern: '^associated$',
    },
    source: flowSource(2, 'Flow 2.2 : Create offering (zitting) with students'),
  },
  // ---- flow 3 and 5: a result needs attendance ----
  {
    code: 'OKE.F3.resultaat',
    severity: 'fout',
    message: 'Een resultaatbericht bevat een result.',
    interactions: [
      '3.resultaat-overdragen',
      '5.studentresultaat-overdragen',
      '5.pogingresultaat-overdragen',
    ],
    scope: 'message',
    direction: 'request',
    check: { kind: 'requiredWhen', context: '', requires: ['result'] },
    source: flowSource(
      3,
      'Flow 3.1 : Send attendance and result directly (automated scored tests)',
    ),
  },
  {
    code: 'OKE.F3.attendance',
    severity: 'fout',
    message:
      'Bij een resultaat is attendance (aanwezigheid) in de nl-test-admin-consumer van het result verplicht.',
    interactions: [
      '3.resultaat-overdragen',
      '5.studentresultaat-overdragen',
      '5.pogingresultaat-overdragen',
    ],
    scope: 'message',
    direction: 'both',
    check: { kind: 'requiredWhen', context: '/result', requires: ['consumers/*/attendance'] },
    source: flowSource(3, 'Flow 3.1, Consumer attributes and values: attendence (mandatory)'),
  },
  {
    code: 'OKE.F3.attendance-consumer',
    severity: 'fout',
    message: 'attendance hoort in de nl-test-admin-consumer van het result.',
    interactions: [
      '3.resultaat-overdragen',
      '5.studentresultaat-overdragen',
      '5.pogingresultaat-overdragen',
    ],
    scope: 'message',
    direction: 'both',
    check: {
      kind: 'requiredWhen',
      context: '/result/consumers/*',
      when: nlTestAdmin,
      requires: ['attendance'],
    },
    source: flowSource(3, 'Flow 3.1, Consumer attributes and values: attendence (mandatory)'),
  },
  // ---- flow 4: the session report ----
  {
    code: 'OKE.F4.zittingsverslag',
    severity: 'fout',
    message:
      'Een zittingsverslag bevat in de nl-test-admin-consumer van de offering documents of irregularities.',
    interactions: ['4.zittingsverslag-overdragen'],
    scope: 'message',
    direction: 'request',
    check: {
      kind: 'requiredWhen',
      context: '',
      requires: ['consumers/*/documents', 'consumers/*/irregularities'],
    },
    source: flowSource(4, 'Flow 4.1 : Send attendance and offering report directly'),
  },
  // ---- flow 5.2: an attempt refers to the flow-1 enrolment ----
  {
    code: 'OKE.F5.poging-relatie',
    severity: 'fout',
    message:
      'Een poging (attempt) verwijst met orgAssociationId naar de toetsinschrijving uit informatiestroom 1.',
    interactions: ['5.pogingresultaat-overdragen'],
    scope: 'message',
    direction: 'request',
    check: {
      kind: 'requiredWhen',
      context: '',
      requires: ['consumers/*/orgAssociationId'],
    },
    source: flowSource(5, 'Flow 5.2 : Attempt result'),
  },
  // ---- identifiers (Edu-V Identiteiten) ----
  {
    code: 'OKE.ID.bsn',
    severity: 'fout',
    message:
      'Een BSN of ander persoonsgebonden nummer wordt in OKE niet uitgewisseld; gebruik het ECK iD of een instellingsnummer.',
    interactions: '*',
    scope: 'message',
    direction: 'both',
    check: {
      kind: 'identifiers',
      forbiddenCodeTypes: [
        'bsn',
        'burgerservicenummer',
        'nationalIdentityNumber',
        'pgn',
        'onderwijsnummer',
      ],
    },
    source: IDENTITEITEN,
    assumption: true,
  },
  {
    code: 'OKE.ID.eckid',
    severity: 'fout',
    message: 'Een code met codeType "eckid" is een geldig ECK iD.',
    interactions: '*',
    scope: 'message',
    direction: 'both',
    check: { kind: 'identifiers', parse: { eckid: 'eckId' } },
    source: IDENTITEITEN,
  },
  // Edu-V Identiteiten, "Digitale identiteit voor Onderwijsdeelnemers": the ECK iD is the primary
  // identifier (eerste voorkeur); "Wanneer geen ECK iD?" allows a secondary identifier of the table
  // "bij ontbreken van de eerste voorkeur". A student carrying only a secondary one (studentNumber =
  // LAS-key) therefore follows the agreement: the message cannot show whether an ECK iD exists. The
  // duty reports a student with no identifier of the table at all. The OKE documents (seed
  // oke-uitgelegd-si-perspectief) say nothing about identifiers: that OKE follows this Edu-V
  // agreement is our reading, hence `assumption`.
  {
    code: 'OKE.ID.selectie',
    severity: 'aanbeveling',
    message:
      'Een onderwijsdeelnemer wordt aangeduid met het ECK iD (primaire identifier, eerste voorkeur) of, bij ontbreken van de eerste voorkeur, met een secundaire identifier uit de tabel van de afspraak Identiteiten (in OKE de LAS-key als studentNumber); geef het ECK iD mee in otherCodes (codeType "eckid").',
    interactions: ['1.persoonsinformatie-aanleveren', '2.deelname-aanmaken', '2.student-toevoegen'],
    scope: 'message',
    direction: 'request',
    check: {
      kind: 'identifierSelection',
      persons: ['', '/person'],
      niveau: 'onderwijsdeelnemer',
      codeTypes: OKE_PERSON_CODES,
    },
    source: IDENTITEITEN,
    assumption: true,
  },
  // ---- chain duties ----
  {
    code: 'OKE.KETEN.gepland',
    severity: 'fout',
    message:
      'Een resultaat wordt alleen gegeven voor een deelname die via OKE is gepland (informatiestroom 2) en niet is geannuleerd.',
    interactions: ['3.resultaat-overdragen', '5.studentresultaat-overdragen'],
    scope: 'chain',
    direction: 'request',
    check: { kind: 'planned', record: 'association' },
    source: {
      ...SEED_SOURCE,
      section: 'Deelnemerregistratie: om een resultaat te kunnen verwerken',
    },
  },
  {
    code: 'OKE.KETEN.resultExpected',
    severity: 'fout',
    message:
      'Informatiestroom 5 geldt alleen voor een toetsinschrijving uit informatiestroom 1 waarvan de offering resultExpected true heeft.',
    interactions: ['5.studentresultaat-overdragen'],
    scope: 'chain',
    direction: 'request',
    check: { kind: 'planned', record: 'association', resultExpected: true },
    source: flowSource(5, 'Flow 5: Result information (students)'),
  },
  {
    code: 'OKE.KETEN.state-deelname',
    severity: 'fout',
    message:
      'De state van een deelname gaat alleen van "associated" naar "canceled"; een geannuleerde deelname blijft geannuleerd.',
    interactions: ['2.deelname-aanmaken', '2.student-toevoegen', '2.student-annuleren'],
    scope: 'chain',
    direction: 'request',
    check: {
      kind: 'transition',
      record: 'association',
      field: '/state',
      allowed: { associated: ['canceled'], canceled: [] },
    },
    source: flowSource(2, 'Flow 2.4 : Delete students from offering (zitting)'),
    // flow2.md Question 2 leaves open whether a canceled association can come back.
    assumption: true,
  },
  {
    code: 'OKE.KETEN.state-zitting',
    severity: 'fout',
    message:
      'offeringState van een zitting is "active" of "canceled"; alleen die twee wisselen elkaar af.',
    interactions: ['2.zitting-aanmaken', '2.zitting-verwijderen'],
    scope: 'chain',
    direction: 'request',
    check: {
      kind: 'transition',
      record: 'offering',
      field: '/consumers/*/offeringState',
      allowed: { active: ['canceled'], canceled: ['active'] },
    },
    source: flowSource(2, 'Flow 2.5 : Delete offering (zitting), Question 2'),
    assumption: true,
  },
];
