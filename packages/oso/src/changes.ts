/**
 * The 2019.1 → 2024.1 change list as data (src/data/changes-2024.1.json): every change with its
 * element path, source and whether it is an assumption. The generator applies it to the 2019.1
 * descriptor; `migrate` applies it to dossiers; the docs site renders it as the changelog.
 */
import type { SourceRef } from '@edustandaard/core';
import changes from './data/changes-2024.1.json' with { type: 'json' };

/** One change of OSO 2024.1 relative to 2019.1. */
export interface OsoChange {
  id: string;
  /** `namespace`, `rename`, `remove`, `add`, `documentation`, `codelijst` or `note` (no structural effect). */
  op: string;
  /** Element path (2019.1 names up to this change), `null` for changes without one. */
  path: string | null;
  /** New name (`rename`). */
  to?: string;
  /** Dutch explanation. */
  toelichting: string;
  source: SourceRef[];
  /** True when the sources do not give the XML: the 2019.1 structure or the document's naming is assumed. */
  assumption: boolean;
}

const SOURCES = changes.sources as Record<string, SourceRef>;

/** The change list, oldest first, with sources resolved. */
export const OSO_CHANGES_2024_1: readonly OsoChange[] = changes.changes.map((c) => {
  const out: OsoChange = {
    id: c.id,
    op: c.op,
    path: 'path' in c && typeof c.path === 'string' ? c.path : null,
    toelichting: c.toelichting,
    source: c.source.map((s) => SOURCES[s]!),
    assumption: c.assumption,
  };
  if ('to' in c && typeof c.to === 'string') out.to = c.to;
  return out;
});

/** What was searched for published 2022.1/2024.1 XSDs (and not found). */
export const OSO_CHANGES_2024_1_SEARCH: string = changes.searched;
