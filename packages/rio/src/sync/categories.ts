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
