/**
 * Parsers for the person identifiers of the Edu-V agreement "Identiteiten" (tables "Digitale identiteit
 * voor Onderwijsdeelnemers / Onderwijsmedewerkers"). Reasons are Dutch and never echo the value.
 */
import { ECK_ID_HEX_LENGTH, ECK_ID_PREFIX } from '../data/identifier-types.js';
import { fail, ok, trimmed, type ParseResult } from '../result.js';
import type { EckId, NlEduPersonProfileId, NlEduPersonRealId } from '../types.js';

const HEX_LOWER = /^[0-9a-f]*$/;
const HEX_ANY = /^[0-9a-fA-F]*$/;
const WHITESPACE = /\s/;

/**
 * Parses an ECK iD: `https://ketenid.nl/201703/` + 128 lower-case hexadecimal characters
 * (Edu-V Identiteiten, tabel Onderwijsdeelnemers, voorbeeld).
 * @param value - the candidate ECK iD
 */
export function parseEckId(value: unknown): ParseResult<EckId> {
  const t = trimmed(value, 'ECK iD');
  if (!t.ok) return t;
  const v = t.value;
  if (!v.startsWith(ECK_ID_PREFIX)) {
    const lower = v.toLowerCase();
    if (lower.startsWith(ECK_ID_PREFIX)) {
      return fail(
        'hoofdletters',
        `ECK iD: de basis-URL moet exact ${ECK_ID_PREFIX} zijn (kleine letters)`,
      );
    }
    if (lower.startsWith('http://ketenid.nl/')) {
      return fail('prefix', `ECK iD: moet beginnen met ${ECK_ID_PREFIX} (https, niet http)`);
    }
    if (lower.startsWith('https://ketenid.nl/')) {
      const segment = v.slice('https://ketenid.nl/'.length).split('/')[0] ?? '';
      const shown = /^[A-Za-z0-9_-]{1,20}$/.test(segment) ? ` '${segment}'` : '';
      return fail(
        'prefix',
        `ECK iD: onbekende keten${shown}; een ECK iD van de afspraak begint met ${ECK_ID_PREFIX}`,
      );
    }
    return fail('prefix', `ECK iD: moet beginnen met ${ECK_ID_PREFIX}`);
  }
  const hex = v.slice(ECK_ID_PREFIX.length);
  if (hex.length !== ECK_ID_HEX_LENGTH) {
    return fail(
      'lengte',
      `ECK iD: na ${ECK_ID_PREFIX} moeten ${ECK_ID_HEX_LENGTH} hexadecimale tekens staan, er staan er ${hex.length}`,
    );
  }
  if (!HEX_LOWER.test(hex)) {
    if (HEX_ANY.test(hex)) {
      return fail(
        'hoofdletters',
        'ECK iD: het hexadecimale deel moet in kleine letters (a-f) staan; een ECK iD wordt exact vergeleken',
      );
    }
    const pos = [...hex].findIndex((c) => !/[0-9a-fA-F]/.test(c));
    return fail(
      'formaat',
      `ECK iD: teken ${ECK_ID_PREFIX.length + pos + 1} is geen hexadecimaal teken (0-9, a-f)`,
    );
  }
  return ok<EckId>(v);
}

/**
 * Parses a nlEduPersonRealId: `[userId]@[realm]` (Kennisnet Entree Federatie).
 * @param value - the candidate NEPRI
 */
export function parseNlEduPersonRealId(value: unknown): ParseResult<NlEduPersonRealId> {
  const t = trimmed(value, 'nlEduPersonRealId');
  if (!t.ok) return t;
  const v = t.value;
  if (WHITESPACE.test(v)) return fail('formaat', 'nlEduPersonRealId: mag geen witruimte bevatten');
  const parts = v.split('@');
  if (parts.length === 1)
    return fail('formaat', "nlEduPersonRealId: mist '@' tussen userId en realm ([userId]@[realm])");
  if (parts.length > 2)
    return fail('formaat', "nlEduPersonRealId: bevat meer dan één '@' ([userId]@[realm])");
  if (parts[0] === '') return fail('formaat', "nlEduPersonRealId: userId vóór '@' is leeg");
  if (parts[1] === '') return fail('formaat', "nlEduPersonRealId: realm na '@' is leeg");
  return ok<NlEduPersonRealId>(v);
}

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TLD = /^[A-Za-z]{2,63}$/;

/**
 * Parses a nlEduPersonProfileId: `leerlingnummer@[administratienummer.]schooldomein` (Kennisnet Entree
 * Federatie; the administratienummer is only present for schools with more than one administration).
 * @param value - the candidate NEPPI
 */
export function parseNlEduPersonProfileId(value: unknown): ParseResult<NlEduPersonProfileId> {
  const t = trimmed(value, 'nlEduPersonProfileId');
  if (!t.ok) return t;
  const v = t.value;
  if (WHITESPACE.test(v))
    return fail('formaat', 'nlEduPersonProfileId: mag geen witruimte bevatten');
  const parts = v.split('@');
  if (parts.length !== 2) {
    return fail(
      'formaat',
      "nlEduPersonProfileId: moet precies één '@' bevatten (leerlingnummer@administratienummer.schooldomein.nl)",
    );
  }
  const [local = '', domain = ''] = parts;
  if (local === '') return fail('formaat', "nlEduPersonProfileId: leerlingnummer vóór '@' is leeg");
  const labels = domain.split('.');
  if (labels.length < 2)
    return fail(
      'formaat',
      "nlEduPersonProfileId: na '@' moet een domeinnaam staan, bijv. 1.kennisnet.nl",
    );
  const bad = labels.findIndex((l) => !LABEL.test(l));
  if (bad >= 0) {
    return fail(
      'formaat',
      `nlEduPersonProfileId: domeinlabel ${bad + 1} is ongeldig (letters, cijfers en koppeltekens, niet leeg, max. 63 tekens)`,
    );
  }
  if (!TLD.test(labels[labels.length - 1] ?? '')) {
    return fail(
      'formaat',
      'nlEduPersonProfileId: het laatste domeinlabel (topleveldomein) moet uit letters bestaan, bijv. nl',
    );
  }
  return ok<NlEduPersonProfileId>(v);
}

/**
 * Parser for identifiers without a published format: any non-empty trimmed value.
 * @param label - Dutch name used in the reason
 * @internal
 */
export function opaqueParser<T>(label: string): (value: unknown) => ParseResult<T> {
  return (value: unknown) => {
    const t = trimmed(value, label);
    return t.ok ? ok<T>(t.value) : t;
  };
}
