import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDerivationMap, checkManifest } from '@edustandaard/core';
import { FLOWS, OKE_DERIVATIONS, OKE_MANIFEST } from '../src/index.js';

describe('OKE manifest and derivation map', () => {
  it('is a complete manifest (core checkManifest finds nothing)', () => {
    expect(checkManifest(OKE_MANIFEST)).toEqual([]);
    expect(OKE_MANIFEST.actors.map((a) => a.id)).toEqual(['dr', 'tpl', 'ta']);
    expect(OKE_MANIFEST.transport.standaarden).toContain('OAuth2 client credentials');
    expect(new Set(OKE_MANIFEST.interactions.map((i) => i.flow))).toEqual(
      new Set(FLOWS.map((f) => String(f.nummer))),
    );
    expect(
      OKE_MANIFEST.interactions.find((i) => i.beschrijving === '3.resultaat-overdragen'),
    ).toMatchObject({
      van: 'ta',
      naar: 'tpl',
      patroon: 'push',
      bericht: 'PATCH /associations/{associationId}',
    });
  });
  it('derives only from known central concepts and attributes', () => {
    expect(checkDerivationMap(OKE_DERIVATIONS)).toEqual([]);
  });
});

describe('the manifest cites only what its sources contain (#14)', () => {
  it('legal grounds are flagged assumptions and cite no source; every assumption points into the manifest', async () => {
    const { OKE_MANIFEST_ASSUMPTIONS } = await import('../src/index.js');
    expect(OKE_MANIFEST.legal.sources ?? []).toEqual([]);
    const flagged = new Set(OKE_MANIFEST_ASSUMPTIONS.map((a) => a.path));
    OKE_MANIFEST.legal.grondslagen.forEach((g, k) => {
      expect(flagged.has(`/legal/grondslagen/${k}`), g.naam).toBe(true);
      expect(g.beschrijving).toMatch(/^Aanname/);
    });
    const at = (p: string) =>
      p
        .split('/')
        .slice(1)
        .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], OKE_MANIFEST);
    for (const a of OKE_MANIFEST_ASSUMPTIONS) expect(at(a.path), a.path).toBeDefined();
  });

  const seed = new URL(
    '../../../../shared/seeds/oke-uitgelegd-si-perspectief.txt',
    import.meta.url,
  );
  it.skipIf(!existsSync(seed))(
    'the seed does not contain the legal grounds (so they may not cite it)',
    () => {
      const text = readFileSync(seed, 'utf8');
      expect(text).not.toMatch(/Wet educatie en beroepsonderwijs|\bWEB\b/);
      expect(text).not.toMatch(/artikel 6|6\(1\)\(e\)|taak van algemeen belang/i);
    },
  );
});
