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
