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
      waarde:
        'https://ketenid.nl/201703/3e8b5b5a0e9ac0a46a3fd6f1b1a1a29fcd6c1e3dcd9a8b5f2e8f3c9f2a4b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8' as never,
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
      'https://edustandaard.github.io/edustandaard-ts/schema/core/central-models.json',
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
  });
});
