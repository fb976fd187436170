import { describe, expect, it } from 'vitest';
import {
  compareFindings,
  createReport,
  type ConformanceFixture,
  type Finding,
} from '../src/index.js';

const f = (code: string, path: string, severity: Finding['severity'] = 'fout'): Finding => ({
  code,
  severity,
  path,
  message: 'm',
});
const report = (...issues: Finding[]) =>
  createReport({ file: '-', afsprakenset: 'T', version: '1', profile: null, issues });

describe('compareFindings', () => {
  const fixture: ConformanceFixture<string> = {
    description: 'geboorteplaats verboden',
    input: '<dossier/>',
    valid: false,
    issues: [{ code: 'PaO.LL10', path: '/dossier/leerling/geboorteplaats' }],
  };

  it('is ok for exactly the expected findings', () => {
    expect(
      compareFindings(fixture, report(f('PaO.LL10', '/dossier/leerling/geboorteplaats'))),
    ).toEqual({
      ok: true,
      missing: [],
      unexpected: [],
    });
  });

  it('reports missing, unexpected and a valid mismatch', () => {
    const r = compareFindings(
      fixture,
      report(f('PaO.LL11', '/dossier/leerling/nationaliteit', 'waarschuwing')),
    );
    expect(r).toEqual({
      ok: false,
      missing: [{ code: 'PaO.LL10', path: '/dossier/leerling/geboorteplaats' }],
      unexpected: [f('PaO.LL11', '/dossier/leerling/nationaliteit', 'waarschuwing')],
      validMismatch: true,
    });
  });

  it('matches one to one, most specific expectation first, and can ignore severities', () => {
    const two = { valid: false, issues: [{ code: 'X' }, { code: 'X', path: '/b' }] };
    expect(compareFindings(two, report(f('X', '/b'), f('X', '/a'))).ok).toBe(true);
    expect(compareFindings(two, report(f('X', '/b'))).missing).toEqual([{ code: 'X' }]);
    const clean = { valid: true, issues: [] };
    expect(compareFindings(clean, report(f('A', '/', 'aanbeveling'))).ok).toBe(false);
    expect(
      compareFindings(clean, report(f('A', '/', 'aanbeveling')), {
        ignoreSeverities: ['aanbeveling'],
      }).ok,
    ).toBe(true);
    expect(
      compareFindings(
        { valid: false, issues: [{ code: 'X', severity: 'fout' }] },
        report(f('X', '/', 'waarschuwing')),
      ).ok,
    ).toBe(false);
  });
});
