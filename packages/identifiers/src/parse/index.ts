/**
 * One parser per technical term, and the generic `parseIdentifier` / `isValidIdentifier` over them.
 * The table is a frozen constant (no registry filled by side effect).
 */
import { IdentifierError } from '../errors.js';
import type { ParseResult } from '../result.js';
import { IDENTIFIER_TERMS, type IdentifierTerm, type IdentifierValueMap } from '../types.js';
import {
  parseBevoegdGezagCode,
  parseOnderwijsaanbiederId,
  parseOnderwijsbestuurId,
  parseOnderwijsinstellingserkenningCode,
  parseOnderwijslocatieCode,
  parseVestigingserkenningCode,
} from './organisation.js';
import {
  opaqueParser,
  parseEckId,
  parseNlEduPersonProfileId,
  parseNlEduPersonRealId,
} from './person.js';

/** The parser of one identifier type. */
export type IdentifierParser<T extends IdentifierTerm> = (
  value: unknown,
) => ParseResult<IdentifierValueMap[T]>;

/** Parsers for identifiers without a published format: any non-empty trimmed value. */
export const parseBasispoortId = opaqueParser<IdentifierValueMap['BPI']>('Basispoort ID');
export const parseLasKey = opaqueParser<IdentifierValueMap['ASI']>('LAS-key');
export const parseEduId = opaqueParser<IdentifierValueMap['eduID']>('eduID');
export const parseBasispoortAanbiederId = opaqueParser<IdentifierValueMap['BP_ID']>('BasispoortId');
export const parseDigiDeliveryId = opaqueParser<IdentifierValueMap['DD_ID']>('DigiDeliveryId');
export const parseLasAanbiederKey = opaqueParser<IdentifierValueMap['AS_ID']>('LAS-key');

/** The parser per technical term. */
export const IDENTIFIER_PARSERS: { readonly [T in IdentifierTerm]: IdentifierParser<T> } =
  Object.freeze({
    eckId: parseEckId,
    NEPRI: parseNlEduPersonRealId,
    NEPPI: parseNlEduPersonProfileId,
    BPI: parseBasispoortId,
    ASI: parseLasKey,
    eduID: parseEduId,
    OB_ID: parseOnderwijsbestuurId,
    BGE_CODE: parseBevoegdGezagCode,
    OA_ID: parseOnderwijsaanbiederId,
    OIE_CODE: parseOnderwijsinstellingserkenningCode,
    VE_CODE: parseVestigingserkenningCode,
    BP_ID: parseBasispoortAanbiederId,
    DD_ID: parseDigiDeliveryId,
    AS_ID: parseLasAanbiederKey,
    OL_CODE: parseOnderwijslocatieCode,
  });

/**
 * True when `term` is a technical term of the agreement's tables (case-sensitive).
 * @param term - the candidate term
 */
export function isIdentifierTerm(term: unknown): term is IdentifierTerm {
  return typeof term === 'string' && (IDENTIFIER_TERMS as readonly string[]).includes(term);
}

/**
 * Parses and normalises a value as identifier type `term`.
 * @param term - technical term, e.g. `eckId`, `OA_ID`
 * @param value - the candidate value
 * @returns `{ ok: true, value }` with the normalised, branded value, or `{ ok: false, code, reason }`
 */
export function parseIdentifier<T extends IdentifierTerm>(
  term: T,
  value: unknown,
): ParseResult<IdentifierValueMap[T]> {
  const parser = IDENTIFIER_PARSERS[term] as IdentifierParser<T> | undefined;
  // The unknown term is not echoed: a caller may have passed a value (a BSN) in the wrong argument
  // (issue #17 item 6).
  if (!parser)
    throw new IdentifierError(
      'E_IDENTIFIER_TYPE_UNKNOWN',
      `onbekend identificatietype; kies uit: ${Object.keys(IDENTIFIER_PARSERS).join(', ')}`,
    );
  return parser(value);
}

/**
 * True when `value` is a valid identifier of type `term` (after normalisation: use
 * {@link parseIdentifier} to obtain the normalised value).
 * @param term - technical term, e.g. `eckId`, `OA_ID`
 * @param value - the candidate value
 */
export function isValidIdentifier(term: IdentifierTerm, value: unknown): boolean {
  return parseIdentifier(term, value).ok;
}
