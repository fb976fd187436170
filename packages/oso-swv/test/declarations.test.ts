/**
 * One declaration per rule (#10 items 1–2): `validate()` and `select()` both run from the rule's
 * `check` (core's vocabulary), so changing the declaration in a test copy of a profile changes both;
 * and every rule has a Dutch sentence for the site (`describeRule` of core).
 */
import { describe, expect, it } from 'vitest';
import { read } from '@edustandaard/oso';
import { describeProfile, describeRule, isFindingCode, type Profile } from '@edustandaard/core';
import { OSO_BASE_PROFILES } from '@edustandaard/oso';
import { SWV_PROFILES, migrate, select, validate } from '../src/index.js';
import { HAVE_REFERENCE, example } from './helpers.js';

const L = '/dossier/huidigeschool/leerling';

/** A deep copy of the four profiles with one declaration changed: PaO.LL06 also forbids communicatielijst. */
function changedCopy(): Profile[] {
  const copy = structuredClone(SWV_PROFILES) as Profile[];
  for (const p of copy) {
    const ll06 = p.rules.find((r) => r.code === 'PaO.LL06')!;
    expect(ll06.check?.kind).toBe('forbiddenWhen');
    if (ll06.check?.kind === 'forbiddenWhen')
      ll06.check = { ...ll06.check, forbidden: [...ll06.check.forbidden, 'communicatielijst'] };
  }
  return copy;
}

describe.skipIf(!HAVE_REFERENCE)('select() and validate() read the same declaration', () => {
  for (const version of ['2019.1', '2024.1'] as const) {
    it(`${version}: a changed forbiddenWhen in a test copy changes both`, () => {
      const xml = example('Voorbeelddossier_PaO_POSWV_full.xml');
      const d = (version === '2019.1' ? read(xml).dossier : migrate(xml).dossier) as Record<
        string,
        any // eslint-disable-line @typescript-eslint/no-explicit-any -- test edits
      >;
      d.huidigeschool.leerling.adresgeheim = true;
      const profiles = changedCopy();

      // validate(): the original declaration does not name communicatielijst, the copy does.
      const codesAt = (r: ReturnType<typeof validate>) =>
        r.issues.filter((i) => i.code === 'PaO.LL06').map((i) => i.path);
      const opts = { profile: 'PO-SWV' as const, version, file: 'x' };
      expect(codesAt(validate(d, opts))).toEqual([`${L}/adreslijst`]);
      expect(codesAt(validate(d, { ...opts, profiles }))).toEqual([
        `${L}/adreslijst`,
        `${L}/communicatielijst`,
      ]);

      // select(): the copy removes communicatielijst under PaO.LL06, the original keeps it.
      const removedBy = (r: ReturnType<typeof select>) =>
        r.changes.filter((c) => c.code === 'PaO.LL06').map((c) => c.path);
      const plain = select(d, 'PO-SWV', { version });
      expect(removedBy(plain)).toEqual([`${L}/adreslijst`]);
      expect((plain.dossier!.huidigeschool as any).leerling.communicatielijst).toBeDefined(); // eslint-disable-line @typescript-eslint/no-explicit-any
      const changed = select(d, 'PO-SWV', { version, profiles });
      expect(removedBy(changed)).toEqual([`${L}/adreslijst`, `${L}/communicatielijst`]);
      expect((changed.dossier!.huidigeschool as any).leerling.communicatielijst).toBeUndefined(); // eslint-disable-line @typescript-eslint/no-explicit-any
      // …and the result of the changed select() satisfies the changed validate().
      expect(codesAt(changed.report)).toEqual([]);
    });
  }
});

describe('every rule has a Dutch sentence for the site', () => {
  for (const p of SWV_PROFILES) {
    it(`${p.id} ${p.version}`, () => {
      const desc = describeProfile(p);
      for (const [i, r] of p.rules.entries()) {
        const s = describeRule(p, r);
        expect(s.length, r.code).toBeGreaterThan(15);
        // Dutch: one of the words every sentence kind uses, and no English engine words.
        expect(s, r.code).toMatch(/\b(is|zijn|bevat|heeft|mag|komt|van|de|het|een)\b/);
        expect(s, r.code).not.toMatch(/\b(must|should|forbidden|required)\b/);
        expect(desc.rules[i]!.uitleg).toBe(s);
      }
      const tr01 = describeRule(
        p,
        p.rules.find((r) => r.code === 'PaO.TR01')!,
      );
      for (const c of ['toetsscore', 'referentiescore', 'document']) expect(tr01).toContain(c);
      const tr02 = describeRule(
        p,
        p.rules.find((r) => r.code === 'PaO.TR02')!,
      );
      for (const c of ['aantalopgaven', 'tijd', 'vaardigheidsscore']) expect(tr02).toContain(c);
    });
  }
});

it('every declared code (SWV profiles, OSO-BASE, core messages) follows the one code grammar', async () => {
  const { PROFILE_MESSAGES } = await import('@edustandaard/core');
  const codes = [
    ...[...SWV_PROFILES, ...OSO_BASE_PROFILES].flatMap((p) => p.rules.map((r) => r.code)),
    ...Object.keys(PROFILE_MESSAGES),
  ];
  expect(codes.filter((c) => !isFindingCode(c))).toEqual([]);
  expect(isFindingCode('PaO.LL08/PaO.OV04')).toBe(false);
});
