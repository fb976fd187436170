/**
 * What a profile allows, element by element: the exclusions `select()` copies around (categories
 * verboden or uitgezet, element rows with cardinality `0`), and the table of every element of the
 * gegevensset with its cardinality in each of the four profiles side by side (for the site).
 */
import type { Cardinality, Profile } from '@edustandaard/core';
import { categorieen, elementTable } from '@edustandaard/oso';
import { OV_CATEGORIEEN, type OvCategorieRij } from './data/categorieen.js';
import { OV_PROFILE_IDS, type OvProfileId, type OvVersion } from './data/constants.js';
import { categorieElement } from './data/paths.js';
import { OV_PROFILES } from './profiles.js';

/** Why a table path is left out, and under which rule. */
export interface Exclusion {
  code: string;
  reason: string;
}

/**
 * The exclusions of a profile: categories verboden or uitgezet, and element rows with cardinality 0.
 * @returns table path → exclusion (a path excludes its whole subtree)
 */
export function exclusions(
  prof: Profile,
  id: OvProfileId,
  version: OvVersion,
  off: ReadonlySet<OvCategorieRij>,
): Map<string, Exclusion> {
  const out = new Map<string, Exclusion>();
  const rules = new Map(prof.rules.map((r) => [r.code, r]));
  for (const row of prof.elements) {
    if (row.cardinality !== '0') continue;
    const rule = row.rule !== undefined ? rules.get(row.rule) : undefined;
    out.set(row.path, {
      code: rule?.code ?? 'PROFILE.CARDINALITY.forbidden',
      reason: rule?.message ?? `Verboden in ${id}.`,
    });
  }
  const catPaths = new Map(categorieen(version).map((k) => [k.id, k.paths]));
  for (const cat of OV_CATEGORIEEN) {
    const verboden = cat[id] === 'x';
    if (!verboden && !off.has(cat)) continue;
    for (const p of catPaths.get(categorieElement(cat.element, version)) ?? []) {
      if (out.has(p)) continue; // an element row's own rule (OVa.VV01) says it more precisely
      out.set(p, {
        code: 'OV.categorie',
        reason: verboden
          ? `Categorie '${cat.categorie}' is verboden in ${id}.`
          : `Categorie '${cat.categorie}' is bij selectief uitleveren uitgezet (OPT-UIT).`,
      });
    }
  }
  return out;
}

/** One element in one profile. */
export interface OvTabelCel {
  /** The profile's cardinality: the gegevensset's, narrowed by a rule's row or a forbidden category. */
  cardinality: Cardinality;
  /** The rule that narrows it (`OVa.LL10`, `OV.categorie` for a forbidden category), when one does. */
  rule?: string;
  /** True when the element's category is optional in the profile (it may be switched off, OPT-UIT). */
  optOut?: true;
}

/** One element of the gegevensset with its cardinality per profile. */
export interface OvTabelRij {
  path: string;
  /** Cardinality in the gegevensset (XSD). */
  base: Cardinality;
  /** The category of selectief uitleveren (`cat_*`, names of the version). */
  categorie?: string;
  profielen: Record<OvProfileId, OvTabelCel>;
}

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * Every element of the gegevensset with its cardinality in POPO, POVO, VOVO and BB side by side.
 * @param version - `2019.1` or `2024.1`
 */
export function profielTabel(version: OvVersion): OvTabelRij[] {
  const profiles = new Map(
    OV_PROFILE_IDS.map((id) => {
      const prof = OV_PROFILES.find((p) => p.id === id && p.version === version)!;
      return [id, { prof, excl: [...exclusions(prof, id, version, new Set())] }];
    }),
  );
  const catOf = new Map<string, OvCategorieRij>();
  for (const k of categorieen(version)) {
    const row = OV_CATEGORIEEN.find((c) => categorieElement(c.element, version) === k.id);
    if (row) for (const p of k.paths) catOf.set(p, row);
  }
  return elementTable(version).map((e) => {
    // The most specific category path the element is under.
    let cat: OvCategorieRij | undefined;
    let len = -1;
    for (const [p, c] of catOf) if (under(e.path, p) && p.length > len) [cat, len] = [c, p.length];
    const profielen = {} as Record<OvProfileId, OvTabelCel>;
    for (const id of OV_PROFILE_IDS) {
      const { prof, excl } = profiles.get(id)!;
      const row = prof.elements.find((r) => r.path === e.path);
      const out = excl.find(([p]) => under(e.path, p));
      const cel: OvTabelCel = out
        ? { cardinality: '0', rule: out[1].code }
        : row
          ? { cardinality: row.cardinality, ...(row.rule ? { rule: row.rule } : {}) }
          : { cardinality: e.cardinality };
      if (cel.cardinality !== '0' && cat?.[id] === 'o') cel.optOut = true;
      profielen[id] = cel;
    }
    return {
      path: e.path,
      base: e.cardinality,
      ...(cat ? { categorie: categorieElement(cat.element, version) } : {}),
      profielen,
    };
  });
}
