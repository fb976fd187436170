/**
 * RIO identifiers used by this package, behind one internal module so they can be switched to
 * `@edustandaard/identifiers` exports without touching the rest of the package.
 *
 * Patterns from DUO_RIO_Beheren_OnderwijsOrganisatie_V4.xsd (simple types `OnderwijsbestuurID-v01`,
 * `OnderwijsaanbiederID-v01`, `OnderwijslocatieID-v01`, `OpleidingseenheidID-v01`, `OpleidingsUUID-v01`)
 * and, for EDU-DEX, the synchronisation guide §4.1 "Let op" 1a/1b.
 */

/** Onderwijsbestuurcode (OB_ID), e.g. `100B490` (`OnderwijsbestuurID-v01`). */
export type OnderwijsbestuurCode = string;
/** Onderwijsaanbiedercode, e.g. `110A133` (`OnderwijsaanbiederID-v01`). */
export type OnderwijsaanbiederCode = string;
/** Onderwijslocatiecode, e.g. `123X456` (`OnderwijslocatieID-v01`). */
export type OnderwijslocatieCode = string;
/** Opleidingseenheidcode, e.g. `1010O6466` (`OpleidingseenheidID-v01`). */
export type OpleidingseenheidCode = string;
/** AangebodenOpleidingCode, a UUID (`OpleidingsUUID-v01`). */
export type AangebodenOpleidingCode = string;

/** The XSD patterns as data (the docs site lists them). */
export const RIO_CODE_PATTERNS = {
  onderwijsbestuurcode: /^\d{3}B\d{3}$/,
  onderwijsaanbiedercode: /^\d{3}A\d{3}$/,
  onderwijslocatiecode: /^\d{3}X\d{3}$/,
  opleidingseenheidcode: /^\d{4}O\d{4}$/,
  aangebodenOpleidingCode: /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/,
} as const;

/** True for a well-formed onderwijsbestuurcode (`\d{3}B\d{3}`). @param v - candidate */
export function isOnderwijsbestuurCode(v: string): boolean {
  return RIO_CODE_PATTERNS.onderwijsbestuurcode.test(v);
}

/**
 * EDU-DEX key check: a UUID that starts with `ED0B` (opleidingseenheid, on eigenOpleidingseenheidSleutel)
 * or `ED0C` (aangeboden opleiding, on AangebodenOpleiding.code), upper case only (guide §4.1 1a/1b).
 * @param v - the key or code
 * @param prefix - `ED0B` or `ED0C`
 */
export function isEduDexKey(v: string, prefix: 'ED0B' | 'ED0C'): boolean {
  return v.length === 36 && v.startsWith(prefix) && /^[A-F0-9]{8}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12}$/.test(v);
}
