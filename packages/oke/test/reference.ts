/** Locates ../shared/reference/oke (beside the repository) for the tests; null when absent. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const REFERENCE_DIR = fileURLToPath(
  new URL('../../../../shared/reference/oke/', import.meta.url),
);
export const HAVE_REFERENCE = existsSync(`${REFERENCE_DIR}ooapiv5_MBO.yaml`);
export const SKIP_REASON = `../shared/reference/oke is absent (looked in ${REFERENCE_DIR}); the reference tests are skipped`;
if (!HAVE_REFERENCE) console.warn(SKIP_REASON);

/** Parses a YAML file of the reference folder (YAML 1.2 core schema: dates stay strings). */
export function loadYaml(rel: string): any {
  return parse(readFileSync(`${REFERENCE_DIR}${rel}`, 'utf8'), { maxAliasCount: -1 });
}
