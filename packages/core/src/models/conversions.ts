/**
 * The conversions a derivation may name (DESIGN.md §6): how a domain element's value becomes the
 * central attribute's value and back. One entry per conversion, read by the engine
 * ({@link toCentral}/{@link fromCentral} in `mapping.ts`) and shown by the site, so a derivation
 * says *which* conversion and *whether it is reversible* in data, not inside a function.
 */
import {
  isBsn,
  isIdentifierTerm,
  isOnderwijsnummer,
  parseIdentifier,
  parsePgn,
  selectIdentifier,
  type IdentifierTerm,
  type Niveau,
} from '@edustandaard/identifiers';

/** Ids of the conversions. */
export type ConversionId =
  | 'gelijk'
  | 'tekst-naar-getal'
  | 'getal-naar-tekst'
  | 'waarde-met-omschrijving'
  | 'codetabel'
  | 'identificatie'
  | 'pgn-bsn'
  | 'pgn-onderwijsnummer'
  | 'lijst-eerste'
  | 'ja-nee'
  | 'edu-v-selectie'
  | 'identificatielijst'
  | 'weergavenaam'
  | 'periode-open';

/** Extra parameters a field gives its conversion. */
export interface ConversionParams {
  /** `codetabel`: pairs `[domain code, central code]`; reversible when both columns are unique. */
  codes?: readonly (readonly [string | number, string])[];
  /** `identificatie`: the identifier term (`OIE_CODE`, `eckId`, `ASI`, …). */
  term?: string;
  /** `edu-v-selectie`: the Edu-V level whose table picks the identifier (afspraak Identiteiten). */
  niveau?: Niveau;
}

/** An identifier entry as OOAPI and similar domain models carry it: a code type and a code. */
interface CodeEntry {
  codeType: string;
  code: string;
}

const isCodeEntry = (v: unknown): v is CodeEntry =>
  !!v &&
  typeof v === 'object' &&
  typeof (v as CodeEntry).codeType === 'string' &&
  typeof (v as CodeEntry).code === 'string';

/** Domain code entry → central Identificatie (term via the code table, value checked by its parser). */
function entryToIdentificatie(
  v: unknown,
  p: ConversionParams,
): { soort: IdentifierTerm; waarde: string } | undefined {
  if (!isCodeEntry(v)) return undefined;
  const term = p.codes?.find(([d]) => d === v.codeType)?.[1];
  if (!term || !isIdentifierTerm(term)) return undefined;
  const r = parseIdentifier(term, v.code);
  return r.ok ? { soort: term, waarde: r.value } : undefined;
}

/** Central Identificatie → domain code entry (code type via the code table). */
function identificatieToEntry(v: unknown, p: ConversionParams): CodeEntry | undefined {
  const i = v as { soort?: unknown; waarde?: unknown } | undefined;
  if (!i || typeof i.waarde !== 'string') return undefined;
  const codeType = p.codes?.find(([, c]) => c === i.soort)?.[0];
  return codeType === undefined ? undefined : { codeType: String(codeType), code: i.waarde };
}

/** A conversion as data plus its two directions. */
export interface Conversion {
  id: ConversionId;
  /** Dutch description for the site. */
  omschrijving: string;
  /** Whether domain → central → domain gives the value back (for `codetabel`: when the table is one-to-one). */
  omkeerbaar: boolean;
  /** True when the conversion takes a whole list; otherwise a list is converted item by item. */
  lijst?: true;
  /**
   * The normal form a reversible conversion gives back (e.g. an identifier without surrounding
   * spaces): the round trip returns `normalise(value)`, not a byte-identical value.
   */
  normalise?(value: unknown, params: ConversionParams): unknown;
  /** Domain value → central value; `undefined` when the value cannot be carried. */
  toCentral(value: unknown, params: ConversionParams): unknown;
  /** Central value → domain value; `undefined` when the value cannot be carried. */
  fromCentral(value: unknown, params: ConversionParams): unknown;
}

const same = (v: unknown): unknown => v;
const isText = (v: unknown): v is string => typeof v === 'string';

