/** Informatiestroom 5: Studentresultaat (NED-OOAPI doc/flow5.md). */
import { SEED_SOURCE, flowSource } from '../version.js';
import { defineFlow } from './define.js';

const src = flowSource(5);

export const FLOW_5 = defineFlow({
  nummer: 5,
  naam: 'Studentresultaat',
  context:
    'Het studentresultaat wordt samengesteld op basis van planning- en afname-informatie: aanwezigheid, behaalde score en bijbehorende documenten. Het resultaat is onderdeel van de inschrijving en daarmee indirect gekoppeld aan de toets. Alleen voor toetsinschrijvingen uit flow 1 met resultExpected = true.',
  trigger:
    'Automatische levering zodra alles is verzameld; als de instelling resultaten in het TPL vaststelt, gaat die stap eraan vooraf.',
  providers: ['DR'],
  consumers: ['TPL'],
  scope: 'nl-test-admin-flow-1-5',
  sinds: '1.0',
  notes: [
    'Het TPL houdt pogingen bij en de relatie met de oorspronkelijke toetsinschrijving (orgAssociationId).',
  ],
  source: { ...SEED_SOURCE, section: 'Informatiestroom 5 Studentresultaat' },
  interactions: [
    {
      id: '5.studentresultaat-overdragen',
      naam: 'Overdracht van het studentresultaat',
      subflow: '5.1',
      consumer: 'TPL',
      provider: 'DR',
      pattern: 'push',
      sinds: '1.0',
      operationId: 'partialUpdateAssociationById',
      notes: ['Resultaat voor de toetsinschrijving uit flow 1.'],
      source: { ...src, section: 'Flow 5.1 : Test result' },
    },
    {
      id: '5.pogingresultaat-overdragen',
      naam: 'Overdracht van het studentresultaat',
      subflow: '5.2',
      consumer: 'TPL',
      provider: 'DR',
      pattern: 'push',
      sinds: '1.0',
      operationId: 'replaceAssociationById',
      notes: [
        'Een nieuwe association per poging met nl-test-admin-Association.orgAssociationId en attempt.',
      ],
      source: { ...src, section: 'Flow 5.2 : Attempt result' },
    },
  ],
});
