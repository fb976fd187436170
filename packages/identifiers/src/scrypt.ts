/**
 * Node's scrypt, the only platform dependency of this package (PGN hashing, see ./hash-pgn.ts). A
 * browser build resolves this module to ./scrypt.browser.ts through the package.json `browser` map,
 * so everything else (parsing, selection, tables) bundles for the browser without `node:` imports.
 */
export { scrypt, scryptSync } from 'node:crypto';
