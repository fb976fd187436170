/**
 * Element paths the overstap rules refer to, per version: the OSO gegevensset 2019.1 XSD, and the
 * 2024.1 names of `OSO_CHANGES_2024_1` (`@edustandaard/oso`): `eindtoets_basisonderwijs` →
 * `doorstroomtoets`, `eindtoetsresultaat` → `toetsresultaat`, `cat_eindtoetsbo` → `cat_doorstroomtoets`.
 */
import type { OvVersion } from './constants.js';

/** `/dossier/metadata`. */
export const METADATA = '/dossier/metadata';
/** `/dossier/huidigeschool`. */
export const SCHOOL = '/dossier/huidigeschool';
/** `/dossier/huidigeschool/leerling`. */
export const LEERLING = '/dossier/huidigeschool/leerling';

/** The names that differ between the versions. */
export interface OvNames {
  /** Absolute path of the eindtoets / doorstroomtoets block. */
  toetsblok: string;
  /** Child of that block holding the result (`eindtoetsresultaat` / `toetsresultaat`). */
  resultaat: string;
  /** The category element of that block (`cat_eindtoetsbo` / `cat_doorstroomtoets`). */
  categorie: string;
}

/** Names per version. */
export const OV_NAMES: Readonly<Record<OvVersion, OvNames>> = {
  '2019.1': {
    toetsblok: `${LEERLING}/eindtoets_basisonderwijs`,
    resultaat: 'eindtoetsresultaat',
    categorie: 'cat_eindtoetsbo',
  },
  '2024.1': {
    toetsblok: `${LEERLING}/doorstroomtoets`,
    resultaat: 'toetsresultaat',
    categorie: 'cat_doorstroomtoets',
  },
};

/**
 * The name of a 2019.1 category element in a version.
 * @param element - `cat_*` as in 2019.1
 * @param version - the afsprakenset version
 */
export function categorieElement(element: string, version: OvVersion): string {
  return element === OV_NAMES['2019.1'].categorie ? OV_NAMES[version].categorie : element;
}
