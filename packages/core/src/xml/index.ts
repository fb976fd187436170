/**
 * The hardened, schema-driven XML codec (DESIGN.md §4). Generic: it knows no afsprakenset names;
 * packages pass a {@link XmlSchema} descriptor (data) generated from their XSD.
 * @packageDocumentation
 */
export type {
  XsdBuiltin,
  MaxOccurs,
  Documentation,
  SimpleTypeDef,
  AttributeDef,
  ElementParticle,
  GroupParticle,
  Particle,
  ComplexTypeDef,
  TypeDef,
  XmlSchema,
  XmlLimits,
  RawElement,
  UnknownEntry,
  MiscItem,
  MiscEntry,
} from './types.js';
export { lexicalToKeep, recordedLexical, lexicalEntry, RESERVED_MEMBERS } from './lexical.js';
export { DEFAULT_XML_LIMITS } from './limits.js';
export { decodeXmlInput, type XmlInput } from './input.js';
export {
  parseSecure,
  type SecureSaxHandlers,
  type SecureParseOptions,
  type XmlTag,
  type XmlLocator,
  type XmlPosition,
} from './sax.js';
export {
  compileSimple,
  xsdPatternToRegExp,
  BUILTIN_TYPES,
  type CompiledSimple,
  type SimpleProblem,
} from './simple.js';
export {
  compileSchema,
  type CompiledSchema,
  type CElement,
  type CComplex,
  type CGroup,
  type CParticle,
  type CType,
} from './compile.js';
export { matchContent, type ContentProblem } from './content.js';
export {
  structuralFinding,
  summaryFinding,
  DEFAULT_MAX_FINDINGS_PER_CODE,
  type FindingContext,
} from './findings.js';
export { decodeXml, type DecodeOptions, type DecodeResult, type SchemaResolver } from './decode.js';
export { encodeXml, type EncodeOptions } from './encode.js';
export { validateObject } from './validate.js';
export { parseXmlTree, canonicalize, canonicalXml, type CanonicalElement } from './tree.js';
