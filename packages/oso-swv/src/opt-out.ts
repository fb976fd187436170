/**
 * The categories a sender may switch off in selective export (OPT-UIT, `OSO SWV-profielen` §2.6
 * Figuur 4): "Alleen de optionele categorieën mogen ten behoeve van selectief uitleveren bewust
 * worden uitgezet". Names are matched as people write them (`vve`, `VVE`, `cat_vve`,
 * `Ouders/Verzorgers`, the 2019.1 element `cat_eindtoetsbo`); which are optional is the profile's
 * column of `CATEGORIEEN`.
 */
import { EdustandaardError } from '@edustandaard/core';
import { CATEGORIEEN } from './data/categorieen.js';
import {
  SWV_VERSIONS,
  type SwvOptOutCategorie,
  type SwvProfileId,
  type SwvVersion,
} from './data/constants.js';
import { METADATA, pathFor } from './data/paths.js';
import type { SwvCategorieRij } from './data/types.js';

/** The `categorie_uitlevering` element of a category in a version (`cat_eindtoetsbo` in 2019.1). */
export function catElement(row: SwvCategorieRij, version: SwvVersion): string {
  const path = pathFor(`${METADATA}/categorie_uitlevering/${row.element}`, version);
  return path.slice(path.lastIndexOf('/') + 1);
}

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/^cat_/, '')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Finds a category row by name, element or short name, in the element names of `versions`.
 * @param name - as written (`vve`, `VVE`, `cat_vve`, `Ouders/Verzorgers`)
 * @param versions - whose element names count (both when the version is not known yet)
 */
function findCategorie(name: string, versions: readonly SwvVersion[]): SwvCategorieRij | undefined {
  const n = norm(name);
  return CATEGORIEEN.find(
    (c) =>
      norm(c.categorie) === n ||
      norm(c.element) === n ||
      versions.some((v) => norm(catElement(c, v)) === n),
  );
}

/**
 * Resolves opt-outs to their category rows: only categories optional in the profile (Figuur 4).
 * @param names - as written
 * @param id - the profile
 * @param version - the dossier's version; undefined matches the element names of every version
 * @throws `E_USAGE` for an unknown, mandatory or forbidden category (Dutch, with the known names)
 */
export function resolveOptOut(
  names: readonly string[],
  id: SwvProfileId,
  version?: SwvVersion,
): Set<SwvCategorieRij> {
  const versions = version ? [version] : SWV_VERSIONS;
  const optOut = new Set<SwvCategorieRij>();
  for (const name of names) {
    const cat = findCategorie(name, versions);
    if (!cat) {
      const known = CATEGORIEEN.map((x) => catElement(x, version ?? '2024.1'));
      throw new EdustandaardError(
        'E_USAGE',
        `Onbekende categorie '${name}'; bekend: ${known.join(', ')}`,
      );
    }
    if (cat[id] !== 'o') {
      throw new EdustandaardError(
        'E_USAGE',
        `Categorie '${cat.categorie}' is ${cat[id] === 'v' ? 'verplicht' : 'verboden'} in ${id} en kan niet worden uitgezet (alleen optionele categorieën, Figuur 4)`,
      );
    }
    optOut.add(cat);
  }
  return optOut;
}

/**
 * Checks opt-outs typed by a person (the CLI's `--opt-out`) and returns them in the spelling
 * `select()`'s `optOut` is typed with (the element name without `cat_`, 2024.1 names).
 * @param names - as written (`vve`, `VVE`, `cat_vve`, `Ouders/Verzorgers`, `cat_eindtoetsbo`)
 * @param profile - the profile the categories must be optional in
 * @returns the short names, e.g. `['vve', 'verzuim']`
 * @throws `E_USAGE` for an unknown, mandatory or forbidden category
 */
export function parseOptOut(names: readonly string[], profile: SwvProfileId): SwvOptOutCategorie[] {
  // A category optional in a profile is in SWV_CATEGORIE_NAMEN (checked by a test of the data).
  return [...resolveOptOut(names, profile)].map((c) => norm(c.element) as SwvOptOutCategorie);
}
