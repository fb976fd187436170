import { describe, expect, it } from 'vitest';
import { assertPages, EmptyPageError, type GeneratedPage } from '../src/render/page.ts';
import { osoPages, structuralDiff } from '../src/render/oso.ts';
import { swvPages } from '../src/render/swv.ts';
import { codelistPages } from '../src/render/codelists.ts';
import { renderManifest, LAYER_TITLES } from '../src/render/home.ts';
import { createContext } from '../src/render/context.ts';
import { erdSvg } from '../src/lib/erd.ts';
import { esc, pathId, slug } from '../src/lib/html.ts';
import type { OsoData, OsoElement, OsoVersionData } from '../src/data/oso.ts';
import type { SwvData } from '../src/data/swv.ts';
import type { CodelistVersion } from '../src/data/codelists.ts';
import type { Manifest } from '../src/data/manifests.ts';
import { loadSections, generatePages } from '../src/site/sections.ts';

const page = (route: string, html: string, title = 'T'): GeneratedPage => ({ route, title, html });

function osoVersion(version: string, elements: OsoElement[]): OsoVersionData {
  const byPath = new Map(elements.map((e) => [e.path, e]));
  const children = new Map<string, OsoElement[]>();
  for (const e of elements)
    if (e.parent) children.set(e.parent, [...(children.get(e.parent) ?? []), e]);
  return {
    version,
    elements,
    byPath,
    children,
    roots: elements.filter((e) => !e.parent),
    categories: [],
    rules: [],
    schemaFile: null,
    xsdFile: null,
  };
}
const EL = (path: string, extra: Partial<OsoElement> = {}): OsoElement => ({
  path,
  name: path.split('/').pop()!,
  parent: path.split('/').slice(0, -1).join('/') || null,
  min: 0,
  max: 1,
  type: 'string',
  ...extra,
});
const OSO: OsoData = {
  pkg: { name: '@edustandaard/oso', version: '2024.1.0', description: 'OSO.' },
  versions: [
    osoVersion('2024.1', [
      EL('/dossier', { min: 1, type: 'complex' }),
      EL('/dossier/leerling', { type: 'complex' }),
      EL('/dossier/leerling/geboorteplaats', {
        semantiek: 'De geboorteplaats <van> de leerling.',
        codelijst: 7,
      }),
    ]),
    osoVersion('2019.1', [
      EL('/dossier', { min: 1, type: 'complex' }),
      EL('/dossier/leerling', { type: 'complex' }),
      EL('/dossier/leerling/geboorteplaats'),
    ]),
  ],
  changes: [{ actie: 'hernoemd', pad: '/dossier/leerling', bron: 'doc' }],
  categoryValues: {},
  versionInfo: {},
};
const SRC = { document: 'OSO SWV profielen', version: '2024.1', section: '§2.6 Tabel 2' };
const SWV: SwvData = {
  pkg: { name: '@edustandaard/oso-swv', version: '2024.1.0', description: 'SWV.' },
  versions: [
    {
      version: '2024.1',
      profiles: ['PO-SWV', 'VO-SWV'].map((id) => ({
        id,
        version: '2024.1',
        base: { id: 'OSO', version: '2024.1' },
        elements: [
          {
            path: '/dossier/leerling/geboorteplaats',
            cardinality: '0',
            rule: 'PaO.LL10',
            source: SRC,
          },
        ],
        rules: [
          {
            code: 'PaO.LL10',
            severity: 'fout' as const,
            message: 'Geboorteplaats is verboden.',
            paths: ['/dossier/leerling/geboorteplaats'],
            source: SRC,
          },
        ],
      })),
      rules: [],
      tables: [
        {
          section: 'Tabel 2',
          rows: [
            {
              xmlTag: 'geboorteplaats',
              paths: ['/dossier/leerling/geboorteplaats'],
              values: { 'PO-SWV': '0', 'VO-SWV': '0' },
              toelichting: 'BR',
              rules: ['PaO.LL10'],
            },
          ],
          derived: false,
        },
      ],
      figuur4: {
        rows: [
          {
            categorie: 'Leerling',
            element: 'cat_leerling',
            values: { 'PO-SWV': 'v', 'VO-SWV': 'v' },
          },
        ],
        legend: { v: ['VERPLICHT'] },
      },
    },
  ],
};
SWV.versions[0]!.rules = [
  { rule: SWV.versions[0]!.profiles[0]!.rules[0]!, profiles: ['PO-SWV', 'VO-SWV'] },
];
const LISTS: CodelistVersion[] = [
  {
    version: '2024.1',
    lists: [
      {
        nummer: 7,
        naam: 'Plaatsen',
        codes: [{ code: 'A B', label: 'Aap' }],
        paths: ['/dossier/leerling/geboorteplaats'],
      },
    ],
  },
];

