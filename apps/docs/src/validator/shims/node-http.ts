/**
 * Browser stand-in for `node:http`: @edustandaard/oke's entry point also exports its reference servers
 * (node:http), which the validator never starts. TEMPORARY, like ./node-buffer.ts (oke's `browser`
 * condition should leave the servers out).
 */
export function createServer(): never {
  throw new Error('node:http is niet beschikbaar in de browser');
}
