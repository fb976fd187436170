/** The one ajv → finding adapter (#10 item 4): JSON pointers at the problem, Dutch messages, anyOf branches. */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  findingsFromSchemaErrors,
  isFindingCode,
  type SchemaBranch,
  type SchemaError,
} from '../src/index.js';

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

describe('findingsFromSchemaErrors with branch validators (oke: grouped per branch)', () => {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
  const id = { type: 'string', pattern: '^[0-9a-f-]{36}$' };
  const person = {
    type: 'object',
    required: ['personId', 'kind'],
    properties: { personId: id, kind: { const: 'person' }, name: { type: 'string' } },
  };
  const group = {
    type: 'object',
    required: ['groupId', 'kind'],
    properties: { groupId: id, kind: { const: 'group' } },
  };
  const alt = { $comment: 'alt /p', oneOf: [id, person, group] };
  const validate = ajv.compile({
    type: 'object',
    required: ['p', 'q'],
    properties: { p: alt, q: { type: 'integer' } },
  });
  const branches: SchemaBranch[] = [
    { title: 'Identifier', validate: ajv.compile(id) },
    { title: 'Person', validate: ajv.compile(person) },
    { title: 'Group', validate: ajv.compile(group) },
  ];
  const run = (value: unknown) => {
    expect(validate(value)).toBe(false);
    return findingsFromSchemaErrors(validate.errors, {
      codePrefix: 'OKE.SCHEMA',
      source,
      branches: (e) =>
        (e.parentSchema as { $comment?: string }).$comment === 'alt /p' ? branches : undefined,
    });
  };

  it('every error at once; the one plausible branch (kind field) is reported as it is', () => {
    const f = run({ p: { kind: 'person', name: 1 }, q: 'x' });
    expect(f.map((x) => [x.code, x.path])).toEqual([
      ['OKE.SCHEMA.required', '/p/personId'],
      ['OKE.SCHEMA.type', '/p/name'],
      ['OKE.SCHEMA.type', '/q'],
    ]);
    expect(f[2]!.params).toEqual({ type: 'integer', keyword: 'type' });
  });

  it('no plausible branch: one oneOf finding lists each branch with its own findings', () => {
    const f = run({ p: { name: 'x' }, q: 1 });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: 'OKE.SCHEMA.oneOf', path: '/p', severity: 'fout' });
    const reported = (f[0]!.params as { branches: { title: string; issues: { path: string }[] }[] })
      .branches;
    expect(reported.map((b) => [b.title, b.issues.map((i) => i.path)])).toEqual([
      ['Person', ['/p/personId', '/p/kind']],
      ['Group', ['/p/groupId', '/p/kind']],
    ]);
    expect(f[0]!.message).toMatch(
      /^Waarde past in geen van de toegestane vormen: Person \(2 fouten: /,
    );
  });

  it('more than one branch fits a oneOf: said so', () => {
    const two = ajv.compile({ oneOf: [{ type: 'string' }, { minLength: 1 }] });
    expect(two('a')).toBe(false);
    const f = findingsFromSchemaErrors(two.errors, {
      codePrefix: 'X.S',
      source,
      branches: () => undefined,
    });
    expect(f.map((x) => [x.code, x.message])).toEqual([
      [
        'X.S.oneOf',
        'Waarde past in meer dan één van de vormen, waarvan er precies één mag passen.',
      ],
    ]);
  });
});
