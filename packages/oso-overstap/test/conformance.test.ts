/**
 * The one runner for the conformance fixtures (test/fixtures/conformance.ts): each fixture is an
 * official full example (migrated for 2024.1), prepared and mutated, validated with the fixture's
 * profile and version; the complete list of findings (code + path) must equal the fixture's `issues`.
 */
import { describe, expect, it } from 'vitest';
import { migrate, read } from '@edustandaard/oso';
import { selectPaths } from '@edustandaard/core';
import { OV_RULES, validate, type OvProfileId, type OvVersion } from '../src/index.js';
import { BASE_PREP, FIXTURES, type Op } from './fixtures/conformance.js';
import { HAVE_REFERENCE, example } from './helpers.js';

type Obj = Record<string, unknown>;
const cache = new Map<string, Obj>();

/** 2019.1 fixture paths in a version (OSO_CHANGES_2024_1 renames). */
function pathFor(path: string, version: OvVersion): string {
  if (version === '2019.1') return path;
  return path
    .replace('/eindtoets_basisonderwijs', '/doorstroomtoets')
    .replace('/eindtoetsresultaat', '/toetsresultaat')
    .replace('/cat_eindtoetsbo', '/cat_doorstroomtoets');
}

function baseDossier(profile: OvProfileId, version: OvVersion): Obj {
  const key = `${profile}@${version}`;
  if (!cache.has(key)) {
    const d = read(example(`Voorbeelddossier_OV_${profile}_full.xml`)).dossier as never;
    const v = version === '2019.1' ? d : (migrate(d, '2024.1').dossier as never);
    applyOps(v, BASE_PREP[version][profile] ?? [], version);
    cache.set(key, v);
  }
  return structuredClone(cache.get(key)!);
}

/** Applies ops in place; throws when a path does not resolve, so a fixture never tests nothing. */
function applyOps(dossier: Obj, ops: readonly Op[], version: OvVersion): void {
  const doc = { dossier };
  for (const op of ops) {
    const path = pathFor(op.path, version);
    const i = path.lastIndexOf('/');
    const parents = selectPaths(doc, path.slice(0, i));
    if (parents.length !== 1)
      throw new Error(`fixture: parent of ${path} resolves to ${parents.length} nodes`);
    const obj = parents[0]!.value as Obj;
    const name = path.slice(i + 1);
    if (op.op === 'remove') {
      if (!(name in obj)) throw new Error(`fixture: nothing to remove at ${path}`);
      delete obj[name];
    } else obj[name] = structuredClone(op.value);
  }
}

describe.skipIf(!HAVE_REFERENCE)('OV conformance fixtures', () => {
  for (const f of FIXTURES) {
    for (const version of f.versions) {
      it(`${version} ${f.profile} ${f.kind} ${f.rule}${f.variant ? ` (${f.variant})` : ''}: ${f.description}`, () => {
        const d = baseDossier(f.profile, version);
        applyOps(d, f.mutation, version);
        const report = validate(d, { profile: f.profile, version, file: f.profile });
        const actual = report.issues.map((i) => ({ code: i.code, path: i.path }));
        const expected = f.issues.map((i) => ({ code: i.code, path: pathFor(i.path, version) }));
        expect(actual).toEqual(expected);
        expect(report.valid).toBe(f.valid);
        expect(report).toMatchObject({ afsprakenset: 'OSO-OVERSTAP', version, profile: f.profile });
      });
    }
  }

  it('every rule of every version has a violating fixture and a clean twin, or says in data why it cannot', () => {
    for (const version of ['2019.1', '2024.1'] as const) {
      for (const r of OV_RULES[version]) {
        if (r.nietToetsbaar) {
          expect(r.check, `${r.code}: niet toetsbaar en toch een check`).toBeUndefined();
          expect(r.rows ?? []).toEqual([]);
          continue;
        }
        const mine = FIXTURES.filter(
          (f) =>
            f.rule === r.code &&
            f.versions.includes(version) &&
            (f.variant === undefined || r.message.includes(f.variant)),
        );
        const label = `${version} ${r.code} ${r.message.slice(0, 50)}`;
        const violations = mine.filter(
          (f) =>
            f.kind === 'violation' &&
            r.profiles.includes(f.profile) &&
            f.issues.some((i) => i.code === r.code),
        );
        expect(violations.length, label).toBeGreaterThan(0);
        expect(
          mine.some((f) => f.kind === 'twin'),
          `${label} twin`,
        ).toBe(true);
        // Rules that share a code must be told apart by a variant.
        const sharing = OV_RULES[version].filter(
          (x) => x.code === r.code && x.profiles.some((p) => r.profiles.includes(p)),
        );
        if (sharing.length > 1)
          expect(
            violations.every((f) => f.variant !== undefined),
            `${label}: variant`,
          ).toBe(true);
      }
    }
  });
});
