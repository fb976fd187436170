/** Informatiestroom 2: Zittingsplan (NED-OOAPI doc/flow2.md). */
import { SEED_SOURCE, flowSource } from '../version.js';
import { defineFlow } from './define.js';

const src = flowSource(2);
const tplToTa = { consumer: 'TPL', provider: 'TA', sinds: '1.0' } as const;

export const FLOW_2 = defineFlow({
  nummer: 2,
  naam: 'Zittingsplan',
  context:
    'Het zittingsplan is het geheel aan informatie over een geplande afname: het examen, de organisatie-eenheid, datum, tijdstip, medewerkers en deelnemers inclusief toegewezen hulpmiddelen. Het gaat als standlevering: aanpassingen worden verwerkt totdat het examenmoment start.',
  trigger:
    'Wanneer de planning een definitieve status krijgt en wanneer daar later nog wijzigingen op plaatsvinden.',
  providers: ['TA'],
  consumers: ['TPL'],
  scope: 'nl-test-admin-flow-2-3-4',
  sinds: '1.0',
  notes: [
    'Toegangslinks zijn niet gebruikelijk in het mbo; leveranciers maken over het algemeen accounts aan met Single-Sign-On.',
    'Medewerkers worden alleen aan het examenmoment gekoppeld, met minimale rechten.',
    'Het id van de offering (zitting) wordt gemaakt door de verzender (Toetsplanning).',
  ],
  source: { ...SEED_SOURCE, section: 'Informatiestroom 2: Zittingsplan' },
  interactions: [
    {
      id: '2.zitting-aanmaken',
      naam: 'Zitting aanmaken/wijzigen/verwijderen',
      subflow: '2.1',
      ...tplToTa,
      pattern: 'push',
      operationId: 'replaceOfferingById',
      notes: [
        'offeringType "component"; offeringState (nl-test-admin) "active" of "canceled".',
        'Datum-tijden met tijdzone (RFC 3339).',
      ],
      source: { ...src, section: 'Flow 2.1 : Create offering (zitting) without students' },
    },
    {
      id: '2.zitting-verwijderen',
      naam: 'Zitting aanmaken/wijzigen/verwijderen',
      subflow: '2.5',
      ...tplToTa,
      pattern: 'push',
      operationId: 'partialUpdateOfferingById',
      notes: [
        'PATCH met consumers[nl-test-admin].offeringState = "canceled"; andere attributen worden genegeerd.',
      ],
      source: { ...src, section: 'Flow 2.5 : Delete offering (zitting)' },
    },
    {
      id: '2.deelname-aanmaken',
      naam: 'Deelname van student/medewerker aanmaken/wijzigen',
      subflow: '2.2',
      ...tplToTa,
      pattern: 'push',
      operationId: 'replaceAssociationById',
      notes: [
        'Rollen: student, invigilator, coordinator, assessor (een association per rol).',
        'state "associated".',
      ],
      source: { ...src, section: 'Flow 2.2 : Create offering (zitting) with students' },
    },
    {
      id: '2.student-toevoegen',
      naam: 'Student/medewerker toevoegen/wijzigen/annuleren',
      subflow: '2.3',
      ...tplToTa,
      pattern: 'push',
      operationId: 'replaceAssociationById',
      source: { ...src, section: 'Flow 2.3 : Add students to existing offering (zitting)' },
    },
    {
      id: '2.student-annuleren',
      naam: 'Student/medewerker toevoegen/wijzigen/annuleren',
      subflow: '2.4',
      ...tplToTa,
      pattern: 'push',
      operationId: 'partialUpdateAssociationById',
      notes: ['PATCH met state "canceled"; andere attributen worden genegeerd.'],
      source: { ...src, section: 'Flow 2.4 : Delete students from offering (zitting)' },
    },
    {
      id: '2.zitting-ophalen',
      naam: 'Zitting ophalen',
      subflow: '2.6',
      ...tplToTa,
      pattern: 'pull',
      operationId: 'listOfferingById',
      source: { ...src, section: 'Flow 2.6 : Read current state of the offering (zitting)' },
    },
    {
      id: '2.deelnames-ophalen',
      naam: 'Deelnames ophalen',
      subflow: '2.6',
      ...tplToTa,
      pattern: 'pull',
      operationId: 'listAssociationsByOfferingId',
      source: { ...src, section: 'Flow 2.6 : Read current state of the offering (zitting)' },
    },
    {
      id: '2.deelname-ophalen',
      naam: 'Deelname ophalen',
      subflow: '3.4',
      ...tplToTa,
      pattern: 'pull',
      operationId: 'listAssociationById',
      source: { ...src, section: 'Flow 2.6' },
    },
    {
      id: '2.toegangslink-ophalen',
      naam: 'Toegangslink ophalen',
      subflow: '2.7',
      ...tplToTa,
      pattern: 'pull',
      operationId: 'listAssociationUrl',
      optioneel: true,
      source: { ...src, section: 'Flow 2.7 : Get startup URL from the testing application' },
    },
  ],
});
