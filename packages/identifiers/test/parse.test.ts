import { describe, expect, it } from 'vitest';
import {
  isIdentifierError,
  ECK_ID_PREFIX,
  IDENTIFIER_PARSERS,
  IDENTIFIER_TERMS,
  IDENTIFIER_TYPES,
  isIdentifierTerm,
  isValidIdentifier,
  parseEckId,
  parseIdentifier,
  type IdentifierTerm,
  type ParseFailureCode,
} from '../src/index.js';
import { int, mulberry32, str } from './prng.js';

const ECK = IDENTIFIER_TYPES.eckId.example as string;
const HEX = ECK.slice(ECK_ID_PREFIX.length);

/** Data-driven cases: [term, input, expected normalised value | failure code]. */
const VALID: [IdentifierTerm, string, string][] = [
  ['eckId', ECK, ECK],
  ['eckId', `  ${ECK}\n`, ECK],
  ['NEPRI', 'pietjepukkelen@petteflatcollege', 'pietjepukkelen@petteflatcollege'],
  ['NEPRI', ' Piet.Puk@school ', 'Piet.Puk@school'],
  ['NEPPI', '95312@1.kennisnet.nl', '95312@1.kennisnet.nl'],
  ['NEPPI', '95312@kennisnet.nl', '95312@kennisnet.nl'],
  ['NEPPI', 'A-12@2.mijn-school.nl', 'A-12@2.mijn-school.nl'],
  ['BPI', ' bp-123 ', 'bp-123'],
  ['ASI', 'LAS key met spaties', 'LAS key met spaties'],
  ['eduID', '0d9e3a5c-2b4f-4d57-9a2e-0b7c5f1e8a11', '0d9e3a5c-2b4f-4d57-9a2e-0b7c5f1e8a11'],
  ['OB_ID', '106B996', '106B996'],
  ['OB_ID', ' 106b996 ', '106B996'],
  ['BGE_CODE', '41645', '41645'],
  ['BGE_CODE', '01234', '01234'],
  ['OA_ID', '104A158', '104A158'],
  ['OA_ID', '104a158', '104A158'],
  ['OIE_CODE', '09QQ', '09QQ'],
  ['OIE_CODE', '09qq', '09QQ'],
  ['VE_CODE', '09QQ00', '09QQ00'],
  ['VE_CODE', '11zz03', '11ZZ03'],
  ['BP_ID', 'x', 'x'],
  ['DD_ID', '12345', '12345'],
  ['AS_ID', 'abc', 'abc'],
  ['OL_CODE', '112X995', '112X995'],
  ['OL_CODE', '112x995', '112X995'],
];

