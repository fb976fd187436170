/**
 * Browser stand-in for `node:http`, for @edustandaard/oke only (scripts/browser-shims.mjs): oke's entry
 * point also exports its reference servers, which the validator never starts. Goes when oke's `browser`
 * condition leaves the servers out.
 */
export function createServer(): never {
  throw new Error('node:http is niet beschikbaar in de browser');
}
