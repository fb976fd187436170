/**
 * Prose of the agreements as data (issue #16 part 2): sections of the seed documents that the packages do
 * not export, written down on the site side with the section they come from. A section is a list of
 * blocks; `render.ts` turns them into HTML. Text is quoted or closely paraphrased from the source; where
 * the site adds something (a reading, a link), `note` blocks say so.
 */

export interface Source {
  document: string;
  version?: string;
  section: string;
  url?: string;
}

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'list'; items: string[]; ordered?: boolean; marker?: 'a' | '1' }
  | { kind: 'table'; head: string[]; rows: string[][] }
  /** A remark of this site (not the source's text), shown as such. */
  | { kind: 'note'; text: string }
  /** An assumption or divergence, flagged visibly. */
  | { kind: 'assumption'; text: string }
  /** Placeholder filled from a package export at render time (e.g. `PRINCIPES`). */
  | { kind: 'export'; name: string };

export interface AgreementSection {
  /** Stable slug, part of the URL. */
  id: string;
  title: string;
  source: Source;
  blocks: Block[];
  /** Sub-sections, rendered as h2 on the section's page. */
  parts?: { id: string; title: string; blocks: Block[]; source?: Source }[];
}
