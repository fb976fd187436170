/**
 * @edustandaard/oso-overstap — the overstapprofielen POPO, POVO, VOVO and BB (overdracht binnen
 * brin) on the OSO gegevensset, versions 2019.1 and 2024.1: the profiles and every OVa/OVb business
 * rule as data, validation in the one report shape, selective export and the dossier view.
 * @packageDocumentation
 */
export {
  validate,
  inferProfileId,
  getProfile,
  parseProfileId,
  parseVersion,
  type OvValidateOptions,
} from './validate.js';
export { parseOptOut } from './opt-out.js';
export { select, type SelectChange, type SelectOptions, type SelectResult } from './select.js';
export type { DecodedDossier, OvInput } from './pipeline.js';
/** The dossier view of `@edustandaard/oso`: shows any overstap dossier (every profile, both versions). */
export { render, escapeHtml, type RenderOptions } from '@edustandaard/oso';
export * from './profiles-index.js';
