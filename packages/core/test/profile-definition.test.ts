import { describe, expect, it } from 'vitest';
import {
  checkNarrowing,
  formatCardinality,
  isCardinality,
  toOccurs,
  validateProfileDefinition,
  type Profile,
} from '../src/index.js';
import { BASE, PROFILE, SRC } from './profile-fixture.js';

describe('checkNarrowing', () => {
  const table: [string, string, boolean][] = [
    // base, profile, ok — min may only rise, max only fall (OSO SWV profielen §2.6 notation)
    ['?', '0', true],
    ['?', '?', true],
    ['?', '1', true],
    ['?', '*', false],
    ['?', '+', false],
    ['*', '0', true],
    ['*', '?', true],
    ['*', '1', true],
    ['*', '*', true],
    ['*', '+', true],
    ['1', '0', false],
    ['1', '?', false],
    ['1', '1', true],
    ['1', '+', false],
    ['+', '1', true],
    ['+', '*', false],
    ['+', '0', false],
    ['0', '?', false],
    ['0', '0', true],
  ];
  it.each(table)('base %s, profile %s → ok %s', (b, p, ok) => {
    expect(checkNarrowing(b as '?', p as '?').ok).toBe(ok);
  });
  it('reports base and requested bounds and which bound widens', () => {
    expect(checkNarrowing('1', '?')).toEqual({
      ok: false,
      base: { min: 1, max: 1 },
      requested: { min: 0, max: 1 },
      widens: 'min',
    });
    expect(checkNarrowing('?', '*')).toEqual({
      ok: false,
      base: { min: 0, max: 1 },
      requested: { min: 0, max: null },
      widens: 'max',
    });
    expect(checkNarrowing('1', '*').widens).toBe('both');
    expect(checkNarrowing({ min: 0, max: 3 }, '?')).toEqual({
      ok: true,
      base: { min: 0, max: 3 },
      requested: { min: 0, max: 1 },
    });
    expect(checkNarrowing({ min: 2, max: null }, '+').ok).toBe(false);
    expect(checkNarrowing({ min: 0, max: 'unbounded' }, '*').ok).toBe(true);
    expect(formatCardinality({ min: 1, max: 'unbounded' })).toBe('+');
  });
  it('throws TypeError for values that are not cardinalities', () => {
    expect(() => checkNarrowing('x' as '?', '1')).toThrow(TypeError);
    expect(() => checkNarrowing('1', { min: 2, max: 1 })).toThrow(TypeError);
  });
  it('converts and formats cardinalities', () => {
    expect(isCardinality('+')).toBe(true);
    expect(isCardinality('2')).toBe(false);
    expect(toOccurs({ min: -1, max: 1 })).toBeUndefined();
    expect(formatCardinality({ min: 1, max: null })).toBe('+');
    expect(formatCardinality({ min: 0, max: 2 })).toBe('0..2');
    expect(formatCardinality({ min: 2, max: null })).toBe('2..n');
  });
});

