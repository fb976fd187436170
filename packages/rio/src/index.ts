/**
 * @edustandaard/rio — the RIO register model, DUO RIO V4 webservice messages and the SIS↔RIO
 * synchronisation plan.
 */
export * from './sync/index.js';
export { RIO_CODE_PATTERNS } from './ids.js';
export type { OpleidingseenheidCode, AangebodenOpleidingCode } from './ids.js';
