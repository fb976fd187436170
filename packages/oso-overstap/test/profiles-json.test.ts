/**
 * The JSON export (`profiles/<id>-<version>.json`, exported as `@edustandaard/oso-overstap/profiles/*.json`)
 * is the profile data: drift fails here; regenerate with `npm run build && npm run generate`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  OV_PROFILES,
  OV_PROFILE_IDS,
  OV_VERSIONS,
  profileDocument,
  profileFileName,
  profielTabel,
} from '../src/profiles-index.js';
import { checkManifest, validateProfileDefinition } from '@edustandaard/core';
import {
  OSO_OVERSTAP_MANIFEST_2019_1,
  OSO_OVERSTAP_MANIFEST_2024_1,
} from '../src/profiles-index.js';
import { elementTable } from '@edustandaard/oso';

describe('profile data', () => {
  for (const version of OV_VERSIONS)
    for (const id of OV_PROFILE_IDS) {
      const file = profileFileName(id, version);
      it(`profiles/${file} equals the profile data`, () => {
        const json = JSON.parse(
          readFileSync(new URL(`../profiles/${file}`, import.meta.url), 'utf8'),
        );
        expect(
          json,
          'run `npm run build && npm run generate -w @edustandaard/oso-overstap`',
        ).toEqual(JSON.parse(JSON.stringify(profileDocument(id, version))));
      });
    }

  it('every rule has a Dutch explanation (describe) or says why it is not checked', () => {
    for (const version of OV_VERSIONS)
      for (const id of OV_PROFILE_IDS)
        for (const r of profileDocument(id, version).rules)
          expect(
            r.uitleg ?? (r.enforcedBy.length > 0 ? 'rij' : r.nietToetsbaar),
            `${version} ${id} ${r.code}`,
          ).toBeTruthy();
  });

  it('every profile narrows the gegevensset (no row widens a base cardinality) and names known paths', () => {
    for (const p of OV_PROFILES) {
      const rows = elementTable(p.version as never);
      const base = {
        id: 'OSO',
        version: p.version,
        elements: rows.map((r) => ({
          path: r.path,
          cardinality: { min: r.min, max: r.max },
          ...(r.choice ? { choice: r.choice } : {}),
        })),
      };
      expect(validateProfileDefinition(p, base), `${p.id} ${p.version}`).toEqual([]);
    }
  });

  it('2024.1 rules are flagged as derived; every 2019.1 rule cites the official validation', () => {
    for (const id of OV_PROFILE_IDS) {
      for (const r of profileDocument(id, '2024.1').rules)
        expect(r.assumption, `2024.1 ${id} ${r.code}`).toBeTruthy();
      for (const r of profileDocument(id, '2019.1').rules)
        if (r.code !== 'OV.categorie')
          expect(r.source.document, r.code).toMatch(/ValideerOverstapprofielen\.xsl/);
    }
  });

  it('both manifests pass core checkManifest', () => {
    expect(checkManifest(OSO_OVERSTAP_MANIFEST_2024_1)).toEqual([]);
    expect(checkManifest(OSO_OVERSTAP_MANIFEST_2019_1)).toEqual([]);
    expect(OSO_OVERSTAP_MANIFEST_2024_1.data.profielen).toEqual(['POPO', 'POVO', 'VOVO', 'BB']);
  });
});

describe('profielTabel: the four profiles side by side', () => {
  for (const version of OV_VERSIONS) {
    it(`${version}: every element of the gegevensset, narrowed by rules and categories`, () => {
      const t = profielTabel(version);
      expect(t).toHaveLength(elementTable(version).length);
      const at = (path: string) => t.find((r) => r.path === path)!.profielen;
      const L = '/dossier/huidigeschool/leerling';
      // Forbidden in every profile by a rule of its own (OVa.LL10 / OVb.LL??).
      expect(at(`${L}/geboorteplaats`)).toMatchObject({
        POPO: { cardinality: '0', rule: 'OVa.LL10' },
        BB: { cardinality: '0', rule: 'OVb.LL??' },
      });
      // VVE: optional in POPO and BB, forbidden in POVO (OVa.VV01) and VOVO.
      expect(at(`${L}/voorschools`)).toEqual({
        POPO: { cardinality: '?', optOut: true },
        POVO: { cardinality: '0', rule: 'OVa.VV01' },
        VOVO: { cardinality: '0', rule: 'OVa.VV01' },
        BB: { cardinality: '?', optOut: true },
      });
      expect(at(`${L}/vanpeuterspeelzaal`).POVO).toEqual({
        cardinality: '0',
        rule: 'OV.categorie',
      });
      // Required by a rule in one profile only.
      expect(at(`${L}/leerlingid`)).toMatchObject({
        POVO: { cardinality: '1', rule: 'OVa.LL13' },
        VOVO: { cardinality: '?' },
      });
      // A whole category's subtree follows the category.
      expect(at(`${L}/resultaatvakkenvo/vakcode`).POPO.cardinality).toBe('0');
      expect(at(`${L}/resultaatvakkenvo/vakcode`).VOVO).toEqual({ cardinality: '1', optOut: true });
    });
  }
});
