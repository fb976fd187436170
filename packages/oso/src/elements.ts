/** Element tables per version (generated from the XSD; rendered by the docs site). */
import type { ElementRow } from './element-row.js';
import { OSO_ELEMENTS_2019_1 } from './generated/elements-2019.1.js';
import { OSO_ELEMENTS_2024_1 } from './generated/elements-2024.1.js';
import { assertVersion, type OsoVersion } from './versions.js';

export { OSO_ELEMENTS_2019_1, OSO_ELEMENTS_2024_1 };

/**
 * The element table of a version: every element under `/dossier` in document order, with
 * cardinality, type, restrictions, documentation, category and code list.
 * @param version - `2019.1` or `2024.1`
 */
export function elementTable(version: OsoVersion): readonly ElementRow[] {
  return assertVersion(version) === '2019.1' ? OSO_ELEMENTS_2019_1 : OSO_ELEMENTS_2024_1;
}
