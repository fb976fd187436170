/**
 * Interaction id → operationId and roles, at the type level, for the typed client. Mirrors the
 * flow data (a test keeps the two equal).
 */
import type { OperationTypes } from '../generated/operations.js';
import type { OkeRoleId } from '../roles.js';

/** Interaction id → operation and roles. */
export const INTERACTION_OPERATIONS = {
  '0.toetscatalogus-opvragen': {
    operationId: 'listComponents',
    consumer: ['DR', 'TPL'],
    provider: 'TA',
  },
  '0.toetsdetails-ophalen': {
    operationId: 'listComponentById',
    consumer: ['DR', 'TPL'],
    provider: 'TA',
  },
  '1.gestructureerde-planningsinfo-ophalen': {
    operationId: 'listOfferings',
    consumer: ['TPL'],
    provider: 'DR',
  },
  '1.gestructureerde-planningsinfo': {
    operationId: 'listOfferingById',
    consumer: ['TPL'],
    provider: 'DR',
  },
  '1.inschrijvingen-ophalen': {
    operationId: 'listAssociationsByOfferingId',
    consumer: ['TPL'],
    provider: 'DR',
  },
  '1.inschrijvingsdetails-ophalen': {
    operationId: 'listAssociationById',
    consumer: ['TPL'],
    provider: 'DR',
  },
  '1.planbare-toets-aanmaken': {
    operationId: 'replaceOfferingById',
    consumer: ['DR'],
    provider: 'TPL',
  },
  '1.planbare-toets-wijzigen': {
    operationId: 'partialUpdateOfferingById',
    consumer: ['DR'],
    provider: 'TPL',
  },
  '1.toetsinschrijving-aanleveren': {
    operationId: 'replaceAssociationById',
    consumer: ['DR'],
    provider: 'TPL',
  },
  '1.toetsinschrijving-wijzigen': {
    operationId: 'partialUpdateAssociationById',
    consumer: ['DR'],
    provider: 'TPL',
  },
  '1.ongestructureerde-planningsinfo-ophalen': {
    operationId: 'listGroups',
    consumer: ['TPL'],
    provider: 'DR',
  },
  '1.adhoc-toetsgroepen-ophalen': { operationId: 'listGroups', consumer: ['TPL'], provider: 'DR' },
  '1.groepsinformatie-ophalen': { operationId: 'listGroupById', consumer: ['TPL'], provider: 'DR' },
  '1.groepslidmaatschappen-ophalen': {
    operationId: 'listMembersByGroupId',
    consumer: ['TPL'],
    provider: 'DR',
  },
  '1.toetsgroep-aanmaken': { operationId: 'replaceGroupById', consumer: ['DR'], provider: 'TPL' },
  '1.groepslidmaatschap-aanmaken': {
    operationId: 'replacePersoninGroupById',
    consumer: ['DR'],
    provider: 'TPL',
  },
  '1.persoonsinformatie-ophalen': {
    operationId: 'listPersonById',
    consumer: ['TPL'],
    provider: 'DR',
  },
  '1.persoonsinformatie-aanleveren': {
    operationId: 'replacePersonById',
    consumer: ['DR'],
    provider: 'TPL',
  },
  '1.contextinformatie-ophalen': {
    operationId: 'listOrganizationById',
    consumer: ['TPL'],
    provider: 'DR',
  },
  '1.inschrijvingsinfo-ophalen': {
    operationId: 'listAssociationsByPersonId',
    consumer: ['TPL'],
    provider: 'DR',
  },
  '1.opleidingsinschrijving-verwerken': {
    operationId: 'replaceAssociationById',
    consumer: ['DR'],
    provider: 'TPL',
  },
  '1.opleiding-aanmaken': { operationId: 'replaceOfferingById', consumer: ['DR'], provider: 'TPL' },
  '2.zitting-aanmaken': { operationId: 'replaceOfferingById', consumer: ['TPL'], provider: 'TA' },
  '2.zitting-verwijderen': {
    operationId: 'partialUpdateOfferingById',
    consumer: ['TPL'],
    provider: 'TA',
  },
  '2.deelname-aanmaken': {
    operationId: 'replaceAssociationById',
    consumer: ['TPL'],
    provider: 'TA',
  },
  '2.student-toevoegen': {
    operationId: 'replaceAssociationById',
    consumer: ['TPL'],
    provider: 'TA',
  },
  '2.student-annuleren': {
    operationId: 'partialUpdateAssociationById',
    consumer: ['TPL'],
    provider: 'TA',
  },
  '2.zitting-ophalen': { operationId: 'listOfferingById', consumer: ['TPL'], provider: 'TA' },
  '2.deelnames-ophalen': {
    operationId: 'listAssociationsByOfferingId',
    consumer: ['TPL'],
    provider: 'TA',
  },
  '2.deelname-ophalen': { operationId: 'listAssociationById', consumer: ['TPL'], provider: 'TA' },
  '2.toegangslink-ophalen': {
    operationId: 'listAssociationUrl',
    consumer: ['TPL'],
    provider: 'TA',
  },
  '3.resultaat-overdragen': {
    operationId: 'partialUpdateAssociationById',
    consumer: ['TA'],
    provider: 'TPL',
  },
  '3.resultaatdocument-ophalen': {
    operationId: 'listDocumentById',
    consumer: ['TPL'],
    provider: 'TA',
  },
  '3.resultaten-ophalen': {
    operationId: 'listAssociationsByOfferingId',
    consumer: ['TPL'],
    provider: 'TA',
  },
  '3.resultaat-ophalen': { operationId: 'listAssociationById', consumer: ['TPL'], provider: 'TA' },
  '4.zittingsverslag-overdragen': {
    operationId: 'partialUpdateOfferingById',
    consumer: ['TA'],
    provider: 'TPL',
  },
  '4.zittingsverslag-ophalen': {
    operationId: 'listOfferingById',
    consumer: ['TPL'],
    provider: 'TA',
  },
  '4.verslagdocument-ophalen': {
    operationId: 'listDocumentById',
    consumer: ['TPL'],
    provider: 'TA',
  },
  '5.studentresultaat-overdragen': {
    operationId: 'partialUpdateAssociationById',
    consumer: ['TPL'],
    provider: 'DR',
  },
  '5.pogingresultaat-overdragen': {
    operationId: 'replaceAssociationById',
    consumer: ['TPL'],
    provider: 'DR',
  },
  '6.opleidingsinschrijvingen-ophalen': {
    operationId: 'listAssociationsByPersonId',
    consumer: ['TA'],
    provider: 'DR',
  },
  '6.servicemetadata-ophalen': {
    operationId: 'listServiceMetaData',
    consumer: ['TA'],
    provider: 'DR',
  },
} as const satisfies Record<
  string,
  { operationId: keyof OperationTypes; consumer: readonly OkeRoleId[]; provider: OkeRoleId }
>;

/** Every interaction id, e.g. `2.zitting-aanmaken`. */
export type InteractionId = keyof typeof INTERACTION_OPERATIONS;

/** The operationId of an interaction. */
export type OperationOf<I extends InteractionId> =
  (typeof INTERACTION_OPERATIONS)[I]['operationId'];

/** Request body type of an interaction. */
export type RequestOf<I extends InteractionId> = OperationTypes[OperationOf<I>]['request'];

/** Success response body type of an interaction. */
export type ResponseOf<I extends InteractionId> = OperationTypes[OperationOf<I>]['response'];

/** The interactions a role calls (it is a consumer of). */
export type InteractionsCalledBy<R extends OkeRoleId> = {
  [I in InteractionId]: R extends (typeof INTERACTION_OPERATIONS)[I]['consumer'][number]
    ? I
    : never;
}[InteractionId];
