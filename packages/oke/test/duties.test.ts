/**
 * #14: every flow duty has a violating example and a clean twin, as data (src/duties/examples.ts),
 * run here by one runner; a meta-test keeps every duty covered.
 */
import { describe, expect, it } from 'vitest';
import {
  check,
  checkChainDuties,
  DUTY_EXAMPLES,
  INTERACTIONS,
  OKE_DUTIES,
  interactionById,
  sampleData,
} from '../src/index.js';

const run = (e: (typeof DUTY_EXAMPLES)[number], side: 'violating' | 'clean') => {
  const x = e[side];
  const duty = OKE_DUTIES.find((d) => d.code === e.code)!;
  if (duty.scope === 'chain') return checkChainDuties(e.interaction, x.chain ?? {});
  return check(e.interaction, e.direction, x.message).issues;
};

describe('flow duties: a violating example and its clean twin per duty', () => {
  it('every duty has exactly one example pair, every example a duty', () => {
    expect(DUTY_EXAMPLES.map((e) => e.code).sort()).toEqual(OKE_DUTIES.map((d) => d.code).sort());
  });

  it('every duty names interactions that exist, a source and a Dutch message', () => {
    for (const d of OKE_DUTIES) {
      if (d.interactions !== '*')
        for (const i of d.interactions)
          expect(() => interactionById(i), `${d.code} ${i}`).not.toThrow();
      expect(d.source.document.length, d.code).toBeGreaterThan(3);
      expect(d.message.length, d.code).toBeGreaterThan(10);
    }
    expect(INTERACTIONS.length).toBeGreaterThan(30);
  });

  it.each(DUTY_EXAMPLES.map((e) => [e.code, e] as const))('%s', (code, e) => {
    const bad = run(e, 'violating').filter((f) => f.code === code);
    expect(bad.map((f) => f.path)).toContain(e.path);
    expect(bad.every((f) => f.params?.interaction === e.interaction)).toBe(true);
    const good = run(e, 'clean');
    expect(good.filter((f) => f.code === code)).toEqual([]);
    // A message duty's clean twin is a fully valid message.
    if (!e.clean.chain) expect(good.filter((f) => f.severity === 'fout')).toEqual([]);
  });

  it('{} is no longer "geldig" for the interactions #14 names', () => {
    for (const [id, code] of [
      ['3.resultaat-overdragen', 'OKE.F3.resultaat'],
      ['2.student-annuleren', 'OKE.F2.annuleren-state'],
      ['2.zitting-verwijderen', 'OKE.F2.verwijderen-offeringState'],
      ['4.zittingsverslag-overdragen', 'OKE.F4.zittingsverslag'],
      ['5.studentresultaat-overdragen', 'OKE.F3.resultaat'],
      ['5.pogingresultaat-overdragen', 'OKE.F5.poging-relatie'],
    ] as const) {
      const r = check(id, 'request', {});
      expect(r.valid, id).toBe(false);
      expect(
        r.issues.map((i) => i.code),
        id,
      ).toContain(code);
    }
  });

  it('a BSN is never echoed in a finding', () => {
    const r = check('1.persoonsinformatie-aanleveren', 'request', {
      primaryCode: { codeType: 'bsn', code: '111222333' },
    });
    expect(r.issues.some((i) => i.code === 'OKE.ID.bsn')).toBe(true);
    expect(JSON.stringify(r)).not.toContain('111222333');
  });

  it('the Edu-V selection: ECK iD first, a secondary identifier when it is absent or invalid', () => {
    const person = sampleData.samplePerson();
    const sel = (p: unknown, i = '1.persoonsinformatie-aanleveren') =>
      check(i, 'request', p).issues.filter((f) => f.code === 'OKE.ID.selectie');
    // ECK iD, or only the LAS-key (studentNumber) "bij ontbreken van de eerste voorkeur"
    expect(sel(person)).toEqual([]);
    expect(sel({ ...person, otherCodes: undefined })).toEqual([]);
    // an invalid ECK iD is OKE.ID.eckid's finding; the selection falls back to the LAS-key
    const badEck = { ...person, otherCodes: [{ codeType: 'eckid', code: 'geen-eck-id' }] };
    const all = check('1.persoonsinformatie-aanleveren', 'request', badEck).issues;
    expect(all.map((f) => f.code)).toContain('OKE.ID.eckid');
    expect(sel(badEck)).toEqual([]);
    // no identifier of the agreement's table at all: reported, with the selection's explanation
    const none = sel({
      ...person,
      primaryCode: { codeType: 'userName', code: 'mdamme' },
      otherCodes: undefined,
    });
    expect(none).toHaveLength(1);
    expect(none[0]).toMatchObject({
      path: '/otherCodes',
      severity: 'aanbeveling',
      params: { assumption: true },
    });
    expect(none[0]!.message).toMatch(/eckId, NEPRI, NEPPI, BPI, ASI, eduID/);
    // a staff member is not an onderwijsdeelnemer: the agreement has no primary identifier for them
    const staff = { ...person, affiliations: ['employee'], otherCodes: undefined };
    expect(sel({ ...staff, primaryCode: { codeType: 'userName', code: 'x' } })).toEqual([]);
  });
});

describe('flow triggers as data', () => {
  it('one entry per flow, each checked part naming existing duties, the rest said', async () => {
    const { FLOW_TRIGGERS, FLOWS } = await import('../src/index.js');
    expect(FLOW_TRIGGERS.map((t) => t.flow)).toEqual(FLOWS.map((f) => f.nummer));
    const codes = new Set(OKE_DUTIES.map((d) => d.code));
    for (const t of FLOW_TRIGGERS) {
      for (const c of t.checkedBy) expect(codes.has(c), `${t.flow} ${c}`).toBe(true);
      expect(t.unchecked.length).toBeGreaterThan(10);
      expect(t.trigger).toBe(FLOWS.find((f) => f.nummer === t.flow)!.trigger);
    }
  });
});
