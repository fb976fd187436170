/**
 * The one runner for the conformance fixtures (test/fixtures/conformance.ts): each fixture is an
 * official example, prepared and mutated, validated with the fixture's profile and version; the
 * complete list of findings (code + path) must equal the fixture's `issues`.
 */
import { describe, expect, it } from 'vitest';
import { isFindingCode } from '@edustandaard/core';
import { read } from '@edustandaard/oso';
import { migrate, validate, SWV_RULES } from '../src/index.js';
import { BASE_PREP, FIXTURES, NOT_TESTABLE } from './fixtures/conformance.js';
import { HAVE_REFERENCE, applyOps, example } from './helpers.js';
import { pathFor } from '../src/data/paths.js';

type Obj = Record<string, unknown>;
const cache = new Map<string, Obj>();

function baseDossier(file: string, version: '2019.1' | '2024.1'): Obj {
  const key = `${file}@${version}`;
  if (!cache.has(key)) {
    const d = read(example(file), { file }).dossier as unknown as Obj;
    cache.set(key, version === '2019.1' ? d : migrate(d).dossier);
  }
  return structuredClone(cache.get(key)!);
}

describe.skipIf(!HAVE_REFERENCE)('SWV conformance fixtures', () => {
  for (const f of FIXTURES) {
    for (const version of f.versions) {
      it(`${version} ${f.profile} ${f.kind} ${f.rule}: ${f.description}`, () => {
        const d = baseDossier(f.base, version);
        applyOps(d, BASE_PREP[f.profile], version);
        applyOps(d, f.mutation, version);
        const report = validate(d, { profile: f.profile, version, file: f.base });
        const actual = report.issues.map((i) => ({ code: i.code, path: i.path }));
        // One code grammar for every emitted code (#10 item 4); one code per finding.
        for (const i of report.issues) expect(isFindingCode(i.code), i.code).toBe(true);
        expect(report.pathType).toBe('xml');
        const expected = f.issues.map((i) => ({ code: i.code, path: pathFor(i.path, version) }));
        expect(actual).toEqual(expected);
        const valid = typeof f.valid === 'boolean' ? f.valid : f.valid[version];
        expect(report.valid).toBe(valid);
        expect(report).toMatchObject({ afsprakenset: 'OSO-SWV', version, profile: f.profile });
      });
    }
  }

  it('every rule of every profile has a violating fixture and a clean twin, or a documented reason', () => {
    for (const version of ['2019.1', '2024.1'] as const) {
      for (const r of SWV_RULES[version]) {
        if (NOT_TESTABLE[r.code]) continue;
        const mine = FIXTURES.filter((f) => f.rule === r.code && f.versions.includes(version));
        expect(
          mine.some((f) => f.kind === 'violation' && f.issues.some((i) => i.code === r.code)),
          `${version} ${r.code}`,
        ).toBe(true);
        expect(
          mine.some((f) => f.kind === 'twin'),
          `${version} ${r.code} twin`,
        ).toBe(true);
      }
    }
  });
});
