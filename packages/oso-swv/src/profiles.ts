/**
 * The four SWV profiles (PO-SWV and VO-SWV, versions 2019.1 and 2024.1) as core `Profile` data,
 * built from the transcribed tables (`data/`): element rows, and rules whose `check` is a declaration of
 * core's rule vocabulary (one declaration, read by validate(), select() and the site). Nothing here
 * knows an element name: rows, rules, categories and paths all come from the data.
 */
import type { Cardinality, Profile, ProfileElement, ProfileRule } from './engine-types.js';
import { CARDINALITIES } from '@edustandaard/core';
import { AFSPRAKENSET, type SwvProfileId, type SwvVersion } from './data/constants.js';
import { CATEGORIEEN, CATEGORIE_WAARDEN_PER_STATUS } from './data/categorieen.js';
import { METADATA, pathFor } from './data/paths.js';
import { RULES_2019_1 } from './data/rules-2019.1.js';
import { RULES_2024_1 } from './data/rules-2024.1.js';
import { doc2019, doc2024 } from './data/sources.js';
import { TABEL_1, TABEL_2 } from './data/tabellen.js';
import type { SwvRuleData } from './data/types.js';

/** The rule data per version (for the site: includes `profiles` and `nietToetsbaar`). */
export const SWV_RULES: Readonly<Record<SwvVersion, readonly SwvRuleData[]>> = {
  '2019.1': RULES_2019_1,
  '2024.1': RULES_2024_1,
};

const NAMEN: Readonly<Record<SwvProfileId, string>> = {
  'PO-SWV': 'PO SWV PaO',
  'VO-SWV': 'VO SWV PaO',
};

function isCardinality(c: string): c is Cardinality {
  return (CARDINALITIES as readonly string[]).includes(c);
}

function toRule(r: SwvRuleData): ProfileRule {
  const rule: ProfileRule = {
    code: r.code,
    severity: r.severity,
    message: r.message,
    paths: r.paths,
    source: r.source,
  };
  if (r.description !== undefined) rule.description = r.description;
  if (r.divergence !== undefined) rule.divergence = r.divergence;
  if (r.context !== undefined) rule.context = r.context;
  if (r.check !== undefined) rule.check = r.check;
  return rule;
}

/**
 * Builds one SWV profile from the data.
 * @param id - `PO-SWV` or `VO-SWV`
 * @param version - `2019.1` or `2024.1`
 * @returns the profile for core's `evaluateProfile`
 */
export function buildProfile(id: SwvProfileId, version: SwvVersion): Profile {
  const rules = SWV_RULES[version].filter((r) => r.profiles.includes(id)).map(toRule);
  const codes = new Set(rules.map((r) => r.code));
  const src = version === '2024.1' ? doc2024 : doc2019;
  const elements: ProfileElement[] = [];
  for (const row of [...TABEL_1, ...TABEL_2]) {
    const cel = row[id];
    if (row.vervolg || !isCardinality(cel)) continue;
    if (row.versies && !row.versies.includes(version)) continue;
    for (const p of row.paths) {
      const el: ProfileElement = {
        path: pathFor(p, version),
        cardinality: cel,
        source: row.source.version === '2024.1' ? src(row.source.section ?? row.tabel) : row.source,
        note: row.toelichting,
      };
      if (row.rule !== undefined && codes.has(row.rule)) el.rule = row.rule;
      if (row.allowedValues) el.allowedValues = row.allowedValues;
      elements.push(el);
    }
  }
  for (const cat of CATEGORIEEN) {
    elements.push({
      path: pathFor(`${METADATA}/categorie_uitlevering/${cat.element}`, version),
      cardinality: '1',
      allowedValues: CATEGORIE_WAARDEN_PER_STATUS[cat[id]],
      rule: 'SWV.F4.categorie',
      note: `${cat.categorie}: ${{ v: 'verplicht', o: 'optioneel', x: 'verboden' }[cat[id]]} (Figuur 4)${cat.opmerking ? `. ${cat.opmerking}` : ''}`,
      source: cat.source.version === '2024.1' ? src('§2.6 Figuur 4') : cat.source,
    });
  }
  return {
    id,
    naam: NAMEN[id],
    afsprakenset: AFSPRAKENSET,
    version,
    base: { id: 'OSO', version },
    elements,
    rules,
    source: src('§2.6'),
  };
}

/** PO-SWV 2024.1 (`OSO SWV-profielen` 2024.1 §2.6). */
export const PO_SWV_2024_1: Profile = buildProfile('PO-SWV', '2024.1');
/** VO-SWV 2024.1. */
export const VO_SWV_2024_1: Profile = buildProfile('VO-SWV', '2024.1');
/** PO-SWV 2019.1 (rules as the 2019.1 validation words them). */
export const PO_SWV_2019_1: Profile = buildProfile('PO-SWV', '2019.1');
/** VO-SWV 2019.1. */
export const VO_SWV_2019_1: Profile = buildProfile('VO-SWV', '2019.1');

/** All four profiles (for `findProfile` of `@edustandaard/core`). */
export const SWV_PROFILES: readonly Profile[] = [
  PO_SWV_2019_1,
  VO_SWV_2019_1,
  PO_SWV_2024_1,
  VO_SWV_2024_1,
];
