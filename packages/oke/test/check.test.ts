import { describe, expect, it } from 'vitest';
import { check, checkJson, sampleData as S, validateSchema } from '../src/index.js';
import { HAVE_REFERENCE, loadYaml } from './reference.js';

const codes = (r: { issues: { code: string; path: string }[] }) =>
  r.issues.map((f) => [f.code, f.path]);
/** Schema findings only (the flow duties are tested in duties.test.ts). */
const isSchema = (f: { code: string }) => f.code.startsWith('OKE.SCHEMA.');
const schemaCodes = (r: { issues: { code: string; path: string }[] }) =>
  r.issues.filter(isSchema).map((f) => [f.code, f.path]);

describe('check(interaction, direction, message)', () => {
  it('returns the one report shape for a valid message', () => {
    const r = check('2.zitting-aanmaken', 'request', S.sampleOffering());
    expect(r).toEqual({
      file: '2.zitting-aanmaken',
      afsprakenset: 'OKE',
      version: '1.1',
      profile: '2.zitting-aanmaken',
      valid: true,
      issues: [],
    });
  });

  it('rejects a wrong enum inside the nl-test-admin extension with its JSON pointer', () => {
    const m = S.sampleOffering() as any;
    m.consumers[0].offeringState = 'gepland';
    const r = check('2.zitting-aanmaken', 'request', m);
    expect(codes(r)).toEqual([['OKE.SCHEMA.enum', '/consumers/0/offeringState']]);
    expect(r.issues[0]).toMatchObject({
      severity: 'fout',
      params: { allowedValues: ['active', 'canceled'], keyword: 'enum' },
      source: { document: 'NED-OOAPI ooapiv5_MBO.yaml' },
    });
    expect(r.valid).toBe(false);
  });

  it('rejects a wrong type, e.g. startDateTime as a number', () => {
    const m = { ...S.sampleOffering(), startDateTime: 20260621 };
    expect(codes(check('2.zitting-aanmaken', 'request', m))).toEqual([
      ['OKE.SCHEMA.type', '/startDateTime'],
    ]);
    const c = S.sampleOffering() as any;
    c.consumers[0].startDateTime = 1;
    c.consumers[0].duration = 60;
    expect(codes(check('2.zitting-aanmaken', 'request', c))).toEqual([
      ['OKE.SCHEMA.type', '/consumers/0/duration'],
    ]);
  });

  it('rejects a missing required property at the pointer of the missing property', () => {
    const m = S.sampleOffering() as any;
    delete m.consumers[0].offeringState;
    expect(codes(check('2.zitting-aanmaken', 'request', m))).toEqual([
      ['OKE.SCHEMA.required', '/consumers/0/offeringState'],
    ]);
    const p = S.sampleAssociation(
      '123e4567-e89b-12d3-a456-426614174009',
      S.SAMPLE_IDS.offering,
      S.samplePerson(),
    ) as any;
    delete p.person.surname;
    expect(codes(check('2.deelname-aanmaken', 'request', p))).toEqual([
      ['OKE.SCHEMA.required', '/person/surname'],
    ]);
  });

  it('rejects an unknown property only where the specification closes the object (IdentifierEntry)', () => {
    const m = S.sampleOffering() as any;
    m.primaryCode.extra = 'x';
    expect(codes(check('2.zitting-aanmaken', 'request', m))).toEqual([
      ['OKE.SCHEMA.additionalProperties', '/primaryCode/extra'],
    ]);
    const open = { ...S.sampleOffering(), vendorSpecific: true } as any;
    open.consumers[0].vendorSpecific = 1;
    expect(check('2.zitting-aanmaken', 'request', open).valid).toBe(true);
  });

  it('keeps formats and patterns of the specification (uuid, date-time, ISO 8601 duration)', () => {
    expect(
      codes(
        check('2.zitting-aanmaken', 'request', { ...S.sampleOffering(), offeringId: 'zitting-1' }),
      ),
    ).toEqual([['OKE.SCHEMA.format', '/offeringId']]);
    const m = S.sampleOffering() as any;
    m.consumers[0].duration = '60 minuten';
    m.startDateTime = '21-06-2026';
    expect(codes(check('2.zitting-aanmaken', 'request', m))).toEqual([
      ['OKE.SCHEMA.pattern', '/consumers/0/duration'],
      ['OKE.SCHEMA.format', '/startDateTime'],
    ]);
  });

  it('keeps the uuid format of an id given instead of an object (person: personId | Person)', () => {
    const a = S.sampleAssociation('123e4567-e89b-12d3-a456-426614174009', 'zitting-1', 'student-1');
    expect(codes(check('2.deelname-aanmaken', 'request', a))).toEqual([
      ['OKE.SCHEMA.format', '/offering'],
      ['OKE.SCHEMA.format', '/person'],
    ]);
  });

  it('checks other consumers’ entries as open objects, but an nl-test-admin entry always against the extension', () => {
    const m = S.sampleOffering() as any;
    m.consumers.push({ consumerKey: 'rio', anything: 1 });
    expect(check('2.zitting-aanmaken', 'request', m).valid).toBe(true);
    m.consumers.push({ consumerKey: 'nl-test-admin', offeringState: 'weg' });
    expect(codes(check('2.zitting-aanmaken', 'request', m))).toEqual([
      ['OKE.SCHEMA.enum', '/consumers/2/offeringState'],
    ]);
  });

  it('checks responses per status: 2xx against the body type, errors against Problem, unknown statuses reported', () => {
    expect(check('0.toetsdetails-ophalen', 'response', S.sampleComponent()).valid).toBe(true);
    expect(
      check(
        '0.toetsdetails-ophalen',
        'response',
        { status: '404', title: 'Niet gevonden' },
        { status: 404 },
      ).valid,
    ).toBe(true);
    expect(
      codes(check('0.toetsdetails-ophalen', 'response', { title: 'x' }, { status: 404 })),
    ).toEqual([['OKE.SCHEMA.required', '/status']]);
    // An unlisted error status is allowed with a Problem body (ErrorHandling.md "xxx").
    expect(codes(check('2.zitting-aanmaken', 'response', undefined, { status: 409 }))).toEqual([
      ['OKE.BODY.missing', '/'],
    ]);
    expect(
      check('2.zitting-aanmaken', 'response', { status: '409', title: 'Strijdig' }, { status: 409 })
        .valid,
    ).toBe(true);
    expect(codes(check('2.zitting-aanmaken', 'response', undefined, { status: 204 }))).toEqual([
      ['OKE.HTTP.status', '/'],
    ]);
    expect(codes(check('0.toetsdetails-ophalen', 'response', undefined))).toEqual([
      ['OKE.BODY.missing', '/'],
    ]);
    expect(check('2.zitting-aanmaken', 'response', { x: 1 }, { status: 201 }).issues).toMatchObject(
      [{ code: 'OKE.BODY.unexpected', severity: 'waarschuwing' }],
    );
  });
});

