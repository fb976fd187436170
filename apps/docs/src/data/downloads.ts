/**
 * The files the packages ship for use without TypeScript (JSON Schemas, XSDs, profile data), found
 * through each package's `exports` map: every wildcard subpath (`./schema/*`, `./xsd/*`,
 * `./profiles/*.json`) is a folder of published files. The site serves them unchanged under `/downloads/` with their sha256, so a .NET or Java shop can
 * pin what it downloaded.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { installedPackages, resolveExport, type PackageName } from './packages.ts';

export interface Download {
  /** File name under `/downloads/` (`oso-2024.1.xsd`, `oke-Association.json`). */
  file: string;
  pkg: PackageName;
  /** Subpath in the package (`@edustandaard/oso/xsd/oso-2024.1.xsd`). */
  specifier: string;
  kind: 'JSON Schema' | 'XSD' | 'Profiel (JSON)';
  /** Afsprakenset version in the file name (`2024.1`), when it has one. */
  version: string | null;
  bytes: number;
  sha256: string;
  body: Buffer;
}

const short = (pkg: string): string => pkg.replace(/^@edustandaard\//, '');

/** Every JSON Schema and XSD the installed packages export, in package order then by name. */
export function loadDownloads(): Download[] {
  const out: Download[] = [];
  for (const pkg of installedPackages()) {
    const manifest = resolveExport(`${pkg}/package.json`);
    if (!manifest) continue;
    const json = JSON.parse(readFileSync(manifest, 'utf8')) as {
      exports?: Record<string, unknown>;
    };
    for (const [sub, target] of Object.entries(json.exports ?? {})) {
      // `./schema/*` or `./profiles/*.json`: a folder of published files (the suffix filters them).
      const ms = /^(\.\/.+\/)\*(\.\w+)?$/.exec(sub);
      const mt = typeof target === 'string' ? /^(\.\/.+\/)\*(\.\w+)?$/.exec(target) : null;
      if (!ms || !mt || (ms[2] ?? '') !== (mt[2] ?? '')) continue;
      const suffix = ms[2] ?? '';
      const dir = join(dirname(manifest), mt[1]!);
      let names: string[] = [];
      try {
        names = readdirSync(dir).sort();
      } catch {
        continue; // not built yet
      }
      for (const name of names) {
        if (!name.endsWith(suffix)) continue;
        const kind = name.endsWith('.xsd')
          ? 'XSD'
          : !name.endsWith('.json')
            ? null
            : /\/profiles\/$/.test(ms[1]!)
              ? 'Profiel (JSON)'
              : 'JSON Schema';
        if (!kind) continue;
        const body = readFileSync(join(dir, name));
        const s = short(pkg);
        out.push({
          file: name.startsWith(`${s}-`) ? name : `${s}-${name}`,
          pkg,
          specifier: `${pkg}/${ms[1]!.slice(2)}${name}`,
          kind,
          version: /(\d{4}\.\d+)/.exec(name)?.[1] ?? null,
          bytes: body.length,
          sha256: createHash('sha256').update(body).digest('hex'),
          body,
        });
      }
    }
  }
  return out;
}
