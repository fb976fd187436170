/**
 * The three function areas (functiegebieden) of the OKE chain, as "OKE uitgelegd vanuit SI
 * perspectief" (section "Systemen in de OKE keten") describes them.
 */
import type { SourceRef } from '@edustandaard/core';
import { SEED_SOURCE } from './version.js';

/** Role id: Deelnemerregistratie/SIS, Toetsplanning & logistiek, Toetsafname. */
export type OkeRoleId = 'DR' | 'TPL' | 'TA';

/** One role of the OKE chain. */
export interface OkeRole {
  id: OkeRoleId;
  /** Dutch name. */
  naam: string;
  /** English name as the NED-OOAPI flow documents use it. */
  englishName: string;
  /** What the role does in the chain (Dutch, after the seed document). */
  omschrijving: string;
  source: SourceRef;
}

const src: SourceRef = { ...SEED_SOURCE, section: 'Systemen in de OKE keten' };

/** The roles, in chain order. */
export const ROLES: readonly OkeRole[] = [
  {
    id: 'DR',
    naam: 'Deelnemerregistratie/SIS',
    englishName: 'Student Information System (Deelnemerregistratie)',
    omschrijving:
      'Begin- en eindstation van de keten: bevat de studenten en de examens die gehaald moeten worden. Ontvangt de toetscatalogus (0), geeft de opdracht tot plannen (1), verwerkt studentresultaten (5) en verstrekt optioneel vanaf 1.1 analysegegevens (6).',
    source: src,
  },
  {
    id: 'TPL',
    naam: 'Toetsplanning & logistiek',
    englishName: 'Test Planning System (Toetsplanning)',
    omschrijving:
      'De centrale functie van de keten: handelt in opdracht van het SIS, plant zittingen (2), verzamelt deelnemerresultaten (3) en zittingsverslagen (4) en biedt het studentresultaat aan (5).',
    source: src,
  },
  {
    id: 'TA',
    naam: 'Toetsafname',
    englishName: 'Test Administration System (Toetsafname)',
    omschrijving:
      'Het afnamesysteem van de examenleverancier: levert de toetscatalogus (0), ontvangt zittingsplannen (2), verzendt deelnemerresultaten (3) en zittingsverslagen (4) en ontvangt analysegegevens (6).',
    source: src,
  },
];

/**
 * Looks a role up by id (case-insensitive: `ta`, `TA`).
 * @param id - role id
 */
export function roleById(id: string): OkeRole | undefined {
  return ROLES.find((r) => r.id === id.toUpperCase());
}
