// Browser stand-in for `node:crypto`, for @edustandaard/oke only (scripts/browser-shims.mjs): the
// validator never runs oke's reference servers or conformance kit (token endpoint, scenario ids), which
// oke's entry point also exports. (@edustandaard/identifiers' PGN hashing has its own browser build.)
// Anything that does call them fails loudly instead of silently doing something else. Goes when oke's
// `browser` condition leaves them out.
const unavailable = (name: string) => (): never => {
  throw new Error(`${name} is niet beschikbaar in de browservalidator`);
};
export const scrypt = unavailable('scrypt');
export const scryptSync = unavailable('scryptSync');
export const createHash = unavailable('createHash');
export const randomBytes = unavailable('randomBytes');
export const timingSafeEqual = unavailable('timingSafeEqual');
export const randomUUID = (): string => globalThis.crypto.randomUUID();
export default { scrypt, scryptSync, createHash, randomBytes, timingSafeEqual, randomUUID };
