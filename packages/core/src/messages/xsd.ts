/**
 * Templates of the XML codec's structural findings (XSD Part 1: content models, simple types,
 * attributes). Keyed by the finding kind — the code is `<prefix>.<kind>` with the caller's prefix
 * (`OSO.XSD.minOccurs`) — plus a variant after `#` where one kind has several wordings. The wording
 * is the schema's; a package may word some of them its own way (`FindingContext.messages`, e.g. OSO's
 * "volgens de gegevensset").
 */
import { defineCatalogue, formatMessage, type Catalogue, type MessageId } from './catalogue.js';

/** What a simple type reports, before it is said of an element or an attribute. */
const SIMPLE = {
  type: 'De waarde is geen geldige {label}.',
  length: 'De waarde moet precies {length} tekens lang zijn.',
  minLength: 'De waarde moet minimaal {minLength} tekens lang zijn.',
  maxLength: 'De waarde mag maximaal {maxLength} tekens lang zijn.',
  pattern: 'De waarde voldoet niet aan het formaat {pattern}.',
  range: 'De waarde moet liggen tussen {lower} en {upper}.',
  enumeration: 'De waarde is niet een van de toegestane waarden.',
} as const;
/** `minLength` 1 is said as "not empty". */
const EMPTY = 'De waarde mag niet leeg zijn.';

type SimpleKind = keyof typeof SIMPLE;
type Said<K extends string, On extends string> = `${K}#${On}`;

function said<On extends 'element' | 'attribute'>(
  on: On,
  lead: string,
): Record<Said<SimpleKind, On> | `minLength#${On}Empty`, string> {
  const out: Record<string, string> = {};
  for (const [k, t] of Object.entries(SIMPLE)) out[`${k}#${on}`] = `${lead}${t}`;
  out[`minLength#${on}Empty`] = `${lead}${EMPTY}`;
  return out as Record<Said<SimpleKind, On> | `minLength#${On}Empty`, string>;
}

/** The codec's templates (Dutch). */
export const XSD_MESSAGES = defineCatalogue({
  ...said('element', "Element '{element}': "),
  ...said('attribute', "Attribuut '{attribute}': "),
  'type#attributeText': "Attribuut '{attribute}': De waarde is geen tekst.",
  'type#value': "Element '{element}': de waarde heeft niet het juiste type ({type}).",
  'type#object': "Element '{element}' moet een object (met deelelementen) zijn.",
  'type#groups': "Element '{element}' moet een lijst van groepen zijn.",
  'type#group': "Element '{element}' bevat een groep die geen object is.",
  'type#list': "Element '{element}' kan vaker voorkomen en moet een lijst zijn.",
  'type#single': "Element '{element}' komt hooguit een keer voor en is geen lijst.",
  'unexpected#root': "Onbekend root-element '{element}'.",
  unexpected: "Element '{element}' is niet toegestaan in '{parent}' volgens het schema.",
  'unexpected#namespace':
    "Element '{element}' (namespace '{namespace}') is niet toegestaan in '{parent}' volgens het schema.",
  attribute: "Attribuut '{attribute}' is niet toegestaan volgens het schema.",
  'attribute#missing': "Het verplichte attribuut '{attribute}' ontbreekt.",
  text: "Element '{element}' mag alleen elementen bevatten, geen tekst.",
  minOccurs: "Het verplichte element '{element}' ontbreekt.",
  'minOccurs#count': "Element '{element}' moet minimaal {minOccurs} keer voorkomen (nu {actual}).",
  maxOccurs: "Element '{element}' komt vaker voor dan toegestaan (maximaal {maxOccurs} keer).",
  'maxOccurs#unbounded':
    "Element '{element}' komt vaker voor dan toegestaan (maximaal onbeperkt keer).",
  choice: 'Een van de elementen {choice:quoted} is verplicht.',
  'choice#other':
    "Element '{element}' is niet toegestaan naast '{other}': slechts een van {choice:quoted}.",
  order:
    "Element '{element}' staat op een plaats waar het niet is toegestaan (volgorde of aantal volgens het schema).",
  'order#expected':
    "Element '{element}' staat op een plaats waar het niet is toegestaan. Verwacht is een van ( {expected} ).",
  summary:
    'Nog {hidden} bevindingen met code {code} zijn niet afzonderlijk getoond (in totaal {total}).',
});

/** A message id of the codec: a kind, or a kind with its variant. */
export type XsdMessageId = MessageId<typeof XSD_MESSAGES>;

/** A package's own wording of some codec templates (same ids, same placeholders). */
export interface XsdWording {
  readonly nl: { readonly [K in XsdMessageId]?: string };
}

/**
 * Renders a codec message, in the package's wording where it has one.
 * @param id - the message id
 * @param params - the finding's params
 * @param wording - the package's own wording (`FindingContext.messages`)
 */
export function xsdMessage(
  id: XsdMessageId,
  params: Readonly<Record<string, unknown>>,
  wording?: XsdWording,
): string {
  const own = wording?.nl[id];
  const cat: Catalogue<XsdMessageId> =
    own === undefined ? XSD_MESSAGES : { nl: { ...XSD_MESSAGES.nl, [id]: own } };
  return formatMessage(cat, id, params);
}

/**
 * The id of a simple-type problem said of an element or an attribute.
 * @param p - the problem (`code` is its kind)
 * @param on - said of an element or an attribute
 */
export function simpleMessageId(
  p: { code: string; params: Readonly<Record<string, unknown>> },
  on: 'element' | 'attribute',
): XsdMessageId {
  if (p.code === 'minLength' && p.params.minLength === 1) return `minLength#${on}Empty`;
  return `${p.code as SimpleKind}#${on}`;
}
