/** Informatiestroom 6: Analyse (NED-OOAPI doc/flow6.md), optional from OKE 1.1. */
import { SEED_SOURCE, flowSource } from '../version.js';
import { defineFlow } from './define.js';

const src = flowSource(6);

export const FLOW_6 = defineFlow({
  nummer: 6,
  naam: 'Analyse',
  context:
    'De deelnemerregistratie verstrekt een beperkte set aanvullende metadata over de deelnemers (opleidingsinschrijvingen: crebo, leerweg, cohort, locatie) die de examenleverancier nodig heeft om de normering toe te passen en te verbeteren.',
  trigger:
    'Toetsafname neemt het initiatief, wanneer er meer studentcontext nodig is voor analyse (pull; momentopname, altijd herhaalbaar).',
  providers: ['DR'],
  consumers: ['TA'],
  scope: 'nl-test-admin-flow-6',
  sinds: '1.1',
  optioneel: true,
  notes: [
    'Werkt alleen als zowel DR/SIS als TA de flow ondersteunen.',
    'Alleen programOfferingAssociation-objecten; geen courseOfferingAssociation of componentOfferingAssociation, en geen volledige persoonsgegevens (die lopen via flow 2).',
  ],
  source: { ...SEED_SOURCE, section: 'Deelnemerregistratie(DR)' },
  interactions: [
    {
      id: '6.opleidingsinschrijvingen-ophalen',
      naam: 'Opleidingsinschrijvingen van student ophalen',
      subflow: '6',
      consumer: 'TA',
      provider: 'DR',
      pattern: 'pull',
      sinds: '1.1',
      optioneel: true,
      operationId: 'listAssociationsByPersonId',
      query: { associationType: 'programOffering' },
      notes: [
        'associationType heeft op dit endpoint de waarden programOffering/courseOffering/componentOffering (niet programOfferingAssociation zoals op /offerings/{offeringId}/associations).',
        'flow6.md vraagt expand=offering.program,offering.organization; ooapiv5_MBO.yaml definieert geen expand voor GET /persons/{personId}/associations.',
      ],
      source: { ...src, section: '3.6.2 Interactions for 6. Analysis' },
    },
    {
      id: '6.servicemetadata-ophalen',
      naam: 'Servicemetadata ophalen',
      subflow: '6',
      consumer: 'TA',
      provider: 'DR',
      pattern: 'pull',
      sinds: '1.1',
      optioneel: true,
      operationId: 'listServiceMetaData',
      notes: [
        'Om de versie van de uitwisseling te bepalen (Table 5.0.A); elke rol biedt GET / aan.',
      ],
      source: { ...src, section: '3.6' },
    },
  ],
});
