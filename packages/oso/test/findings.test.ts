/**
 * Findings a person can act on (issue #10 item 5): one misplaced element gives one finding, with the
 * line and column of its start tag and the elements expected there; the JSON input path checks what
 * the XML path checks.
 */
import { describe, expect, it } from 'vitest';
import { read, validate } from '../src/index.js';
import { HAS_REFERENCE, SKIP_REASON, officialExamples } from './reference.js';

const bb = () =>
  officialExamples()
    .find((e) => e.name === 'Voorbeelddossier_OV_BB_full.xml')!
    .bytes.toString('utf8');
const viaJson = (x: unknown): any => JSON.parse(JSON.stringify(x));
/** 1-based line and column of the first occurrence of `needle`. */
function position(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

describe.skipIf(!HAS_REFERENCE)(
  `findings (${HAS_REFERENCE ? 'reference present' : SKIP_REASON})`,
  () => {
    for (const [before, expected] of [
      ['<voornaam>', ['voornaam']],
      ['<geslacht>', ['geslacht']],
      ['<adresgeheim>', ['adresgeheim']],
    ] as const) {
      it(`<geboorteplaats> before ${before}: one OSO.XSD.order finding with line, column and what is expected`, () => {
        const xml = bb().replace(before, `<geboorteplaats>Utrecht</geboorteplaats>${before}`);
        const r = read(xml);
        expect(r.issues).toHaveLength(1);
        expect(r.issues[0]).toMatchObject({
          code: 'OSO.XSD.order',
          path: '/dossier/huidigeschool/leerling/geboorteplaats',
          params: { element: 'geboorteplaats', expected, ...position(xml, '<geboorteplaats>') },
        });
        expect(r.issues[0]!.message).toContain(`Verwacht is een van ( ${expected.join(', ')} )`);
      });
    }

    it('an unexpected element, a wrong value and a missing one carry their line and column too', () => {
      const xml = bb()
        .replace('<roepnaam>', '<hobby>dammen</hobby><roepnaam>')
        .replace(
          '<geboortedatum>2003-03-17</geboortedatum>',
          '<geboortedatum>2003-02-30</geboortedatum>',
        );
      const r = read(xml);
      expect(r.issues.map((i) => [i.code, i.params?.line, i.params?.column])).toEqual([
        ['OSO.XSD.unexpected', position(xml, '<hobby>').line, position(xml, '<hobby>').column],
        [
          'OSO.XSD.type',
          position(xml, '<geboortedatum>').line,
          position(xml, '<geboortedatum>').column,
        ],
      ]);
    });

    it('a swap of two siblings is one finding (on the one written before a required element, as xmllint)', () => {
      const xml = bb().replace(
        '<achternaam>Berg</achternaam>\n      <roepnaam>Daan</roepnaam>',
        '<roepnaam>Daan</roepnaam>\n      <achternaam>Berg</achternaam>',
      );
      expect(read(xml).issues.map((i) => [i.code, i.path])).toEqual([
        ['OSO.XSD.order', '/dossier/huidigeschool/leerling/roepnaam'],
      ]);
    });

    // Before: a JSON dossier with an unknown element passed `oso validate`, the same dossier as XML failed.
    it('the JSON form of a dossier gets the same structural findings as the XML (unknown element, attribute, text)', () => {
      const xml = bb()
        .replace('<roepnaam>', '<hobby>dammen</hobby><roepnaam>')
        .replace('<leerling>', '<leerling status="x">')
        .replace('<adresgeheim>', 'los<adresgeheim>');
      const fromXml = validate(xml);
      const fromJson = validate(viaJson(read(xml).dossier), { version: '2019.1' });
      const key = (i: { code: string; path: string }) => `${i.code} ${i.path}`;
      const structural = (r: typeof fromXml) =>
        r.issues
          .filter((i) => i.code.startsWith('OSO.XSD'))
          .map(key)
          .sort();
      expect(structural(fromXml)).toEqual([
        'OSO.XSD.attribute /dossier/huidigeschool/leerling/@status',
        'OSO.XSD.text /dossier/huidigeschool/leerling',
        'OSO.XSD.unexpected /dossier/huidigeschool/leerling/hobby',
      ]);
      expect(structural(fromJson)).toEqual(structural(fromXml));
      expect(fromJson.valid).toBe(false);
    });

    it('a hand-written JSON dossier with an unknown key fails like the XML', () => {
      const d = viaJson(read(bb()).dossier);
      d.huidigeschool.leerling.hobby = 'dammen';
      const r = validate(d, { version: '2019.1' });
      expect(r.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
        'OSO.XSD.unexpected /dossier/huidigeschool/leerling/hobby',
      ]);
    });
  },
);