describe('PATCH semantics (JSON merge patch, RFC 7396)', () => {
  it('allows partial bodies and null to remove an optional single value', () => {
    expect(
      check('2.zitting-verwijderen', 'request', S.cancelOfferingPatch()).issues.filter(isSchema),
    ).toEqual([]);
    expect(
      check('2.zitting-verwijderen', 'request', {
        abbreviation: null,
        endDateTime: null,
        consumers: [{ consumerKey: 'nl-test-admin', locationCode: null }],
      }).issues.filter(isSchema),
    ).toEqual([]);
    expect(
      check('2.student-annuleren', 'request', { state: 'canceled' }).issues.filter(isSchema),
    ).toEqual([]);
  });

  it('allows an empty list to remove a list even where the specification says minItems 1', () => {
    expect(
      schemaCodes(check('2.zitting-aanmaken', 'request', { ...S.sampleOffering(), name: [] })),
    ).toEqual([['OKE.SCHEMA.minItems', '/name']]);
    expect(check('2.zitting-verwijderen', 'request', { name: [] }).issues.filter(isSchema)).toEqual(
      [],
    );
  });

  it('still checks types, enums and the content of lists and consumer entries', () => {
    expect(schemaCodes(check('2.student-annuleren', 'request', { state: 'weg' }))).toEqual([
      ['OKE.SCHEMA.enum', '/state'],
    ]);
    expect(
      schemaCodes(
        check('2.zitting-verwijderen', 'request', { name: [{ language: 'nl-NL', value: 5 }] }),
      ),
    ).toEqual([['OKE.SCHEMA.type', '/name/0/value']]);
    expect(
      schemaCodes(
        check('2.zitting-verwijderen', 'request', {
          consumers: [{ consumerKey: 'nl-test-admin', offeringState: 'weg' }],
        }),
      ),
    ).toEqual([['OKE.SCHEMA.enum', '/consumers/0/offeringState']]);
    expect(
      schemaCodes(
        check('2.zitting-verwijderen', 'request', { consumers: [{ offeringState: 'canceled' }] }),
      ),
    ).toEqual([['OKE.SCHEMA.required', '/consumers/0/consumerKey']]);
    expect(
      schemaCodes(
        check('3.resultaat-overdragen', 'request', {
          result: { consumers: [{ consumerKey: 'nl-test-admin', attendance: 'ja' }] },
        }),
      ),
    ).toEqual([['OKE.SCHEMA.enum', '/result/consumers/0/attendance']]);
  });

  it('null is not allowed for a value the specification requires (it cannot be removed)', () => {
    expect(
      schemaCodes(check('3.resultaat-overdragen', 'request', { result: { state: null } })),
    ).toEqual([['OKE.SCHEMA.type', '/result/state']]);
  });
});

