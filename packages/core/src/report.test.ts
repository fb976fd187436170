import { describe, expect, it } from 'vitest';
import { countBySeverity, createReport, isValid, type Finding } from './report.js';
import { EdustandaardError, isEdustandaardError } from './errors.js';

const f = (severity: Finding['severity']): Finding => ({
  code: 'X.1',
  severity,
  path: '/dossier',
  message: 'm',
});

describe('report', () => {
  it('is valid unless a finding has severity fout', () => {
    expect(isValid([f('waarschuwing'), f('aanbeveling')])).toBe(true);
    expect(isValid([f('aanbeveling'), f('fout')])).toBe(false);
  });
  it('derives valid in createReport and counts severities', () => {
    const r = createReport({
      file: 'a.xml',
      afsprakenset: 'OSO',
      version: '2024.1',
      profile: null,
      issues: [f('fout'), f('aanbeveling')],
    });
    expect(r).toEqual({
      file: 'a.xml',
      afsprakenset: 'OSO',
      version: '2024.1',
      profile: null,
      valid: false,
      issues: [f('fout'), f('aanbeveling')],
    });
    expect(countBySeverity(r.issues)).toEqual({ fout: 1, waarschuwing: 0, aanbeveling: 1 });
  });
});

describe('EdustandaardError', () => {
  it('formats code, location and message for stderr', () => {
    const e = new EdustandaardError('E_XML_MALFORMED', 'ongeldige XML', {
      file: 'a.xml',
      line: 3,
      column: 7,
    });
    expect(e.format()).toBe('E_XML_MALFORMED a.xml:3:7: ongeldige XML');
    expect(isEdustandaardError(e)).toBe(true);
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      code: 'E_XML_MALFORMED',
      message: 'ongeldige XML',
      location: { file: 'a.xml', line: 3, column: 7 },
    });
  });
});

describe('EdustandaardError.format with a path only', () => {
  it('prints a single space between code and path', () => {
    expect(new EdustandaardError('E_USAGE', 'onbekend type', { path: '/x' }).format()).toBe(
      'E_USAGE /x: onbekend type',
    );
    expect(new EdustandaardError('E_IO', 'kan niet lezen').format()).toBe('E_IO: kan niet lezen');
  });
});
