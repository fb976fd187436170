import { describe, expect, it } from 'vitest';
import {
  FLOWS,
  INTERACTIONS,
  interactionById,
  operationById,
  OPERATIONS,
  SCHEMA_TYPES,
  ROLES,
} from '../src/index.js';
import { HAVE_REFERENCE, SKIP_REASON, loadYaml } from './reference.js';

describe('flow contracts as data', () => {
  it('has flows 0–6 with the Dutch names, in order', () => {
    expect(FLOWS.map((f) => `${f.nummer} ${f.naam}`)).toEqual([
      '0 Toetscatalogus',
      '1 Toetsdeelnemers',
      '2 Zittingsplan',
      '3 Toetsdeelnemerresultaat',
      '4 Zittingsverslag',
      '5 Studentresultaat',
      '6 Analyse',
    ]);
    expect(FLOWS.find((f) => f.nummer === 6)).toMatchObject({
      sinds: '1.1',
      optioneel: true,
      scope: 'nl-test-admin-flow-6',
    });
    expect(FLOWS.filter((f) => f.nummer < 6).every((f) => f.sinds === '1.0')).toBe(true);
  });

  it('gives every interaction a unique id, known roles and an existing operation with schema types', () => {
    const ids = INTERACTIONS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const roles = ROLES.map((r) => r.id);
    for (const i of INTERACTIONS) {
      expect(i.id.startsWith(`${i.id.split('.')[0]}.`)).toBe(true);
      expect(roles).toContain(i.provider);
      for (const c of [i.consumer].flat()) expect(roles).toContain(c);
      const op = operationById(i.operationId);
      if (op.requestBody?.type) expect(SCHEMA_TYPES).toContain(op.requestBody.type);
      for (const r of Object.values(op.responses))
        if (r.type) expect(SCHEMA_TYPES).toContain(r.type);
      for (const [q, v] of Object.entries(i.query ?? {})) {
        const p = op.parameters.find((x) => x.in === 'query' && x.name === q);
        if (v !== null && p?.enum)
          for (const part of p.type === 'array' ? v.split(',') : [v])
            expect(p.enum, `${i.id} ${q}`).toContain(part);
      }
      for (const q of Object.keys(i.query ?? {}))
        expect(op.parameters.map((p) => `${p.in}:${p.name}`)).toContain(`query:${q}`);
    }
  });

  it('maps the seed names of flow 2 and 0 to the right operations', () => {
    expect(operationById(interactionById('2.zitting-aanmaken').operationId)).toMatchObject({
      method: 'PUT',
      path: '/offerings/{offeringId}',
    });
    expect(operationById(interactionById('2.student-annuleren').operationId)).toMatchObject({
      method: 'PATCH',
      path: '/associations/{associationId}',
    });
    expect(operationById(interactionById('0.toetscatalogus-opvragen').operationId)).toMatchObject({
      method: 'GET',
      path: '/components',
    });
    expect(interactionById('3.resultaatdocument-ophalen').notes?.join(' ')).toMatch(
      /documents-endpoint/,
    );
    expect(() => interactionById('2.bestaat-niet')).toThrow(/bekend in flow 2: 2.zitting-aanmaken/);
  });

  it('generates a Mermaid sequence diagram per flow from the interactions', () => {
    const f2 = FLOWS[2]!;
    expect(f2.mermaid.split('\n').slice(0, 3)).toEqual([
      'sequenceDiagram',
      '    participant TPL as Toetsplanning & logistiek',
      '    participant TA as Toetsafname',
    ]);
    expect(f2.mermaid).toContain(
      'TPL->>+TA: Zitting aanmaken/wijzigen/verwijderen (PUT /offerings/{offeringId})',
    );
    expect(f2.mermaid).toContain('TA-->>-TPL: 200/201');
    for (const f of FLOWS)
      expect(f.mermaid.split('\n').length).toBeGreaterThan(2 + 2 * f.interactions.length - 1);
  });
});

describe.skipIf(!HAVE_REFERENCE)(
  `cross-check against ooapiv5_MBO.yaml${HAVE_REFERENCE ? '' : ` (${SKIP_REASON})`}`,
  () => {
    const spec = HAVE_REFERENCE ? loadYaml('ooapiv5_MBO.yaml') : null;

    it('has exactly the operations of the bundled specification (method, path, parameters, status codes, media types)', () => {
      const fromSpec: string[] = [];
      for (const [path, item] of Object.entries<any>(spec.paths))
        for (const m of ['get', 'put', 'patch', 'post', 'delete'])
          if (item[m]) fromSpec.push(`${m.toUpperCase()} ${path} ${item[m].operationId}`);
      expect(OPERATIONS.map((o) => `${o.method} ${o.path} ${o.operationId}`).sort()).toEqual(
        fromSpec.sort(),
      );
      for (const o of OPERATIONS) {
        const s = spec.paths[o.path][o.method.toLowerCase()];
        expect(Object.keys(o.responses).sort()).toEqual(Object.keys(s.responses).sort());
        expect(o.parameters.map((p) => `${p.in}:${p.name}`).sort()).toEqual(
          (s.parameters ?? []).map((p: any) => `${p.in}:${p.name}`).sort(),
        );
        if (s.requestBody)
          expect(o.requestBody?.contentType).toBe(Object.keys(s.requestBody.content)[0]);
        else expect(o.requestBody).toBeNull();
        for (const [st, r] of Object.entries<any>(s.responses))
          expect(o.responses[st]!.contentType).toBe(r.content ? Object.keys(r.content)[0] : null);
      }
    });

    it('finds every interaction’s path and method in the specification, and its schemas among the components', () => {
      const components = Object.keys(spec.components.schemas).map((n: string) =>
        n
          .split(/[^A-Za-z0-9]+/)
          .map((w) => w[0]!.toUpperCase() + w.slice(1))
          .join(''),
      );
      for (const i of INTERACTIONS) {
        const op = operationById(i.operationId);
        expect(spec.paths[op.path]?.[op.method.toLowerCase()]?.operationId, i.id).toBe(
          i.operationId,
        );
      }
      // Every named schema the spec bundles is generated (plus inline operation bodies and merge-patch variants).
      for (const c of [
        'Component',
        'Offering',
        'ComponentOffering',
        'Association',
        'Person',
        'Group',
        'Result',
        'Problem',
        'Service',
        'NlTestAdminOffering',
        'NlTestAdminResult',
      ])
        expect(components).toContain(c);
      for (const c of [
        'Component',
        'ComponentOffering',
        'Person',
        'Group',
        'Problem',
        'Service',
        'NlTestAdminOffering',
        'NlTestAdminResult',
      ])
        expect(SCHEMA_TYPES).toContain(c);
    });
  },
);