const INVALID: [IdentifierTerm, unknown, ParseFailureCode, string][] = [
  ['eckId', '', 'leeg', 'ECK iD: waarde is leeg'],
  ['eckId', null, 'type', 'ECK iD: waarde is geen tekst'],
  [
    'eckId',
    `http://ketenid.nl/201703/${HEX}`,
    'prefix',
    'ECK iD: moet beginnen met https://ketenid.nl/201703/ (https, niet http)',
  ],
  [
    'eckId',
    `https://ketenid.nl/pilot/${HEX}`,
    'prefix',
    "ECK iD: onbekende keten 'pilot'; een ECK iD van de afspraak begint met https://ketenid.nl/201703/",
  ],
  [
    'eckId',
    `https://example.org/201703/${HEX}`,
    'prefix',
    'ECK iD: moet beginnen met https://ketenid.nl/201703/',
  ],
  [
    'eckId',
    `HTTPS://KETENID.NL/201703/${HEX}`,
    'hoofdletters',
    'ECK iD: de basis-URL moet exact https://ketenid.nl/201703/ zijn (kleine letters)',
  ],
  [
    'eckId',
    `${ECK_ID_PREFIX}${HEX.toUpperCase()}`,
    'hoofdletters',
    'ECK iD: het hexadecimale deel moet in kleine letters (a-f) staan; een ECK iD wordt exact vergeleken',
  ],
  [
    'eckId',
    `${ECK_ID_PREFIX}${HEX.slice(1)}`,
    'lengte',
    'ECK iD: na https://ketenid.nl/201703/ moeten 128 hexadecimale tekens staan, er staan er 127',
  ],
  [
    'eckId',
    `${ECK}0`,
    'lengte',
    'ECK iD: na https://ketenid.nl/201703/ moeten 128 hexadecimale tekens staan, er staan er 129',
  ],
  [
    'eckId',
    `${ECK_ID_PREFIX}g${HEX.slice(1)}`,
    'formaat',
    'ECK iD: teken 27 is geen hexadecimaal teken (0-9, a-f)',
  ],
  [
    'NEPRI',
    'pietjepukkelen',
    'formaat',
    "nlEduPersonRealId: mist '@' tussen userId en realm ([userId]@[realm])",
  ],
  ['NEPRI', 'a@b@c', 'formaat', "nlEduPersonRealId: bevat meer dan één '@' ([userId]@[realm])"],
  ['NEPRI', '@realm', 'formaat', "nlEduPersonRealId: userId vóór '@' is leeg"],
  ['NEPRI', 'user@', 'formaat', "nlEduPersonRealId: realm na '@' is leeg"],
  ['NEPRI', 'piet puk@school', 'formaat', 'nlEduPersonRealId: mag geen witruimte bevatten'],
  [
    'NEPPI',
    '95312',
    'formaat',
    "nlEduPersonProfileId: moet precies één '@' bevatten (leerlingnummer@administratienummer.schooldomein.nl)",
  ],
  [
    'NEPPI',
    '95312@kennisnet',
    'formaat',
    "nlEduPersonProfileId: na '@' moet een domeinnaam staan, bijv. 1.kennisnet.nl",
  ],
  [
    'NEPPI',
    '95312@1..nl',
    'formaat',
    'nlEduPersonProfileId: domeinlabel 2 is ongeldig (letters, cijfers en koppeltekens, niet leeg, max. 63 tekens)',
  ],
  [
    'NEPPI',
    '95312@-x.nl',
    'formaat',
    'nlEduPersonProfileId: domeinlabel 1 is ongeldig (letters, cijfers en koppeltekens, niet leeg, max. 63 tekens)',
  ],
  [
    'NEPPI',
    '95312@1.kennisnet.123',
    'formaat',
    'nlEduPersonProfileId: het laatste domeinlabel (topleveldomein) moet uit letters bestaan, bijv. nl',
  ],
  ['NEPPI', '@1.kennisnet.nl', 'formaat', "nlEduPersonProfileId: leerlingnummer vóór '@' is leeg"],
  ['BPI', '  ', 'leeg', 'Basispoort ID: waarde is leeg'],
  ['ASI', '', 'leeg', 'LAS-key: waarde is leeg'],
  ['eduID', 42, 'type', 'eduID: waarde is geen tekst'],
  ['BP_ID', '', 'leeg', 'BasispoortId: waarde is leeg'],
  ['DD_ID', '\t', 'leeg', 'DigiDeliveryId: waarde is leeg'],
  ['AS_ID', '', 'leeg', 'LAS-key: waarde is leeg'],
  [
    'OB_ID',
    '106B99',
    'lengte',
    'OB_ID: moet 7 tekens zijn (3 cijfers, de hoofdletter B en 3 cijfers), maar heeft er 6',
  ],
  [
    'OB_ID',
    '104A158',
    'formaat',
    'OB_ID: teken 4 moet de letter B zijn (3 cijfers, de hoofdletter B en 3 cijfers); dit lijkt een OnderwijsaanbiederID (OA_ID)',
  ],
  [
    'OB_ID',
    '1O6B996',
    'formaat',
    'OB_ID: teken 2 moet een cijfer zijn (3 cijfers, de hoofdletter B en 3 cijfers)',
  ],
  [
    'OA_ID',
    '106B996',
    'formaat',
    'OA_ID: teken 4 moet de letter A zijn (3 cijfers, de hoofdletter A en 3 cijfers); dit lijkt een OnderwijsbestuurID (OB_ID)',
  ],
  [
    'OA_ID',
    '123G456',
    'formaat',
    'OA_ID: teken 4 moet de letter A zijn (3 cijfers, de hoofdletter A en 3 cijfers); dit lijkt een OnderwijsaanbiedergroepID (niet gebruikt in de afspraak)',
  ],
  [
    'OL_CODE',
    '104A158',
    'formaat',
    'OL_CODE: teken 4 moet de letter X zijn (3 cijfers, de hoofdletter X en 3 cijfers); dit lijkt een OnderwijsaanbiederID (OA_ID)',
  ],
  [
    'OL_CODE',
    '112X9955',
    'lengte',
    'OL_CODE: moet 7 tekens zijn (3 cijfers, de hoofdletter X en 3 cijfers), maar heeft er 8',
  ],
  ['BGE_CODE', '4164', 'lengte', 'BGE_CODE: moet 5 tekens zijn (5 cijfers), maar heeft er 4'],
  ['BGE_CODE', '4164A', 'formaat', 'BGE_CODE: teken 5 moet een cijfer zijn (5 cijfers)'],
  [
    'OIE_CODE',
    '09QQ00',
    'lengte',
    'OIE_CODE: moet 4 tekens zijn (2 cijfers en 2 hoofdletters), maar heeft er 6; dit lijkt een vestigingserkenning (BRIN6, VE_CODE); de BRIN4 zijn de eerste vier tekens',
  ],
  [
    'OIE_CODE',
    '0Q9Q',
    'formaat',
    'OIE_CODE: teken 2 moet een cijfer zijn (2 cijfers en 2 hoofdletters)',
  ],
  [
    'OIE_CODE',
    '09Q1',
    'formaat',
    'OIE_CODE: teken 4 moet een letter (A-Z) zijn (2 cijfers en 2 hoofdletters)',
  ],
  [
    'VE_CODE',
    '09QQ',
    'lengte',
    'VE_CODE: moet 6 tekens zijn (2 cijfers, 2 hoofdletters en 2 cijfers), maar heeft er 4; dit lijkt een onderwijsinstellingserkenning (BRIN4, OIE_CODE); een BRIN6 heeft ook een tweecijferig vestigingsvolgnummer',
  ],
  [
    'VE_CODE',
    '09QQ0A',
    'formaat',
    'VE_CODE: teken 6 moet een cijfer zijn (2 cijfers, 2 hoofdletters en 2 cijfers)',
  ],
  [
    'VE_CODE',
    '09ÄQ00',
    'formaat',
    'VE_CODE: teken 3 moet een letter (A-Z) zijn (2 cijfers, 2 hoofdletters en 2 cijfers)',
  ],
];

