/**
 * Done-when: every example under ../shared/reference/oke validates against its interaction or
 * schema. Examples that contradict their own specification are listed in SPEC_ERRATA with the
 * exact finding the validator must give; everything else must be free of findings.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, INTERACTIONS, OPERATIONS, validateSchema } from '../src/index.js';
import { HAVE_REFERENCE, REFERENCE_DIR, SKIP_REASON, loadYaml } from './reference.js';

interface Example {
  name: string;
  type: string;
  value: unknown;
  interactions: { id: string; direction: 'request' | 'response'; status?: number }[];
}

/** Examples in the reference that violate their own schema: name → [code, path] of every finding. */
const SPEC_ERRATA: Record<string, [string, string][]> = {
  'listPersonById 200 Person values': [['OKE.SCHEMA.type', '/consumers/0/assignedNeeds']],
  'replacePersonById request Create person in remote system': [
    ['OKE.SCHEMA.type', '/consumers/0/assignedNeeds'],
  ],
  'listComponentById 200 Request details of one test (Flow 0.2)': [
    ['OKE.SCHEMA.enum', '/consumers/0/resultValueType'],
  ],
  'listComponentById 200 Request details of one test (Flow 0.2 minimal)': [
    ['OKE.SCHEMA.enum', '/consumers/0/resultValueType'],
  ],
  // ComponentOffering requires offeringId (its allOf `required` member); the GET examples leave it out.
  'listOfferingById 200 Read current state of offering (flow 2.6)': [
    ['OKE.SCHEMA.enum', '/consumers/0/safety/0'],
    ['OKE.SCHEMA.enum', '/consumers/0/safety/1'],
    ['OKE.SCHEMA.required', '/offeringId'],
  ],
  'listOfferingById 200 Read current state of offering (flow 2.6 minimal)': [
    ['OKE.SCHEMA.required', '/offeringId'],
  ],
  'replaceOfferingById request Create offering (zitting) without students (flow 2.1)': [
    ['OKE.SCHEMA.enum', '/consumers/0/safety/0'],
    ['OKE.SCHEMA.enum', '/consumers/0/safety/1'],
  ],
  'replaceAssociationById request Add student to created offering (zitting) (flow 2.2.B and 2.3)': [
    ['OKE.SCHEMA.format', '/person/personId'],
  ],
  'replaceAssociationById request Change student enrollment to offering (zitting) (flow 2.x)': [
    ['OKE.SCHEMA.format', '/person'],
  ],
  'partialUpdateAssociationById request Send attendance and result directly (flow 3.1)': [
    ['OKE.SCHEMA.type', '/result/consumers/0/documents/0/documentId'],
  ],
  'partialUpdateAssociationById request Send result for student (flow 3.2.B)': [
    ['OKE.SCHEMA.type', '/result/consumers/0/documents/0/documentId'],
  ],
  'NL-TEST-ADMIN/V1/examples/nl-test-admin-Association.yaml': [
    ['OKE.SCHEMA.format', '/0/orgAssociationId'],
  ],
  'NL-TEST-ADMIN/V1/examples/nl-test-admin-Component.yaml': [
    ['OKE.SCHEMA.type', '/0/passFrom'],
    ['OKE.SCHEMA.enum', '/0/resultValueType'],
  ],
  // lastPossibleStartDateTime without a UTC offset: not an RFC 3339 date-time (format: date-time).
  'NL-TEST-ADMIN/V1/examples/nl-test-admin-Offering.yaml': [
    ['OKE.SCHEMA.type', '/0/documents/0/documentId'],
    ['OKE.SCHEMA.format', '/0/lastPossibleStartDateTime'],
  ],
  'NL-TEST-ADMIN/V1/examples/nl-test-admin-Result.yaml': [
    ['OKE.SCHEMA.type', '/0/documents/0/documentId'],
  ],
  'NL-TEST-ADMIN/V1/examples/nl-test-admin-Person.yaml': [['OKE.SCHEMA.type', '/0/assignedNeeds']],
};

/** Examples that break a flow duty of their own flow: name → [code, path]. */
const DUTY_ERRATA: Record<string, [string, string][]> = {
  // otherCodes [{ codeType: eckid, code: "00000" }]: not an ECK iD (https://ketenid.nl/201703/ + 128 hex).
  'replaceAssociationById request Add student to created offering (zitting) (flow 2.2.B and 2.3)': [
    ['OKE.ID.eckid', '/person/otherCodes/1/code'],
  ],
};

/** True when the example's name names the interaction's sub-flow (`(flow 2.4)`). */
function own(id: string, name: string): boolean {
  const m = /flow (\d+)\.(\d+)/i.exec(name);
  if (!m) return false;
  const i = INTERACTIONS.find((x) => x.id === id)!;
  return i.subflow === `${m[1]}.${m[2]}`;
}

