/**
 * Element paths the SWV tables refer to (2024.1 names); other versions through `renamePath` of
 * `@edustandaard/oso` (`eindtoets_basisonderwijs` → `doorstroomtoets`, …).
 */
import { renamePath } from '@edustandaard/oso';
import type { SwvVersion } from './constants.js';

/** `/dossier/huidigeschool/leerling`. */
export const LEERLING = '/dossier/huidigeschool/leerling';
/** `/dossier/huidigeschool`. */
export const SCHOOL = '/dossier/huidigeschool';
/** `/dossier/metadata`. */
export const METADATA = '/dossier/metadata';

/**
 * The path of a 2024.1 table path in a given version: the renames come from the change list of
 * `@edustandaard/oso` (`renamePath`, derived once from changes-2024.1.json; #10 item 3).
 * @param path - absolute path as used in the 2024.1 tables
 * @param version - the afsprakenset version
 */
export function pathFor(path: string, version: SwvVersion): string {
  return renamePath(path, '2024.1', version);
}
