/**
 * #14 done-when: `required` lists that sit in an `allOf` member without properties are enforced.
 * The expected lists are read from the NED-OOAPI schema files themselves (not restated here), so
 * the test follows the specification: every missing field is reported at once.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, OPERATIONS, validateSchema } from '../src/index.js';
import { HAVE_REFERENCE, REFERENCE_DIR, SKIP_REASON, loadYaml } from './reference.js';

const d = HAVE_REFERENCE ? describe : describe.skip;
if (!HAVE_REFERENCE) console.warn(SKIP_REASON);

/** Every required name of a schema file: its own list and those of its allOf members ($refs followed). */
function requiredOf(rel: string): Set<string> {
  const s = loadYaml(`v5/schemas/${rel}`);
  const out = new Set<string>(s.required ?? []);
  for (const m of s.allOf ?? []) {
    if (m.$ref)
      for (const r of requiredOf(String(m.$ref).replace(/^(\.\.\/schemas\/|\.\/)/, ''))) out.add(r);
    for (const r of m.required ?? []) out.add(r);
  }
  return out;
}

/** The schema files whose allOf has a `required` member without properties (the #14 defect). */
const AFFECTED = HAVE_REFERENCE
  ? readdirSync(`${REFERENCE_DIR}v5/schemas`).filter((f) =>
      (loadYaml(`v5/schemas/${f}`)?.allOf ?? []).some(
        (m: any) => m.required && !m.properties && !m.$ref,
      ),
    )
  : [];

const missing = (issues: { code: string; path: string }[]) =>
  issues
    .filter((i) => i.code === 'OKE.SCHEMA.required' && /^\/[^/]+$/.test(i.path))
    .map((i) => i.path.slice(1))
    .sort();

d('required fields of allOf members are enforced (every missing field at once)', () => {
  it('the affected schemas are the ones #14 names', () => {
    expect(AFFECTED).toEqual(
      expect.arrayContaining([
        'ComponentOffering.yaml',
        'ProgramOffering.yaml',
        'CourseOffering.yaml',
        'ComponentOfferingAssociation.yaml',
      ]),
    );
  });

  // The affected schemas the OKE operations reach, plus the Expanded form that inherits the list.
  const types = [
    'ComponentOffering',
    'ProgramOffering',
    'CourseOffering',
    'ComponentOfferingAssociation',
    'ComponentOfferingAssociationExpanded',
  ];
  it.each(types)('%s: {} is reported with every required field', (type) => {
    const expected = [...requiredOf(`${type}.yaml`)].sort();
    expect(expected.length).toBeGreaterThan(2);
    expect(missing(validateSchema(type, {}))).toEqual(expected);
  });

  it('edustandaard check 2.zitting-aanmaken on {} lists the 9 missing fields', () => {
    const r = check('2.zitting-aanmaken', 'request', {});
    expect(r.valid).toBe(false);
    expect(missing(r.issues)).toEqual(
      [
        'offeringId',
        'startDateTime',
        'endDateTime',
        'primaryCode',
        'offeringType',
        'name',
        'description',
        'teachingLanguage',
        'resultExpected',
      ].sort(),
    );
  });

  it.each([
    ['1.planbare-toets-aanmaken', 'request', 'ComponentOffering'],
    ['2.zitting-ophalen', 'response', 'ComponentOffering'],
  ] as const)('%s %s on {} reports every required field of %s', (id, dir, type) => {
    expect(missing(check(id, dir, {}).issues)).toEqual([...requiredOf(`${type}.yaml`)].sort());
  });

  it('2.student-toevoegen on {} reports the association’s required fields', () => {
    const got = missing(check('2.student-toevoegen', 'request', {}).issues);
    for (const f of requiredOf('ComponentOfferingAssociation.yaml')) expect(got).toContain(f);
  });

  // Each spec example with one required field taken away: that field is reported.
  const spec = HAVE_REFERENCE ? loadYaml('ooapiv5_MBO.yaml') : undefined;
  const cases: [string, string, 'request' | 'response', unknown, string[]][] = [];
  for (const [opId, dir, type, id] of [
    ['replaceOfferingById', 'request', 'ComponentOffering', '2.zitting-aanmaken'],
    ['listOfferingById', 'response', 'ComponentOffering', '2.zitting-ophalen'],
  ] as const) {
    if (!spec) break;
    const op = OPERATIONS.find((o) => o.operationId === opId)!;
    const s = spec.paths[op.path][op.method.toLowerCase()];
    const media: any =
      dir === 'request'
        ? Object.values(s.requestBody.content)[0]
        : Object.values(s.responses['200'].content)[0];
    for (const [n, ex] of Object.entries<any>(media.examples ?? {}))
      cases.push([`${id} ${dir}: ${n}`, id, dir, ex.value, [...requiredOf(`${type}.yaml`)]]);
  }
  it.each(cases)('%s: every required field taken away is reported', (_n, id, dir, value, req) => {
    let tried = 0;
    for (const f of req) {
      if (!(value && typeof value === 'object' && f in value)) continue;
      const v = structuredClone(value) as Record<string, unknown>;
      delete v[f];
      expect(missing(check(id, dir, v).issues), f).toContain(f);
      tried++;
    }
    expect(tried).toBeGreaterThan(3);
  });
});

