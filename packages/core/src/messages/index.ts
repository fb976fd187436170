/** Message catalogues (#10 item 4): templates keyed by message id, rendered from a finding's params. */
export { PLACEHOLDER, placeholders, renderMessage, type PlaceholderFormat } from './render.js';
export {
  defineCatalogue,
  formatMessage,
  mergeCatalogues,
  messageCode,
  type Catalogue,
  type Locale,
  type MessageId,
  type Templates,
} from './catalogue.js';
export {
  XSD_MESSAGES,
  simpleMessageId,
  xsdMessage,
  type XsdMessageId,
  type XsdWording,
} from './xsd.js';
export { SCHEMA_MESSAGES, type SchemaMessageId } from './schema.js';
export {
  DERIVATION_MESSAGES,
  MANIFEST_MESSAGES,
  type DerivationMessageId,
  type ManifestMessageId,
} from './core.js';
