/**
 * The rule vocabulary: every kind evaluates, repairs (where it can) and describes from one
 * declaration, and every kind of RULE_KINDS is exercised here.
 */
import { describe, expect, it } from 'vitest';
import {
  RULE_KINDS,
  describeCheck,
  describeProfile,
  evaluateProfile,
  repairProfile,
  type Profile,
  type RuleCheck,
} from '../src/index.js';

const SRC = { document: 'test' };

function profileWith(check: RuleCheck, extra: Partial<Profile> = {}): Profile {
  return {
    id: 'P',
    naam: 'P',
    afsprakenset: 'T',
    version: '1',
    base: { id: 'B', version: '1' },
    elements: [],
    rules: [
      { code: 'T.01', severity: 'fout', message: 'm {soort}', paths: ['/d'], source: SRC, check },
    ],
    ...extra,
  };
}

function doc(): Record<string, unknown> {
  return {
    d: {
      p: [
        {
          geheim: true,
          adres: ['a1', 'a2'],
          soort: 'telefoon',
          nummer: '0612345678',
          code: '01',
          $lexical: { code: '01' },
        },
        { geheim: false, adres: 'a3', soort: 'e-mail', nummer: 'x@y.z', code: 1 },
      ],
      versie: '2024.1.0',
      naam: 'ab',
      datum: '2016-01-02',
      t: [{ d: '2013-07-31' }, { d: '2013-08-01' }],
    },
  };
}

const cases: Array<{ check: RuleCheck; paths: string[]; repaired?: string[] }> = [
  {
    check: {
      kind: 'forbiddenWhen',
      context: '/d/p',
      when: { path: 'geheim', is: 'true' },
      forbidden: ['adres'],
    },
    paths: ['/d/p[1]/adres[1]', '/d/p[1]/adres[2]'],
    repaired: ['/d/p[1]/adres[1]', '/d/p[1]/adres[2]'],
  },
  {
    check: {
      kind: 'requiredWhen',
      context: '/d/p',
      when: { path: 'geheim', is: 'false' },
      requires: ['telefoon', 'fax'],
      at: 'telefoon',
    },
    paths: ['/d/p[2]/telefoon'],
  },
  { check: { kind: 'requiresOneOf', targets: ['/d/p'], children: ['x', 'adres'] }, paths: [] },
  {
    check: { kind: 'requiresOneOf', targets: ['/d/p'], children: ['x', 'y'] },
    paths: ['/d/p[1]', '/d/p[2]'],
  },
  {
    check: { kind: 'fixedValue', path: '/d/naam', value: { P: 'cd' } },
    paths: ['/d/naam'],
    repaired: ['/d/naam'],
  },
  {
    check: { kind: 'versionAtLeast', path: '/d/versie', minimum: '2024.1.1' },
    paths: ['/d/versie'],
    repaired: ['/d/versie'],
  },
  {
    check: {
      kind: 'secretValue',
      contexts: ['/d/p'],
      flag: 'geheim',
      soort: 'soort',
      target: 'nummer',
      values: { telefoon: '999' },
    },
    paths: ['/d/p[1]/nummer'],
    repaired: ['/d/p[1]/nummer'],
  },
  {
    check: { kind: 'maxCount', context: '/d/p[1]', child: 'adres', max: 1 },
    paths: ['/d/p[1]/adres[2]'],
  },
  {
    check: {
      kind: 'valueConstraint',
      context: '/d/p',
      when: { path: 'soort', in: ['e-mail'] },
      target: 'nummer',
      minLength: 6,
    },
    paths: ['/d/p[2]/nummer'],
  },
  // Lexical comparison: `01` is not code `1` (#10 item 7b); the typed 1 of the second p is.
  {
    check: { kind: 'codelist', targets: ['/d/p/code'], name: 'L', codes: ['1'] },
    paths: ['/d/p[1]/code'],
  },
  // Schooljaren from 1 August: reference 2016-01-02 is in 2015/16; two years before starts 2013-08-01.
  {
    check: {
      kind: 'dateWindow',
      context: '/d/t',
      target: 'd',
      reference: '/d/datum',
      periodStart: '08-01',
      periodsBefore: 2,
    },
    paths: ['/d/t[1]/d'],
    repaired: ['/d/t[1]'],
  },
];

describe('rule vocabulary', () => {
  it('exercises every kind', () => {
    expect(new Set(cases.map((c) => c.check.kind))).toEqual(new Set(Object.keys(RULE_KINDS)));
  });

  for (const c of cases) {
    it(`${c.check.kind}: evaluate, repair and describe from one declaration (${c.paths.length} hits)`, () => {
      const p = profileWith(c.check);
      const report = evaluateProfile(p, doc());
      expect(report.issues.map((i) => i.path)).toEqual(c.paths);
      expect(report.issues.every((i) => i.code === 'T.01')).toBe(true);
      expect(describeCheck(c.check)).toMatch(/\S.*\.$/);
      expect(describeProfile(p).rules[0]!.uitleg).toBe(describeCheck(c.check));

      const d = doc();
      const changes = repairProfile(p, d);
      expect(changes.map((x) => x.path)).toEqual(c.repaired ?? []);
      if (c.repaired?.length) expect(evaluateProfile(p, d).issues).toEqual([]);
    });
  }

  it('never puts a secret value in a finding or a change', () => {
    const check: RuleCheck = {
      kind: 'secretValue',
      contexts: ['/d/p'],
      flag: 'geheim',
      soort: 'soort',
      target: 'nummer',
      values: { telefoon: '999' },
    };
    const p = profileWith(check);
    expect(JSON.stringify(evaluateProfile(p, doc()))).not.toContain('0612345678');
    expect(JSON.stringify(repairProfile(p, doc()))).not.toContain('0612345678');
  });

  it('removes the recorded lexical form with the value it belongs to', () => {
    const p = profileWith({ kind: 'forbiddenWhen', context: '/d/p', forbidden: ['code'] });
    const d = doc();
    repairProfile(p, d);
    const first = (d.d as { p: Record<string, unknown>[] }).p[0]!;
    expect(first).not.toHaveProperty('code');
    expect(first).not.toHaveProperty('$lexical');
  });

  it('removes element rows with cardinality 0 under their rule code', () => {
    const p = profileWith(
      { kind: 'maxCount', context: '/d', child: 'p', max: 9 },
      {
        elements: [{ path: '/d/naam', cardinality: '0', rule: 'T.01', source: SRC }],
      },
    );
    const d = doc();
    expect(repairProfile(p, d)).toEqual([
      { action: 'removed', code: 'T.01', path: '/d/naam', reason: 'm {soort}' },
    ]);
  });
});
