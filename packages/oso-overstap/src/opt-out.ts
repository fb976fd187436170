/**
 * The categories a sender may switch off in selective export (OPT-UIT): "Alleen de optionele
 * categorieën mogen ten behoeve van selectief uitleveren bewust worden uitgezet". Names are matched
 * as people write them (`vve`, `VVE`, `cat_vve`, `Ouders/Verzorgers`) in the element names of
 * every version (`cat_eindtoetsbo` in 2019.1, `cat_doorstroomtoets` in 2024.1: one category);
 * which are optional is the profile's column of `OV_CATEGORIEEN`.
 */
import { EdustandaardError } from '@edustandaard/core';
import { OV_CATEGORIEEN, type OvCategorieRij } from './data/categorieen.js';
import {
  OV_VERSIONS,
  type OvOptOutCategorie,
  type OvProfileId,
  type OvVersion,
} from './data/constants.js';
import { categorieElement } from './data/paths.js';

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/^cat_/, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Finds a category row by name, element or short name, in the element names of every version. */
function findCategorie(name: string): OvCategorieRij | undefined {
  const n = norm(name);
  return OV_CATEGORIEEN.find(
    (c) =>
      norm(c.categorie) === n ||
      OV_VERSIONS.some((v) => norm(categorieElement(c.element, v)) === n),
  );
}

/**
 * Resolves opt-outs to their category rows: only categories optional in the profile.
 * @param names - as written
 * @param id - the profile
 * @param version - for the names in the message (default 2024.1)
 * @throws `E_USAGE` for an unknown, mandatory or forbidden category (Dutch, with the known names)
 */
export function resolveOptOut(
  names: readonly string[],
  id: OvProfileId,
  version: OvVersion = '2024.1',
): Set<OvCategorieRij> {
  const off = new Set<OvCategorieRij>();
  for (const name of names) {
    const cat = findCategorie(name);
    if (!cat) {
      throw new EdustandaardError(
        'E_USAGE',
        `Onbekende categorie '${name}'; bekend: ${OV_CATEGORIEEN.map((x) => categorieElement(x.element, version)).join(', ')}`,
      );
    }
    if (cat[id] !== 'o') {
      throw new EdustandaardError(
        'E_USAGE',
        `Categorie '${cat.categorie}' is ${cat[id] === 'v' ? 'verplicht' : 'verboden'} in ${id} en kan niet worden uitgezet (alleen optionele categorieën)`,
      );
    }
    off.add(cat);
  }
  return off;
}

/**
 * Checks opt-outs typed by a person (the CLI's `--opt-out`) and returns them in the spelling
 * `select()`'s `optOut` is typed with (the 2024.1 element name without `cat_`).
 * @param names - as written (`vve`, `VVE`, `cat_vve`, `Ouders/Verzorgers`, `cat_eindtoetsbo`)
 * @param profile - the profile the categories must be optional in
 * @returns the short names, e.g. `['verzuim', 'cijferlijsten']`
 * @throws `E_USAGE` for an unknown, mandatory or forbidden category
 */
export function parseOptOut(names: readonly string[], profile: OvProfileId): OvOptOutCategorie[] {
  // A category optional in a profile is in OV_CATEGORIE_NAMEN (checked by a test of the data).
  return [...resolveOptOut(names, profile)].map(
    (c) => norm(categorieElement(c.element, '2024.1')) as OvOptOutCategorie,
  );
}
