/**
 * Downloads and schemas on the built site (#15): every `$id` of every shipped schema (discovered
 * from the workspaces, as codegen's other-toolchain test does) resolves to the same bytes in the
 * built site; one downloads page per afsprakenset and version lists its files with sha256, each
 * served; a package's known limits are shown.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemaLocation } from '@edustandaard/codegen/schema';
import { shippedSchemaFolders } from '@edustandaard/codegen/shipped';
import { loadDownloads, type Download } from '../src/data/downloads.ts';
import { downloadSets } from '../src/render/downloads.ts';
import { route } from '../src/site/urls.ts';
import { DIST } from '../scripts/browser.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// The conformance suite is built from ../shared/reference: without it there is no fixtures zip.
const HAVE_SUITE = existsSync(join(ROOT, 'packages', 'conformance', 'suite', 'index.json'));
if (!HAVE_SUITE)
  console.warn('SKIP: @edustandaard/conformance suite not built (no ../shared/reference).');
const built = (path: string): string => join(DIST, decodeURI(path));
const page = (r: string): string => readFileSync(join(built(r), 'index.html'), 'utf8');

let downloads: Download[];
beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(`De site is niet gebouwd (${DIST}): voer eerst 'npm run build' uit.`);
  downloads = loadDownloads();
});

describe('schemas served where their $id points', () => {
  it('every $id of every shipped schema of every package is a file in the built site, byte for byte', () => {
    const folders = shippedSchemaFolders(ROOT);
    expect(folders.map((f) => f.pkg)).toEqual(
      expect.arrayContaining(['cli', 'conformance', 'core', 'oke', 'oso', 'rio']),
    );
    const unresolved: string[] = [];
    let n = 0;
    for (const f of folders)
      for (const file of [...f.schemas, ...(f.knownLimits ? ['known-limits.json'] : [])]) {
        const text = readFileSync(join(f.schemaDir, file));
        const id = (JSON.parse(text.toString('utf8')) as { $id?: string }).$id;
        const loc = id ? schemaLocation(id) : null;
        // The oke branch of this session moves oke to the one $id scheme (codegen's IN_FLIGHT list);
        // until then its files are still served at /schemas/oke/<file>.
        const path = loc?.path ?? (f.pkg === 'oke' ? route.schema(f.pkg, file) : null);
        if (!path || !existsSync(built(path))) {
          unresolved.push(`${f.pkg}/${file}: ${id}`);
          continue;
        }
        expect(readFileSync(built(path)).equals(text), path).toBe(true);
        n++;
      }
    expect(unresolved).toEqual([]);
    expect(n).toBeGreaterThan(80);
  });
});

describe('downloads per afsprakenset and version', () => {
  it('a page per afsprakenset and version, linked from /downloads/, listing every file with its sha256, each served', () => {
    const sets = downloadSets(downloads);
    const overview = page(route.downloads());
    expect(sets.map((s) => `${s.afsprakenset} ${s.version ?? ''}`.trim())).toEqual(
      expect.arrayContaining([
        'oso 2024.1',
        'oso 2019.1',
        'oso-swv 2024.1',
        'oso-swv 2019.1',
        'oso-overstap 2024.1',
        'oso-overstap 2019.1',
        'rio',
        'oke',
        'algemeen',
      ]),
    );
    for (const s of sets) {
      const r = route.downloadSet(s.afsprakenset, s.version);
      expect(overview).toContain(`href="${r}"`);
      const html = page(r);
      for (const d of s.files) {
        expect(html, `${r}: ${d.file}`).toContain(`href="${route.download(d.file)}"`);
        expect(html).toContain(d.sha256);
        const body = readFileSync(built(route.download(d.file)));
        expect(createHash('sha256').update(body).digest('hex'), d.file).toBe(d.sha256);
      }
    }
  });

  const SWV_OV = [
    ['oso-swv', '2024.1'],
    ['oso-swv', '2019.1'],
    ['oso-overstap', '2024.1'],
    ['oso-overstap', '2019.1'],
  ] as const;
  it.skipIf(!HAVE_SUITE)('each SWV and overstap version has its fixtures zip', () => {
    for (const [afs, v] of SWV_OV) {
      const set = downloadSets(downloads).find((s) => s.afsprakenset === afs && s.version === v)!;
      expect(
        set.files.map((d) => d.kind),
        `${afs} ${v}`,
      ).toContain('Conformance-fixtures (zip)');
    }
  });

  it('each SWV and overstap version has its profiles and the XSD of the gegevensset', () => {
    for (const [afs, v] of SWV_OV) {
      const set = downloadSets(downloads).find((s) => s.afsprakenset === afs && s.version === v)!;
      expect(
        set.files.map((d) => d.kind),
        `${afs} ${v}`,
      ).toContain('Profiel (JSON)');
      expect(set.related.map((d) => d.file)).toEqual(
        expect.arrayContaining([`oso-${v}.json`, `oso-${v}.xsd`, 'core-profile-document.json']),
      );
      const html = page(route.downloadSet(afs, v));
      for (const d of set.related) expect(html).toContain(`href="${route.download(d.file)}"`);
    }
    const oso = downloadSets(downloads).find(
      (s) => s.afsprakenset === 'oso' && s.version === '2024.1',
    )!;
    expect(oso.files.map((d) => d.file)).toEqual(
      expect.arrayContaining(['oso-2024.1.json', 'oso-2024.1.xsd', 'oso-known-limits.json']),
    );
  });

  it('shows the known limits of a package with a known-limits file', () => {
    const html = page(route.downloadSet('oso', '2024.1'));
    expect(html).toContain('id="bekende-beperkingen"');
    expect(html).toContain('id="beperking-lexical"');
    expect(html).toContain('OSO.CODELIJST.');
  });
});
