/** Informatiestroom 0: Toetscatalogus (NED-OOAPI doc/flow0.md). */
import { SEED_SOURCE, flowSource } from '../version.js';
import { defineFlow } from './define.js';

const src = flowSource(0);

export const FLOW_0 = defineFlow({
  nummer: 0,
  naam: 'Toetscatalogus',
  context:
    'Het afnamesysteem geeft de toetsen en examens aan de deelnemerregistratie en toetsplanning (& logistiek), inclusief kenmerken en (digitale) hulpmiddelen. Het vindt vooraf plaats: er worden geen studenten, planningen of resultaten uitgewisseld.',
  trigger:
    'Afhankelijk van de implementatie van de leveranciers (SIS/TPL): handmatige initiatie of automatische update. De catalogus moet actueel blijven, zodat er geen examens gepland worden die niet (meer) afgenomen kunnen worden.',
  providers: ['TA'],
  consumers: ['DR', 'TPL'],
  scope: 'nl-test-admin-flow-0',
  sinds: '1.0',
  notes: [
    'Het id van de component (toets/examen) wordt gemaakt door de eigenaar van de catalogus (Toetsafname).',
  ],
  source: { ...SEED_SOURCE, section: 'Informatiestroom 0: Toetscatalogus' },
  interactions: [
    {
      id: '0.toetscatalogus-opvragen',
      naam: 'Toetscatalogus opvragen',
      subflow: '0.1',
      consumer: ['DR', 'TPL'],
      provider: 'TA',
      operationId: 'listComponents',
      query: {
        q: null,
        primaryCode: null,
        consumer: 'nl-test-admin',
        pageSize: null,
        pageNumber: null,
      },
      pattern: 'pull',
      sinds: '1.0',
      notes: [
        'flow0.md noemt ook de filters componentType=test, since en licensed=true; ooapiv5_MBO.yaml definieert die query-parameters voor GET /components niet.',
        'Beschikbaarheid per organisatieonderdeel en licentie: nl-test-admin-Component.licensed.',
      ],
      source: { ...src, section: 'Flow 0.1 Request whole catalogue' },
    },
    {
      id: '0.toetsdetails-ophalen',
      naam: 'Toetsdetails ophalen',
      subflow: '0.2',
      consumer: ['DR', 'TPL'],
      provider: 'TA',
      operationId: 'listComponentById',
      pattern: 'pull',
      sinds: '1.0',
      source: { ...src, section: 'Flow 0.2 Request details of one test' },
    },
  ],
});
