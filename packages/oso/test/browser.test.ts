/**
 * oso's browser path (DESIGN.md: packages a browser can use have a `browser` export condition with no
 * `node:` import on that path; issue #16's validator page bundles oso as a vendor's bundler would): the
 * package entry bundled for the browser with esbuild reaches no Node built-in and no xmlbuilder2, and
 * in that bundle every official example reads, writes, migrates and renders to exactly the text oso
 * gives in Node (the browser build writes with core's src/xml/builder.ts instead of xmlbuilder2).
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as node from '../src/index.js';
import { HAS_REFERENCE, SKIP_REASON, officialExamples } from './reference.js';

const PKG = fileURLToPath(new URL('..', import.meta.url));
const HAS_DIST = existsSync(`${PKG}dist/index.js`);

/** The package bundled for the browser, imported (it needs nothing of Node). */
async function browserBundle(): Promise<{ mod: typeof node; inputs: string[]; imports: string[] }> {
  const r = await build({
    stdin: { contents: "export * from '@edustandaard/oso';", resolveDir: PKG, loader: 'js' },
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
  )) as typeof node;
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

  it.skipIf(!HAS_REFERENCE)(
    `every official example: read, write, migrate and render as in Node (${HAS_REFERENCE ? 'reference present' : SKIP_REASON})`,
    async () => {
      const { mod } = await bundle!;
      const examples = officialExamples();
      expect(examples.length).toBe(12);
      for (const ex of examples) {
        const bytes = new Uint8Array(ex.bytes);
        const b = mod.read(bytes, { file: ex.name, version: '2019.1' });
        const n = node.read(bytes, { file: ex.name, version: '2019.1' });
        expect(b.issues, ex.name).toEqual(n.issues);
        for (const pretty of [true, false])
          expect(mod.write(b.dossier, { version: '2019.1', pretty }), ex.name).toBe(
            node.write(n.dossier, { version: '2019.1', pretty }),
          );
        const bm = mod.migrate(b.dossier, '2024.1');
        const nm = node.migrate(n.dossier, '2024.1');
        expect(bm.report).toEqual(nm.report);
        const written = mod.write(bm.dossier, { version: '2024.1' });
        expect(written, ex.name).toBe(node.write(nm.dossier, { version: '2024.1' }));
        expect(mod.read(written, { version: '2024.1' }).issues).toEqual(
          node.read(written, { version: '2024.1' }).issues,
        );
        expect(mod.render(bytes)).toBe(node.render(bytes));
      }
    },
  );
});
