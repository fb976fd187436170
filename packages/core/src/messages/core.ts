/**
 * Templates of core's own finding codes besides the profile engine's (`PROFILE_MESSAGES`) and the
 * generic checkers' (`XSD_MESSAGES`, `SCHEMA_MESSAGES`): the manifest check (`MANIFEST.*`) and the
 * AMIGO derivation maps (`DERIVATION.*`).
 */
import { defineCatalogue, type MessageId } from './catalogue.js';

/** Templates of `checkManifest`'s findings (DESIGN.md §7). */
export const MANIFEST_MESSAGES = defineCatalogue({
  'MANIFEST.field.missing': 'Veld {field} ontbreekt.',
  'MANIFEST.field.missing#list': 'Veld {layer} ontbreekt.',
  'MANIFEST.field.missing#patroon': 'Patroon moet push of pull zijn.',
  'MANIFEST.field.invalid#manifest': 'Een manifest moet een object zijn.',
  'MANIFEST.field.invalid#text': 'Veld {field} moet tekst zijn.',
  'MANIFEST.field.invalid#texts': 'Veld {field} moet een lijst met niet-lege teksten zijn.',
  'MANIFEST.field.invalid#layer': 'Laag {layer} moet een object zijn.',
  'MANIFEST.field.invalid#list': '{layer} moet een lijst zijn.',
  'MANIFEST.field.invalid#item': 'Element {index} van {layer} moet een object zijn.',
  'MANIFEST.field.invalid#sources': 'Veld {field} moet een lijst zijn.',
  'MANIFEST.field.invalid#source': 'Een bron heeft minstens een document.',
  'MANIFEST.field.invalid#status': 'Status moet een van {allowed} zijn.',
  'MANIFEST.field.invalid#patroon': 'Patroon moet push of pull zijn.',
  'MANIFEST.layer.missing': 'Laag {layer} ontbreekt.',
  'MANIFEST.layer.empty': 'Lijst {field} is leeg.',
  'MANIFEST.layer.empty#text': 'Veld {field} is leeg.',
  'MANIFEST.layer.empty#list': 'Lijst {layer} is leeg.',
  'MANIFEST.id.duplicate': '{what} {id} komt meer dan eens voor.',
  'MANIFEST.reference.unknown': 'Actor {actor} staat niet in actors.',
});

/** A message id of the manifest check. */
export type ManifestMessageId = MessageId<typeof MANIFEST_MESSAGES>;

/** Templates of the derivation-map checks (DESIGN.md §6). */
export const DERIVATION_MESSAGES = defineCatalogue({
  'DERIVATION.element.duplicate':
    'Element {element} staat meer dan eens in de afleidingen van {afsprakenset} {version}.',
  'DERIVATION.concept.unknown':
    'Element {element} ({afsprakenset} {version}) verwijst naar onbekend centraal begrip {concept}.',
  'DERIVATION.attribute.unknown':
    'Element {element} ({afsprakenset} {version}) verwijst naar attribuut {attribute} dat {concept} niet heeft.',
  'DERIVATION.map.duplicate':
    'De afleidingen van {afsprakenset} {version} zijn meer dan eens meegegeven.',
});

/** A message id of the derivation checks. */
export type DerivationMessageId = MessageId<typeof DERIVATION_MESSAGES>;
