/**
 * Schema descriptor: an XSD content model as plain data (JSON-serialisable), generic over any
 * afsprakenset. Generators (e.g. `@edustandaard/oso`'s `generate-from-xsd.mjs`) emit it from an XSD;
 * the codec in this folder decodes, validates and encodes XML with it. Mirrors XML Schema 1.0
 * Part 1 (structures: sequence, choice, minOccurs/maxOccurs, simple content with attributes) and
 * Part 2 (datatypes: string, boolean, int, integer, decimal, date and their facets).
 */

/** The XSD built-in datatypes the codec maps (XML Schema Part 2 §3.2/§3.3). */
export type XsdBuiltin = 'string' | 'boolean' | 'int' | 'integer' | 'decimal' | 'date';

/** `maxOccurs` as in XSD: a number or `'unbounded'`. */
export type MaxOccurs = number | 'unbounded';

/** The standard's own documentation of a component (`xs:documentation source="…"`). */
export interface Documentation {
  /** `source="semantiek"`: the meaning of the element. */
  semantiek?: string;
  /** `source="implementatie"`: how to implement or use it. */
  implementatie?: string;
}

/** A simple type: a built-in base with facets (XSD Part 2 §4.3). */
export interface SimpleTypeDef {
  kind: 'simple';
  /** Name of the named XSD type, when it has one (`nonEmptyStringType`). */
  name?: string;
  base: XsdBuiltin;
  minLength?: number;
  maxLength?: number;
  length?: number;
  /** XSD regular expressions (all must match; XSD Part 2 Appendix F syntax). */
  pattern?: string[];
  minInclusive?: number;
  maxInclusive?: number;
  minExclusive?: number;
  maxExclusive?: number;
  enumeration?: string[];
  doc?: Documentation;
}

/** An attribute of a complex type with simple content. */
export interface AttributeDef {
  name: string;
  /** Name of a simple type in {@link XmlSchema.types}. */
  type: string;
  use: 'optional' | 'required';
  doc?: Documentation;
}

/** An element particle. */
export interface ElementParticle {
  kind: 'element';
  name: string;
  minOccurs: number;
  maxOccurs: MaxOccurs;
  /** Name of a type in {@link XmlSchema.types} (named or generated for anonymous types). */
  type: string;
  /** True when the value may identify a person (BSN, onderwijsnummer): never echoed in findings. */
  sensitive?: boolean;
  doc?: Documentation;
}

/** A `xs:sequence` or `xs:choice` group particle. */
export interface GroupParticle {
  kind: 'sequence' | 'choice';
  minOccurs: number;
  maxOccurs: MaxOccurs;
  particles: Particle[];
  /** Stable id of a choice group (for element tables), e.g. `leerlingType/choice[1]`. */
  id?: string;
}

export type Particle = ElementParticle | GroupParticle;

/** A complex type: element content (a particle) or simple content with attributes. */
export interface ComplexTypeDef {
  kind: 'complex';
  name?: string;
  /** Element-only content; `null` for empty content or simple content. */
  content: Particle | null;
  /** Simple content: the name of the simple type of the text. */
  simpleContent?: string;
  attributes?: AttributeDef[];
  doc?: Documentation;
}

export type TypeDef = SimpleTypeDef | ComplexTypeDef;

/** A whole schema: one target namespace, global elements usable as document roots, and all types. */
export interface XmlSchema {
  /** Target namespace (elementFormDefault="qualified" is assumed). */
  namespace: string;
  /** Global elements, by name. */
  roots: Record<string, ElementParticle>;
  /** Every type by name; built-ins are referenced as `xs:string`, `xs:boolean`, … */
  types: Record<string, TypeDef>;
}

/** Limits for reading untrusted XML. */
export interface XmlLimits {
  /** Maximum input size in bytes, checked before parsing. Default 20 MiB. */
  maxBytes?: number;
  /** Maximum element nesting depth. Default 256. */
  maxDepth?: number;
  /** Maximum number of elements plus attributes. Default 1,000,000. */
  maxNodes?: number;
  /** Maximum number of attributes on one element. Default 256. */
  maxAttributesPerElement?: number;
  /**
   * Maximum number of elements outside the schema (kept verbatim under `$unknown`, so they cost
   * memory). Default 10,000: far above any real dossier, far below what makes memory grow unbounded.
   */
  maxUnknownElements?: number;
}

/** An element outside the schema, kept verbatim for round-trip (namespace, attributes, children). */
export interface RawElement {
  /** Namespace URI ('' for none). */
  ns: string;
  /** Qualified name as written (prefix kept for faithful output). */
  name: string;
  attributes: Record<string, string>;
  children: Array<RawElement | string>;
}

/** A comment or processing instruction as read (XML 1.0 §2.5, §2.6). */
export type MiscItem =
  | { comment: string; pi?: undefined }
  | { pi: { target: string; data: string }; comment?: undefined };

/**
 * A comment or processing instruction kept on its parent object under `$misc` (README "Comments and
 * processing instructions"): placed after the known sibling `after` (its `n`-th occurrence when it
 * repeats), after `u` elements of `$unknown` with the same `after`, inside the simple element `after`
 * (`inside`), or before/after the root element (`at`, on the root object).
 */
export type MiscEntry = MiscItem & {
  after: string | null;
  n?: number;
  u?: number;
  inside?: true;
  at?: 'prolog' | 'epilog';
};

/** An element not in the schema, kept on its parent object under `$unknown`. */
export interface UnknownEntry {
  /** Local name of the preceding known sibling, or `null` when it came first. */
  after: string | null;
  xml: RawElement | string;
}
