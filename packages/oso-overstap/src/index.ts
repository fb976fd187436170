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
  type OvValidateOptions,
} from './validate.js';
export { select, type SelectChange, type SelectOptions, type SelectResult } from './select.js';
export type { DecodedDossier, OvInput } from './pipeline.js';
export * from './profiles-index.js';
