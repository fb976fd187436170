/**
 * Per package: its released changelog (`CHANGELOG.md`, written by changesets and shipped in the
 * package's `files`) and the changesets not released yet (`.changeset/*.md` of the workspace the package
 * is linked from). The site shows the changelog when there is one, else the pending changesets.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { installedPackages, resolveExport, type PackageName } from './packages.ts';

export interface PendingChange {
  /** Changeset file name without `.md`. */
  id: string;
  bump: string;
  summary: string;
}

export interface Changelog {
  pkg: PackageName;
  /** The released changelog's markdown, when the package ships one. */
  released: string | null;
  pending: PendingChange[];
}

/**
 * Parses a changeset file (`---\n'@scope/pkg': minor\n---\nsummary`).
 * @param text - the file
 * @returns bump per package and the summary
 */
export function parseChangeset(text: string): { bumps: Record<string, string>; summary: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { bumps: {}, summary: text.trim() };
  const bumps: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const b = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
    if (b) bumps[b[1]!.trim()] = b[2]!;
  }
  return { bumps, summary: m[2]!.trim() };
}

/** The workspace's `.changeset/` folder, found from where a package is linked from; null outside a workspace. */
function changesetDir(): string | null {
  const core = resolveExport('@edustandaard/core/package.json');
  if (!core) return null;
  for (let d = dirname(realpathSync(core)); d !== dirname(d); d = dirname(d))
    if (existsSync(join(d, '.changeset', 'config.json'))) return join(d, '.changeset');
  return null;
}

/** Changelog and pending changesets of every installed package. */
export function loadChangelogs(): Changelog[] {
  const dir = changesetDir();
  const sets = dir
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md') && f !== 'README.md')
        .sort()
        .map((f) => ({ id: f.slice(0, -3), ...parseChangeset(readFileSync(join(dir, f), 'utf8')) }))
    : [];
  return installedPackages().map((pkg) => {
    const manifest = resolveExport(`${pkg}/package.json`);
    const file = manifest ? join(dirname(manifest), 'CHANGELOG.md') : null;
    return {
      pkg,
      released: file && existsSync(file) ? readFileSync(file, 'utf8') : null,
      pending: sets
        .filter((s) => s.bumps[pkg])
        .map((s) => ({ id: s.id, bump: s.bumps[pkg]!, summary: s.summary })),
    };
  });
}
