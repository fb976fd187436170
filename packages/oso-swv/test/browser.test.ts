/**
 * oso-swv's browser path (DESIGN.md: a `browser` export condition with no `node:` import on that path;
 * issue #16's validator page bundles it as a vendor's bundler would): the entry bundled for the
 * browser with esbuild reaches no Node built-in and no xmlbuilder2, and in that bundle every official
 * example it is for validates, renders and selects (written with oso's `write`) exactly as in Node.
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { write } from '@edustandaard/oso';
import * as node from '../src/index.js';
import { HAVE_REFERENCE, allExamples, example } from './helpers.js';

const PKG = fileURLToPath(new URL('..', import.meta.url));
const HAS_DIST = existsSync(`${PKG}dist/index.js`);

type Mod = typeof node & { write: typeof write };

async function browserBundle(): Promise<{ mod: Mod; inputs: string[]; imports: string[] }> {
  const r = await build({
    stdin: {
      contents: "export * from '@edustandaard/oso-swv'; export { write } from '@edustandaard/oso';",
      resolveDir: PKG,
      loader: 'js',
    },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = r.outputFiles[0]!.text;
  const mod = (await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  )) as Mod;
  return {
    mod,
    inputs: Object.keys(r.metafile.inputs),
    imports: Object.values(r.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path)),
  };
}

describe.skipIf(!HAS_DIST)('browser entry', () => {
  const bundle = HAS_DIST ? browserBundle() : undefined;

  it('bundles with no Node built-in and without xmlbuilder2', async () => {
    const { inputs, imports } = await bundle!;
    expect(
      imports.filter(
        (p) => p.startsWith('node:') || /^(fs|buffer|module|crypto|events|url|http)$/.test(p),
      ),
    ).toEqual([]);
    expect(inputs.filter((p) => /xmlbuilder2|@oozcitak|js-yaml/.test(p))).toEqual([]);
  });

  it.skipIf(!HAVE_REFERENCE)(
    'every official example: validate, render, select + write as in Node',
    async () => {
      const { mod } = await bundle!;
      const files = allExamples().filter((f) => f.startsWith('PaO/'));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const bytes = new Uint8Array(example(file));
        const r = mod.validate(bytes, { file });
        expect(r, file).toEqual(node.validate(bytes, { file }));
        expect(mod.render(bytes), file).toBe(node.render(bytes));
        const b = mod.select(bytes, r.profile!, { optOut: [] });
        const n = node.select(bytes, r.profile!, { optOut: [] });
        expect(b.changes, file).toEqual(n.changes);
        expect(mod.write(b.dossier as never, { version: b.version }), file).toBe(
          write(n.dossier as never, { version: n.version }),
        );
      }
    },
  );
});
