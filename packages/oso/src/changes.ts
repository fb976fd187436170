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

/** The renames of the change list, in order (`path` names the state before the rename). */
const RENAMES: readonly { path: string; to: string }[] = OSO_CHANGES_2024_1.flatMap((c) =>
  c.op === 'rename' && c.path !== null && c.to !== undefined ? [{ path: c.path, to: c.to }] : [],
);

/**
 * An element path of one version in another, from the renames of the change list (the one place
 * the 2019.1 ↔ 2024.1 renaming is derived; #10 item 3). Indices (`[2]`) are kept.
 * @param path - an absolute element path in version `from`
 * @param from - `2019.1` or `2024.1`
 * @param to - `2019.1` or `2024.1`
 * @returns the path in version `to` (unchanged when no rename touches it)
 */
export function renamePath(path: string, from: string, to: string): string {
  if (from === to) return path;
  const forward = from === '2019.1' && to === '2024.1';
  if (!forward && !(from === '2024.1' && to === '2019.1'))
    throw new RangeError(`renamePath: geen wijzigingen bekend van ${from} naar ${to}`);
  // Steps compare without indices; the rest of the path (with its indices) is kept.
  const plain = (p: string): string => p.replace(/\[[0-9]+\]/g, '');
  const replacePrefix = (p: string, prefix: string, by: string): string | undefined => {
    const steps = p.split('/');
    const n = prefix.split('/').length;
    if (steps.length < n || plain(steps.slice(0, n).join('/')) !== prefix) return undefined;
    const last = steps[n - 1]!;
    const idx = last.slice(last.indexOf('[') === -1 ? last.length : last.indexOf('['));
    return [
      ...steps.slice(0, n - 1),
      by.slice(by.lastIndexOf('/') + 1) + idx,
      ...steps.slice(n),
    ].join('/');
  };
  let out = path;
  const list = forward ? RENAMES : [...RENAMES].reverse();
  for (const r of list) {
    const renamed = `${r.path.slice(0, r.path.lastIndexOf('/') + 1)}${r.to}`;
    const [a, b] = forward ? [r.path, renamed] : [renamed, r.path];
    out = replacePrefix(out, a, b) ?? out;
  }
  return out;
}
