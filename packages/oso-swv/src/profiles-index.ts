/**
 * The profile data without the I/O parts (no `@edustandaard/oso` reader): for consumers that only need
 * the tables and rules (the docs site) and for fast tests. Exported as `@edustandaard/oso-swv/data`.
 */
export {
  SWV_PROFILES,
  SWV_RULES,
  PO_SWV_2019_1,
  VO_SWV_2019_1,
  PO_SWV_2024_1,
  VO_SWV_2024_1,
  buildProfile,
} from './profiles.js';
export * from './data/constants.js';
export { TABEL_1, TABEL_2 } from './data/tabellen.js';
export { TABEL_3 } from './data/tabel3.js';
export { CATEGORIEEN, CATEGORIE_WAARDEN_PER_STATUS } from './data/categorieen.js';
export { VO_MBO_REGELS, type VoMboRegel } from './data/vo-mbo.js';
export { pathFor } from './data/paths.js';
export type * from './data/types.js';
export {
  PRINCIPES,
  OSO_SWV_MANIFEST_2019_1,
  OSO_SWV_MANIFEST_2024_1,
  type SwvPrincipe,
} from './data/manifest.js';
export { CODE_LABELS, type CodeLabels } from './data/code-labels.js';
