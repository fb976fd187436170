/**
 * An SWV profile as a published JSON document (`profiles/<id>-<version>.json`, exported as
 * `@edustandaard/oso-swv/profiles/*.json`, #15): the profile rows of Tabel 1/2 and Figuur 4, every
 * business rule with its code, severity, message, source, `uitleg` and divergence, and the category
 * table. The shape is core's `schema/profile-document.json`, shared with `@edustandaard/oso-overstap`.
 */
import {
  describeProfile,
  type ProfileDescription,
  type RuleDescription,
  type SourceRef,
} from '@edustandaard/core';
import { CATEGORIEEN, CATEGORIE_WAARDEN_PER_STATUS } from './data/categorieen.js';
import { METADATA, pathFor } from './data/paths.js';
import type { SwvProfileId, SwvVersion } from './data/constants.js';
import type { CategorieStatus, SwvRuleData } from './data/types.js';
import { SWV_PROFILES, SWV_RULES, buildProfile } from './profiles.js';

/** A rule as the site shows it: core's description plus `nietToetsbaar` of this package's data. */
export type SwvRuleDocument = RuleDescription & Pick<SwvRuleData, 'nietToetsbaar'>;

/** A profile as JSON data: the profile, its rules and its categories (Figuur 4). */
export interface SwvProfileDocument extends Omit<ProfileDescription, 'rules'> {
  rules: SwvRuleDocument[];
  /** Figuur 4 for this profile: status per category and the `categorie_uitlevering` values it allows. */
  categorieen: {
    categorie: string;
    element: string;
    status: CategorieStatus;
    waarden: readonly string[];
    inFiguur4: boolean;
    opmerking?: string;
    source: SourceRef;
  }[];
}

/**
 * The file name of a profile document: `po-swv-2024.1.json`.
 * @param id - `PO-SWV` or `VO-SWV`
 * @param version - `2019.1` or `2024.1`
 */
export function swvProfileFileName(id: SwvProfileId, version: SwvVersion): string {
  return `${id.toLowerCase()}-${version}.json`;
}

/**
 * The JSON document of an SWV profile: what `profiles/<id>-<version>.json` holds.
 * @param id - `PO-SWV` or `VO-SWV`
 * @param version - `2019.1` or `2024.1`
 */
export function swvProfileDocument(id: SwvProfileId, version: SwvVersion): SwvProfileDocument {
  const p =
    SWV_PROFILES.find((x) => x.id === id && x.version === version) ?? buildProfile(id, version);
  const data = new Map(
    SWV_RULES[version].filter((r) => r.profiles.includes(id)).map((r) => [r.code, r]),
  );
  const d = describeProfile(p);
  return {
    ...d,
    rules: d.rules.map((r) => {
      const extra = data.get(r.code)?.nietToetsbaar;
      return extra === undefined ? r : { ...r, nietToetsbaar: extra };
    }),
    categorieen: CATEGORIEEN.map((c) => ({
      categorie: c.categorie,
      // The element name of this version (2019.1 has `cat_eindtoetsbo`).
      element: pathFor(`${METADATA}/categorie_uitlevering/${c.element}`, version).split('/').pop()!,
      status: c[id],
      waarden: CATEGORIE_WAARDEN_PER_STATUS[c[id]],
      inFiguur4: c.inFiguur4,
      ...(c.opmerking !== undefined ? { opmerking: c.opmerking } : {}),
      source: c.source,
    })),
  };
}
