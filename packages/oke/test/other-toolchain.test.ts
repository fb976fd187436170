/**
 * The published JSON Schemas outside our validators (#15): (1) each file in schema/, compiled on
 * its own by a fresh ajv, gives the same verdict as the precompiled validator of its type and view
 * on every message we have (sample data, the duty examples, and mutations of them) — the files
 * merge allOf into one object (KNOWN_LIMITS `allOf-merged`), the validators do not; (2) quicktype
 * turns every per-type file into Java classes that javac compiles, except what
 * schema/known-limits.json lists with its reason (the bundle oke-ooapi-v5.json keeps the OpenAPI
 * allOf structure for the validators and the derivation map: `bundle-allOf`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { javac, quicktypeJava } from '@edustandaard/codegen/toolchain';
import { DUTY_EXAMPLES, sampleData, validateSchema, type SchemaView } from '../src/index.js';

const SCHEMA_DIR = fileURLToPath(new URL('../schema/', import.meta.url));
const files = readdirSync(SCHEMA_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const roots = files.filter((f) => f !== 'oke-ooapi-v5.json' && f !== 'known-limits.json');
const read = (f: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(SCHEMA_DIR, f), 'utf8')) as Record<string, unknown>;
/** `X.json` → (X, response or its only view); `X.request.json` → (X, request). */
const typeOf = (f: string): [string, SchemaView] =>
  f.endsWith('.request.json')
    ? [f.slice(0, -'.request.json'.length), 'request']
    : [f.slice(0, -'.json'.length), 'response'];
interface Limits {
  limits: { id: string; schemas: string[]; what: string; why: string; validatorCode: string }[];
}
const limits = read('known-limits.json') as unknown as Limits;

/** Every message we have, and for each object a copy without each member, with it wrong, or null. */
function corpus(): unknown[] {
  const base: unknown[] = [{}, [], null, 'x', 1, true];
  for (const f of Object.values(sampleData))
    if (typeof f === 'function') base.push((f as () => unknown)());
    else base.push(f);
  for (const e of DUTY_EXAMPLES) base.push(e.violating.message, e.clean.message);
  const out = [...base];
  for (const v of base)
    if (v && typeof v === 'object' && !Array.isArray(v))
      for (const k of Object.keys(v)) {
        const { [k]: _, ...without } = v as Record<string, unknown>;
        out.push(without, { ...v, [k]: 42 }, { ...v, [k]: null }, { ...v, [k]: [] });
      }
  return out;
}

describe('the published schemas', () => {
  it('known-limits.json names existing files, each limit with what, why and the validator code', () => {
    expect(limits.limits.map((l) => l.id)).toEqual(
      expect.arrayContaining(['flow-duties', 'consumers-dispatch', 'allOf-merged']),
    );
    for (const l of limits.limits) {
      expect([l.what, l.why, l.validatorCode].every(Boolean), l.id).toBe(true);
      for (const s of l.schemas) if (s !== '*') expect(files, l.id).toContain(s);
    }
  });

  it('each file, compiled on its own, agrees with the precompiled validator on every message', () => {
    const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
    const ajv = addFormats(new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }));
    const values = corpus();
    expect(values.length).toBeGreaterThan(500);
    let compared = 0;
    for (const f of roots) {
      const validate = ajv.compile(read(f));
      const [type, view] = typeOf(f);
      for (const v of values) {
        const ours = validateSchema(type, v, '', view).length === 0;
        expect(validate(v), `${f}: ${JSON.stringify(v).slice(0, 200)}`).toBe(ours);
        compared++;
      }
    }
    expect(compared).toBe(roots.length * values.length);
  });
});

const HAVE_JAVAC = spawnSync('javac', ['-version'], { encoding: 'utf8' }).status === 0;
if (!HAVE_JAVAC) console.warn('SKIP: javac (apt-get install default-jdk-headless) absent.');

describe.skipIf(!HAVE_JAVAC)(
  'Java classes from the schemas (quicktype + javac)',
  { timeout: 300_000 },
  () => {
    /** quicktype over the sources into one folder, then javac over what it wrote. */
    function java(sources: string[]): string[] {
      const dir = mkdtempSync(join(tmpdir(), 'oke-java-'));
      try {
        const qt = quicktypeJava(sources, {
          javaPackage: 'nl.edustandaard.oke',
          outDir: join(dir, 'src'),
        });
        expect(qt.status, qt.stderr).toBe(0);
        // quicktype's only notes: a field it types as Object — the `consumers` lists (known limit
        // consumers-dispatch), `ext`, OOAPI's open extension object (Map<String, Object>), and
        // Pagination's `items`, which it requires without declaring (each list response does).
        const untyped = [...qt.stderr.matchAll(/^\d+: +(.*)$/gm)].map((m) => m[1]!);
        expect(qt.stderr.replace(/^(Issue in line \d+: .*|\d+: .*|)$/gm, '').trim()).toBe('');
        for (const line of untyped) expect(line).toMatch(/ (consumers|ext|items);$/);
        const compiled = javac(qt.sources, join(dir, 'classes'));
        expect(compiled.stderr).toBe('');
        expect(compiled.status).toBe(0);
        return qt.classes;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    const noClass = new Set(
      limits.limits
        .filter((l) => ['consumers-dispatch', 'string-root'].includes(l.id))
        .flatMap((l) => l.schemas),
    );

    it('every body and payload file: a class named after it (except known limits), all compile', () => {
      // quicktype names a top level after its file (ComponentOffering.request.json →
      // ComponentOfferingRequest, Id written ID).
      // A root with a `title` (a kind bound to its type field) is named after the title.
      const namesOf = (f: string) =>
        [f.slice(0, -'.json'.length).replace(/\./g, ''), read(f).title]
          .filter((n): n is string => typeof n === 'string')
          .map((n) => n.toLowerCase());
      const has = (cs: Set<string>, f: string) => namesOf(f).some((n) => cs.has(n));
      const lower = (cs: string[]) => new Set(cs.map((c) => c.toLowerCase()));
      const classes = lower(java(roots.map((f) => join(SCHEMA_DIR, f))));
      // In one run quicktype unifies top levels of the same shape under one name: those files
      // are run again on their own (the top level is then named after the output file, Root).
      for (const f of roots.filter((x) => !noClass.has(x) && !has(classes, x)))
        expect(lower(java([join(SCHEMA_DIR, f)])).has('root'), f).toBe(true);
      for (const f of noClass) expect(has(classes, f), f).toBe(false);
    });

    it('the bundle oke-ooapi-v5.json keeps the OpenAPI allOf structure: listed, not generated from', () => {
      expect(limits.limits.find((l) => l.id === 'bundle-allOf')?.schemas).toEqual([
        'oke-ooapi-v5.json',
      ]);
    });
  },
);
