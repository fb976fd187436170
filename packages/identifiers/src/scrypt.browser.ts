/**
 * Browser replacement of ./scrypt.ts (package.json `browser` map): no `node:` imports. PGN hashing
 * (scrypt with the Nummervoorziening parameters) is not offered in the browser build; asking for it
 * is a typed error, never a silent different hash.
 */
import { IdentifierError } from './errors.js';

const unavailable = (): never => {
  throw new IdentifierError(
    'E_USAGE',
    'PGN-hashing (scrypt) is niet beschikbaar in de browserversie van @edustandaard/identifiers',
  );
};

/** Not available in the browser build. */
export const scrypt: typeof import('node:crypto').scrypt = unavailable as never;
/** Not available in the browser build. */
export const scryptSync: typeof import('node:crypto').scryptSync = unavailable as never;