describe('readOnly / writeOnly per direction (OpenAPI 3.0.3 §4.7.25)', () => {
  it('a readOnly property is not required in a request, a writeOnly one not in a response; beside a $ref they are ignored', async () => {
    // @ts-expect-error: a build script (plain ESM, no types)
    const { buildOpenApiSchemas } = await import('../scripts/schemas-lib.mjs');
    const dir = mkdtempSync(join(tmpdir(), 'oke-ro-'));
    mkdirSync(join(dir, 'v5/schemas'), { recursive: true });
    writeFileSync(
      join(dir, 'v5/spec.yaml'),
      `openapi: 3.0.3\ninfo: { version: 1.0.0, title: t }\npaths:\n  /things/{id}:\n    put:\n      operationId: replaceThing\n      requestBody:\n        content:\n          application/json:\n            schema: { $ref: 'schemas/Thing.yaml' }\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: { $ref: 'schemas/Thing.yaml' }\n`,
    );
    writeFileSync(
      join(dir, 'v5/schemas/Thing.yaml'),
      `type: object\nrequired: [id, secret, code, name]\nproperties:\n  id: { type: string, readOnly: true }\n  secret: { type: string, writeOnly: true }\n  code:\n    $ref: './Code.yaml'\n    readOnly: true\n  name: { type: string }\n`,
    );
    writeFileSync(join(dir, 'v5/schemas/Code.yaml'), 'type: string\n');
    const r = await buildOpenApiSchemas(dir, 'BODY_TYPES = ["Thing"] as const', {
      payloadTypes: [],
      extra: [],
    });
    expect(r.combined.definitions['request.Thing'].required).toEqual(['secret', 'code', 'name']);
    expect(r.combined.definitions.Thing.required).toEqual(['id', 'code', 'name']);
    expect(r.roots.get('Thing')).toEqual({ request: 'request.Thing', response: 'Thing' });
  });
});

describe('alternatives: every branch reported apart, every error at once', () => {
  it('a value that fits no kind lists each branch with its own errors', () => {
    // 3.resultaat-ophalen answers an AssociationFull: oneOf the three association kinds.
    const r = check('3.resultaat-ophalen', 'response', { associationId: 'x' });
    const alt = r.issues.find((i) => i.code === 'OKE.SCHEMA.oneOf');
    expect(alt?.path).toBe('/');
    const branches = alt!.params!.branches as { title: string; issues: { path: string }[] }[];
    expect(branches.map((b) => b.title)).toEqual([
      'ProgramOfferingAssociation',
      'CourseOfferingAssociation',
      'ComponentOfferingAssociation',
    ]);
    for (const b of branches) expect(b.issues.map((i) => i.path)).toContain('/associationType');
  });

  it('the kind named by associationType is checked alone, with all its errors', () => {
    const r = check('3.resultaat-ophalen', 'response', {
      associationId: 'not-a-uuid',
      associationType: 'componentOfferingAssociation',
      role: 'ghost',
      state: 'gone',
      person: { givenName: 1 },
    });
    const paths = r.issues.map((i) => `${i.code} ${i.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'OKE.SCHEMA.format /associationId',
        'OKE.SCHEMA.enum /role',
        'OKE.SCHEMA.enum /state',
        'OKE.SCHEMA.type /person/givenName',
        'OKE.SCHEMA.required /person/surname',
        'OKE.SCHEMA.required /person/mail',
      ]),
    );
    expect(r.issues.some((i) => i.code === 'OKE.SCHEMA.oneOf' && i.path === '/')).toBe(false);
  });
});
