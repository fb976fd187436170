/** Site data: derivation maps point at existing elements and pass core's checks; the manifest passes checkManifest. */
import { describe, expect, it } from 'vitest';
import { checkDerivationMap, checkManifest } from '@edustandaard/core';
import {
  elementTable,
  OSO_CHANGES_2024_1,
  OSO_DERIVATIONS_2019_1,
  OSO_DERIVATIONS_2024_1,
  OSO_MANIFEST,
  OSO_MANIFEST_2019_1,
} from '../src/index.js';

describe('derivation maps', () => {
  for (const map of [OSO_DERIVATIONS_2019_1, OSO_DERIVATIONS_2024_1]) {
    it(`${map.version}: every element exists and every concept/attribute is known`, () => {
      const paths = new Set(elementTable(map.version as '2019.1' | '2024.1').map((r) => r.path));
      expect(map.derivations.map((d) => d.element).filter((p) => !paths.has(p))).toEqual([]);
      expect(checkDerivationMap(map)).toEqual([]);
    });
  }
});

describe('manifest and changelog', () => {
  it('the manifests pass checkManifest', () => {
    expect(checkManifest(OSO_MANIFEST)).toEqual([]);
    expect(checkManifest(OSO_MANIFEST_2019_1)).toEqual([]);
  });
  it('the changelog lists every change with resolved sources', () => {
    expect(OSO_CHANGES_2024_1.length).toBeGreaterThan(10);
    for (const c of OSO_CHANGES_2024_1)
      expect(
        c.source.every((s) => typeof s.document === 'string'),
        c.id,
      ).toBe(true);
    expect(OSO_CHANGES_2024_1.find((c) => c.id === 'namespace')).toMatchObject({
      assumption: true,
    });
  });
});
