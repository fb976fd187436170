/** `dateWindow` (OVa.TR04): the window follows the period of the reference date. */
import { describe, expect, it } from 'vitest';
import { evaluateProfile, type Profile } from '../src/index.js';

const SRC = { document: 'test' };

function profile(): Profile {
  return {
    id: 'P',
    naam: 'P',
    afsprakenset: 'T',
    version: '1',
    base: { id: 'B', version: '1' },
    elements: [],
    rules: [
      {
        code: 'T.TR04',
        severity: 'fout',
        message: 'te oud',
        paths: ['/d/t'],
        source: SRC,
        check: {
          kind: 'dateWindow',
          context: '/d/t',
          target: 'd',
          reference: '/d/datum',
          periodStart: '08-01',
          periodsBefore: 2,
        },
      },
    ],
  };
}

const hits = (datum: unknown, dates: string[]): string[] =>
  evaluateProfile(profile(), { d: { datum, t: dates.map((d) => ({ d })) } }).issues.map(
    (i) => i.path,
  );

describe('dateWindow', () => {
  it('a reference on or after the period start opens a new period', () => {
    // 2016-08-01 is in schooljaar 2016/17: the window starts 2014-08-01.
    expect(hits('2016-08-01', ['2014-07-31', '2014-08-01'])).toEqual(['/d/t[1]/d']);
    expect(hits('2016-07-31', ['2013-07-31', '2013-08-01'])).toEqual(['/d/t[1]/d']);
  });

  it('reports nothing without a valid reference date or for unparsable dates', () => {
    expect(hits(undefined, ['1900-01-01'])).toEqual([]);
    expect(hits('gisteren', ['1900-01-01'])).toEqual([]);
    expect(hits('2016-01-02', ['onbekend'])).toEqual([]);
  });
});
