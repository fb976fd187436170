/**
 * The packages the validator page bundles, bundled as a vendor's bundler would (esbuild, `platform:
 * 'browser'`, the packages' `browser` export conditions and maps; DESIGN.md: no `node:` import on a
 * browser path; issue #16): oso, oso-swv and oso-overstap reach no Node built-in and no xmlbuilder2,
 * and in that bundle every official example gives exactly what the packages give in Node — oso's
 * read, write (pretty or not), migrate + write and render; the SWV profiles' (PaO examples) and the
 * overstapprofielen's (OV examples) validate, render, and select + write. Core's own bundle test is
 * packages/core/test/browser.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { bundleForBrowser } from '@edustandaard/codegen/browser-bundle';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as oso from '@edustandaard/oso';
import * as swv from '@edustandaard/oso-swv';
import * as ov from '@edustandaard/oso-overstap';

const DOCS = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = join(DOCS, '..', '..', '..', 'shared', 'reference', 'oso', '2019.1', 'examples');
const examples = (group: 'PaO' | 'OV'): { name: string; bytes: Uint8Array }[] =>
  existsSync(join(EXAMPLES, group))
    ? readdirSync(join(EXAMPLES, group))
        .filter((f) => f.endsWith('.xml'))
        .sort()
        .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(EXAMPLES, group, name))) }))
    : [];

type Packages = { oso: typeof oso; swv: typeof swv; ov: typeof ov };
async function browserBundle() {
  const b = await bundleForBrowser<Packages>(
    "export * as oso from '@edustandaard/oso'; export * as swv from '@edustandaard/oso-swv'; export * as ov from '@edustandaard/oso-overstap';",
    DOCS,
  );
  return { ...b, mod: await b.load() };
}

const HAVE = examples('PaO').length > 0 && examples('OV').length > 0;
if (!HAVE) console.warn(`SKIP: the official examples are absent (${EXAMPLES})`);

describe('oso, oso-swv and oso-overstap bundled for the browser', () => {
  const bundle = browserBundle();

  it('reach no Node built-in and no xmlbuilder2', async () => {
    const { inputs, nodeImports } = await bundle;
    expect(nodeImports).toEqual([]);
    expect(inputs.filter((p) => /xmlbuilder2|@oozcitak|js-yaml/.test(p))).toEqual([]);
    expect(inputs.some((p) => /core[\\/]dist[\\/]xml[\\/]platform\.browser\.js$/.test(p))).toBe(
      true,
    );
  });

  it.skipIf(!HAVE)(
    'oso: every official example reads, writes, migrates and renders as in Node',
    async () => {
      const b = (await bundle).mod.oso;
      for (const { name, bytes } of [...examples('PaO'), ...examples('OV')]) {
        const rb = b.read(bytes, { file: name, version: '2019.1' });
        const rn = oso.read(bytes, { file: name, version: '2019.1' });
        expect(rb.issues, name).toEqual(rn.issues);
        for (const pretty of [true, false])
          expect(b.write(rb.dossier, { version: '2019.1', pretty }), name).toBe(
            oso.write(rn.dossier, { version: '2019.1', pretty }),
          );
        const mb = b.migrate(rb.dossier, '2024.1');
        const mn = oso.migrate(rn.dossier, '2024.1');
        expect(mb.report, name).toEqual(mn.report);
        const written = b.write(mb.dossier, { version: '2024.1' });
        expect(written, name).toBe(oso.write(mn.dossier, { version: '2024.1' }));
        expect(b.read(written, { version: '2024.1' }).issues, name).toEqual(
          oso.read(written, { version: '2024.1' }).issues,
        );
        expect(b.render(bytes), name).toBe(oso.render(bytes));
      }
    },
  );

  it.skipIf(!HAVE)(
    'oso-swv (PaO) and oso-overstap (OV): validate, render, select + write as in Node',
    async () => {
      const { mod } = await bundle;
      const profiles = [
        {
          group: 'PaO',
          b: mod.swv,
          n: swv,
          profile: (r: { profile?: string | null }) => r.profile!,
        },
        {
          group: 'OV',
          b: mod.ov as unknown as typeof swv,
          n: ov as unknown as typeof swv,
          profile: (_: unknown, name: string) => /_OV_([A-Z]+)_/.exec(name)![1]!,
        },
      ] as const;
      for (const { group, b, n, profile } of profiles)
        for (const { name, bytes } of examples(group)) {
          const r = b.validate(bytes, { file: name });
          expect(r, name).toEqual(n.validate(bytes, { file: name }));
          expect(b.render(bytes), name).toBe(n.render(bytes));
          // The report's profile id is text; the packages take their literal ids (issue #13).
          const p = n.parseProfileId(profile(r, name));
          const sb = b.select(bytes, p, { optOut: [] });
          const sn = n.select(bytes, p, { optOut: [] });
          expect(sb.changes, name).toEqual(sn.changes);
          expect(mod.oso.write(sb.dossier as never, { version: sb.version }), name).toBe(
            oso.write(sn.dossier as never, { version: sn.version }),
          );
        }
    },
  );
});