describe('html helpers', () => {
  it('escapes, slugs and turns paths into ids', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    expect(slug('PaO.LL10')).toBe('pao.ll10');
    expect(slug('Één twee/drie')).toBe('een-twee-drie');
    expect(pathId('/dossier/huidigeschool/leerling')).toBe('dossier.huidigeschool.leerling');
  });
});

describe('assertPages', () => {
  it('fails the build for an empty page, a missing title, a duplicate or a malformed route', () => {
    expect(() => assertPages([page('/a/', ' <p> </p> ')])).toThrow(
      new EmptyPageError('Pagina /a/ zou leeg zijn.'),
    );
    expect(() => assertPages([page('/a/', '<p>x</p>', ' ')])).toThrow(
      'Pagina /a/ heeft geen titel.',
    );
    expect(() => assertPages([page('/a/', '<p>x</p>'), page('/a/', '<p>y</p>')])).toThrow(
      'Route /a/ wordt twee keer gegenereerd.',
    );
    expect(() => assertPages([page('/a', '<p>x</p>')])).toThrow("Ongeldige route '/a'.");
    expect(assertPages([page('/', '<p>x</p>'), page('/a/b/', '<p>y</p>')])).toHaveLength(2);
  });
});

describe('generators', () => {
  const ctx = createContext({ oso: OSO, swv: SWV, codelists: LISTS, central: null });

  it('renders an OSO element page with path, escaped meaning, cardinality, code list, profiles and version switch', () => {
    const pages = osoPages(OSO, ctx);
    const el = pages.find(
      (p) => p.route === '/oso/2024.1/element/dossier/leerling/geboorteplaats/',
    )!;
    expect(el.title).toBe('geboorteplaats');
    expect(el.searchWeight).toBeUndefined();
    expect(
      pages.find((p) => p.route === '/oso/2019.1/element/dossier/leerling/geboorteplaats/'),
    ).toMatchObject({ title: 'geboorteplaats (2019.1)', searchWeight: 0.4 });
    expect(el.html).toContain('<code>/dossier/leerling/geboorteplaats</code>');
    expect(el.html).toContain('De geboorteplaats &lt;van&gt; de leerling.');
    expect(el.html).toContain('<code>?</code> — optioneel (0..1)');
    expect(el.html).toContain('<a href="/codelijsten/2024.1/7/">Codelijst 7: Plaatsen</a>');
    expect(el.html).toContain('<a href="/swv/2024.1/regel/pao.ll10/">PaO.LL10</a>');
    expect(el.versions).toEqual([
      {
        version: '2024.1',
        route: '/oso/2024.1/element/dossier/leerling/geboorteplaats/',
        current: true,
      },
      {
        version: '2019.1',
        route: '/oso/2019.1/element/dossier/leerling/geboorteplaats/',
        current: false,
      },
    ]);
    const tree = pages.find((p) => p.route === '/oso/2024.1/')!;
    expect(tree.html).toContain(
      '<li id="dossier.leerling.geboorteplaats"><a href="/oso/2024.1/element/dossier/leerling/geboorteplaats/">geboorteplaats</a>',
    );
    expect(pages.map((p) => p.route)).toContain('/oso/wijzigingen/');
    expect(() => assertPages(pages)).not.toThrow();
  });

  it('computes the structural difference between two versions from their element tables', () => {
    const old = osoVersion('2019.1', [
      EL('/dossier', { min: 1 }),
      EL('/dossier/weg'),
      EL('/dossier/x', { max: 'unbounded' }),
    ]);
    const now = osoVersion('2024.1', [
      EL('/dossier', { min: 1 }),
      EL('/dossier/nieuw'),
      EL('/dossier/x', { max: 1, codelijst: 3 }),
    ]);
    const d = structuralDiff(old, now);
    expect(d.removed.map((e) => e.path)).toEqual(['/dossier/weg']);
    expect(d.added.map((e) => e.path)).toEqual(['/dossier/nieuw']);
    expect(d.changed.map(([, e, diff]) => [e.path, diff])).toEqual([
      ['/dossier/x', ['kardinaliteit <code>*</code> → <code>?</code>', 'codelijst – → 3']],
    ]);
  });

  it('renders SWV rule pages, the document tables side by side and Figuur 4', () => {
    const pages = swvPages(SWV, ctx);
    const rule = pages.find((p) => p.route === '/swv/2024.1/regel/pao.ll10/')!;
    expect(rule.title).toBe('PaO.LL10: Geboorteplaats is verboden.');
    expect(rule.html).toContain('<span class="es-badge es-fout">fout</span>');
    expect(rule.html).toContain('OSO SWV profielen, 2024.1, §2.6 Tabel 2');
    expect(rule.html).toContain(
      '<a href="/oso/2024.1/element/dossier/leerling/geboorteplaats/"><code>/<wbr>dossier/<wbr>leerling/<wbr>geboorteplaats</code></a>',
    );
    const overview = pages.find((p) => p.route === '/swv/2024.1/')!;
    expect(overview.html).toContain('<th>PO-SWV</th><th>VO-SWV</th>');
    expect(pages.find((p) => p.route === '/swv/2024.1/tabel-2/')!.html).toContain(
      '<td><code>0</code></td><td><code>0</code></td><td>BR</td>',
    );
    expect(pages.find((p) => p.route === '/swv/2024.1/figuur-4/')!.html).toContain(
      '<td class="es-cat es-cat-v"><strong>v</strong> verplicht<br><small><code>VERPLICHT</code></small></td>',
    );
  });

  it('renders a code list with an anchor per code and where it is used', () => {
    const pages = codelistPages(LISTS, ctx);
    const list = pages.find((p) => p.route === '/codelijsten/2024.1/7/')!;
    expect(list.title).toBe('Codelijst 7: Plaatsen');
    expect(list.html).toContain('<tr id="code-a-b"><td><code>A B</code></td><td>Aap</td></tr>');
    expect(list.html).toContain(
      '<a href="/oso/2024.1/element/dossier/leerling/geboorteplaats/"><code>/dossier/leerling/geboorteplaats</code></a>',
    );
  });

  it('renders every manifest through the same eight layers, in order', () => {
    const m: Manifest = {
      id: 'X',
      naam: 'Afsprakenset X',
      version: '1.0',
      status: 'in beheer',
      context: { beschrijving: 'ctx', scenarios: [] },
      actors: [{ id: 'a', naam: 'Actor A', rollen: ['leverancier'] }],
      process: { stappen: [{ id: 's', naam: 'Stap', actor: 'a' }] },
      data: { gegevensset: { id: 'OSO', version: '2024.1' }, profielen: [] },
      interactions: [{ flow: '1', naam: 'Sturen', van: 'a', naar: 'a', patroon: 'push' }],
      transport: { standaarden: ['HTTPS'] },
      security: { classificatie: 'hoog' },
      legal: { doel: 'd', grondslagen: [{ naam: 'WPO', artikel: '42', beschrijving: 'b' }] },
    };
    const { html } = renderManifest(m, '@edustandaard/x', () => []);
    expect([...html.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((x) => x[1])).toEqual([
      ...LAYER_TITLES,
    ]);
    expect(html).toContain('<li><strong>Stap</strong> (Actor A)</li>');
    expect(html).toContain('<td>Actor A → Actor A</td>');
  });
});

describe('erdSvg', () => {
  it('lays out entities and relations and links every box', () => {
    const svg = erdSvg(
      [
        {
          name: 'Bestuur',
          attributes: [{ name: 'code', type: 'OB_ID', cardinality: '1' }],
          href: '#bestuur',
        },
        { name: 'Aanbieder', attributes: [], href: '#aanbieder' },
      ],
      [
        {
          from: 'Bestuur',
          to: 'Aanbieder',
          name: 'stelt in',
          fromCardinality: '1..*',
          toCardinality: '0..*',
        },
      ],
      'Model',
    );
    expect(svg).toContain('<a href="#bestuur">');
    expect(svg).toContain('code : OB_ID [1]');
    expect(svg).toContain('stelt in');
    expect(svg).toContain('0..*');
    expect(svg).not.toMatch(/NaN|undefined/);
    expect(() => erdSvg([{ name: 'A', attributes: [] }], [{ from: 'A', to: 'B' }], 'x')).toThrow(
      'Relatie A → B: onbekende entiteit.',
    );
  });
});

describe('the site from the real packages', () => {
  it('generates every section with unique, non-empty pages', async () => {
    const s = await loadSections();
    const routes = generatePages(s).map((p) => p.route);
    const expected = [
      '/',
      '/identificatie/',
      '/oke/',
      '/oke/flow-0/',
      '/oke/flow-6/',
      '/centrale-modellen/',
    ];
    if (s.oso)
      expected.push(
        '/oso/',
        '/oso/2024.1/',
        '/oso/2019.1/',
        '/oso/2024.1/element/dossier/huidigeschool/leerling/geboorteplaats/',
      );
    if (s.swv)
      expected.push(
        '/swv/',
        '/swv/2024.1/',
        '/swv/2024.1/regel/pao.ll10/',
        '/swv/2024.1/tabel-1/',
        '/swv/2024.1/tabel-2/',
        '/swv/2024.1/tabel-3/',
        '/swv/2024.1/figuur-4/',
      );
    if (s.codelists) expected.push('/codelijsten/');
    if (s.rio) expected.push('/rio/', '/rio/model/', '/rio/synchronisatie/');
    expect(routes).toEqual(expect.arrayContaining(expected));
    expect(new Set(routes).size).toBe(routes.length);
  }, 120_000);
});

describe('examples, changes and changelogs', () => {
  it('derives an example value from a simple XSD pattern, and none from a rich one', async () => {
    const { patternExample } = await import('../src/render/oso.ts');
    expect(patternExample('[0-9][0-9][A-Z][A-Z]')).toBe('00AA');
    expect(patternExample('\\d{4}')).toBe('0000');
    expect(patternExample('[0-9]{2}-[0-9]{2}')).toBe('00-00');
    expect(patternExample('(a|b)')).toBeNull();
    expect(patternExample('[0-9]+')).toBeNull();
  });

  it('parses a changeset and renders markdown without passing HTML through', async () => {
    const { parseChangeset } = await import('../src/data/changelogs.ts');
    const { markdownHtml } = await import('../src/lib/markdown.ts');
    expect(
      parseChangeset(
        '---\n\'@edustandaard/oso\': patch\n"@edustandaard/core": minor\n---\n\nEerste `release`.\n',
      ),
    ).toEqual({
      bumps: { '@edustandaard/oso': 'patch', '@edustandaard/core': 'minor' },
      summary: 'Eerste `release`.',
    });
    expect(markdownHtml('## 1.0.0\n\n- a <b>\n- `c`\n\ntekst')).toBe(
      '<h3>1.0.0</h3><ul><li>a &lt;b&gt;</li><li><code>c</code></li></ul><p>tekst</p>',
    );
  });

  it('lists what changed per profile between two versions', async () => {
    const { profileDiff } = await import('../src/render/swv-changes.ts');
    const base = { id: 'PO-SWV', elements: [], rules: [] };
    const d = profileDiff(
      {
        ...base,
        version: '2019.1',
        elements: [
          { path: '/a', cardinality: '?' },
          { path: '/b', cardinality: '1' },
        ],
        rules: [{ code: 'R1', severity: 'fout', message: 'oud', paths: ['/a'] }],
      },
      {
        ...base,
        version: '2024.1',
        elements: [
          { path: '/a', cardinality: '0' },
          { path: '/c', cardinality: '?' },
        ],
        rules: [
          { code: 'R1', severity: 'fout', message: 'nieuw', paths: ['/a'] },
          { code: 'R2', severity: 'waarschuwing', message: 'x', paths: [] },
        ],
      },
    );
    expect(d.added.map((r) => r.path)).toEqual(['/c']);
    expect(d.removed.map((r) => r.path)).toEqual(['/b']);
    expect(d.changed).toEqual([
      { path: '/a', what: ['kardinaliteit <code>?</code> → <code>0</code>'] },
    ]);
    expect(d.rulesAdded.map((r) => r.code)).toEqual(['R2']);
    expect(d.rulesChanged[0]!.code).toBe('R1');
  });
});

describe('issue #16 fixes, unit by unit', () => {
  it('reads a flow’s information direction from push/pull, not from the OOAPI roles (flow 2: TPL → TA)', async () => {
    const { informationDirections } = await import('../src/render/oke.ts');
    const flow = {
      nummer: 2,
      naam: 'Zittingsplan',
      providers: ['TA'],
      consumers: ['TPL'],
      interactions: [
        {
          id: 'a',
          naam: 'Zitting ophalen',
          consumer: 'TPL',
          provider: 'TA',
          operationId: 'x',
          pattern: 'pull',
        },
        {
          id: 'b',
          naam: 'Zitting aanmaken',
          consumer: 'TPL',
          provider: 'TA',
          operationId: 'y',
          pattern: 'push',
        },
      ],
    };
    expect(informationDirections(flow)).toEqual([
      { van: 'TPL', naar: 'TA', pattern: 'push' },
      { van: 'TA', naar: 'TPL', pattern: 'pull' },
    ]);
  });

  it('merges allOf parts of a payload schema (Association = AssociationId + AssociationProperties)', async () => {
    const { schemaShape } = await import('../src/data/oke.ts');
    const shape = schemaShape({
      allOf: [{ $ref: '#/definitions/A' }, { $ref: '#/definitions/B' }],
      definitions: {
        A: { properties: { associationId: { type: 'string' } } },
        B: { properties: { role: { type: 'string' } }, required: ['role'] },
      },
    });
    expect(Object.keys(shape.properties)).toEqual(['associationId', 'role']);
    expect(shape.required).toEqual(['role']);
  });

  it('highlights the sidebar entry a page belongs to, by prefix, else by the same page in another version', async () => {
    const { currentEntry } = await import('../src/site/route-middleware.ts');
    const link = (href: string) => ({ type: 'link' as const, href, isCurrent: false });
    const sidebar = [
      link('/'),
      { type: 'group' as const, collapsed: true, entries: [link('/oso/'), link('/oso/2024.1/')] },
      { type: 'group' as const, collapsed: true, entries: [link('/afsprakensets/oso/2024.1/')] },
    ];
    expect(currentEntry(sidebar, '/oso/2024.1/element/dossier/x/', '/')?.href).toBe('/oso/2024.1/');
    expect(currentEntry(sidebar, '/afsprakensets/oso/2019.1/', '/')?.href).toBe(
      '/afsprakensets/oso/2024.1/',
    );
    expect(currentEntry(sidebar, '/nergens/', '/')).toBeUndefined();
  });

  it('flags a 2024.1 element whose name or place is an assumption of the change list', async () => {
    const { assumptionsFor } = await import('../src/render/oso.ts');
    const data = {
      changes: [
        {
          id: 'r',
          op: 'rename',
          path: '/d/a/old',
          to: 'nieuw',
          toelichting: 'tag afgeleid',
          assumption: true,
        },
        { id: 'n', op: 'note', path: '/d/b', toelichting: 'zeker', assumption: false },
      ],
    } as never;
    expect(assumptionsFor(data, '/d/a/nieuw/kind')).toEqual([
      { id: 'r', toelichting: 'tag afgeleid' },
    ]);
    expect(assumptionsFor(data, '/d/b')).toEqual([]);
  });
});
