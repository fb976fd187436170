/**
 * Parsers for the organisation identifiers of the Edu-V agreement "Identiteiten" (tabel "Primaire en
 * secundaire identifiers"). Formats from the simple types of DUO's RIO V4 message schema
 * (OnderwijsbestuurID-v01, OnderwijsaanbiederID-v01, OnderwijslocatieID-v01, BevoegdGezagnummer,
 * BRINNummerVestiging). No check character is published for any of them.
 */
import { fail, ok, trimmed, type ParseResult } from '../result.js';
import type {
  BevoegdGezagCode,
  IdentifierTerm,
  OnderwijsaanbiederId,
  OnderwijsbestuurId,
  OnderwijsinstellingserkenningCode,
  OnderwijslocatieCode,
  VestigingserkenningCode,
} from '../types.js';

/** One position class of a fixed-width code. */
type Slot = 'cijfer' | 'hoofdletter' | { letter: string };

function upperAscii(s: string): string {
  return s.replace(/[a-z]/g, (c) => c.toUpperCase());
}

function describe(slots: readonly Slot[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < slots.length) {
    const s = slots[i];
    let n = 1;
    while (i + n < slots.length && typeof s === 'string' && slots[i + n] === s) n++;
    if (typeof s === 'string')
      parts.push(
        `${n} ${s === 'cijfer' ? (n === 1 ? 'cijfer' : 'cijfers') : n === 1 ? 'hoofdletter' : 'hoofdletters'}`,
      );
    else if (s) parts.push(`de hoofdletter ${s.letter}`);
    i += n;
  }
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`
    : (parts[0] ?? '');
}

function checkSlots(v: string, slots: readonly Slot[], label: string): string | null {
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i];
    const c = v[i] ?? '';
    if (s === 'cijfer' && !/[0-9]/.test(c)) return `${label}: teken ${i + 1} moet een cijfer zijn`;
    if (s === 'hoofdletter' && !/[A-Z]/.test(c))
      return `${label}: teken ${i + 1} moet een letter (A-Z) zijn`;
    if (typeof s === 'object' && c !== s.letter)
      return `${label}: teken ${i + 1} moet de letter ${s.letter} zijn`;
  }
  return null;
}

/** The RIO "betekenisloze identifiers": 3 digits, a type letter, 3 digits. */
const RIO_LETTER: Record<string, string> = {
  A: 'een OnderwijsaanbiederID (OA_ID)',
  B: 'een OnderwijsbestuurID (OB_ID)',
  X: 'een OnderwijslocatieID (OL_CODE)',
  G: 'een OnderwijsaanbiedergroepID (niet gebruikt in de afspraak)',
};

function fixedCode<T>(
  label: string,
  slots: readonly Slot[],
  hint?: (v: string) => string | null,
): (value: unknown) => ParseResult<T> {
  const shape = describe(slots);
  return (value: unknown) => {
    const t = trimmed(value, label);
    if (!t.ok) return t;
    const v = upperAscii(t.value);
    const h = hint?.(v) ?? null;
    if (v.length !== slots.length) {
      return fail(
        'lengte',
        `${label}: moet ${slots.length} tekens zijn (${shape}), maar heeft er ${v.length}${h ? `; ${h}` : ''}`,
      );
    }
    const problem = checkSlots(v, slots, label);
    if (problem) return fail('formaat', `${problem} (${shape})${h ? `; ${h}` : ''}`);
    return ok<T>(v);
  };
}

function rioId<T>(label: string, letter: 'A' | 'B' | 'X'): (value: unknown) => ParseResult<T> {
  return fixedCode<T>(
    label,
    ['cijfer', 'cijfer', 'cijfer', { letter }, 'cijfer', 'cijfer', 'cijfer'],
    (v) => {
      const m = /^[0-9]{3}([A-Z])[0-9]{3}$/.exec(v);
      const other = m?.[1];
      return other && other !== letter && RIO_LETTER[other]
        ? `dit lijkt ${RIO_LETTER[other]}`
        : null;
    },
  );
}

/** Parses an OnderwijsbestuurID (OB_ID), e.g. `106B996`. @param value - the candidate code */
export const parseOnderwijsbestuurId: (value: unknown) => ParseResult<OnderwijsbestuurId> = rioId(
  'OB_ID',
  'B',
);

/** Parses an OnderwijsaanbiederID (OA_ID), e.g. `104A158`. @param value - the candidate code */
export const parseOnderwijsaanbiederId: (value: unknown) => ParseResult<OnderwijsaanbiederId> =
  rioId('OA_ID', 'A');

/** Parses an OnderwijslocatieID (OL_CODE), e.g. `112X995`. @param value - the candidate code */
export const parseOnderwijslocatieCode: (value: unknown) => ParseResult<OnderwijslocatieCode> =
  rioId('OL_CODE', 'X');

/** Parses a BevoegdGezagnummer (BGE_CODE): 5 digits, e.g. `41645`. @param value - the candidate code */
export const parseBevoegdGezagCode: (value: unknown) => ParseResult<BevoegdGezagCode> = fixedCode(
  'BGE_CODE',
  ['cijfer', 'cijfer', 'cijfer', 'cijfer', 'cijfer'],
);

/** Parses an onderwijsinstellingserkenning (OIE_CODE, BRIN4), e.g. `09QQ`. @param value - the candidate code */
export const parseOnderwijsinstellingserkenningCode: (
  value: unknown,
) => ParseResult<OnderwijsinstellingserkenningCode> = fixedCode(
  'OIE_CODE',
  ['cijfer', 'cijfer', 'hoofdletter', 'hoofdletter'],
  (v) =>
    /^[0-9]{2}[A-Z]{2}[0-9]{2}$/.test(v)
      ? 'dit lijkt een vestigingserkenning (BRIN6, VE_CODE); de BRIN4 zijn de eerste vier tekens'
      : null,
);

/** Parses a vestigingserkenning (VE_CODE, BRIN6), e.g. `09QQ00`. @param value - the candidate code */
export const parseVestigingserkenningCode: (
  value: unknown,
) => ParseResult<VestigingserkenningCode> = fixedCode(
  'VE_CODE',
  ['cijfer', 'cijfer', 'hoofdletter', 'hoofdletter', 'cijfer', 'cijfer'],
  (v) =>
    /^[0-9]{2}[A-Z]{2}$/.test(v)
      ? 'dit lijkt een onderwijsinstellingserkenning (BRIN4, OIE_CODE); een BRIN6 heeft ook een tweecijferig vestigingsvolgnummer'
      : null,
);

/** Terms handled in this module (for the dispatcher's exhaustiveness). @internal */
export type OrganisationParsedTerm = Extract<
  IdentifierTerm,
  'OB_ID' | 'OA_ID' | 'OL_CODE' | 'BGE_CODE' | 'OIE_CODE' | 'VE_CODE'
>;
