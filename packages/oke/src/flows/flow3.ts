/** Informatiestroom 3: Toetsdeelnemerresultaat (NED-OOAPI doc/flow3.md). */
import { SEED_SOURCE, flowSource } from '../version.js';
import { defineFlow } from './define.js';

const src = flowSource(3);

export const FLOW_3 = defineFlow({
  nummer: 3,
  naam: 'Toetsdeelnemerresultaat',
  context:
    'Op individuele basis worden alle studenten die aan een toetsmoment hebben deelgenomen (afname gestart) uitgewisseld, inclusief het beoordeelde resultaat. Dit kan vaak en gedeeltelijk: eerst aanwezigheid, later het resultaat en ten slotte het definitieve resultaat.',
  trigger:
    'Zodra de individuele examens zijn beoordeeld worden ze automatisch teruggekoppeld aan het toetsplanning (& logistiek) systeem.',
  providers: ['TPL', 'TA'],
  consumers: ['TA', 'TPL'],
  scope: 'nl-test-admin-flow-2-3-4',
  sinds: '1.0',
  notes: [
    'Documenten gaan altijd via het documents-endpoint (GET /documents/{documentId}), nooit in het resultaatbericht zelf; het bericht verwijst met documentId, documentType en documentName.',
    'Een resultaat mag met state "in progress", "postponed" of "queued" gestuurd worden, maar moet gestuurd worden zodra de state "completed" wordt.',
    'weight is verplicht in ComponentResult maar wordt genegeerd; altijd 100.',
  ],
  source: { ...SEED_SOURCE, section: 'Informatiestroom 3: Toetsdeelnemerresultaat' },
  interactions: [
    {
      id: '3.resultaat-overdragen',
      naam: 'Overdracht van deelname en resultaat',
      subflow: '3.1',
      consumer: 'TA',
      provider: 'TPL',
      pattern: 'push',
      sinds: '1.0',
      operationId: 'partialUpdateAssociationById',
      notes: [
        'attendance (nl-test-admin-Result) is verplicht: notPresent, notStarted, notFinished of present.',
      ],
      source: { ...src, section: 'Flow 3.1 : Send attendance and result directly' },
    },
    {
      id: '3.resultaatdocument-ophalen',
      naam: 'Resultaatdocument ophalen',
      subflow: '3.3',
      consumer: 'TPL',
      provider: 'TA',
      pattern: 'pull',
      sinds: '1.0',
      operationId: 'listDocumentById',
      notes: ['Documenten altijd via het documents-endpoint (application/octet-stream).'],
      source: { ...src, section: 'Flow 3.3 : Retrieve supporting result documents' },
    },
    {
      id: '3.resultaten-ophalen',
      naam: 'Deelnames ophalen',
      subflow: '3.4',
      consumer: 'TPL',
      provider: 'TA',
      pattern: 'pull',
      sinds: '1.0',
      operationId: 'listAssociationsByOfferingId',
      source: { ...src, section: 'Flow 3.4 : Read current state of the attendance and results' },
    },
    {
      id: '3.resultaat-ophalen',
      naam: 'Deelname ophalen',
      subflow: '3.4',
      consumer: 'TPL',
      provider: 'TA',
      pattern: 'pull',
      sinds: '1.0',
      operationId: 'listAssociationById',
      source: { ...src, section: 'Flow 3.4 : Read current state of the attendance and results' },
    },
  ],
});
