/**
 * The conformance fixtures of `@edustandaard/conformance` as one zip per afsprakenset and version
 * (#15 "a conformance suite as files … and as a zip on the site"): each zip holds `run.py`, the
 * package's README and LICENSE, `schema/`, and a `suite/` with an `index.json` narrowed to that
 * afsprakenset and version plus exactly the files it names (cases, expected findings, the §2.7
 * importer dossiers of that version), so `python3 run.py --exporter CMD` runs as is after unzipping.
 *
 * Deterministic: entries in sorted order, one fixed timestamp (1980-01-01 00:00, the first DOS date,
 * set from local components so the stored DOS time is the same in every time zone), fixed
 * compression level: two builds give the same bytes and the same sha256.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

interface SuiteIndex {
  $schema?: string;
  cases: { afsprakenset: string; version: string; input: string; expected: string }[];
  importer?: { version: string; input: string }[];
  importerCoverage?: Record<string, unknown>;
}

export interface FixtureZip {
  /** `conformance-oso-swv-2024.1.zip` */
  file: string;
  /** The afsprakenset as the suite names it (`OSO-SWV`). */
  afsprakenset: string;
  version: string;
  /** Paths inside the zip, sorted. */
  entries: string[];
  body: Buffer;
}

const cache = new Map<string, FixtureZip[]>();

/**
 * The zips, built once per build (the page and the file route both ask for them).
 * @param conformanceDir - the installed `@edustandaard/conformance` folder
 * @returns one zip per afsprakenset and version of its suite; none when the suite is not built
 */
export function fixtureZips(conformanceDir: string): FixtureZip[] {
  const hit = cache.get(conformanceDir);
  if (hit) return hit;
  const out = buildFixtureZips(conformanceDir);
  return out;
}

/**
 * Builds the zips (uncached; {@link fixtureZips} is the cached entry).
 * @param conformanceDir - the installed `@edustandaard/conformance` folder
 */
export function buildFixtureZips(conformanceDir: string): FixtureZip[] {
  // Made here, not at import: the local components must be 1980-01-01 00:00 in the zone of this build.
  const MTIME = new Date(1980, 0, 1, 0, 0, 0);
  const indexFile = join(conformanceDir, 'suite', 'index.json');
  if (!existsSync(indexFile)) return [];
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as SuiteIndex;
  const sets = [...new Set(index.cases.map((c) => `${c.afsprakenset}\u0000${c.version}`))].sort();
  const shared: Record<string, string> = {};
  for (const f of ['run.py', 'README.md', 'LICENSE'])
    if (existsSync(join(conformanceDir, f))) shared[f] = join(conformanceDir, f);
  for (const f of readdirSync(join(conformanceDir, 'schema')).sort())
    shared[`schema/${f}`] = join(conformanceDir, 'schema', f);
  const out = sets.map((key) => {
    const [afsprakenset, version] = key.split('\u0000') as [string, string];
    const cases = index.cases.filter(
      (c) => c.afsprakenset === afsprakenset && c.version === version,
    );
    const importer = (index.importer ?? []).filter((d) => d.version === version);
    const narrowed: SuiteIndex = {
      ...index,
      cases,
      ...(index.importer ? { importer } : {}),
      ...(index.importerCoverage
        ? { importerCoverage: { [version]: index.importerCoverage[version] } }
        : {}),
    };
    const files: Record<string, Uint8Array> = {
      'suite/index.json': Buffer.from(JSON.stringify(narrowed, null, 2) + '\n'),
    };
    for (const [name, path] of Object.entries(shared)) files[name] = readFileSync(path);
    for (const rel of [
      ...cases.flatMap((c) => [c.input, c.expected]),
      ...importer.map((d) => d.input),
    ])
      files[`suite/${rel}`] = readFileSync(join(conformanceDir, 'suite', rel));
    const root = `conformance-${afsprakenset.toLowerCase()}-${version}`;
    const entries = Object.keys(files).sort();
    const zippable: Zippable = {};
    for (const e of entries) zippable[`${root}/${e}`] = [files[e]!, { mtime: MTIME }];
    return {
      file: `${root}.zip`,
      afsprakenset,
      version,
      entries: entries.map((e) => `${root}/${e}`),
      body: Buffer.from(zipSync(zippable, { level: 6, mtime: MTIME })),
    };
  });
  return out;
}
