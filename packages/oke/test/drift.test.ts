/**
 * Generated artefacts are deterministic and committed/shipped as generated: the TS types and the
 * operations table from the NED-OOAPI YAML (src/generated), the JSON Schemas (schema/) and the
 * precompiled validators (generated/) from those types.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HAVE_REFERENCE, REFERENCE_DIR, SKIP_REASON } from './reference.js';

const pkg = fileURLToPath(new URL('..', import.meta.url));

describe('generated artefacts do not drift', () => {
  it.skipIf(!HAVE_REFERENCE)(
    `src/generated is what the generator makes of the reference YAML${HAVE_REFERENCE ? '' : ` (${SKIP_REASON})`}`,
    () => {
      const out = mkdtempSync(join(tmpdir(), 'oke-gen-'));
      execFileSync(
        process.execPath,
        [join(pkg, 'scripts/generate-types.mjs'), REFERENCE_DIR, out],
        { stdio: 'pipe' },
      );
      for (const f of readdirSync(out))
        expect(readFileSync(join(out, f), 'utf8'), f).toBe(
          readFileSync(join(pkg, 'src/generated', f), 'utf8'),
        );
    },
  );

  it.skipIf(!HAVE_REFERENCE)(
    `schema/ and the precompiled validators are what the build makes of the OpenAPI files${HAVE_REFERENCE ? '' : ` (${SKIP_REASON})`}`,
    () => {
      const run = () =>
        execFileSync(process.execPath, [join(pkg, 'scripts/build-schemas.mjs'), '--check'], {
          cwd: pkg,
          stdio: 'pipe',
        }).toString();
      expect(run()).toMatch(/up to date \(\d+ schemas, \d+ validators\)/);
    },
    60_000,
  );

  it('every schema: $id …/schemas/oke/<file>.json, every $ref relative and resolvable in the file (#15)', () => {
    for (const f of readdirSync(join(pkg, 'schema')).filter((x) => x.endsWith('.json'))) {
      const text = readFileSync(join(pkg, 'schema', f), 'utf8');
      const s = JSON.parse(text) as { $id: string };
      expect(s.$id, f).toBe(`https://edustandaard.github.io/edustandaard-ts/schemas/oke/${f}`);
      for (const [, ref] of text.matchAll(/"\$ref": "([^"]*)"/g)) {
        expect(ref, `${f} ${ref}`).toMatch(/^#\//);
        let node: unknown = s;
        for (const k of ref!.slice(2).split('/'))
          node = (node as Record<string, unknown>)[k.replace(/~1/g, '/').replace(/~0/g, '~')];
        expect(node, `${f} ${ref}`).toBeDefined();
      }
    }
  });

  it('ships one JSON Schema per body and payload type, draft-07 with an $id', () => {
    const files = readdirSync(join(pkg, 'schema')).sort();
    expect(files).toContain('ComponentOffering.json');
    expect(files).toContain('NlTestAdminOffering.json');
    expect(files).toContain('PartialUpdateAssociationByIdRequest.json');
    const s = JSON.parse(readFileSync(join(pkg, 'schema/NlTestAdminOffering.json'), 'utf8'));
    expect(s).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'https://edustandaard.github.io/edustandaard-ts/schemas/oke/NlTestAdminOffering.json',
    });
    expect(s.properties.consumerKey).toMatchObject({ const: 'nl-test-admin' });
    expect(s.properties.duration.pattern).toMatch(/^\^\(-\?\)P/);
  });
});

describe('the published package', () => {
  it('contains the precompiled validators, the schemas and the compiled modules', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: pkg,
      stdio: 'pipe',
    }).toString();
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    for (const f of [
      'generated/validators.js',
      'generated/validators.d.ts',
      'schema/oke-ooapi-v5.json',
      'schema/ComponentOffering.json',
      'dist/index.js',
      'dist/index.d.ts',
      'README.md',
    ])
      expect(files).toContain(f);
    // src/ ships so the source maps resolve; tests never do.
    expect(files).toContain('src/index.ts');
    expect(files.filter((f) => f.startsWith('test/') || /\.test\.(js|ts)$/.test(f))).toEqual([]);
  }, 60_000);
});
