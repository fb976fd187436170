/**
 * Element paths the SWV tables refer to, per version (the OSO gegevensset 2019.1 XSD; 2024.1 renames
 * per `OSO_CHANGES_2024_1` of `@edustandaard/oso`: `eindtoets_basisonderwijs` → `doorstroomtoets`,
 * `eindtoetsresultaat` → `toetsresultaat`, `cat_eindtoetsbo` → `cat_doorstroomtoets`).
 */
import type { SwvVersion } from './constants.js';

/** `/dossier/huidigeschool/leerling`. */
export const LEERLING = '/dossier/huidigeschool/leerling';
/** `/dossier/huidigeschool`. */
export const SCHOOL = '/dossier/huidigeschool';
/** `/dossier/metadata`. */
export const METADATA = '/dossier/metadata';

/**
 * Renames from the 2024.1 paths used in the tables to the 2019.1 XSD (data, applied by prefix to
 * whole path steps).
 */
export const RENAMES_2019_1: readonly { from: string; to: string }[] = [
  {
    from: `${LEERLING}/doorstroomtoets/toetsresultaat`,
    to: `${LEERLING}/eindtoets_basisonderwijs/eindtoetsresultaat`,
  },
  { from: `${LEERLING}/doorstroomtoets`, to: `${LEERLING}/eindtoets_basisonderwijs` },
  {
    from: `${METADATA}/categorie_uitlevering/cat_doorstroomtoets`,
    to: `${METADATA}/categorie_uitlevering/cat_eindtoetsbo`,
  },
];

/**
 * The path of a 2024.1 table path in a given version.
 * @param path - absolute path as used in the 2024.1 tables
 * @param version - the afsprakenset version
 */
export function pathFor(path: string, version: SwvVersion): string {
  if (version === '2024.1') return path;
  for (const r of RENAMES_2019_1) {
    if (path === r.from || path.startsWith(`${r.from}/`)) return r.to + path.slice(r.from.length);
  }
  return path;
}