/** Every conversion, keyed by id. */
export const CONVERSIONS: Readonly<Record<ConversionId, Conversion>> = {
  gelijk: {
    id: 'gelijk',
    omschrijving: 'Zelfde waarde, zelfde betekenis.',
    omkeerbaar: true,
    lijst: true,
    toCentral: same,
    fromCentral: same,
  },
  'tekst-naar-getal': {
    id: 'tekst-naar-getal',
    omschrijving:
      'Tekst met alleen cijfers (zonder voorloopnul) wordt een getal; andere tekst wordt niet overgedragen.',
    omkeerbaar: true,
    toCentral: (v) => (isText(v) && /^(0|[1-9]\d{0,14})$/.test(v) ? Number(v) : undefined),
    fromCentral: (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : undefined),
  },
  'getal-naar-tekst': {
    id: 'getal-naar-tekst',
    omschrijving: 'Een getal wordt als tekst (decimaal) overgedragen.',
    omkeerbaar: true,
    toCentral: (v) => (typeof v === 'number' ? String(v) : undefined),
    fromCentral: (v) => (isText(v) && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : undefined),
  },
  'waarde-met-omschrijving': {
    id: 'waarde-met-omschrijving',
    omschrijving:
      'Alleen de code wordt overgedragen (met een codetabel vertaald naar de centrale code, als die er is); het attribuut omschrijving (de tekst bij de code) gaat verloren.',
    omkeerbaar: false,
    toCentral: (v, p) => {
      const code = isText(v)
        ? v
        : v && typeof v === 'object' && isText((v as { $value?: unknown }).$value)
          ? (v as { $value: string }).$value
          : undefined;
      return p.codes && code !== undefined ? p.codes.find(([d]) => d === code)?.[1] : code;
    },
    fromCentral: (v, p) => {
      const code = p.codes ? p.codes.find(([, c]) => c === v)?.[0] : v;
      return isText(code) ? { $value: code } : undefined;
    },
  },
  codetabel: {
    id: 'codetabel',
    omschrijving: 'Code van de afsprakenset vertaald via een tabel naar de centrale code.',
    omkeerbaar: true,
    toCentral: (v, p) => p.codes?.find(([d]) => d === v)?.[1],
    fromCentral: (v, p) => p.codes?.find(([, c]) => c === v)?.[0],
  },
  identificatie: {
    id: 'identificatie',
    omschrijving:
      'De waarde wordt een Identificatie van het genoemde soort, gecontroleerd en genormaliseerd met @edustandaard/identifiers (terug komt de genormaliseerde waarde); een ongeldige waarde wordt niet overgedragen.',
    omkeerbaar: true,
    normalise: (v, p) => {
      if (!p.term || !isIdentifierTerm(p.term)) return v;
      const r = parseIdentifier(p.term, v);
      return r.ok ? r.value : v;
    },
    toCentral: (v, p) => {
      if (!p.term || !isIdentifierTerm(p.term)) return undefined;
      const r = parseIdentifier(p.term, v);
      return r.ok ? r.value : undefined;
    },
    fromCentral: (v) => (isText(v) ? v : undefined),
  },
  'pgn-bsn': {
    id: 'pgn-bsn',
    omschrijving:
      'Het BSN is het persoonsgebonden nummer (elfproef); terug alleen als het nummer een BSN is.',
    omkeerbaar: true,
    toCentral: (v) => {
      const r = parsePgn(v);
      return r.ok && r.soort === 'BSN' ? r.value : undefined;
    },
    fromCentral: (v) => (isBsn(v) ? v : undefined),
  },
  'pgn-onderwijsnummer': {
    id: 'pgn-onderwijsnummer',
    omschrijving:
      'Het onderwijsnummer is het persoonsgebonden nummer; terug alleen als het nummer een onderwijsnummer is.',
    omkeerbaar: true,
    toCentral: (v) => {
      const r = parsePgn(v);
      return r.ok && r.soort === 'onderwijsnummer' ? r.value : undefined;
    },
    fromCentral: (v) => (isOnderwijsnummer(v) && !isBsn(v) ? v : undefined),
  },
  'lijst-eerste': {
    id: 'lijst-eerste',
    omschrijving:
      'Het domein kent één waarde waar het centrale model een lijst heeft: de eerste waarde wordt overgedragen.',
    omkeerbaar: true,
    lijst: true,
    toCentral: (v) => (v === undefined ? undefined : [v]),
    fromCentral: (v) => (Array.isArray(v) ? v[0] : undefined),
  },
  'ja-nee': {
    id: 'ja-nee',
    omschrijving: 'Een ja/nee-waarde, in beide modellen een boolean.',
    omkeerbaar: true,
    toCentral: (v) => (typeof v === 'boolean' ? v : undefined),
    fromCentral: (v) => (typeof v === 'boolean' ? v : undefined),
  },
  'edu-v-selectie': {
    id: 'edu-v-selectie',
    omschrijving:
      'Eén identifier van het domein (codeType + code) wordt een Identificatie; terug draagt het domein de identifier die de Edu-V-selectie (selectIdentifier, afspraak Identiteiten) kiest uit alle bekende.',
    omkeerbaar: false,
    lijst: true,
    toCentral: (v, p) => {
      const i = entryToIdentificatie(v, p);
      return i ? [i] : undefined;
    },
    fromCentral: (v, p) => {
      if (!Array.isArray(v) || !p.niveau) return undefined;
      const known: Partial<Record<IdentifierTerm, string>> = {};
      for (const i of v as { soort: IdentifierTerm; waarde: string }[]) known[i.soort] ??= i.waarde;
      const s = selectIdentifier(p.niveau, known);
      return s.ok ? identificatieToEntry({ soort: s.term, waarde: s.value }, p) : undefined;
    },
  },
  weergavenaam: {
    id: 'weergavenaam',
    omschrijving:
      'De weergavenaam wordt samengesteld uit roepnaam (of eerste voornaam), voorvoegsel en achternaam; een weergavenaam is niet terug te splitsen.',
    omkeerbaar: false,
    lijst: true,
    toCentral: () => undefined,
    fromCentral: (v) => {
      const p = v as {
        roepnaam?: string;
        voornamen?: string[];
        voorvoegsel?: string;
        achternaam?: string;
      };
      if (!p || typeof p.achternaam !== 'string') return undefined;
      return [p.roepnaam ?? p.voornamen?.[0], p.voorvoegsel, p.achternaam]
        .filter((x) => typeof x === 'string' && x !== '')
        .join(' ');
    },
  },
  'periode-open': {
    id: 'periode-open',
    omschrijving:
      'Ja als de periode (inschrijving, dienstverband) geen einddatum heeft; uit ja/nee is geen periode terug te maken.',
    omkeerbaar: false,
    toCentral: () => undefined,
    fromCentral: (v) =>
      v && typeof v === 'object'
        ? (v as { einddatum?: unknown }).einddatum === undefined
        : undefined,
  },
  identificatielijst: {
    id: 'identificatielijst',
    omschrijving:
      'Een lijst identifiers van het domein (codeType + code) wordt Identificaties; soorten zonder Edu-V-term worden niet overgedragen.',
    omkeerbaar: false,
    lijst: true,
    toCentral: (v, p) => {
      if (!Array.isArray(v)) return undefined;
      const out = v.map((x) => entryToIdentificatie(x, p)).filter((x) => x !== undefined);
      return out.length ? out : undefined;
    },
    fromCentral: (v, p) => {
      if (!Array.isArray(v)) return undefined;
      const out = v.map((x) => identificatieToEntry(x, p)).filter((x) => x !== undefined);
      return out.length ? out : undefined;
    },
  },
};

/**
 * Whether a conversion with these parameters is reversible (a `codetabel` only when one-to-one).
 * @param id - the conversion id
 * @param params - the field's parameters
 */
export function isReversible(id: ConversionId, params: ConversionParams = {}): boolean {
  if (id !== 'codetabel') return CONVERSIONS[id].omkeerbaar;
  const codes = params.codes ?? [];
  return (
    new Set(codes.map(([d]) => d)).size === codes.length &&
    new Set(codes.map(([, c]) => c)).size === codes.length
  );
}