describe('validateProfileDefinition', () => {
  it('accepts the synthetic profile against its base', () => {
    expect(validateProfileDefinition(PROFILE, BASE)).toEqual([]);
    expect(validateProfileDefinition(PROFILE, BASE.elements)).toEqual([]);
  });

  it('reports every defect with its code, path, base and requested value', () => {
    const bad: Profile = {
      ...PROFILE,
      base: { id: 'TESTSET', version: '0.9' },
      elements: [
        { path: '/dossier/leerling/geboorteplaats', cardinality: '*', source: SRC }, // ? → * widens max
        { path: '/dossier/leerling/toets/score', cardinality: '0', source: SRC }, // 1 → 0 widens min
        {
          path: '/dossier/metadata/soort',
          cardinality: '1',
          allowedValues: ['A', 'Z'],
          source: SRC,
        },
        {
          path: '/dossier/leerling/toets/niveau',
          cardinality: '?',
          codelist: 'ANDERS',
          source: SRC,
        },
        { path: '/dossier/leerling/bestaatniet', cardinality: '?', source: SRC },
        { path: '/dossier/leerling/bsn', cardinality: '0', rule: 'T.ONBEKEND', source: SRC },
        { path: '/dossier/leerling/bsn', cardinality: '0', source: SRC },
        { path: '/dossier/leerling/adres', cardinality: 'x' as '?', source: SRC },
      ],
      rules: [
        {
          code: 'T.R1',
          severity: 'fout',
          message: 'm',
          paths: ['/dossier/leerling/nergens'],
          source: SRC,
        },
        {
          code: 'T.R1',
          severity: 'fout',
          message: 'm',
          paths: ['/dossier/leerling/nergens'],
          source: SRC,
        },
        {
          code: 'T.R2',
          severity: 'fout',
          message: 'm',
          paths: [],
          context: '/dossier/zus',
          source: SRC,
        },
      ],
    };
    const f = validateProfileDefinition(bad, BASE);
    expect(f.map((x) => [x.code, x.path])).toEqual([
      ['PROFILE.BASE.mismatch', '/'],
      ['PROFILE.RULE.duplicate', '/dossier/leerling/nergens'],
      ['PROFILE.NARROWING.widens', '/dossier/leerling/geboorteplaats'],
      ['PROFILE.NARROWING.widens', '/dossier/leerling/toets/score'],
      ['PROFILE.NARROWING.valuesWiden', '/dossier/metadata/soort'],
      ['PROFILE.NARROWING.codelistChanged', '/dossier/leerling/toets/niveau'],
      ['PROFILE.ELEMENT.unknown', '/dossier/leerling/bestaatniet'],
      ['PROFILE.ELEMENT.ruleUnknown', '/dossier/leerling/bsn'],
      ['PROFILE.ELEMENT.duplicate', '/dossier/leerling/bsn'],
      ['PROFILE.CARDINALITY.invalid', '/dossier/leerling/adres'],
      ['PROFILE.RULE.pathUnknown', '/dossier/leerling/nergens'],
      ['PROFILE.RULE.pathUnknown', '/dossier/leerling/nergens'],
      ['PROFILE.RULE.noPaths', '/'],
      ['PROFILE.RULE.contextUnknown', '/dossier/zus'],
    ]);
    expect(f.every((x) => x.severity === 'fout')).toBe(true);
    const widen = f[2]!;
    expect(widen.params).toMatchObject({ base: '?', requested: '*', widens: 'max' });
    expect(widen.message).toBe(
      'Profiel verruimt de cardinaliteit van geboorteplaats: basis ?, profiel *; een profiel mag alleen inperken.',
    );
    expect(widen.source).toEqual(SRC);
    expect(f[3]!.params).toMatchObject({ base: '1', requested: '0', widens: 'min' });
    expect(f[4]!.params).toMatchObject({ values: ['Z'] });
    expect(f[0]!.params).toMatchObject({ expected: 'TESTSET 0.9', actual: 'TESTSET 1.0' });
  });

  it('checks against explicit XSD bounds in the base', () => {
    const p: Profile = {
      ...PROFILE,
      elements: [{ path: '/dossier/leerling/nationaliteit', cardinality: '*', source: SRC }],
      rules: [],
    };
    const f = validateProfileDefinition(p, BASE);
    expect(f.map((x) => [x.code, x.params?.['base'], x.params?.['requested']])).toEqual([
      ['PROFILE.NARROWING.widens', '0..2', '*'],
    ]);
  });

  it('accepts a rule code the standard reuses for different rules on different paths (PaO.SL01)', () => {
    const p: Profile = {
      ...PROFILE,
      elements: [
        { path: '/dossier/leerling/adresgeheim', cardinality: '1', rule: 'T.SL01', source: SRC },
        { path: '/dossier/leerling/toets/score', cardinality: '1', rule: 'T.SL01', source: SRC },
      ],
      rules: [
        {
          code: 'T.SL01',
          severity: 'fout',
          message: 'a',
          paths: ['/dossier/leerling/adresgeheim'],
          source: SRC,
        },
        {
          code: 'T.SL01',
          severity: 'waarschuwing',
          message: 'b',
          paths: ['/dossier/leerling/toets'],
          source: SRC,
        },
      ],
    };
    expect(validateProfileDefinition(p, BASE)).toEqual([]);
  });

  it('takes a choice alternative as optional under its parent (XSD <xs:choice>)', () => {
    const base = {
      id: 'TESTSET',
      version: '1.0',
      elements: [
        { path: '/dossier/leerling/bsn', cardinality: '1' as const, choice: 'leerling/choice[3]' },
        {
          path: '/dossier/leerling/onderwijsnummer',
          cardinality: '1' as const,
          choice: 'leerling/choice[3]',
        },
        { path: '/dossier/leerling/naam', cardinality: '1' as const },
      ],
    };
    const p: Profile = {
      ...PROFILE,
      elements: [
        { path: '/dossier/leerling/bsn', cardinality: '0', source: SRC },
        { path: '/dossier/leerling/onderwijsnummer', cardinality: '*', source: SRC },
        { path: '/dossier/leerling/naam', cardinality: '0', source: SRC },
      ],
      rules: [],
    };
    expect(
      validateProfileDefinition(p, base).map((x) => [
        x.code,
        x.path,
        x.params?.['base'],
        x.params?.['requested'],
      ]),
    ).toEqual([
      ['PROFILE.NARROWING.widens', '/dossier/leerling/onderwijsnummer', '?', '*'],
      ['PROFILE.NARROWING.widens', '/dossier/leerling/naam', '1', '0'],
    ]);
  });
});
