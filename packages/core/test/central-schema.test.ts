import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Onderwijsaanbieder, Onderwijsdeelnemer, Onderwijsmedewerker } from '../src/index.js';
import { CENTRAL_MODEL_TYPES } from '../scripts/build-schema.mjs';

const schema = JSON.parse(
  readFileSync(new URL('../schema/central-models.json', import.meta.url), 'utf8'),
) as {
  $id: string;
  $schema: string;
  definitions: Record<string, { title?: string; description?: string }>;
};
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema);
const validator = (name: string) => ajv.getSchema(`${schema.$id}#/definitions/${name}`)!;

const deelnemer: Onderwijsdeelnemer = {
  identificaties: [
    {
      soort: 'eckId',
      waarde: `https://ketenid.nl/201703/${'3e8b'.repeat(32)}` as never,
      rang: 'primair',
    },
  ],
  voornamen: ['Björn', 'Johannes'],
  roepnaam: 'Daan',
  voorvoegsel: 'van de',
  achternaam: 'Berg',
  geboortedatum: '2003-03-17',
  geslacht: 'man',
  adressen: [
    {
      soort: 'bezoek',
      straatnaam: 'Hoofdstraat',
      huisnummer: 136,
      postcode: '7311BA',
      plaatsnaam: 'Apeldoorn',
    },
  ],
  communicatie: [{ soort: 'email', waarde: 'leerling@example.org', geheim: false }],
  inschrijving: { begindatum: '2005-01-04' },
  leerjaar: '8',
};
const school: Onderwijsaanbieder = {
  niveau: 'onderwijsaanbieder',
  identificaties: [{ soort: 'OIE_CODE', waarde: '00YY' as never, rang: 'secundair' }],
  naam: 'Testschool',
};
const surveillant: Onderwijsmedewerker = { achternaam: 'Jansen', functie: 'surveillant' };

describe('schema/central-models.json', () => {
  it('has $schema, a stable $id, and a titled, described definition per central model', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe(
      'https://edustandaard.github.io/edustandaard-ts/schemas/core/central-models.json',
    );
    for (const t of CENTRAL_MODEL_TYPES) {
      expect(schema.definitions[t]?.title, t).toBe(t);
      expect(schema.definitions[t]?.description, t).toMatch(/\w{10}/);
    }
  });

  it('accepts sample central objects (ajv)', () => {
    for (const [name, value] of [
      ['Onderwijsdeelnemer', deelnemer],
      ['Onderwijsaanbieder', school],
      ['Onderwijsorganisatie', school],
      ['Onderwijsmedewerker', surveillant],
      ['Persoon', { achternaam: 'Jansen' }],
    ] as const) {
      const v = validator(name);
      expect(v(value), `${name}: ${ajv.errorsText(v.errors)}`).toBe(true);
    }
  });

  it('rejects objects that break the model, with the failing path', () => {
    const v = validator('Onderwijsdeelnemer');
    expect(v({ voornamen: ['A'] })).toBe(false);
    expect(
      v.errors?.some(
        (e) =>
          e.params && 'missingProperty' in e.params && e.params.missingProperty === 'achternaam',
      ),
    ).toBe(true);
    expect(validator('Onderwijsaanbieder')({ ...school, niveau: 'onderwijslocatie' })).toBe(false);
    expect(
      validator('Onderwijsaanbieder')({
        ...school,
        identificaties: [{ soort: 'eckId', waarde: 'x' }],
      }),
    ).toBe(false);
    expect(validator('Persoon')({ achternaam: 'X', geslacht: '2' })).toBe(false);
    expect(validator('Adres')({ huisnummer: '12' })).toBe(false);
    // identifier values follow the formats @edustandaard/identifiers publishes
    const withId = (waarde: string) => ({
      ...school,
      identificaties: [{ soort: 'OIE_CODE', waarde }],
    });
    expect(validator('Onderwijsaanbieder')(withId('00yy'))).toBe(false);
    expect(validator('Persoon')({ achternaam: 'X', pgn: '12345' })).toBe(false);
    expect(
      validator('Onderwijsdeelnemer')({
        achternaam: 'X',
        identificaties: [{ soort: 'eckId', waarde: 'https://ketenid.nl/201703/ABC' }],
      }),
    ).toBe(false);
  });
});