function collect(): Example[] {
  const spec = loadYaml('ooapiv5_MBO.yaml');
  const out: Example[] = [];
  for (const op of OPERATIONS) {
    const s = spec.paths[op.path][op.method.toLowerCase()];
    const users = INTERACTIONS.filter((i) => i.operationId === op.operationId);
    const media = s.requestBody ? (Object.values(s.requestBody.content)[0] as any) : undefined;
    for (const [n, ex] of Object.entries<any>(media?.examples ?? {}))
      out.push({
        name: `${op.operationId} request ${n}`,
        type: op.requestBody!.type!,
        value: ex.value,
        interactions: users.map((u) => ({ id: u.id, direction: 'request' })),
      });
    for (const [st, r] of Object.entries<any>(s.responses))
      for (const c of Object.values<any>(r.content ?? {}))
        for (const [n, ex] of Object.entries<any>(c.examples ?? {})) {
          const type = op.responses[st]!.type;
          if (type)
            out.push({
              name: `${op.operationId} ${st} ${n}`,
              type,
              value: ex.value,
              interactions: users.map((u) => ({
                id: u.id,
                direction: 'response',
                status: Number(st),
              })),
            });
        }
  }
  const consumers = `${REFERENCE_DIR}v5/consumers/`;
  const typeOf: Record<string, string> = {
    'nl-test-admin-Association': 'ConsumerOnAssociation',
    'nl-test-admin-Component': 'ConsumerOnComponent',
    'nl-test-admin-Offering': 'ConsumerOnOffering',
    'nl-test-admin-Person': 'ConsumerOnPerson',
    'nl-test-admin-Result': 'ConsumerOnResult',
    Course: 'RioCourse',
    EducationSpecification: 'RioEducationSpecification',
    Program: 'RioProgram',
    Offering: 'RioOffering',
    TestConsumer: 'TestConsumer',
  };
  for (const c of readdirSync(consumers)
    .filter((d) => existsSync(`${consumers}${d}/V1/examples`))
    .sort())
    for (const f of readdirSync(`${consumers}${c}/V1/examples`).sort()) {
      const rel = `${c}/V1/examples/${f}`;
      const base = f.replace(/\.yaml$/, '');
      const list = loadYaml(`v5/consumers/${rel}`);
      // NL-TEST-ADMIN: the whole `consumers` list; other consumers: each entry against its extension.
      if (c === 'NL-TEST-ADMIN')
        out.push({ name: rel, type: typeOf[base]!, value: list, interactions: [] });
      else
        list.forEach((entry: unknown, k: number) =>
          out.push({
            name: k ? `${rel}#${k}` : rel,
            type: typeOf[base]!,
            value: entry,
            interactions: [],
          }),
        );
    }
  return out;
}

describe.skipIf(!HAVE_REFERENCE)(
  `examples of the reference${HAVE_REFERENCE ? '' : ` (${SKIP_REASON})`}`,
  () => {
    const examples = HAVE_REFERENCE ? collect() : [];

    it('finds the examples: operation examples of the YAML and every consumer example file', () => {
      expect(examples.length).toBe(28);
      expect(examples.filter((e) => e.name.includes('/V1/examples/')).length).toBe(10);
      for (const name of Object.keys(SPEC_ERRATA))
        expect(examples.map((e) => e.name)).toContain(name);
    });

    it.each(examples.map((e) => [e.name, e] as const))('%s', (name, e) => {
      const findings = validateSchema(e.type, e.value).map((f) => [f.code, f.path]);
      expect(findings).toEqual(SPEC_ERRATA[name] ?? []);
      for (const u of e.interactions) {
        const r = check(u.id, u.direction, e.value, u.status ? { status: u.status } : {});
        // Schema findings: the same for every interaction of the operation.
        expect(
          r.issues.filter((f) => f.code.startsWith('OKE.SCHEMA.')).map((f) => [f.code, f.path]),
        ).toEqual(SPEC_ERRATA[name] ?? []);
        expect(r).toMatchObject({ afsprakenset: 'OKE', version: '1.1', profile: u.id });
        // Flow duties: only for the interaction the example is written for (its flow number).
        if (own(u.id, name))
          expect(
            r.issues
              .filter((f) => f.severity === 'fout' && !f.code.startsWith('OKE.SCHEMA.'))
              .map((f) => [f.code, f.path]),
          ).toEqual(DUTY_ERRATA[name] ?? []);
      }
    });
  },
);

describe.skipIf(!HAVE_REFERENCE)(
  'schema-level examples of ooapiv5_MBO.yaml against the shipped JSON Schema (oke-ooapi-v5.json)',
  () => {
    const spec = HAVE_REFERENCE ? loadYaml('ooapiv5_MBO.yaml') : null;
    const pascal = (s: string) =>
      s
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0]!.toUpperCase() + w.slice(1))
        .join('');
    const named = HAVE_REFERENCE
      ? Object.entries<any>(spec.components.schemas).filter(
          ([, v]) => v && typeof v === 'object' && 'example' in v,
        )
      : [];

    it('has a definition for every component schema with an example, and each example validates', async () => {
      const { default: Ajv } = await import('ajv');
      const { default: addFormats } = await import('ajv-formats');
      const { readFileSync } = await import('node:fs');
      const ajv = new (Ajv as any)({ allErrors: true, strict: false, allowUnionTypes: true });
      (addFormats as any)(ajv);
      ajv.addSchema(
        JSON.parse(readFileSync(new URL('../schema/oke-ooapi-v5.json', import.meta.url), 'utf8')),
        'oke',
      );
      expect(named.length).toBe(34);
      const failures: string[] = [];
      for (const [name, s] of named) {
        const v = ajv.getSchema(`oke#/definitions/${pascal(name)}`);
        expect(v, name).toBeTruthy();
        if (!v(s.example))
          failures.push(
            `${name}: ${v.errors.map((e: any) => `${e.instancePath} ${e.message}`).join('; ')}`,
          );
      }
      // The same errata as the consumer example files these examples are (see SPEC_ERRATA).
      expect(failures.map((f) => f.split(':')[0])).toEqual([
        'ConsumerOnPerson',
        'ConsumerOnAssociation',
        'ConsumerOnResult',
        'ConsumerOnOffering',
        'ConsumerOnComponent',
      ]);
    });
  },
);
