/**
 * Per category of selectief uitleveren (`categorie_uitlevering`, codelijst 48) whether it is
 * verplicht (v), optioneel (o) or verboden (x) in each overstapprofiel. "Alleen de optionele
 * categorieën mogen ten behoeve van selectief uitleveren bewust worden uitgezet" (OPT-UIT).
 *
 * ASSUMPTION: the profile document with the category table is not among the reference artefacts.
 * The statuses below are those the official 2019.1 example dossiers declare — the full example of
 * each profile says VERPLICHT, OPTIONEEL or VERBODEN per category, and its opt-out twin switches off
 * exactly the OPTIONEEL ones — and they agree with the OVa rules (inzage, schoolloopbaan,
 * overstapadvies required in an overstap; VVE only in POPO, OVa.VV01/VV02). 2024.1 keeps them,
 * with `cat_eindtoetsbo` renamed `cat_doorstroomtoets` (§1.3).
 */
import type { SourceRef } from '@edustandaard/core';
import { VOORBEELDEN_2019 } from './sources.js';

/** Status of a category in a profile: verplicht (v), optioneel (o) or verboden (x). */
export type CategorieStatus = 'v' | 'o' | 'x';

/** One category row. */
export interface OvCategorieRij {
  /** The category name (as `@edustandaard/oso` names it). */
  categorie: string;
  /** The `categorie_uitlevering` element (2019.1 name; see `categorieElement`). */
  element: string;
  POPO: CategorieStatus;
  POVO: CategorieStatus;
  VOVO: CategorieStatus;
  BB: CategorieStatus;
  /** Why the statuses are what they are, where the sources leave room. */
  assumption: string;
  source: SourceRef;
}

const A =
  'Afgeleid uit categorie_uitlevering van de officiële voorbeelddossiers 2019.1 (full en opt-out per profiel); het profieldocument met de categorietabel is niet bij de referenties.';

function rij(
  categorie: string,
  element: string,
  POPO: CategorieStatus,
  POVO: CategorieStatus,
  VOVO: CategorieStatus,
  BB: CategorieStatus,
): OvCategorieRij {
  return { categorie, element, POPO, POVO, VOVO, BB, assumption: A, source: VOORBEELDEN_2019 };
}

/** The sixteen categories, in XSD order. */
export const OV_CATEGORIEEN: readonly OvCategorieRij[] = [
  rij('Metadata', 'cat_metadata', 'v', 'v', 'v', 'v'),
  rij('Ouderinzage', 'cat_ouderinzage', 'v', 'v', 'v', 'o'),
  rij('School', 'cat_school', 'v', 'v', 'v', 'v'),
  rij('Leerling', 'cat_leerling', 'v', 'v', 'v', 'v'),
  rij('Ouders/Verzorgers', 'cat_oudersverzorgers', 'v', 'v', 'v', 'o'),
  rij('VVE', 'cat_vve', 'o', 'x', 'x', 'o'),
  rij('Schoolloopbaan', 'cat_schoolloopbaan', 'v', 'v', 'v', 'o'),
  rij('Overstapadvies', 'cat_overstapadvies', 'v', 'v', 'v', 'o'),
  rij('Onderwijsondersteuning', 'cat_onderwijsondersteuning', 'o', 'o', 'o', 'o'),
  rij('Verzuim', 'cat_verzuim', 'o', 'o', 'o', 'o'),
  rij('Eindtoets/Doorstroomtoets', 'cat_eindtoetsbo', 'o', 'o', 'o', 'o'),
  rij('Toetsresultaten', 'cat_toetsresultaten', 'o', 'o', 'o', 'o'),
  rij('Handelingsplannen', 'cat_handelingsplannen', 'o', 'o', 'o', 'o'),
  rij('Cijferlijsten', 'cat_cijferlijsten', 'o', 'o', 'o', 'o'),
  rij('VO-MBO', 'cat_vombo', 'x', 'x', 'o', 'o'),
  rij('Bijlagen', 'cat_bijlagedocs', 'o', 'o', 'o', 'o'),
];

/** The values a category element may take per status (codelijst 48). */
export const CATEGORIE_WAARDEN_PER_STATUS = {
  v: ['VERPLICHT'],
  o: ['OPTIONEEL', 'OPT-UIT'],
  x: ['VERBODEN'],
} as const;
