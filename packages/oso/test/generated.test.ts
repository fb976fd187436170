/**
 * Generated artefacts: drift (src/generated from the XSD; schema/ and generated/ from the types),
 * descriptor facts of the 2019.1 XSD, the 2024.1 transformation, and the precompiled JSON Schema
 * validators on the official examples.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementTable, migrate, OSO_SCHEMAS, read, type Dossier2019 } from '../src/index.js';
import { validateJsonSchema } from '../src/json-schema.js';
import { OSO_XSD_STATS_2019_1 } from '../src/generated/stats.js';
import changes from '../src/data/changes-2024.1.json' with { type: 'json' };
import { HAS_REFERENCE, REFERENCE_DIR, SKIP_REASON, officialExamples } from './reference.js';

const PKG = fileURLToPath(new URL('..', import.meta.url));

describe.skipIf(!HAS_REFERENCE)(
  `generator drift (${HAS_REFERENCE ? 'reference present' : SKIP_REASON})`,
  () => {
    it('regenerating from the XSD gives byte-identical src/generated and xsd/ files', () => {
      const out = mkdtempSync(join(tmpdir(), 'oso-gen-'));
      const xsdOut = mkdtempSync(join(tmpdir(), 'oso-xsd-'));
      try {
        const r = spawnSync(
          process.execPath,
          [
            join(PKG, 'scripts/generate-from-xsd.mjs'),
            '--reference',
            REFERENCE_DIR,
            '--out',
            out,
            '--xsd-out',
            xsdOut,
          ],
          {
            encoding: 'utf8',
          },
        );
        expect(r.status, r.stderr).toBe(0);
        for (const [dir, tmp] of [
          ['src/generated', out],
          ['xsd', xsdOut],
        ] as const) {
          const committed = readdirSync(join(PKG, dir)).sort();
          expect(readdirSync(tmp).sort()).toEqual(committed);
          for (const f of committed)
            expect(readFileSync(join(tmp, f), 'utf8'), f).toBe(
              readFileSync(join(PKG, dir, f), 'utf8'),
            );
        }
      } finally {
        rmSync(out, { recursive: true, force: true });
        rmSync(xsdOut, { recursive: true, force: true });
      }
    });
  },
);

describe('build artefacts', () => {
  it(
    'schema/*.json and generated/validators.* are up to date with the types (build-schemas --check)',
    { timeout: 120_000 },
    () => {
      const r = spawnSync(process.execPath, [join(PKG, 'scripts/build-schemas.mjs'), '--check'], {
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
    },
  );
});

describe('the 2019.1 descriptor is the XSD, element for element', () => {
  it('counts: 393 active xs:element (484 in the file, 91 inside XML comments), 27 active named complex types, 6 choices', () => {
    expect(OSO_XSD_STATS_2019_1).toMatchObject({ elements: 393, namedComplex: 27, choices: 6 });
  });
  it('element table rows carry cardinality, type, restrictions and documentation', () => {
    const rows = elementTable('2019.1');
    const byPath = new Map(rows.map((r) => [r.path, r]));
    expect(byPath.get('/dossier/huidigeschool/leerling/voornaam')).toMatchObject({
      cardinality: '*',
      type: 'string',
      typeName: 'nonEmptyStringType',
      categorie: 'cat_leerling',
    });
    expect(byPath.get('/dossier/huidigeschool/leerling/geboortedatum')).toMatchObject({
      cardinality: '?',
      type: 'date',
      choice: 'leerlingType/choice[1]',
    });
    expect(
      byPath.get('/dossier/huidigeschool/leerling/voorschools/voorschoolsemaanden'),
    ).toMatchObject({ restrictions: { minInclusive: 1, maxInclusive: 24 } });
    expect(
      byPath.get('/dossier/huidigeschool/leerling/overstapadvies/aandachtspunten'),
    ).toMatchObject({ restrictions: { minLength: 1, maxLength: 280 } });
    expect(byPath.get('/dossier/huidigeschool/brincode')).toMatchObject({
      restrictions: { pattern: ['[0-9][0-9][A-Z][A-Z]'] },
    });
    expect(byPath.get('/dossier/huidigeschool/leerling/nationaliteit')).toMatchObject({
      cardinality: '*',
      attributes: [{ name: 'omschrijving', use: 'optional' }],
    });
    expect(byPath.get('/dossier/overdrachtsoort')).toMatchObject({ codelijst: 29 });
    expect(byPath.get('/dossier/huidigeschool/leerling/bsn')).toMatchObject({ sensitive: true });
    expect(byPath.get('/dossier/metadata')?.semantiek).toBeUndefined();
    expect(byPath.get('/dossier/overdrachtsoort')?.semantiek).toBe('Soort overdracht');
  });
});

describe('2024.1 is 2019.1 transformed by changes-2024.1.json', () => {
  const p19 = new Set(elementTable('2019.1').map((r) => r.path));
  const p24 = new Set(elementTable('2024.1').map((r) => r.path));
  it('namespace and every change applied', () => {
    expect(OSO_SCHEMAS['2024.1'].namespace).toBe(
      'http://www.edustandaard.nl/oso_gegevensset/2024/dossier',
    );
    const L = '/dossier/huidigeschool/leerling';
    expect(p24.has(`${L}/doorstroomtoets/toetsresultaat/toetssoort`)).toBe(true);
    expect(p24.has(`${L}/doorstroomtoets/toetsresultaat/toetsniveau`)).toBe(false);
    expect([...p24].filter((p) => p.includes('eindtoets_basisonderwijs'))).toEqual([]);
    expect(p24.has('/dossier/metadata/categorie_uitlevering/cat_doorstroomtoets')).toBe(true);
    const oa = elementTable('2024.1')
      .filter((r) => r.parent === `${L}/overstapadvies`)
      .map((r) => r.name);
    expect(oa.slice(0, 4)).toEqual([
      'voorlopig_schooladvies',
      'definitief_schooladvies',
      'wensouders',
      'wensleerling',
    ]);
    expect(oa).not.toContain('advies');
    expect(oa).not.toContain('herzienadvies');
    expect(oa).not.toContain('motivatie_herzienadvies');
  });
  it('nothing else changed: same paths apart from the listed changes', () => {
    const renamed = (p: string) =>
      p
        .replace('/eindtoets_basisonderwijs', '/doorstroomtoets')
        .replace('/doorstroomtoets/eindtoetsresultaat', '/doorstroomtoets/toetsresultaat')
        .replace('/cat_eindtoetsbo', '/cat_doorstroomtoets');
    const removed = [
      'toetsniveau',
      'overstapadvies/advies',
      'herzienadvies',
      'motivatie_herzienadvies',
    ];
    const expected = new Set(
      [...p19]
        .map(renamed)
        .filter(
          (p) => !removed.some((r) => p.endsWith(`/${r}`) && p.includes(r.includes('/') ? r : '')),
        ),
    );
    expected.add('/dossier/huidigeschool/leerling/overstapadvies/voorlopig_schooladvies');
    expected.add('/dossier/huidigeschool/leerling/overstapadvies/definitief_schooladvies');
    expect([...p24].sort()).toEqual(
      [...expected]
        .filter((p) => !p.endsWith('/doorstroomtoets/toetsresultaat/toetsniveau'))
        .sort(),
    );
  });
  it('every change records its source and whether it is an assumption', () => {
    for (const c of changes.changes) {
      expect(c.source.length, c.id).toBeGreaterThan(0);
      expect(typeof c.assumption, c.id).toBe('boolean');
    }
  });
});

describe.skipIf(!HAS_REFERENCE)('precompiled JSON Schema validators', () => {
  it('every official example (decoded) is valid against schema/oso-2019.1.json, and its migration against oso-2024.1.json', () => {
    for (const ex of officialExamples()) {
      const r = read(ex.bytes);
      const json = JSON.parse(JSON.stringify(r.dossier));
      expect(validateJsonSchema(json, '2019.1'), ex.name).toEqual([]);
      expect(
        validateJsonSchema(
          JSON.parse(JSON.stringify(migrate(r.dossier as Dossier2019, '2024.1').dossier)),
          '2024.1',
        ),
        ex.name,
      ).toEqual([]);
    }
  });
  it('reports JSON pointers and ajv keywords', () => {
    const d = JSON.parse(JSON.stringify(read(officialExamples()[0]!.bytes).dossier));
    d.huidigeschool.brincode = '12ab';
    delete d.metadata.pakketnaam;
    d.extra = 1;
    expect(
      validateJsonSchema(d, '2019.1')
        .map((f) => [f.code, f.path])
        .sort(),
    ).toEqual([
      ['OSO.JSON.additionalProperties', '/extra'],
      ['OSO.JSON.pattern', '/huidigeschool/brincode'],
      ['OSO.JSON.required', '/metadata/pakketnaam'],
    ]);
  });
});
