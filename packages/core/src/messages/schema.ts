/**
 * Templates of the JSON Schema adapter's findings (`findingsFromSchemaErrors`), keyed by the ajv
 * keyword — the code is `<prefix>.<keyword>` with the caller's prefix (`OKE.SCHEMA.enum`) — rendered
 * from ajv's own params; `*` is the wording for a keyword without a template of its own.
 */
import { defineCatalogue, type MessageId } from './catalogue.js';

/** The adapter's templates (Dutch). */
export const SCHEMA_MESSAGES = defineCatalogue({
  required: "Verplicht attribuut '{missingProperty}' ontbreekt.",
  additionalProperties:
    "Attribuut '{additionalProperty}' is hier niet toegestaan (het object is gesloten).",
  type: 'Verkeerd type: verwacht {type}.',
  enum: 'Waarde is niet toegestaan; toegestaan: {allowedValues:json}.',
  const: 'Waarde moet {allowedValue:json} zijn.',
  format: "Waarde heeft niet het formaat '{format}'.",
  pattern: 'Waarde voldoet niet aan het patroon {pattern}.',
  minItems: 'Lijst moet minimaal {limit} element(en) bevatten.',
  maxItems: 'Lijst mag maximaal {limit} element(en) bevatten.',
  minLength: 'Tekst moet minimaal {limit} teken(s) lang zijn.',
  maxLength: 'Tekst mag maximaal {limit} tekens lang zijn.',
  minimum: 'Waarde moet {comparison} {limit} zijn.',
  maximum: 'Waarde moet {comparison} {limit} zijn.',
  exclusiveMinimum: 'Waarde moet {comparison} {limit} zijn.',
  exclusiveMaximum: 'Waarde moet {comparison} {limit} zijn.',
  anyOf: 'Waarde past in geen van de toegestane vormen.',
  oneOf: 'Waarde past in geen van de toegestane vormen.',
  'oneOf#passing': 'Waarde past in meer dan één van de vormen, waarvan er precies één mag passen.',
  /** Alternatives reported per branch (`branches` option): each branch with its own findings. */
  'anyOf#branches': 'Waarde past in geen van de toegestane vormen: {alternatives}.',
  'oneOf#branches': 'Waarde past in geen van de toegestane vormen: {alternatives}.',
  '*': "Voldoet niet aan '{keyword}'.",
});

/** A keyword with a template of its own, or `*`. */
export type SchemaMessageId = MessageId<typeof SCHEMA_MESSAGES>;
