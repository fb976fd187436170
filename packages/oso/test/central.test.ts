/**
 * OSO's derivation from the central AMIGO models (issue #18): coverage of every element of both
 * versions, and round trips dossier → central → dossier on the official examples and on generated
 * dossiers, equal on every derivation marked reversible.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  buildDerivationMatrix,
  fromCentral,
  reversiblePart,
  roundTrip,
  type AnyObjectMapping,
  type Persoon,
  type Proof,
  type ProvesSameStructure,
} from '@edustandaard/core';
import type * as V2024 from '../src/generated/types-2024.1.js';
import { persoonFields } from '../src/central/mappings.js';
import {
  compiledSchema,
  elementTable,
  OSO_DERIVATIONS_2019_1,
  OSO_DERIVATIONS_2024_1,
  OSO_DERIVATION_DATA_2019_1,
  OSO_DERIVATION_DATA_2024_1,
  OSO_LEERLING,
  osoResolvedDerivations,
  OSO_SCHOOL,
  osoLeerlingFromCentral,
  osoToCentral,
  read,
  type OsoVersion,
} from '../src/index.js';
import { HAS_REFERENCE, officialExamples, SKIP_REASON } from './reference.js';
import { randomDocument, rng } from './support/random.js';

const require = createRequire(import.meta.url);
const centralSchema = JSON.parse(
  readFileSync(require.resolve('@edustandaard/core/schema/central-models.json'), 'utf8'),
) as { $id: string };
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(centralSchema);
const validCentral = (name: string, value: unknown): string[] => {
  const v = ajv.getSchema(`${centralSchema.$id}#/definitions/${name}`)!;
  return v(value) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
};

describe('coverage of the OSO element tables', () => {
  for (const [version, resolved] of [
    ['2019.1', osoResolvedDerivations('2019.1')],
    ['2024.1', osoResolvedDerivations('2024.1')],
  ] as const) {
    it(`${version}: every element derives from a central concept or is domain-specific with a reason (100 %)`, () => {
      expect(resolved.uncovered).toEqual([]);
      // a rule no element of either version reaches is stale data
      const other =
        version === '2019.1' ? osoResolvedDerivations('2024.1') : osoResolvedDerivations('2019.1');
      expect(resolved.unusedRules.filter((p) => other.unusedRules.includes(p))).toEqual([]);
      // a rule only documents: never converted, never claimed reversible
      for (const e of resolved.elements)
        if (e.bron.startsWith('regel:') && e.status === 'afgeleid')
          expect([e.omgezet, e.omkeerbaar], e.element).toEqual([false, false]);
      const paths = elementTable(version).map((r) => r.path);
      expect(resolved.elements.map((e) => e.element)).toEqual(paths);
      expect(resolved.coverage).toMatchObject({
        totaal: paths.length,
        ontbreekt: 0,
        percentage: 100,
      });
      for (const e of resolved.elements)
        if (e.status === 'domeinspecifiek') expect(e.reden, e.element).toMatch(/\w{4}.*\.$/);
        else expect(e.conversie, e.element).toBeTruthy();
      // the converted part is substantial, not a token
      expect(resolved.coverage.omgezet).toBeGreaterThan(150);
    });
  }

  it('the derivation maps for the site are the derived rows, consistent with the central concepts', () => {
    const m = buildDerivationMatrix([OSO_DERIVATIONS_2019_1, OSO_DERIVATIONS_2024_1]);
    expect(m.issues).toEqual([]);
    expect(OSO_DERIVATIONS_2024_1.derivations.length).toBe(
      osoResolvedDerivations('2024.1').coverage.afgeleid,
    );
    const row = (c: string) => m.rows.find((r) => r.concept === c)!.cells[1]!;
    expect(row('Onderwijsmedewerker').map((c) => c.element)).toContain(
      '/dossier/huidigeschool/leerling/toetslijst/toets/afname/afgenomendoor/functie',
    );
    expect(row('Adres').length).toBeGreaterThan(50);
  });
});

/** Round trip of one object: the reversible part must come back equal. */
function roundTripOne(mapping: AnyObjectMapping, domain: unknown, central: unknown): void {
  const back = fromCentral(mapping, central).value;
  expect(reversiblePart(mapping, back)).toEqual(reversiblePart(mapping, domain));
}

/**
 * The central school and leerling are valid against the shipped JSON Schema, and every object of
 * the dossier that a mapping runs on (school, leerling, verzorgers, huisarts, adressen, toetsen,
 * resultaten, …) comes back equal on its reversible derivations.
 * @returns how many objects went through a mapping
 */
