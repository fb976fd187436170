/**
 * Selectief uitleveren (XSD `categorie_uitlevering`, codelijst 48): the categories, the elements each
 * covers (derived from the OS.cat rules of the 2019.1 validation) and the meaning of the values.
 */
import type { Categorie } from './categorie-type.js';
import { OSO_CATEGORIEEN_2019_1 } from './generated/categorieen-2019.1.js';
import { OSO_CATEGORIEEN_2024_1 } from './generated/categorieen-2024.1.js';
import { assertVersion, type OsoVersion } from './versions.js';

export { OSO_CATEGORIEEN_2019_1, OSO_CATEGORIEEN_2024_1 };

/** A value of a `cat_*` element. */
export type CategorieWaarde = 'VERPLICHT' | 'OPTIONEEL' | 'OPT-UIT' | 'VERBODEN';

/** Semantics of the category values (OSO gegevensset, selectief uitleveren; codelijst 48). */
export const CATEGORIE_WAARDEN: Readonly<
  Record<CategorieWaarde, { betekenis: string; gegevens: 'verplicht' | 'toegestaan' | 'verboden' }>
> = {
  VERPLICHT: {
    betekenis:
      'De categorie is verplicht volgens het profiel: het dossier moet gegevens uit de categorie bevatten.',
    gegevens: 'verplicht',
  },
  OPTIONEEL: {
    betekenis:
      'De categorie is optioneel en is meegeleverd: gegevens uit de categorie zijn toegestaan.',
    gegevens: 'toegestaan',
  },
  'OPT-UIT': {
    betekenis:
      'De optionele categorie is bewust uitgezet (selectief uitleveren): het dossier bevat geen gegevens uit de categorie.',
    gegevens: 'verboden',
  },
  VERBODEN: {
    betekenis:
      'De categorie is verboden volgens het profiel: het dossier bevat geen gegevens uit de categorie.',
    gegevens: 'verboden',
  },
};

/**
 * The categories of a version with the element paths they cover.
 * @param version - `2019.1` or `2024.1`
 */
export function categorieen(version: OsoVersion): readonly Categorie[] {
  return assertVersion(version) === '2019.1' ? OSO_CATEGORIEEN_2019_1 : OSO_CATEGORIEEN_2024_1;
}
