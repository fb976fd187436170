/**
 * The files the packages ship for use without TypeScript (JSON Schemas, XSDs, profile data, the
 * conformance fixtures), found through each package's `exports` map: every wildcard subpath
 * (`./schema/*`, `./xsd/*`, `./profiles/*.json`) is a folder of published files. The site serves them
 * unchanged under `/downloads/` with their sha256, so a .NET or Java shop can pin what it
 * downloaded; JSON Schemas are also served at `/schemas/<package>/<file>`, the URL their `$id` names
 * (#15). The conformance suite of `@edustandaard/conformance` becomes one deterministic zip per
 * afsprakenset and version (src/data/fixtures-zip.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fixtureZips } from './fixtures-zip.ts';
import { installedPackages, resolveExport } from './packages.ts';

/**
 * Packages whose published files the site serves without importing their code: the CLI's output
 * schemas and the conformance suite.
 */
export const FILE_PACKAGES = ['@edustandaard/conformance', '@edustandaard/cli'] as const;

export type DownloadKind =
  | 'JSON Schema'
  | 'XSD'
  | 'Profiel (JSON)'
  | 'Bekende beperkingen (JSON)'
  | 'Conformance-fixtures (zip)';

export interface Download {
  /** File name under `/downloads/` (`oso-2024.1.xsd`, `oke-Association.json`). */
  file: string;
  /** The npm package it comes from. */
  pkg: string;
  /** Subpath in the package (`@edustandaard/oso/xsd/oso-2024.1.xsd`), or what a zip is built from. */
  specifier: string;
  kind: DownloadKind;
  /** Afsprakenset version in the file name (`2024.1`), when it has one. */
  version: string | null;
  /** A JSON file of a `schema/` folder is also served at `/schemas/<package>/<file>` (its `$id`). */
  schema: { pkg: string; file: string } | null;
  bytes: number;
  sha256: string;
  body: Buffer;
}

/** `@edustandaard/oso-swv` → `oso-swv`: the `<package>` of `/schemas/<package>/<file>`. */
export const shortName = (pkg: string): string => pkg.replace(/^@edustandaard\//, '');

const sha256 = (body: Buffer): string => createHash('sha256').update(body).digest('hex');

/** The published files of one package (its wildcard exports). */
function packageFiles(pkg: string): Download[] {
  const manifest = resolveExport(`${pkg}/package.json`);
  if (!manifest) return [];
  const json = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: Record<string, unknown> };
  const out: Download[] = [];
  for (const [sub, target] of Object.entries(json.exports ?? {})) {
    // `./schema/*` or `./profiles/*.json`: a folder of published files (the suffix filters them).
    const ms = /^(\.\/.+\/)\*(\.\w+)?$/.exec(sub);
    const mt = typeof target === 'string' ? /^(\.\/.+\/)\*(\.\w+)?$/.exec(target) : null;
    if (!ms || !mt || (ms[2] ?? '') !== (mt[2] ?? '')) continue;
    // Only the folders published for other toolchains; the conformance `suite/` goes into the zips.
    if (!/^\.\/(schema|xsd|profiles)\/$/.test(ms[1]!)) continue;
    const suffix = ms[2] ?? '';
    const dir = join(dirname(manifest), mt[1]!);
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue; // not built yet
    }
    const schemaFolder = sub === './schema/*';
    for (const name of names) {
      if (!name.endsWith(suffix)) continue;
      const kind: DownloadKind | null = name.endsWith('.xsd')
        ? 'XSD'
        : !name.endsWith('.json')
          ? null
          : /\/profiles\/$/.test(ms[1]!)
            ? 'Profiel (JSON)'
            : name === 'known-limits.json'
              ? 'Bekende beperkingen (JSON)'
              : 'JSON Schema';
      if (!kind) continue;
      const body = readFileSync(join(dir, name));
      const s = shortName(pkg);
      out.push({
        file: name.startsWith(`${s}-`) ? name : `${s}-${name}`,
        pkg,
        specifier: `${pkg}/${ms[1]!.slice(2)}${name}`,
        kind,
        version: /(\d{4}\.\d+)/.exec(name)?.[1] ?? null,
        schema: schemaFolder && name.endsWith('.json') ? { pkg: s, file: name } : null,
        bytes: body.length,
        sha256: sha256(body),
        body,
      });
    }
  }
  return out;
}

/** Every file the installed packages publish, in package order then by name, then the fixture zips. */
export function loadDownloads(): Download[] {
  const pkgs: string[] = [...installedPackages(), ...FILE_PACKAGES];
  const out = pkgs.flatMap(packageFiles);
  const suite = resolveExport('@edustandaard/conformance/package.json');
  if (suite)
    for (const z of fixtureZips(dirname(suite)))
      out.push({
        file: z.file,
        pkg: '@edustandaard/conformance',
        specifier: `@edustandaard/conformance (suite/, schema/, run.py): ${z.afsprakenset} ${z.version}`,
        kind: 'Conformance-fixtures (zip)',
        version: z.version,
        schema: null,
        bytes: z.body.length,
        sha256: sha256(z.body),
        body: z.body,
      });
  return out;
}

/** The afsprakenset a download belongs to (a package is one; shared schemas are "Algemeen"). */
export function afsprakensetOf(d: Download): string {
  if (d.kind === 'Conformance-fixtures (zip)')
    return /^conformance-(.+)-\d{4}\.\d+\.zip$/.exec(d.file)![1]!;
  const s = shortName(d.pkg);
  return ['oso', 'oso-swv', 'oso-overstap', 'rio', 'oke'].includes(s) ? s : 'algemeen';
}
