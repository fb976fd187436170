/**
 * Where the OKE payloads derive from the central AMIGO concepts of @edustandaard/core (DESIGN.md §6),
 * so the site can show a concept across OSO, RIO and OKE. Paths are JSON pointers into the OOAPI
 * objects (`*` = every list item).
 */
import type { DerivationMap } from '@edustandaard/core';
import { OKE_VERSION } from './version.js';

/** The derivation map of OKE 1.1. */
export const OKE_DERIVATIONS: DerivationMap = {
  afsprakenset: 'OKE',
  version: OKE_VERSION,
  derivations: [
    {
      element: '/Component/primaryCode/code',
      concept: 'Toets',
      attribute: 'code',
      note: 'componentCode in de toetscatalogus (flow 0).',
    },
    { element: '/Component/name/*/value', concept: 'Toets', attribute: 'naam' },
    {
      element: '/Component/componentType',
      concept: 'Toets',
      attribute: 'soort',
      note: 'Altijd "test" in OKE.',
    },
    {
      element: '/Component/otherCodes/*/code',
      concept: 'Toets',
      attribute: 'toetsaanbieder',
      note: 'codeType "testProvider".',
    },
    {
      element: '/ComponentOffering/startDateTime',
      concept: 'Toets',
      attribute: 'afnameperiode',
      note: 'Zitting: startDateTime–endDateTime.',
    },
    { element: '/Person/surname', concept: 'Persoon', attribute: 'achternaam' },
    { element: '/Person/surnamePrefix', concept: 'Persoon', attribute: 'voorvoegsel' },
    { element: '/Person/givenName', concept: 'Persoon', attribute: 'roepnaam' },
    {
      element: '/Person/primaryCode',
      concept: 'Persoon',
      attribute: 'identificaties',
      note: 'studentNumber of eckid; nooit een BSN.',
    },
    { element: '/Person/otherCodes/*', concept: 'Identificatie' },
    { element: '/Person/mail', concept: 'Persoon', attribute: 'communicatie' },
    {
      element: '/ComponentOfferingAssociation/person',
      concept: 'Onderwijsdeelnemer',
      note: 'role "student"; invigilator, coordinator en assessor zijn medewerkers.',
    },
    {
      element: '/Organization',
      concept: 'Onderwijsaanbieder',
      note: 'organizationType "institute"; primaryCode brin.',
    },
    {
      element: '/ComponentOfferingAssociation/result/score',
      concept: 'Toetsresultaat',
      attribute: 'score',
    },
    {
      element: '/ComponentOfferingAssociation/result/resultDate',
      concept: 'Toetsresultaat',
      attribute: 'afnamedatum',
    },
    {
      element: '/ComponentOfferingAssociation/result/consumers/*/executedOfferingName',
      concept: 'Toetsresultaat',
      attribute: 'toets',
      note: 'De afgenomen variant.',
    },
    { element: '/ComponentOffering/startDateTime', concept: 'Periode', attribute: 'begindatum' },
    { element: '/ComponentOffering/endDateTime', concept: 'Periode', attribute: 'einddatum' },
  ],
};
