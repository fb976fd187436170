/** Informatiestroom 1: Toetsdeelnemers (NED-OOAPI doc/flow1.md). */
import { SEED_SOURCE, flowSource } from '../version.js';
import { defineFlow } from './define.js';

const src = flowSource(1);
const pullFromDr = { consumer: 'TPL', provider: 'DR', pattern: 'pull', sinds: '1.0' } as const;
const pushToTpl = { consumer: 'DR', provider: 'TPL', pattern: 'push', sinds: '1.0' } as const;

export const FLOW_1 = defineFlow({
  nummer: 1,
  naam: 'Toetsdeelnemers',
  context:
    'Alle benodigde deelnemer- en medewerkerinformatie uitwisselen om een toets/examen te kunnen plannen. Studenten en medewerkers worden als (toets)groepen aangeboden. Belangrijk: waar vindt de inschrijving op een examen plaats (DR of TPL) en welk systeem beheert het aantal in te plannen pogingen (DR of TPL)?',
  trigger:
    'Verschilt per leverancier; de meeste interacties worden getriggerd door het SIS. Tijdens het vormen van het zittingsplan vraagt het TPL altijd de meest recente informatie op bij het SIS.',
  providers: ['DR', 'TPL'],
  consumers: ['TPL', 'DR'],
  scope: 'nl-test-admin-flow-1-5',
  sinds: '1.0',
  notes: [
    'Gestructureerd (1.1a): het SIS bepaalt welke toetsen en welke studenten; alleen dan kunnen resultaten via flow 5 terug.',
    'Ad hoc (1.1b): het TPL maakt toetsmomenten op basis van groepen; resultaten kunnen dan niet via flow 5 terug.',
  ],
  source: { ...SEED_SOURCE, section: 'Informatiestroom 1: Toetsdeelnemers' },
  interactions: [
    { id: '1.gestructureerde-planningsinfo-ophalen', naam: 'Gestructureerde planningsinfo aanleveren/ophalen', subflow: '1.1a.1', ...pullFromDr, operationId: 'listOfferings', query: { offeringType: 'component', since: null, until: null }, notes: ['flow1.md filtert ook op component.componentType=test; die parameter staat niet in ooapiv5_MBO.yaml.'], source: { ...src, section: 'Flow 1.1a.1' } },
    { id: '1.gestructureerde-planningsinfo', naam: 'Gestructureerde planningsinfo', subflow: '1.1a.1', ...pullFromDr, operationId: 'listOfferingById', query: { expand: null }, notes: ['De naam staat zonder werkwoord in de lijst van het SI-document; hier: één planbare toets ophalen.'], source: { ...src, section: 'Flow 1.1a : Endpoints for this flow' } },
    { id: '1.inschrijvingen-ophalen', naam: 'Inschrijvingen ophalen', subflow: '1.1a.1', ...pullFromDr, operationId: 'listAssociationsByOfferingId', source: { ...src, section: 'Flow 1.1a.1' } },
    { id: '1.inschrijvingsdetails-ophalen', naam: 'Inschrijvingsdetails ophalen', subflow: '1.2a.2', ...pullFromDr, operationId: 'listAssociationById', query: { expand: 'offering.program,offering.organization' }, source: { ...src, section: 'Flow 1.2a.2' } },
    { id: '1.planbare-toets-aanmaken', naam: 'Planbare toets aanmaken/wijzigen/verwijderen', subflow: '1.1a.3', ...pushToTpl, operationId: 'replaceOfferingById', notes: ['Aanmaken en wijzigen met PUT; verwijderen/afsluiten met PATCH (1.planbare-toets-wijzigen).'], source: { ...src, section: 'Example to create an offering (planbare toets)' } },
    { id: '1.planbare-toets-wijzigen', naam: 'Planbare toets aanmaken/wijzigen/verwijderen', subflow: '1.1a.3', ...pushToTpl, operationId: 'partialUpdateOfferingById', notes: ['Bijvoorbeeld een nieuwe endDateTime om de planbare toets af te sluiten.'], source: { ...src, section: 'Flow 1.1a.3: Update an offering' } },
    { id: '1.toetsinschrijving-aanleveren', naam: 'Toetsinschrijving aanleveren/wijzigen/verwijderen', subflow: '1.1a', ...pushToTpl, operationId: 'replaceAssociationById', source: { ...src, section: 'Example adding an associations from SIS to TPS' } },
    { id: '1.toetsinschrijving-wijzigen', naam: 'Toetsinschrijving aanleveren/wijzigen/verwijderen', subflow: '1.1a.2', ...pushToTpl, operationId: 'partialUpdateAssociationById', notes: ['Annuleren van een inschrijving: state "canceled".'], source: { ...src, section: 'Flow 1.1a.2: Update enrollment' } },
    { id: '1.ongestructureerde-planningsinfo-ophalen', naam: 'Ongestructureerde planningsinfo ophalen', subflow: '1.1b', ...pullFromDr, operationId: 'listGroups', source: { ...src, section: 'Flow 1.1b : Ad-hoc' } },
    { id: '1.adhoc-toetsgroepen-ophalen', naam: 'Adhoc toetsgroepen ophalen', subflow: '1.1b.1', ...pullFromDr, operationId: 'listGroups', query: { q: null }, source: { ...src, section: 'Flow 1.1b.1' } },
    { id: '1.groepsinformatie-ophalen', naam: 'Groepsinformatie ophalen', subflow: '1.1b.4', ...pullFromDr, operationId: 'listGroupById', source: { ...src, section: 'Flow 1.1b.4' } },
    { id: '1.groepslidmaatschappen-ophalen', naam: 'Groepslidmaatschappen ophalen', subflow: '1.1b.2', ...pullFromDr, operationId: 'listMembersByGroupId', source: { ...src, section: 'Flow 1.1b.2' } },
    { id: '1.toetsgroep-aanmaken', naam: 'Toetsgroep aanmaken of wijzigen', subflow: '1.1b', ...pushToTpl, operationId: 'replaceGroupById', source: { ...src, section: 'Example adding groups and members from SIS to TPS' } },
    { id: '1.groepslidmaatschap-aanmaken', naam: 'Groepslidmaatschap aanmaken of wijzigen', subflow: '1.1b', ...pushToTpl, operationId: 'replacePersoninGroupById', notes: ['flow1.md: PUT /groups/{groupId}/members/{personId}; ooapiv5_MBO.yaml zet de operatie op het pad /groups/{groupId}/members met personId als padparameter (fout in de specificatie). Een aanbieder moet beide paden accepteren.'], source: { ...src, section: 'Example adding groups and members from SIS to TPS' } },
    { id: '1.persoonsinformatie-ophalen', naam: 'Persoonsinformatie aanleveren/ophalen', subflow: '1.1b.3', ...pullFromDr, operationId: 'listPersonById', source: { ...src, section: 'Flow 1.1b.3' } },
    { id: '1.persoonsinformatie-aanleveren', naam: 'Persoonsinformatie aanleveren/ophalen', subflow: '1.2b.1', ...pushToTpl, operationId: 'replacePersonById', source: { ...src, section: 'Flow 1.2b.1' } },
    { id: '1.contextinformatie-ophalen', naam: 'Contextinformatie ophalen', subflow: '1.2a', ...pullFromDr, operationId: 'listOrganizationById', query: { expand: 'parent' }, source: { ...src, section: 'get a single organization' } },
    { id: '1.inschrijvingsinfo-ophalen', naam: 'Inschrijvingsinfo ophalen', subflow: '1.2a.1', ...pullFromDr, operationId: 'listAssociationsByPersonId', optioneel: true, source: { ...src, section: 'Flow 1.2a.1' } },
    { id: '1.opleidingsinschrijving-verwerken', naam: 'Opleidings-/deelinschrijving verwerken', subflow: '1.2b.2', ...pushToTpl, operationId: 'replaceAssociationById', optioneel: true, notes: ['Een programOfferingAssociation; de OKE-body van PUT /associations is een componentOfferingAssociation, dus alleen de toetsinschrijving valideert volledig.'], source: { ...src, section: 'Flow 1.2b.2' } },
    { id: '1.opleiding-aanmaken', naam: 'Opleiding/opleidingsdeel aanmaken/wijzigen/verwijderen', subflow: '1.2b', ...pushToTpl, operationId: 'replaceOfferingById', optioneel: true, notes: ['ooapiv5_MBO.yaml heeft geen /programs of /courses; opleidingen gaan als offering mee (expand=offering.program).'], source: { ...src, section: 'Flow 1.2b' } },
  ],
});