describe('parseIdentifier: valid values', () => {
  it.each(VALID)('%s %j → %j', (term, input, expected) => {
    expect(parseIdentifier(term, input)).toEqual({ ok: true, value: expected });
    expect(isValidIdentifier(term, input)).toBe(true);
  });

  it('covers every term with at least one valid and one invalid case', () => {
    for (const t of IDENTIFIER_TERMS) {
      expect(
        VALID.some(([term]) => term === t),
        t,
      ).toBe(true);
      expect(
        INVALID.some(([term]) => term === t),
        t,
      ).toBe(true);
    }
  });
});

describe('parseIdentifier: invalid values', () => {
  it.each(INVALID)('%s %j → %s', (term, input, code, reason) => {
    expect(parseIdentifier(term, input)).toEqual({ ok: false, code, reason });
    expect(isValidIdentifier(term, input)).toBe(false);
  });
});

describe('parsers agree with the published pattern in IDENTIFIER_TYPES', () => {
  const alphabet = '0123456789ABXabx QZz@.-_\t';
  it.each(IDENTIFIER_TERMS.filter((t) => IDENTIFIER_TYPES[t].format.pattern))('%s', (term) => {
    const re = new RegExp(IDENTIFIER_TYPES[term].format.pattern as string);
    const rnd = mulberry32(term.length * 7919);
    const example = IDENTIFIER_TYPES[term].example as string;
    for (let i = 0; i < 3_000; i++) {
      // Half random strings, half single-character mutations of the example.
      let s: string;
      if (i % 2 === 0) s = str(rnd, alphabet, int(rnd, 10));
      else {
        const p = int(rnd, example.length);
        s = example.slice(0, p) + str(rnd, alphabet, 1) + example.slice(p + 1);
      }
      const r = parseIdentifier(term, s);
      if (r.ok) expect(re.test(r.value), `${term} accepted ${JSON.stringify(s)}`).toBe(true);
      // Whatever the normalisation, a value the pattern accepts as given must parse.
      if (re.test(s)) expect(r.ok, `${term} rejected ${JSON.stringify(s)}`).toBe(true);
    }
  });

  it('the published examples match their own pattern', () => {
    for (const t of IDENTIFIER_TERMS) {
      const info = IDENTIFIER_TYPES[t];
      if (info.example !== null) {
        expect(parseIdentifier(t, info.example)).toEqual({ ok: true, value: info.example });
        if (info.format.pattern)
          expect(new RegExp(info.format.pattern).test(info.example)).toBe(true);
      }
    }
  });
});

describe('unpublished formats', () => {
  it('accept any non-empty trimmed value and say so in the metadata', () => {
    for (const t of ['BPI', 'ASI', 'eduID', 'BP_ID', 'DD_ID', 'AS_ID'] as const) {
      expect(IDENTIFIER_TYPES[t].format.published).toBe(false);
      expect(IDENTIFIER_TYPES[t].format.pattern).toBeNull();
      expect(IDENTIFIER_TYPES[t].format.description).toMatch(/^Geen publiek formaat/);
      expect(parseIdentifier(t, ' ✓ iets \u00e9 ')).toEqual({ ok: true, value: '✓ iets é' });
    }
  });
});

describe('dispatch', () => {
  it('has one parser per term and knows the terms', () => {
    expect(Object.keys(IDENTIFIER_PARSERS).sort()).toEqual([...IDENTIFIER_TERMS].sort());
    expect(isIdentifierTerm('eckId')).toBe(true);
    expect(isIdentifierTerm('ECKID')).toBe(false);
    expect(isIdentifierTerm('BSN')).toBe(false);
  });

  it('throws a typed IdentifierError for an unknown term, without echoing it (#17 item 6)', () => {
    let e: unknown;
    try {
      parseIdentifier('229854382' as IdentifierTerm, 'x');
    } catch (err) {
      e = err;
    }
    expect(isIdentifierError(e)).toBe(true);
    expect(e).toMatchObject({ code: 'E_IDENTIFIER_TYPE_UNKNOWN' });
    expect(String((e as Error).message)).not.toContain('229854382');
  });

  it('handles a very long value quickly and without echoing it', () => {
    const long = ECK_ID_PREFIX + 'a'.repeat(5_000_000);
    const t0 = performance.now();
    const r = parseEckId(long);
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(r).toMatchObject({ ok: false, code: 'lengte' });
    if (!r.ok) expect(r.reason.length).toBeLessThan(200);
  });
});
