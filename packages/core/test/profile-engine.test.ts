import { describe, expect, it } from 'vitest';
import {
  EdustandaardError,
  evaluateProfile,
  findProfile,
  describeProfile,
  renderMessage,
  selectPaths,
  type Profile,
} from '../src/index.js';
import { PROFILE, SRC, cleanDoc } from './profile-fixture.js';

const NIVEAU = { NIVEAU: ['M', 'H'] };
const brief = (r: { issues: { code: string; severity: string; path: string }[] }) =>
  r.issues.map((i) => [i.code, i.severity, i.path]);

function dirtyDoc(): Record<string, unknown> {
  return {
    dossier: {
      metadata: { soort: 'C' },
      leerling: [
        {
          geboorteplaats: 'Utrecht',
          bsn: '123456782',
          adresgeheim: true,
          adres: [{ straat: 'a' }, { straat: 'b' }],
          toets: [
            { score: 150, niveau: 'X' },
            { score: 60, niveau: 'H' },
          ],
        },
        { voornaam: ['Anna'], nationaliteit: ['NL', 'BE'] },
      ],
    },
  };
}

describe('evaluateProfile', () => {
  it('reports nothing for a conformant document (aanbevelingen aside)', () => {
    const r = evaluateProfile(PROFILE, cleanDoc(), { codelists: NIVEAU, file: 'a.xml' });
    expect(r).toEqual({
      file: 'a.xml',
      afsprakenset: 'TEST',
      version: '1.0',
      profile: 'TEST-P',
      valid: true,
      pathType: 'xml',
      issues: [],
    });
  });

  it('collects every finding with exact codes, severities and concrete paths, in table order', () => {
    const r = evaluateProfile(PROFILE, dirtyDoc(), { codelists: NIVEAU });
    expect(brief(r)).toEqual([
      ['T.MD01', 'fout', '/dossier/metadata/soort'],
      ['T.LL01', 'fout', '/dossier/leerling[1]/voornaam'],
      ['T.LL10', 'fout', '/dossier/leerling[1]/geboorteplaats'],
      ['PROFILE.CARDINALITY.forbidden', 'fout', '/dossier/leerling[1]/bsn'],
      ['PROFILE.CARDINALITY.missing', 'fout', '/dossier/leerling[2]/adresgeheim'],
      ['PROFILE.CODELIST.unknownCode', 'fout', '/dossier/leerling[1]/toets[1]/niveau'],
      ['PROFILE.CARDINALITY.repeated', 'fout', '/dossier/leerling[2]/nationaliteit[2]'],
      ['T.LL06', 'fout', '/dossier/leerling[1]/adres[1]'],
      ['T.LL06', 'fout', '/dossier/leerling[1]/adres[2]'],
      ['T.TS01', 'waarschuwing', '/dossier/leerling[1]/toets[1]/score'],
      ['T.AB01', 'aanbeveling', '/dossier/leerling[2]'],
    ]);
    expect(r.valid).toBe(false);
  });

  it('fills code, severity, message and source from the rule data and keeps params', () => {
    const r = evaluateProfile(PROFILE, dirtyDoc(), { codelists: NIVEAU });
    const md01 = r.issues[0]!;
    expect(md01).toEqual({
      code: 'T.MD01',
      severity: 'fout',
      path: '/dossier/metadata/soort',
      message: "Alleen waarden 'A' en 'B' zijn toegestaan voor soort.",
      source: SRC,
      params: { element: 'soort', profile: 'TEST-P', value: 'C', allowed: ['A', 'B'] },
    });
    const ts01 = r.issues.find((i) => i.code === 'T.TS01')!;
    expect(ts01.message).toBe('Score 150 ligt buiten het bereik 0–100.');
    expect(ts01.params).toEqual({ element: 'score', score: 150, max: 100 });
    const missing = r.issues.find((i) => i.code === 'PROFILE.CARDINALITY.missing')!;
    expect(missing.message).toBe(
      'Element adresgeheim is verplicht in profiel TEST-P: minimaal 1 keer, aangetroffen 0 keer.',
    );
    expect(missing.params).toMatchObject({ min: 1, count: 0, cardinality: '1' });
    const repeated = r.issues.find((i) => i.code === 'PROFILE.CARDINALITY.repeated')!;
    expect(repeated.params).toMatchObject({ max: 1, count: 2 });
    const bsn = r.issues.find((i) => i.path.endsWith('/bsn'))!;
    expect(JSON.stringify(bsn)).not.toContain('123456782');
  });

  it('an aanbeveling never makes the report invalid', () => {
    const doc = cleanDoc();
    delete (doc.dossier as { leerling: Record<string, unknown>[] }).leerling[0]!.toets;
    const r = evaluateProfile(PROFILE, doc, { codelists: NIVEAU });
    expect(brief(r)).toEqual([['T.AB01', 'aanbeveling', '/dossier/leerling[1]']]);
    expect(r.valid).toBe(true);
  });

  it('reads the root element content directly with the root option', () => {
    const r = evaluateProfile(PROFILE, dirtyDoc().dossier, { codelists: NIVEAU, root: 'dossier' });
    expect(brief(r)).toEqual(brief(evaluateProfile(PROFILE, dirtyDoc(), { codelists: NIVEAU })));
  });

  it('reports a missing required root-level element, and an empty document without throwing', () => {
    const p: Profile = {
      ...PROFILE,
      elements: [{ path: '/dossier', cardinality: '1', source: SRC }],
      rules: [],
    };
    expect(brief(evaluateProfile(p, {}))).toEqual([
      ['PROFILE.CARDINALITY.missing', 'fout', '/dossier'],
    ]);
    expect(brief(evaluateProfile(PROFILE, {}, { codelists: NIVEAU }))).toEqual([]);
    expect(brief(evaluateProfile(PROFILE, null, { codelists: NIVEAU }))).toEqual([]);
    expect(brief(evaluateProfile(PROFILE, 'not an object', { codelists: NIVEAU }))).toEqual([]);
  });

  it('a predicate that throws becomes a PROFILE.RULE.error finding, the rest still runs', () => {
    const p: Profile = {
      ...PROFILE,
      rules: [
        {
          code: 'T.X',
          severity: 'fout',
          message: 'x',
          paths: ['/dossier/leerling'],
          source: SRC,
          test: () => {
            throw new RangeError('boom 123456782');
          },
        },
        ...PROFILE.rules,
      ],
    };
    const r = evaluateProfile(p, cleanDoc(), { codelists: NIVEAU });
    expect(brief(r)).toEqual([['PROFILE.RULE.error', 'fout', '/dossier/leerling']]);
    expect(r.issues[0]!.params).toEqual({ element: 'leerling', rule: 'T.X', error: 'RangeError' });
    expect(r.issues[0]!.message).not.toContain('123456782');
  });

  it('accepts boolean, single hit, string and array outcomes; de-duplicates repeated paths', () => {
    const mk = (test: NonNullable<Profile['rules'][number]['test']>): Profile => ({
      ...PROFILE,
      elements: [],
      rules: [
        {
          code: 'T.O',
          severity: 'fout',
          message: 'm',
          paths: ['/dossier/metadata'],
          source: SRC,
          test,
        },
      ],
    });
    expect(
      brief(
        evaluateProfile(
          mk(() => false),
          cleanDoc(),
        ),
      ),
    ).toEqual([['T.O', 'fout', '/dossier/metadata']]);
    expect(
      brief(
        evaluateProfile(
          mk(() => ({ path: '/p' })),
          cleanDoc(),
        ),
      ),
    ).toEqual([['T.O', 'fout', '/p']]);
    expect(
      brief(
        evaluateProfile(
          mk(() => '/q'),
          cleanDoc(),
        ),
      ),
    ).toEqual([['T.O', 'fout', '/q']]);
    expect(
      brief(
        evaluateProfile(
          mk(() => ['/a', { path: '/a' }, '/b']),
          cleanDoc(),
        ),
      ),
    ).toEqual([
      ['T.O', 'fout', '/a'],
      ['T.O', 'fout', '/b'],
    ]);
    expect(
      brief(
        evaluateProfile(
          mk(() => undefined),
          cleanDoc(),
        ),
      ),
    ).toEqual([]);
  });

  it('an outcome that is not a RuleOutcome becomes PROFILE.RULE.error', () => {
    const bad: unknown[] = [
      42,
      null,
      { nopath: 1 },
      ['/ok', 7],
      Promise.resolve(true),
      { path: '/x', params: 3 },
    ];
    for (const outcome of bad) {
      const p: Profile = {
        ...PROFILE,
        elements: [],
        rules: [
          {
            code: 'T.B',
            severity: 'fout',
            message: 'm',
            paths: ['/dossier'],
            source: SRC,
            test: () => outcome as never,
          },
        ],
      };
      const r = evaluateProfile(p, cleanDoc());
      expect(brief(r), String(outcome)).toEqual([['PROFILE.RULE.error', 'fout', '/dossier']]);
      expect(r.issues[0]!.params).toMatchObject({
        rule: 'T.B',
        error: 'ongeldige uitkomst van het predicaat',
      });
    }
  });

  it('passes version, profile and rule to predicates', () => {
    let seen: unknown;
    const p: Profile = {
      ...PROFILE,
      elements: [],
      rules: [
        {
          code: 'T.V',
          severity: 'fout',
          message: 'm',
          paths: ['/dossier'],
          source: SRC,
          test: (ctx) => void (seen = [ctx.version, ctx.profile.id, ctx.rule.code]),
        },
      ],
    };
    evaluateProfile(p, cleanDoc(), { version: '0.9' });
    expect(seen).toEqual(['0.9', 'TEST-P', 'T.V']);
  });

  it('resolves a profile id through options.profiles and throws E_PROFILE_UNKNOWN for an unknown id', () => {
    expect(
      evaluateProfile('test-p', cleanDoc(), { profiles: [PROFILE], codelists: NIVEAU }).profile,
    ).toBe('TEST-P');
    expect(() => evaluateProfile('PO-SWV', cleanDoc(), { profiles: [PROFILE] })).toThrowError(
      expect.objectContaining({ code: 'E_PROFILE_UNKNOWN' }),
    );
    expect(() => findProfile([PROFILE], 'TEST-P', '2.0')).toThrowError(
      expect.objectContaining({ code: 'E_VERSION_UNKNOWN' }),
    );
    const newer = { ...PROFILE, version: '1.10' };
    expect(findProfile([PROFILE, newer], 'TEST-P')).toBe(newer);
  });

  it('throws E_USAGE for an element row that does not end in an element name', () => {
    for (const path of [
      '/dossier/leerling/*',
      '/dossier/leerling/voornaam[2]',
      'dossier/leerling',
      '/dossier/',
    ]) {
      const p: Profile = {
        ...PROFILE,
        elements: [{ path, cardinality: '?', source: SRC }],
        rules: [],
      };
      expect(() => evaluateProfile(p, cleanDoc()), path).toThrowError(
        expect.objectContaining({ code: 'E_USAGE' }),
      );
    }
    const wild: Profile = {
      ...PROFILE,
      elements: [{ path: '/dossier/*/adresgeheim', cardinality: '1', source: SRC }],
      rules: [],
    };
    expect(
      brief(
        evaluateProfile(wild, { dossier: { leerling: [{}], metadata: { adresgeheim: true } } }),
      ),
    ).toEqual([['PROFILE.CARDINALITY.missing', 'fout', '/dossier/leerling[1]/adresgeheim']]);
  });

  it('throws E_USAGE when a row names a code list that was not supplied', () => {
    const e = (() => {
      try {
        evaluateProfile(PROFILE, dirtyDoc());
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(EdustandaardError);
    expect((e as EdustandaardError).code).toBe('E_USAGE');
    expect(
      brief(
        evaluateProfile(PROFILE, dirtyDoc(), {
          codelists: (id) => (id === 'NIVEAU' ? new Set(['X', 'H']) : undefined),
        }),
      ),
    ).not.toContainEqual([
      'PROFILE.CODELIST.unknownCode',
      'fout',
      '/dossier/leerling[1]/toets[1]/niveau',
    ]);
  });
});

describe('profile data', () => {
  it('JSON-serialises with only the predicates dropped', () => {
    const json = JSON.parse(JSON.stringify(PROFILE)) as Profile;
    expect(json.rules.map((r) => r.code)).toEqual(PROFILE.rules.map((r) => r.code));
    expect(json.rules.some((r) => 'test' in r)).toBe(false);
    expect(json.rules[2]!.divergence).toEqual(PROFILE.rules[2]!.divergence);
    expect(json.elements).toEqual(PROFILE.elements);
  });

  it('describeProfile lists rules with hasTest and the rows that enforce them', () => {
    const d = describeProfile(PROFILE);
    expect(d.rules.map((r) => [r.code, r.hasTest, r.enforcedBy])).toEqual([
      ['T.MD01', false, ['/dossier/metadata/soort']],
      ['T.LL01', false, ['/dossier/leerling/voornaam']],
      ['T.LL10', false, ['/dossier/leerling/geboorteplaats']],
      ['T.LL06', true, []],
      ['T.TS01', true, []],
      ['T.AB01', true, []],
      ['T.DOC01', false, []],
    ]);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe('renderMessage', () => {
  it('fills placeholders, joins arrays and leaves unknown ones visible', () => {
    expect(renderMessage('{a} en {b} maar niet {c}', { a: 1, b: ['x', 'y'] })).toBe(
      '1 en x, y maar niet {c}',
    );
    expect(renderMessage('geen', undefined)).toBe('geen');
  });
});

describe('selectPaths', () => {
  const doc = cleanDoc();
  it('yields concrete paths with 1-based indices on repeated elements', () => {
    expect(selectPaths(doc, '/dossier/leerling/toets/score').map((m) => [m.path, m.value])).toEqual(
      [
        ['/dossier/leerling[1]/toets[1]/score', 50],
        ['/dossier/leerling[1]/toets[2]/score', 70],
      ],
    );
    const [m] = selectPaths(doc, '/dossier/leerling/toets[2]/score');
    expect(m!.path).toBe('/dossier/leerling[1]/toets[2]/score');
    expect(m!.parent).toEqual({ score: 70 });
  });
  it('* finds no children in simple content with attributes ({ $value, attr })', () => {
    const d = { dossier: { land: { $value: 'NL', omschrijving: 'Nederland' }, naam: 'x' } };
    expect(selectPaths(d, '/dossier/*').map((m) => m.path)).toEqual([
      '/dossier/land',
      '/dossier/naam',
    ]);
    expect(selectPaths(d, '/dossier/land/*')).toEqual([]);
  });
  it('supports * and skips attribute and text members', () => {
    expect(selectPaths(doc, '/dossier/leerling/toets/*').map((m) => m.path)).toEqual([
      '/dossier/leerling[1]/toets[1]/score',
      '/dossier/leerling[1]/toets[1]/niveau',
      '/dossier/leerling[1]/toets[2]/score',
    ]);
  });
  it('gives the root with parent undefined, and nothing for absent paths', () => {
    const [root] = selectPaths(doc, '/dossier');
    expect(root!.parent).toBeUndefined();
    expect(selectPaths(doc, '/dossier/nergens/iets')).toEqual([]);
    expect(selectPaths(doc, '/anders')).toEqual([]);
    expect(selectPaths(doc.dossier, '/anders/leerling', { root: 'dossier' })).toEqual([]);
  });
  it('throws E_USAGE for malformed or relative paths', () => {
    expect(() => selectPaths(doc, '/dossier//x')).toThrowError(
      expect.objectContaining({ code: 'E_USAGE' }),
    );
    expect(() => selectPaths(doc, 'dossier')).toThrowError(
      expect.objectContaining({ code: 'E_USAGE' }),
    );
    expect(() => selectPaths(doc, '/dossier[0]')).toThrowError(
      expect.objectContaining({ code: 'E_USAGE' }),
    );
  });
});

describe('reused rule codes', () => {
  it('links each element row to the rule with its code whose paths cover the row', () => {
    const p: Profile = {
      ...PROFILE,
      elements: [
        { path: '/dossier/leerling/adresgeheim', cardinality: '1', rule: 'T.SL01', source: SRC },
        { path: '/dossier/leerling/toets/niveau', cardinality: '1', rule: 'T.SL01', source: SRC },
      ],
      rules: [
        {
          code: 'T.SL01',
          severity: 'fout',
          message: 'adres {element}',
          paths: ['/dossier/leerling/adresgeheim'],
          source: SRC,
        },
        {
          code: 'T.SL01',
          severity: 'waarschuwing',
          message: 'toets {element}',
          paths: ['/dossier/leerling/toets'],
          source: { ...SRC, section: 'Tabel B' },
        },
      ],
    };
    const doc = { dossier: { leerling: [{ toets: [{ score: 1 }] }] } };
    const r = evaluateProfile(p, doc);
    expect(r.issues.map((i) => [i.code, i.severity, i.path, i.message, i.source?.section])).toEqual(
      [
        ['T.SL01', 'fout', '/dossier/leerling[1]/adresgeheim', 'adres adresgeheim', 'Tabel A'],
        [
          'T.SL01',
          'waarschuwing',
          '/dossier/leerling[1]/toets[1]/niveau',
          'toets niveau',
          'Tabel B',
        ],
      ],
    );
    expect(describeProfile(p).rules.map((x) => x.enforcedBy)).toEqual([
      ['/dossier/leerling/adresgeheim'],
      ['/dossier/leerling/toets/niveau'],
    ]);
  });
});
