/**
 * The eight overstapprofielen (POPO, POVO, VOVO, BB × 2019.1, 2024.1) as core `Profile` data, built
 * from the rule data (`data/rules.ts`) and the category table (`data/categorieen.ts`). Nothing here
 * knows an element name: rows, rules and categories all come from the data.
 */
import {
  describeProfile,
  type Profile,
  type ProfileDescription,
  type ProfileElement,
  type ProfileRule,
  type RuleDescription,
  type SourceRef,
} from '@edustandaard/core';
import {
  AFSPRAKENSET,
  OV_PROFILE_IDS,
  OV_PROFILE_NAMEN,
  OV_VERSIONS,
  type OvProfileId,
  type OvVersion,
} from './data/constants.js';
import { CATEGORIE_WAARDEN_PER_STATUS, OV_CATEGORIEEN } from './data/categorieen.js';
import { METADATA, categorieElement } from './data/paths.js';
import { OV_RULES } from './data/rules.js';
import { WIJZIGINGEN_2024, XSLT_2019_URL } from './data/sources.js';
import type { OvRuleData } from './data/types.js';
import type { CategorieStatus } from './data/categorieen.js';

const XSLT_2019 = {
  document: 'ValideerOverstapprofielen.xsl (OSO technische bestanden Overstapprofielen)',
  version: '2019.1.1',
  url: XSLT_2019_URL,
};

const STATUS = { v: 'verplicht', o: 'optioneel', x: 'verboden' } as const;

function toRule(r: OvRuleData): ProfileRule {
  const rule: ProfileRule = {
    code: r.code,
    severity: r.severity,
    message: r.message,
    paths: r.paths,
    source: r.source,
  };
  if (r.description !== undefined) rule.description = r.description;
  if (r.divergence !== undefined) rule.divergence = r.divergence;
  if (r.check !== undefined) rule.check = r.check;
  return rule;
}

/**
 * Builds one overstapprofiel from the data.
 * @param id - `POPO`, `POVO`, `VOVO` or `BB`
 * @param version - `2019.1` or `2024.1`
 * @returns the profile for core's `evaluateProfile` / `repairProfile`
 */
export function buildProfile(id: OvProfileId, version: OvVersion): Profile {
  const data = OV_RULES[version].filter((r) => r.profiles.includes(id));
  const elements: ProfileElement[] = [];
  for (const r of data)
    for (const row of r.rows ?? []) {
      const el: ProfileElement = {
        path: row.path,
        cardinality: row.cardinality,
        rule: r.code,
        source: r.source,
      };
      if (row.allowedValues) el.allowedValues = row.allowedValues;
      elements.push(el);
    }
  for (const cat of OV_CATEGORIEEN) {
    elements.push({
      path: `${METADATA}/categorie_uitlevering/${categorieElement(cat.element, version)}`,
      cardinality: '1',
      allowedValues: CATEGORIE_WAARDEN_PER_STATUS[cat[id]],
      rule: 'OV.categorie',
      note: `${cat.categorie}: ${STATUS[cat[id]]}`,
      source: cat.source,
    });
  }
  return {
    id,
    naam: OV_PROFILE_NAMEN[id],
    afsprakenset: AFSPRAKENSET,
    version,
    base: { id: 'OSO', version },
    elements,
    rules: data.map(toRule),
    source: version === '2019.1' ? XSLT_2019 : WIJZIGINGEN_2024,
  };
}

/** All eight profiles (for `findProfile` of `@edustandaard/core`), version by version. */
export const OV_PROFILES: readonly Profile[] = OV_VERSIONS.flatMap((v) =>
  OV_PROFILE_IDS.map((id) => buildProfile(id, v)),
);

/** The profile data file name of the JSON export (`profiles/popo-2019.1.json`). */
export function profileFileName(id: OvProfileId, version: OvVersion): string {
  return `${id.toLowerCase()}-${version}.json`;
}

/** A rule as the site shows it: core's description plus the data of this package. */
export type OvRuleDocument = RuleDescription & Pick<OvRuleData, 'nietToetsbaar' | 'assumption'>;

/** A profile as JSON data (`profiles/<id>-<version>.json`): the profile, its rules and its categories. */
export interface OvProfileDocument extends Omit<ProfileDescription, 'rules'> {
  rules: OvRuleDocument[];
  /** The category table of this profile (status, allowed values, why). */
  categorieen: {
    categorie: string;
    element: string;
    status: CategorieStatus;
    waarden: readonly string[];
    assumption: string;
    source: SourceRef;
  }[];
}

/**
 * The JSON document of a profile: what `profiles/<id>-<version>.json` holds and the site renders.
 * @param id - `POPO`, `POVO`, `VOVO` or `BB`
 * @param version - `2019.1` or `2024.1`
 */
export function profileDocument(id: OvProfileId, version: OvVersion): OvProfileDocument {
  const p =
    OV_PROFILES.find((x) => x.id === id && x.version === version) ?? buildProfile(id, version);
  const data = OV_RULES[version].filter((r) => r.profiles.includes(id));
  const d = describeProfile(p);
  return {
    ...d,
    rules: d.rules.map((r, i) => {
      const extra: Pick<OvRuleData, 'nietToetsbaar' | 'assumption'> = {};
      if (data[i]?.nietToetsbaar !== undefined) extra.nietToetsbaar = data[i].nietToetsbaar;
      if (data[i]?.assumption !== undefined) extra.assumption = data[i].assumption;
      return { ...r, ...extra };
    }),
    categorieen: OV_CATEGORIEEN.map((c) => ({
      categorie: c.categorie,
      element: categorieElement(c.element, version),
      status: c[id],
      waarden: CATEGORIE_WAARDEN_PER_STATUS[c[id]],
      assumption: c.assumption,
      source: c.source,
    })),
  };
}
