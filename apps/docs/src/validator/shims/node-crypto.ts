// Browser stand-in for `node:crypto` in the validator bundle. The validator never hashes a PGN
// (@edustandaard/identifiers' hashPgn, scrypt) nor runs oke's reference servers or conformance kit
// (token endpoint, scenario ids); those modules are only reachable through the packages' index files.
// Anything that does call them fails loudly instead of silently doing something else.
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
