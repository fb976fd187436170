/** The one ajv → finding adapter (#10 item 4): JSON pointers at the problem, Dutch messages, anyOf branches. */
import { describe, expect, it } from 'vitest';
import { findingsFromSchemaErrors, isFindingCode, type SchemaError } from '../src/index.js';

const source = { document: 'schema/x.json', version: '1' };

describe('findingsFromSchemaErrors', () => {
  it('locates required and additionalProperties at the member, keeps params, renders Dutch', () => {
    const errors: SchemaError[] = [
      { keyword: 'required', instancePath: '/metadata', params: { missingProperty: 'pakketnaam' } },
      { keyword: 'additionalProperties', instancePath: '', params: { additionalProperty: 'a/b' } },
      { keyword: 'pattern', instancePath: '/brin', params: { pattern: '^[0-9]{2}[A-Z]{2}$' } },
    ];
    const f = findingsFromSchemaErrors(errors, { codePrefix: 'OSO.JSON', source });
    expect(f.map((x) => [x.code, x.path])).toEqual([
      ['OSO.JSON.required', '/metadata/pakketnaam'],
      ['OSO.JSON.additionalProperties', '/a~1b'],
      ['OSO.JSON.pattern', '/brin'],
    ]);
    expect(f[0]!.message).toBe("Verplicht attribuut 'pakketnaam' ontbreekt.");
    expect(f[0]!.params).toEqual({ missingProperty: 'pakketnaam', keyword: 'required' });
    for (const x of f) expect(isFindingCode(x.code)).toBe(true);
  });

  it('reports the deepest anyOf branch, not "matches no alternative"; a type error hides enum at the same place', () => {
    const errors: SchemaError[] = [
      { keyword: 'type', instancePath: '/p', params: { type: 'string' } },
      { keyword: 'enum', instancePath: '/p/kind', params: { allowedValues: ['a', 'b'] } },
      { keyword: 'anyOf', instancePath: '/p', params: {} },
      { keyword: 'type', instancePath: '/q', params: { type: 'integer' } },
      { keyword: 'enum', instancePath: '/q', params: { allowedValues: [1] } },
    ];
    const f = findingsFromSchemaErrors(errors, { codePrefix: 'OKE.SCHEMA', source, base: '/body' });
    expect(f.map((x) => [x.code, x.path])).toEqual([
      ['OKE.SCHEMA.enum', '/body/p/kind'],
      ['OKE.SCHEMA.type', '/body/q'],
    ]);
    expect(findingsFromSchemaErrors(null, { codePrefix: 'X.Y', source })).toEqual([]);
  });
});
