/** Shared test helpers: the reference folder and the official OV examples. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** ../shared/reference relative to the repository root. */
export const REFERENCE = new URL('../../../../shared/reference/', import.meta.url);
export const OV_EXAMPLES = new URL('oso/2019.1/examples/OV/', REFERENCE);
export const HAVE_REFERENCE = existsSync(OV_EXAMPLES);
if (!HAVE_REFERENCE)
  console.warn(
    `SKIP: ../shared/reference is absent (${OV_EXAMPLES.pathname}); tests on the official examples are skipped.`,
  );

/** Reads an official OV example by file name. */
export function example(name: string): Buffer {
  return readFileSync(new URL(name, OV_EXAMPLES));
}

/** The eight official OV examples (file names). */
export function ovExamples(): string[] {
  return HAVE_REFERENCE
    ? readdirSync(OV_EXAMPLES)
        .filter((f) => f.endsWith('.xml'))
        .sort()
    : [];
}

/** The profile an example is for, from its file name (`Voorbeelddossier_OV_POVO_full.xml` → POVO). */
export function profileOf(name: string): 'POPO' | 'POVO' | 'VOVO' | 'BB' {
  const m = /_OV_(POPO|POVO|VOVO|BB)_/.exec(name);
  if (!m) throw new Error(`no profile in ${name}`);
  return m[1] as 'POPO' | 'POVO' | 'VOVO' | 'BB';
}
