/**
 * The Java toolchain a vendor would point at our JSON Schemas (#15): quicktype (schema → Java
 * classes) and javac. One way to run them, for codegen's test over every shipped schema and oke's
 * test of its per-type files.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const QUICKTYPE = join(dirname(require.resolve('quicktype/package.json')), 'dist', 'index.js');

/**
 * quicktype over schema files into `outDir/Root.java` and its siblings (`--just-types`).
 * @param {string[]} files - JSON Schema files
 * @param {{ javaPackage: string; outDir: string }} options
 */
export function quicktypeJava(files, { javaPackage, outDir }) {
  mkdirSync(outDir, { recursive: true });
  const r = spawnSync(
    process.execPath,
    [
      QUICKTYPE,
      '--src-lang',
      'schema',
      '--lang',
      'java',
      '--package',
      javaPackage,
      '--just-types',
      '-o',
      join(outDir, 'Root.java'),
      ...files,
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const classes =
    r.status === 0
      ? readdirSync(outDir)
          .filter((c) => c.endsWith('.java'))
          .map((c) => c.slice(0, -'.java'.length))
      : [];
  return {
    status: r.status,
    stderr: r.stderr,
    classes,
    sources: classes.map((c) => join(outDir, `${c}.java`)),
  };
}

/**
 * javac over Java sources into `classesDir`.
 * @param {string[]} sources - `.java` files
 * @param {string} classesDir - output folder
 * @param {{ nowarn?: boolean }} [options] - `nowarn`: leave warnings out of stderr
 */
export function javac(sources, classesDir, options = {}) {
  const r = spawnSync(
    'javac',
    [...(options.nowarn ? ['-nowarn'] : []), '-d', classesDir, ...sources],
    {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    },
  );
  return { status: r.status, stderr: r.stderr };
}
