/**
 * The JSON Schemas the monorepo ships (#15): every published workspace package whose `exports` map
 * has `./schema/*` publishes the `.json` files of that folder. Discovered from the root
 * `package.json` workspaces, so a new package or schema cannot escape the checks that use this
 * (codegen's other-toolchain test, the site's `/schemas/` and downloads).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file in a package's `schema/` folder that lists what its schemas cannot do (not a schema). */
export const KNOWN_LIMITS_FILE = 'known-limits.json';

/**
 * @param {string} rootDir - the monorepo root (holds the `package.json` with `workspaces`)
 * @returns {{ name: string, pkg: string, dir: string, schemaDir: string, schemas: string[], knownLimits: string | null }[]}
 *   per package: npm name, short name (`rio`), folder, its `schema/` folder, the schema file names
 *   (sorted, without the known-limits file) and the known-limits file when there is one
 */
export function shippedSchemaFolders(rootDir) {
  const root = JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8'));
  const out = [];
  for (const ws of root.workspaces ?? []) {
    const dirs = ws.endsWith('/*')
      ? readdirSync(join(rootDir, ws.slice(0, -2)), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => join(rootDir, ws.slice(0, -2), d.name))
      : [join(rootDir, ws)];
    for (const dir of dirs) {
      const manifest = join(dir, 'package.json');
      if (!existsSync(manifest)) continue;
      const json = JSON.parse(readFileSync(manifest, 'utf8'));
      if (json.private) continue;
      const target = json.exports?.['./schema/*'];
      if (typeof target !== 'string' || !/^\.\/[\w-]+\/\*$/.test(target)) continue;
      const schemaDir = join(dir, target.slice(2, -2));
      const files = existsSync(schemaDir)
        ? readdirSync(schemaDir)
            .filter((f) => f.endsWith('.json'))
            .sort()
        : [];
      out.push({
        name: json.name,
        pkg: json.name.replace(/^@[^/]+\//, ''),
        dir,
        schemaDir,
        schemas: files.filter((f) => f !== KNOWN_LIMITS_FILE),
        knownLimits: files.includes(KNOWN_LIMITS_FILE) ? join(schemaDir, KNOWN_LIMITS_FILE) : null,
      });
    }
  }
  return out.sort((a, b) => a.pkg.localeCompare(b.pkg));
}
