/**
 * The files the packages ship for use without TypeScript (JSON Schemas, XSDs), found through each
 * package's `exports` map: every wildcard subpath (`./schema/*`, `./xsd/*`) is a folder of published
 * files. The site serves them unchanged under `/downloads/` with their sha256, so a .NET or Java shop can
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
  kind: 'JSON Schema' | 'XSD';
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
      if (!sub.endsWith('/*') || typeof target !== 'string' || !target.endsWith('/*')) continue;
      const dir = join(dirname(manifest), target.slice(0, -1));
      let names: string[] = [];
      try {
        names = readdirSync(dir).sort();
      } catch {
        continue; // not built yet
      }
      for (const name of names) {
        const kind = name.endsWith('.xsd') ? 'XSD' : name.endsWith('.json') ? 'JSON Schema' : null;
        if (!kind) continue;
        const body = readFileSync(join(dir, name));
        const s = short(pkg);
        out.push({
          file: name.startsWith(`${s}-`) ? name : `${s}-${name}`,
          pkg,
          specifier: `${pkg}/${sub.slice(2, -1)}${name}`,
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