describe('checkJson: unreadable input is a typed error, never a crash', () => {
  it('not JSON', () => {
    expect(() => checkJson('2.zitting-aanmaken', 'request', '{"offeringId": ')).toThrow(
      expect.objectContaining({ code: 'E_JSON_MALFORMED' }),
    );
    expect(() =>
      checkJson('2.zitting-aanmaken', 'request', new Uint8Array([0xff, 0xfe, 0x00])),
    ).toThrow(expect.objectContaining({ code: 'E_JSON_MALFORMED' }));
  });
  it('a huge body', () => {
    const big = JSON.stringify({
      ...S.sampleOffering(),
      description: [{ language: 'nl-NL', value: 'x'.repeat(200_000) }],
    });
    expect(() => checkJson('2.zitting-aanmaken', 'request', big, { maxBytes: 100_000 })).toThrow(
      expect.objectContaining({ code: 'E_JSON_TOO_LARGE' }),
    );
  });
  it('deep nesting, without recursing', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    let err: any;
    try {
      checkJson('2.zitting-aanmaken', 'request', deep);
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ code: 'E_JSON_TOO_DEEP', location: { line: 1, column: 65 } });
  });
  it('an unknown interaction or direction is a usage error', () => {
    expect(() => checkJson('9.x', 'request', '{}')).toThrow(
      expect.objectContaining({ code: 'E_USAGE' }),
    );
    expect(() => checkJson('2.zitting-aanmaken', 'sideways' as never, '{}')).toThrow(
      expect.objectContaining({ code: 'E_USAGE' }),
    );
    expect(() => validateSchema('Nope', {})).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });
});

describe.skipIf(!HAVE_REFERENCE)('mutated copies of the reference examples', () => {
  const spec = HAVE_REFERENCE ? loadYaml('ooapiv5_MBO.yaml') : null;
  const ex = (path: string, method: string, name: string) =>
    structuredClone(
      spec.paths[path][method].requestBody.content[
        Object.keys(spec.paths[path][method].requestBody.content)[0]!
      ].examples[name].value,
    );

  it('flow 2.1 minimal: wrong enum, missing required, wrong type, unknown property in a closed object', () => {
    const base = ex(
      '/offerings/{offeringId}',
      'put',
      'Create offering (zitting) without students (flow 2.1 minimal)',
    );
    expect(check('2.zitting-aanmaken', 'request', base).valid).toBe(true);
    const a = structuredClone(base);
    a.offeringType = 'zitting';
    expect(codes(check('2.zitting-aanmaken', 'request', a))).toEqual([
      ['OKE.SCHEMA.enum', '/offeringType'],
    ]);
    const b = structuredClone(base);
    delete b.primaryCode.codeType;
    expect(codes(check('2.zitting-aanmaken', 'request', b))).toEqual([
      ['OKE.SCHEMA.required', '/primaryCode/codeType'],
    ]);
    const c = structuredClone(base);
    c.resultExpected = 'true';
    expect(codes(check('2.zitting-aanmaken', 'request', c))).toEqual([
      ['OKE.SCHEMA.type', '/resultExpected'],
    ]);
    const d = structuredClone(base);
    d.primaryCode.codeTyp = 'offeringCode';
    expect(codes(check('2.zitting-aanmaken', 'request', d))).toEqual([
      ['OKE.SCHEMA.additionalProperties', '/primaryCode/codeTyp'],
    ]);
  });

  it('flow 3.2.A: mutations inside the result’s nl-test-admin extension', () => {
    const base = ex(
      '/associations/{associationId}',
      'patch',
      'Send attendance for student directly (flow 3.2.A)',
    );
    expect(check('3.resultaat-overdragen', 'request', base).valid).toBe(true);
    const a = structuredClone(base);
    a.result.consumers[0].attendance = 'aanwezig';
    expect(codes(check('3.resultaat-overdragen', 'request', a))).toEqual([
      ['OKE.SCHEMA.enum', '/result/consumers/0/attendance'],
    ]);
    const b = structuredClone(base);
    delete b.result.consumers[0].consumerKey;
    expect(codes(check('3.resultaat-overdragen', 'request', b))).toEqual([
      ['OKE.SCHEMA.required', '/result/consumers/0/consumerKey'],
    ]);
    // In a PATCH a consumer entry is itself a patch, so the schema lets attendance out; the flow
    // duty does not (flow3.md: attendance mandatory with a result).
    delete a.result.consumers[0].attendance;
    expect(codes(check('3.resultaat-overdragen', 'request', a))).toEqual([
      ['OKE.F3.attendance', '/result/consumers'],
      ['OKE.F3.attendance-consumer', '/result/consumers/0/attendance'],
    ]);
    const c = structuredClone(base);
    c.result.resultDate = 20220927;
    expect(codes(check('3.resultaat-overdragen', 'request', c))).toEqual([
      ['OKE.SCHEMA.type', '/result/resultDate'],
    ]);
  });
});
