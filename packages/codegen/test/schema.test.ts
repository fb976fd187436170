import { describe, expect, it } from 'vitest';
import {
  inlineGenericDefinitions,
  openRecords,
  publishSchema,
  schemaId,
  schemaLocation,
} from '../src/schema.mjs';

describe('the one $id scheme (#15)', () => {
  it('is …/schemas/<package>/<file>.json and maps back to the site path', () => {
    const id = schemaId('rio', 'sync-plan.json');
    expect(id).toBe('https://edustandaard.github.io/edustandaard-ts/schemas/rio/sync-plan.json');
    expect(schemaLocation(id)).toEqual({
      pkg: 'rio',
      file: 'sync-plan.json',
      path: '/schemas/rio/sync-plan.json',
    });
    expect(schemaLocation('https://edustandaard.github.io/edustandaard-ts/oke/schema/X.json')).toBe(
      null,
    );
  });

  it('rejects a package or file name that cannot be served', () => {
    expect(() => schemaId('@edustandaard/rio', 'a.json')).toThrow(/pakketnaam/);
    expect(() => schemaId('rio', '../a.json')).toThrow(/schemabestand/);
    expect(() => schemaId('rio', 'a.xsd')).toThrow(/schemabestand/);
  });
});

describe('clean-ups for tools outside ajv', () => {
  it('opens objects noExtraProps closed without declaring a property', () => {
    const s = {
      type: 'object',
      properties: { p: { type: 'object', additionalProperties: false } },
    };
    openRecords(s);
    expect(s.properties.p).toEqual({ type: 'object' });
  });

  it('inlines generic definition names; Record<string,V> becomes a map of V', () => {
    const s = {
      type: 'object',
      properties: {
        a: { description: 'x', $ref: '#/definitions/Record%3Cstring%2Cunknown%3E' },
        b: { $ref: '#/definitions/Record%3Cstring%2CItem%3E' },
        c: { $ref: '#/definitions/Record%3Cstring%2Cstring%3E' },
      },
      definitions: {
        'Record<string,unknown>': { type: 'object' },
        'Record<string,Item>': { type: 'object' },
        'Record<string,string>': { type: 'object' },
        Item: { type: 'number' },
      },
    };
    inlineGenericDefinitions(s);
    expect(s.properties).toEqual({
      a: { type: 'object', description: 'x' },
      b: { type: 'object', additionalProperties: { $ref: '#/definitions/Item' } },
      c: { type: 'object', additionalProperties: { type: 'string' } },
    });
    expect(Object.keys(s.definitions)).toEqual(['Item']);
  });

  it('publishes $schema, $id and title first, with relative $refs', () => {
    const id = schemaId('core', 'x.json');
    const text = publishSchema(
      { $schema: 'x', type: 'object', properties: { a: { $ref: `${id}#/definitions/A` } } },
      { pkg: 'core', file: 'x.json', title: 'X' },
    );
    const out = JSON.parse(text);
    expect(Object.keys(out).slice(0, 3)).toEqual(['$schema', '$id', 'title']);
    expect(out.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(out.properties.a.$ref).toBe('#/definitions/A');
    expect(text.endsWith('}\n')).toBe(true);
  });
});
