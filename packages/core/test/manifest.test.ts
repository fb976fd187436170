import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { checkManifest, MANIFEST_LAYERS } from '../src/index.js';
import { sampleManifest } from './manifest-fixture.js';

const schema = JSON.parse(
  readFileSync(new URL('../schema/manifest.json', import.meta.url), 'utf8'),
) as object;
const validateSchema = new Ajv({ allErrors: true, strict: false }).compile(schema);
const codes = (m: unknown) => checkManifest(m).map((f) => [f.code, f.path]);

describe('checkManifest', () => {
  it('accepts a complete manifest, and so does the shipped JSON Schema', () => {
    expect(checkManifest(sampleManifest())).toEqual([]);
    expect(validateSchema(sampleManifest())).toBe(true);
  });

  it('reports every missing layer', () => {
    const m: Record<string, unknown> = { ...sampleManifest() };
    for (const l of MANIFEST_LAYERS) delete m[l];
    expect(codes(m)).toEqual([
      ['MANIFEST.layer.missing', '/context'],
      ['MANIFEST.layer.missing', '/actors'],
      ['MANIFEST.layer.missing', '/process'],
      ['MANIFEST.layer.missing', '/data'],
      ['MANIFEST.layer.missing', '/interactions'],
      ['MANIFEST.layer.missing', '/transport'],
      ['MANIFEST.layer.missing', '/security'],
      ['MANIFEST.layer.missing', '/legal'],
    ]);
    expect(validateSchema(m)).toBe(false);
  });

  it('reports empty layers and blank texts with JSON-pointer paths', () => {
    const m = sampleManifest();
    m.context.scenarios = [];
    m.actors[1]!.rollen = [];
    m.process.beschrijving = '  ';
    m.transport.standaarden = [];
    m.legal.grondslagen = [];
    m.security.classificatie = '';
    m.sources = [];
    expect(codes(m)).toEqual([
      ['MANIFEST.layer.empty', '/sources'],
      ['MANIFEST.layer.empty', '/context/scenarios'],
      ['MANIFEST.layer.empty', '/actors/1/rollen'],
      ['MANIFEST.layer.empty', '/process/beschrijving'],
      ['MANIFEST.layer.empty', '/transport/standaarden'],
      ['MANIFEST.layer.empty', '/security/classificatie'],
      ['MANIFEST.layer.empty', '/legal/grondslagen'],
    ]);
    expect(validateSchema(m)).toBe(false);
    expect(validateSchema.errors!.map((e) => e.instancePath).sort()).toEqual([
      '/actors/1/rollen',
      '/context/scenarios',
      '/legal/grondslagen',
      '/process/beschrijving',
      '/security/classificatie',
      '/sources',
      '/transport/standaarden',
    ]);
  });

  it('checks references to actors, patterns, status, duplicate ids and types', () => {
    const m = sampleManifest() as unknown as Record<string, any>;
    m.status = 'klaar';
    m.process.stappen[0].actor = 'duo';
    m.interactions[0].patroon = 'poll';
    m.interactions[0].naar = 'ouder';
    m.actors.push({ ...m.actors[0] });
    m.data.gegevensset = 'OSO';
    m.version = 2024;
    m.context.scenarios.push(42);
    expect(codes(m)).toEqual([
      ['MANIFEST.field.invalid', '/version'],
      ['MANIFEST.field.invalid', '/status'],
      ['MANIFEST.field.invalid', '/context/scenarios/2'],
      ['MANIFEST.id.duplicate', '/actors/2/id'],
      ['MANIFEST.reference.unknown', '/process/stappen/0/actor'],
      ['MANIFEST.field.invalid', '/data/gegevensset'],
      ['MANIFEST.reference.unknown', '/interactions/0/naar'],
      ['MANIFEST.field.invalid', '/interactions/0/patroon'],
    ]);
    expect(checkManifest(m)[1]!.params).toMatchObject({
      allowed: [
        'in ontwikkeling',
        'rosa-architectuurscan',
        'besluitvorming',
        'implementatie',
        'in beheer',
        'uitgefaseerd',
      ],
    });
  });

  it('never throws, whatever it is given', () => {
    for (const v of [
      null,
      undefined,
      1,
      'x',
      [],
      { context: [] },
      { actors: {} },
      { interactions: [null] },
    ]) {
      expect(() => checkManifest(v)).not.toThrow();
      expect(checkManifest(v).length).toBeGreaterThan(0);
    }
  });
});
