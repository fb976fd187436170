/**
 * The identifiers this package uses, behind one internal module: organisation codes and EDU-DEX keys
 * come from `@edustandaard/identifiers`; the two RIO codes that package does not cover
 * (opleidingseenheidcode, aangebodenOpleidingCode) are defined here from the V4 XSD
 * (simple types `OpleidingseenheidID-v01`, `OpleidingsUUID-v01`).
 */
import { isEduDexKey as isEduDexKeyOf, parseOnderwijsbestuurId } from '@edustandaard/identifiers';

/** Opleidingseenheidcode, e.g. `1010O6466` (`OpleidingseenheidID-v01`: `\d{4}O\d{4}`). */
export type OpleidingseenheidCode = string;
/** AangebodenOpleidingCode: a UUID (`OpleidingsUUID-v01`, 36 characters). */
export type AangebodenOpleidingCode = string;

/** The RIO code patterns of the V4 XSD, as data (the docs site lists them). */
export const RIO_CODE_PATTERNS = {
  onderwijsbestuurcode: '^\\d{3}B\\d{3}$',
  onderwijsaanbiedercode: '^\\d{3}A\\d{3}$',
  onderwijslocatiecode: '^\\d{3}X\\d{3}$',
  opleidingseenheidcode: '^\\d{4}O\\d{4}$',
  aangebodenOpleidingCode:
    '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$',
} as const;

/**
 * Normalises and checks an onderwijsbestuurcode (OB_ID) with @edustandaard/identifiers; the reason when malformed.
 * @param v - candidate, e.g. `100B490`
 */
export function normaliseBestuur(
  v: string,
): { ok: true; value: string } | { ok: false; reason: string } {
  const r = parseOnderwijsbestuurId(v);
  return r.ok ? { ok: true, value: r.value } : { ok: false, reason: r.reason };
}

/**
 * EDU-DEX check (guide §4.1 "Let op" 1): `ED0B` + upper-case UUID rest on eigenOpleidingseenheidSleutel,
 * `ED0C` + upper-case UUID rest on AangebodenOpleiding.code.
 * @param v - the key or code as stored in RIO
 * @param prefix - `ED0B` (opleidingseenheid) or `ED0C` (aangeboden opleiding)
 */
export function isEduDexKey(v: string, prefix: 'ED0B' | 'ED0C'): boolean {
  return isEduDexKeyOf(v, prefix === 'ED0B' ? 'opleidingseenheid' : 'aangebodenOpleiding');
}
