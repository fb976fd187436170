/**
 * The plan categories of the SIS↔RIO synchronisation, as data (the docs site renders this table).
 * Each cites the section of the guide "Synchronisatie OOAPI RIO HO data" (SURFeduhub) it comes from.
 */

export type PlanCategorie =
  | 'koppelen'
  | 'al-gekoppeld'
  | 'edu-dex'
  | 'edu-dex-conflict'
  | 'handmatig'
  | 'ontbreekt-in-sis'
  | 'verouderd'
  | 'kandidaat'
  | 'cohortverschil'
  | 'ontkoppelen'
  | 'conflict';

/** What a link/unlink job does with an entry. */
export type PlanActie = 'link' | 'unlink' | 'geen' | 'aanmaken-in-sis' | 'beoordelen';

export interface PlanCategorieDef {
  categorie: PlanCategorie;
  actie: PlanActie;
  omschrijving: string;
  bron: string;
}

export const PLAN_CATEGORIEEN: readonly PlanCategorieDef[] = [
  {
    categorie: 'koppelen',
    actie: 'link',
    omschrijving:
      'Het SIS kent de RIO-code; zet de eigen sleutel uit het SIS op de RIO-entiteit (eigenOpleidingseenheidSleutel, eigenAangebodenOpleidingSleutel) of neem de RIO-cohortcode over.',
    bron: '§3.3, §4.2',
  },
  {
    categorie: 'al-gekoppeld',
    actie: 'geen',
    omschrijving: 'De RIO-entiteit draagt al de juiste eigen sleutel uit het SIS.',
    bron: '§3.3',
  },
  {
    categorie: 'edu-dex',
    actie: 'geen',
    omschrijving:
      'Beheerd via EDU-DEX (eigenOpleidingseenheidSleutel begint met ED0B, AangebodenOpleiding.code met ED0C): niet koppelen.',
    bron: '§4.1 Let op 1',
  },
  {
    categorie: 'edu-dex-conflict',
    actie: 'beoordelen',
    omschrijving:
      'Beheerd via EDU-DEX maar het SIS claimt de entiteit: dubbel beheer geeft dubbele gegevens in RIO. Eerst uit EDU-DEX halen of de claim in het SIS verwijderen.',
    bron: '§4.1 Let op 1',
  },
  {
    categorie: 'handmatig',
    actie: 'geen',
    omschrijving: 'Blijft handmatig beheerd (niet via OOAPI): overslaan.',
    bron: '§4.1 Let op 2',
  },
  {
    categorie: 'ontbreekt-in-sis',
    actie: 'aanmaken-in-sis',
    omschrijving:
      'Staat in RIO maar niet in het SIS: eerst in het SIS aanmaken en daarna koppelen.',
    bron: '§5.4',
  },
  {
    categorie: 'verouderd',
    actie: 'geen',
    omschrijving: 'Niet de meest recente versie (beëindigd of opgevolgd): niet synchroniseren.',
    bron: '§4.1 Let op 3',
  },
  {
    categorie: 'kandidaat',
    actie: 'beoordelen',
    omschrijving:
      'Het SIS kent de RIO-code nog niet; mogelijke overeenkomst op code, naam en datums. Bevestigen en dan koppelen.',
    bron: '§4 (match de gegevens)',
  },
  {
    categorie: 'cohortverschil',
    actie: 'beoordelen',
    omschrijving:
      'RIO-cohorten die in het SIS ontbreken worden bij de eerste levering overschreven: vul het SIS aan of accepteer het verlies.',
    bron: '§4.1 Let op 4, §5.5',
  },
  {
    categorie: 'ontkoppelen',
    actie: 'unlink',
    omschrijving:
      'De RIO-entiteit draagt een eigen sleutel die volgens het SIS bij een andere entiteit hoort: ontkoppelen.',
    bron: '§5.1',
  },
  {
    categorie: 'conflict',
    actie: 'beoordelen',
    omschrijving: 'Dubbele eigen sleutel in RIO of meerdere SIS-items claimen dezelfde RIO-code.',
    bron: '§3.3',
  },
];

