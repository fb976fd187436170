/**
 * Code lists of the OSO gegevensset as data (source: codelijsten.json, extracted from the 2019.1
 * validation XSLTs; read at generation time into src/generated, not copied).
 */
import type { Codelijst } from './codelijst-type.js';
import { OSO_CODELIJSTEN_2019_1 } from './generated/codelijsten-2019.1.js';
import { OSO_CODELIJSTEN_2024_1 } from './generated/codelijsten-2024.1.js';
import { assertVersion, type OsoVersion } from './versions.js';

export { OSO_CODELIJSTEN_2019_1, OSO_CODELIJSTEN_2024_1 };

/**
 * The code lists of a version (numbered lists and the unnumbered value checks).
 * @param version - `2019.1` or `2024.1`
 */
export function codelijsten(version: OsoVersion): readonly Codelijst[] {
  return assertVersion(version) === '2019.1' ? OSO_CODELIJSTEN_2019_1 : OSO_CODELIJSTEN_2024_1;
}

/**
 * Codes of a numbered list as a plain `{ 'OSO.CODELIJST.n': codes[] }` map (the shape core's
 * profile engine takes as `codelists`).
 * @param version - `2019.1` or `2024.1`
 */
export function codelistMap(version: OsoVersion): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of codelijsten(version)) if (c.id) out[c.id] = c.codes.map((x) => x.code);
  return out;
}
