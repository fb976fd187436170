import type { SourceRef } from '@edustandaard/core';

/** A code list (or a fixed-value check) of the OSO validation, as data. */
export interface Codelijst {
  /** Number in "OSO codelijsten"; `null` for value checks without a list number. */
  nummer: number | null;
  /** Finding code, `OSO.CODELIJST.<nummer>`; `null` for unnumbered checks (not part of base validation). */
  id: string | null;
  naam: string;
  /** Element paths as the source names them (relative). */
  elementen: string[];
  /** Resolved absolute element paths in this version. */
  paths: string[];
  codes: Array<{ code: string; label?: string }>;
  /** False when the 2019.1 XSLT does not enforce the list (commented out) or the element does not exist. */
  actief: boolean;
  bron: SourceRef;
  /** Where the labels come from, when the list has labels. */
  labelBron?: string;
  opmerking?: string;
}