/**
 * One step of the plan's decision table: a named classifier. The table is evaluated top to bottom
 * for every RIO opleidingseenheid and aangeboden opleiding; the first rule whose `voorwaarde` holds
 * decides the category (#10 item 1: the decision ladder as data the site shows). The functions that
 * test each `voorwaarde` are in plan.ts, keyed by `id`; a test checks both lists are the same.
 */
export interface PlanRegel {
  /** Stable id of the classifier. */
  id: string;
  categorie: PlanCategorie;
  /** The condition, in Dutch, as the site shows it. */
  voorwaarde: string;
  /** Section of the guide. */
  bron: string;
}

/** The decision table, in evaluation order. */
export const PLAN_REGELS: readonly PlanRegel[] = [
  {
    id: 'edu-dex-geclaimd',
    categorie: 'edu-dex-conflict',
    voorwaarde:
      'EDU-DEX-beheerd (eigenOpleidingseenheidSleutel ED0B…, AangebodenOpleiding.code ED0C…) en een SIS-item draagt de RIO-code of de eigen sleutel.',
    bron: '§4.1 Let op 1',
  },
  {
    id: 'edu-dex',
    categorie: 'edu-dex',
    voorwaarde: 'EDU-DEX-beheerd en het SIS claimt de entiteit niet.',
    bron: '§4.1 Let op 1',
  },
  {
    id: 'handmatig',
    categorie: 'handmatig',
    voorwaarde: 'De RIO-code staat in de lijst handmatig beheerde codes van het override-bestand.',
    bron: '§4.1 Let op 2',
  },
  {
    id: 'beeindigd',
    categorie: 'verouderd',
    voorwaarde: 'De einddatum ligt vóór de peildatum.',
    bron: '§4.1 Let op 3',
  },
  {
    id: 'opgevolgd',
    categorie: 'verouderd',
    voorwaarde:
      'Opleidingseenheid: een andere opleidingseenheid van dezelfde sector met dezelfde erkende opleidingscode begon later. Aangeboden opleidingen worden zo niet vergeleken: parallel aanbod (NLD en ENG, meerdere locaties) is actueel.',
    bron: '§4.1 Let op 3',
  },
  {
    id: 'sleutel-dubbel-in-rio',
    categorie: 'conflict',
    voorwaarde: 'Dezelfde eigen sleutel staat op meer dan één RIO-entiteit.',
    bron: '§3.3',
  },
  {
    id: 'meerdere-claims',
    categorie: 'conflict',
    voorwaarde: 'Meer dan één SIS-item draagt deze RIO-code.',
    bron: '§3.3',
  },
  {
    id: 'al-gekoppeld',
    categorie: 'al-gekoppeld',
    voorwaarde:
      'De eigen sleutel in RIO is de sleutel van een SIS-item dat geen of deze RIO-code draagt.',
    bron: '§3.3',
  },
  {
    id: 'sleutel-hoort-elders',
    categorie: 'ontkoppelen',
    voorwaarde:
      'De eigen sleutel in RIO hoort volgens het SIS bij een andere RIO-code, of is het SIS onbekend terwijl een ander SIS-item deze RIO-code draagt (dan volgt ook koppelen). Een eigen sleutel gelijk aan de RIO-code (DUO-standaard) telt als ongekoppeld.',
    bron: '§5.1',
  },
  {
    id: 'sis-kent-riocode',
    categorie: 'koppelen',
    voorwaarde: 'Eén SIS-item draagt deze RIO-code en RIO draagt (nog) geen sleutel van het SIS.',
    bron: '§3.3, §4.2',
  },
  {
    id: 'gelijkenis',
    categorie: 'kandidaat',
    voorwaarde:
      'Een SIS-item zonder RIO-code lijkt erop: score = 0,5 × gelijke opleidingscode + 0,4 × naamgelijkenis + 0,1 × gelijke begindatum, minstens de drempel (0,4; een gelijke naam haalt die altijd).',
    bron: '§4 (match de gegevens)',
  },
  {
    id: 'niet-in-sis',
    categorie: 'ontbreekt-in-sis',
    voorwaarde: 'Geen van de regels hierboven: het SIS kent de entiteit niet.',
    bron: '§5.4',
  },
];
