/**
 * One engine (#10 item 1): the gegevensset's own checks are the core profile `OSO-BASE`, evaluated
 * by core's engine; one input normaliser for XML, JSON and objects; renames derived once from the
 * change list (#10 item 3).
 */
import { describe, expect, it } from 'vitest';
import { describeRule, findProfile } from '@edustandaard/core';
import {
  OSO_BASE_PROFILES,
  read,
  readDossier,
  renamePath,
  validate,
  validateDecoded,
} from '../src/index.js';
import { HAS_REFERENCE, officialExamples } from './reference.js';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const L = '/dossier/huidigeschool/leerling';

describe('OSO-BASE is a core profile of declarations', () => {
  for (const version of ['2019.1', '2024.1'] as const) {
    it(`${version}: found by core's findProfile; every rule has a check and a Dutch sentence`, () => {
      const p = findProfile(OSO_BASE_PROFILES, 'oso-base', version);
      expect(p.version).toBe(version);
      expect(p.rules.length).toBeGreaterThan(30);
      for (const r of p.rules) {
        expect(r.check, r.code).toBeDefined();
        expect(r.test, r.code).toBeUndefined();
        expect(describeRule(p, r).length, r.code).toBeGreaterThan(15);
      }
      expect(p.rules.filter((r) => r.check?.kind === 'codelist').length).toBeGreaterThan(10);
    });
  }
});

describe.skipIf(!HAS_REFERENCE)('one input normaliser, one base validation', () => {
  const ex = () => officialExamples().find((e) => e.name === 'Voorbeelddossier_OV_POVO_full.xml')!;

  it('XML, JSON text and the decoded object give the same version and findings', () => {
    const xml = ex().bytes;
    const d = read(xml).dossier as unknown as Any;
    d.huidigeschool.leerling.geslacht = 7; // outside code list 14
    const fromObject = readDossier(d);
    const fromJson = readDossier(JSON.stringify({ dossier: d }));
    expect(fromObject.version).toBe('2019.1');
    expect(fromJson).toMatchObject({ version: '2019.1', format: 'json' });
    expect(fromObject.format).toBe('object');
    const codes = (x: typeof fromObject) =>
      validateDecoded(x.dossier, { version: x.version }).issues.map((i) => [i.code, i.path]);
    expect(codes(fromObject)).toEqual([['OSO.CODELIJST.14', `${L}/geslacht`]]);
    expect(codes(fromJson)).toEqual(codes(fromObject));
    expect(validate(JSON.stringify(d)).issues.map((i) => i.code)).toEqual(['OSO.CODELIJST.14']);
    expect(readDossier(xml).format).toBe('xml');
  });

  it('code lists compare the lexical value: a recorded " 1 " or "01" is not code 1 (#10 item 7b)', () => {
    const d = read(ex().bytes).dossier as unknown as Any;
    const l = d.huidigeschool.leerling;
    const ok = validateDecoded(d, { version: '2019.1' }).issues;
    expect(ok).toEqual([]);
    // The reader records a lexical form that differs from the canonical one under `$lexical`.
    l.$lexical = { ...(l.$lexical ?? {}), geslacht: ` ${String(l.geslacht)} ` };
    expect(validateDecoded(d, { version: '2019.1' }).issues.map((i) => [i.code, i.path])).toEqual([
      ['OSO.CODELIJST.14', `${L}/geslacht`],
    ]);
  });
});

describe('renamePath: the 2019.1 ↔ 2024.1 renames from changes-2024.1.json', () => {
  it('renames forward and back, keeping indices', () => {
    const p19 = `${L}/eindtoets_basisonderwijs/eindtoetsresultaat[2]/x`;
    const p24 = `${L}/doorstroomtoets/toetsresultaat[2]/x`;
    expect(renamePath(p19, '2019.1', '2024.1')).toBe(p24);
    expect(renamePath(p24, '2024.1', '2019.1')).toBe(p19);
    expect(
      renamePath('/dossier/metadata/categorie_uitlevering/cat_eindtoetsbo', '2019.1', '2024.1'),
    ).toBe('/dossier/metadata/categorie_uitlevering/cat_doorstroomtoets');
    expect(renamePath(`${L}/voornaam`, '2024.1', '2019.1')).toBe(`${L}/voornaam`);
    expect(renamePath(`${L}/doorstroomtoetsen`, '2024.1', '2019.1')).toBe(`${L}/doorstroomtoetsen`);
    expect(() => renamePath(L, '2019.1', '2030.1')).toThrow(RangeError);
  });
});
