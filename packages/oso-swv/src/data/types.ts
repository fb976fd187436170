/**
 * Data types of the SWV profile tables (`OSO SWV-profielen` §2.6). The engine-facing profile
 * (`Profile` of `@edustandaard/core`) is built from these by `buildProfile`.
 */
import type { Cardinality, ProfileRule } from '../engine-types.js';
import type { SourceRef } from '@edustandaard/core';
import type { SwvProfileId } from './constants.js';

/** A business rule of the SWV profiles as data (everything of a core `ProfileRule` except the predicate). */
export interface SwvRuleData extends Omit<ProfileRule, 'test'> {
  /** The profiles this rule belongs to (e.g. PaO.VV01 only to VO-SWV). */
  profiles: readonly SwvProfileId[];
  /**
   * Why this rule has no predicate, when it has none: it cannot be checked on the data alone
   * ("alle relevante toetsresultaten"), or it can never fire (PaO.ZB01/ZB02 test an element the XSD lacks).
   */
  nietToetsbaar?: string;
  /**
   * The rule forbids personal data (BSN, onderwijsnummer, geboorteplaats, …): selective export treats
   * an element or attribute of that name *anywhere* outside the schema as a `fout` and produces no
   * dossier unless forced (#17 item 1).
   */
  persoonsgegeven?: true;
}

/** A cell of the cardinality columns of Tabel 1/2: a cardinality, `Ja` (recommendation row) or empty. */
export type TabelCel = Cardinality | 'Ja' | '';

/** One row of Tabel 1 or Tabel 2, as printed in the document. */
export interface SwvTabelRij {
  tabel: 'Tabel 1' | 'Tabel 2';
  /** The XML tag as printed (e.g. `onderwijsnummer of BSN`, `vroegschool`). */
  xmlTag: string;
  /** Absolute element paths (2024.1 names) the row is about; empty for rule-only rows. */
  paths: readonly string[];
  /** Cardinality column PO-SWV. */
  'PO-SWV': TabelCel;
  /** Cardinality column VO-SWV. */
  'VO-SWV': TabelCel;
  /** "Toelichting en Business Rules", verbatim. */
  toelichting: string;
  /** "BR nr" column. */
  br: readonly string[];
  /**
   * The rule whose code, severity and message a cardinality/value finding of this row carries
   * (linked only in the profiles the rule belongs to).
   */
  rule?: string;
  /** Values the element may take in this profile (both profiles). */
  allowedValues?: readonly string[];
  /** A continuation line of the previous row (same element): no element row of its own. */
  vervolg?: true;
  /** A remark of ours on how the row is read (e.g. tag spelled differently from the XSD). */
  opmerking?: string;
  /** Rows that exist only in one version (e.g. PaO.VM* rows of the 2019.1 validation). */
  versies?: readonly ('2019.1' | '2024.1')[];
  source: SourceRef;
}

/** Figuur 4 status of a category: verplicht (v), optioneel (o) or verboden (x). */
export type CategorieStatus = 'v' | 'o' | 'x';

/** One row of Figuur 4 ("Categorieën van SWV-profielen"). */
export interface SwvCategorieRij {
  /** The category name as printed. */
  categorie: string;
  /** The `categorie_uitlevering` element (2024.1 name). */
  element: string;
  'PO-SWV': CategorieStatus;
  'VO-SWV': CategorieStatus;
  /** False when the category is not in Figuur 4 and its status comes from elsewhere (see `opmerking`). */
  inFiguur4: boolean;
  opmerking?: string;
  source: SourceRef;
}

/** One row of Tabel 3 ("Verplichte gegevenselementen in dossier volgens de SWV-profielen"). */
export interface SwvTabel3Rij {
  xmlTag: string;
  /** The element path the tag refers to (2024.1 names). */
  path: string;
  'PO-SWV': string;
  'VO-SWV': string;
  source: SourceRef;
}
