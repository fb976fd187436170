/** Locating ../shared/reference (never copied into the repository). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of the shared reference folder (with trailing slash). */
export const REFERENCE_DIR = fileURLToPath(
  new URL('../../../../shared/reference/', import.meta.url),
);
/** True when the reference folder is present. */
export const HAS_REFERENCE = existsSync(`${REFERENCE_DIR}oso/2019.1/OSO_gegevensset_2019.1.xsd`);
/** Why reference-based tests are skipped. */
export const SKIP_REASON = `../shared/reference not found at ${REFERENCE_DIR}: reference-based tests skipped`;
if (!HAS_REFERENCE) console.warn(SKIP_REASON);

/** The OSO 2019.1 XSD path. */
export const XSD_2019 = `${REFERENCE_DIR}oso/2019.1/OSO_gegevensset_2019.1.xsd`;

/** Every official example: `{ name, profile: 'OV' | 'PaO', path, bytes }`. */
export function officialExamples(): Array<{
  name: string;
  group: string;
  path: string;
  bytes: Buffer;
}> {
  if (!HAS_REFERENCE) return [];
  const out: Array<{ name: string; group: string; path: string; bytes: Buffer }> = [];
  for (const group of ['OV', 'PaO']) {
    const dir = `${REFERENCE_DIR}oso/2019.1/examples/${group}/`;
    for (const name of readdirSync(dir).sort())
      out.push({ name, group, path: dir + name, bytes: readFileSync(dir + name) });
  }
  return out;
}
