/**
 * The profile data without the I/O parts: for consumers that only need the profiles, rules and
 * category table (the docs site). Exported as `@edustandaard/oso-overstap/data`.
 */
export {
  OV_PROFILES,
  buildProfile,
  profileFileName,
  profileDocument,
  type OvProfileDocument,
  type OvRuleDocument,
} from './profiles.js';
export { OV_RULES, ovRules } from './data/rules.js';
export * from './data/constants.js';
export {
  OV_CATEGORIEEN,
  CATEGORIE_WAARDEN_PER_STATUS,
  type CategorieStatus,
  type OvCategorieRij,
} from './data/categorieen.js';
export { OV_NAMES, categorieElement, type OvNames } from './data/paths.js';
export type { OvRegelRij, OvRuleData } from './data/types.js';
export { OSO_OVERSTAP_MANIFEST_2019_1, OSO_OVERSTAP_MANIFEST_2024_1 } from './data/manifest.js';
export { profielTabel, type OvTabelCel, type OvTabelRij } from './table.js';
