/** Informatiestroom 4: Zittingsverslag (NED-OOAPI doc/flow4.md). */
import { SEED_SOURCE, flowSource } from '../version.js';
import { defineFlow } from './define.js';

const src = flowSource(4);

export const FLOW_4 = defineFlow({
  nummer: 4,
  naam: 'Zittingsverslag',
  context:
    'Informatie over het verloop van het examen (aanwezigheid en proces-verbaal van de zitting), ten behoeve van de processen "Vaststellen van resultaat" en "Vastleggen van resultaat". Gerelateerde documenten kunnen deel uitmaken van de zitting.',
  trigger:
    'Zodra de zitting is gesloten (laatst mogelijke startmoment is gepasseerd en alle gestarte deelnemers hebben de afname afgerond).',
  providers: ['TPL', 'TA'],
  consumers: ['TA', 'TPL'],
  scope: 'nl-test-admin-flow-2-3-4',
  sinds: '1.0',
  notes: [
    'Documenten (sessionReport, attendanceReport, assessmentModel, other) gaan altijd via het documents-endpoint.',
  ],
  source: { ...SEED_SOURCE, section: 'Informatiestroom 4: Zittingsverslag' },
  interactions: [
    {
      id: '4.zittingsverslag-overdragen',
      naam: 'Overdracht van het zittingsverslag',
      subflow: '4.1',
      consumer: 'TA',
      provider: 'TPL',
      pattern: 'push',
      sinds: '1.0',
      operationId: 'partialUpdateOfferingById',
      notes: ['PATCH met consumers[nl-test-admin].irregularities en documents.'],
      source: { ...src, section: 'Flow 4.1 : Send attendance and offering report directly' },
    },
    {
      id: '4.zittingsverslag-ophalen',
      naam: 'Zittingsverslag ophalen',
      subflow: '4.2',
      consumer: 'TPL',
      provider: 'TA',
      pattern: 'pull',
      sinds: '1.0',
      operationId: 'listOfferingById',
      source: { ...src, section: 'Flow 4.2 : Read current state of zittingsverslag' },
    },
    {
      id: '4.verslagdocument-ophalen',
      naam: 'Verslagdocument ophalen',
      subflow: '4.1',
      consumer: 'TPL',
      provider: 'TA',
      pattern: 'pull',
      sinds: '1.0',
      operationId: 'listDocumentById',
      notes: ['Documenten altijd via het documents-endpoint.'],
      source: { ...src, section: 'Flow 4.1' },
    },
  ],
});