function checkDossier(
  dossier: Record<string, unknown>,
  version: OsoVersion,
  label: string,
): number {
  const hs = dossier.huidigeschool as Record<string, unknown> | undefined;
  const c = osoToCentral(dossier);
  if (hs) {
    expect(validCentral('Onderwijsaanbieder', c.school), label).toEqual([]);
    roundTripOne(OSO_SCHOOL, hs, c.school);
    if (c.leerling?.achternaam !== undefined)
      expect(validCentral('Onderwijsdeelnemer', c.leerling), label).toEqual([]);
    const ll = hs.leerling as Record<string, unknown> | undefined;
    if (ll) roundTripOne(OSO_LEERLING, ll, c.leerling);
  }
  const data = version === '2019.1' ? OSO_DERIVATION_DATA_2019_1 : OSO_DERIVATION_DATA_2024_1;
  const r = roundTrip(data, dossier, '/dossier');
  expect(r.mismatches, label).toEqual([]);
  return r.checked;
}

describe.skipIf(!HAS_REFERENCE)('round trip on the official examples', () => {
  if (!HAS_REFERENCE) console.warn(SKIP_REASON);
  const examples = officialExamples();

  it('every example: school, leerling and verzorgers → central → OSO equal on the reversible derivations', () => {
    expect(examples.length).toBe(12);
    let checked = 0;
    for (const ex of examples) {
      const r = read(ex.bytes);
      checked += checkDossier(r.dossier as unknown as Record<string, unknown>, r.version, ex.name);
    }
    expect(checked).toBeGreaterThan(12 * 20);
  });

  it('the POVO example: the central leerling carries the identifiers the Edu-V selection picks', () => {
    const ex = examples.find((e) => e.name === 'Voorbeelddossier_OV_POVO_full.xml')!;
    const c = osoToCentral(read(ex.bytes).dossier);
    expect(c.school).toMatchObject({
      niveau: 'onderwijsaanbieder',
      naam: 'Testschool',
      identificaties: [{ soort: 'OIE_CODE', waarde: '00YY', rang: 'secundair' }],
    });
    expect(c.leerling).toMatchObject({
      achternaam: 'Berg',
      voorvoegsel: 'van de',
      roepnaam: 'Daan',
      geslacht: 'man',
      pgn: '269326728',
      identificaties: [{ soort: 'ASI', waarde: 'LN094837', rang: 'secundair' }],
      onderwijsaanbieder: { soort: 'OIE_CODE', waarde: '00YY', rang: 'secundair' },
      inschrijving: { begindatum: '2005-01-04', einddatum: '2016-07-31' },
    });
    expect(c.leerling!.communicatie).toContainEqual({
      soort: 'email',
      omschrijving: 'prive',
      waarde: 'leerling@leerling.nl',
      geheim: false,
    });
    // what the central models do not carry is reported, by path
    expect(c.nietOvergedragen.map((n) => n.path)).toContain(
      '/dossier/huidigeschool/leerling/geboorteplaats'.replace('geboorteplaats', 'gba'),
    );
    const back = osoLeerlingFromCentral(c.leerling!);
    expect(back.value).toMatchObject({ achternaam: 'Berg', geslacht: 2, bsn: '269326728' });
    expect(back.nietOvergedragen).toEqual([
      { path: 'onderwijsaanbieder', reden: 'geen element voor onderwijsaanbieder' },
    ]);
  });
});

describe('round trip on generated dossiers', () => {
  for (const version of ['2019.1', '2024.1'] as OsoVersion[]) {
    it(`${version}: 40 seeded random dossiers`, () => {
      const schema = compiledSchema(version);
      const r = rng(version === '2019.1' ? 1801 : 1802);
      let checked = 0;
      for (let i = 0; i < 40; i++) {
        const d = randomDocument(schema, 'dossier', r, { pOptional: 0.7, maxRepeat: 2 });
        checked += checkDossier(d as Record<string, unknown>, version, `${version} #${i}`);
      }
      // every mapping ran on generated objects
      expect(checked).toBeGreaterThan(40 * 20);
    });
  }
});

describe('types that prove it', () => {
  it('a change in the central Persoon breaks the OSO derivation at compile time', () => {
    // The OSO name elements claim the same structure as the central Persoon (no conversion):
    type Ok = Proof<ProvesSameStructure<V2024.Leerling, Persoon, typeof persoonFields>>;
    // If the central achternaam became a number, OSO's claim would no longer hold:
    type ChangedPersoon = Omit<Persoon, 'achternaam'> & { achternaam: number };
    // @ts-expect-error -- ProvesSameStructure is false, Proof<false> does not compile
    type Broken = Proof<ProvesSameStructure<V2024.Leerling, ChangedPersoon, typeof persoonFields>>;
    expectTypeOf<Ok>().toEqualTypeOf<true>();
    expectTypeOf<
      ProvesSameStructure<V2024.Leerling, ChangedPersoon, typeof persoonFields>
    >().toEqualTypeOf<false>();
    expectTypeOf<Broken>().not.toBeAny();
  });
});
