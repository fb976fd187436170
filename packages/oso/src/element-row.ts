import type { SimpleTypeDef } from '@edustandaard/core';

/** One row of the element table of a version (rendered by the docs site). */
export interface ElementRow {
  /** XPath-like path without indices, e.g. `/dossier/huidigeschool/leerling/geboorteplaats`. */
  path: string;
  /** Element local name. */
  name: string;
  /** Path of the parent element, `null` for the root. */
  parent: string | null;
  min: number;
  max: number | 'unbounded';
  /** Profile notation: `0 ? 1 * +` (OSO SWV profielen §2.6). */
  cardinality: '0' | '?' | '1' | '*' | '+';
  /** `complex` for elements with child elements, else the XSD built-in base type. */
  type: 'complex' | 'string' | 'boolean' | 'int' | 'integer' | 'decimal' | 'date';
  /** Named XSD type, e.g. `nonEmptyStringType`, `xs:date`. */
  typeName?: string;
  /** Facets of the simple type (the facets of core's XSD simple-type descriptor, one definition). */
  restrictions?: Omit<SimpleTypeDef, 'kind' | 'name' | 'base'>;
  /** Attributes (simple content), e.g. `omschrijving` of `nationaliteit`. */
  attributes?: Array<{ name: string; use: 'optional' | 'required'; semantiek?: string }>;
  /** Id of the xs:choice the element belongs to. */
  choice?: string;
  /** The content is a repeating sequence (decoded as an array of group objects). */
  repeatingGroup?: boolean;
  /** XSD documentation `semantiek`. */
  semantiek?: string;
  /** XSD documentation `implementatie`. */
  implementatie?: string;
  /** Category of selectief uitleveren (`cat_leerling`, …). */
  categorie?: string;
  /** Number of the code list checked on this element. */
  codelijst?: number;
  /** Identifies a person (BSN, onderwijsnummer): never echoed in messages. */
  sensitive?: boolean;
}
