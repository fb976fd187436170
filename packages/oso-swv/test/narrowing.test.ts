/**
 * Every SWV profile only narrows the OSO gegevensset of its version (core's validateProfileDefinition
 * against the element table of @edustandaard/oso): no widened cardinality, no unknown element path,
 * no rule without a row or path in the data set.
 */
import { describe, expect, it } from 'vitest';
import { validateProfileDefinition } from '@edustandaard/core';
import { elementTable } from '@edustandaard/oso';
import { SWV_PROFILES } from '../src/index.js';

describe('profiles narrow the gegevensset', () => {
  for (const p of SWV_PROFILES) {
    it(`${p.id} ${p.version}`, () => {
      const rows = elementTable(p.version as '2019.1' | '2024.1');
      const findings = validateProfileDefinition(p, {
        id: 'OSO',
        version: p.version,
        // A member of an xs:choice occurs only when its branch is chosen: its effective minimum is 0
        // (e.g. bsn / onderwijsnummer, each minOccurs 1 inside an optional choice).
        elements: rows.map((r) => ({
          path: r.path,
          cardinality: { min: r.choice ? 0 : r.min, max: r.max },
        })),
      });
      // (PaO.SL01 is used for two rules with different paths, as in the standard; core accepts that.)
      expect(findings.map((f) => `${f.code} ${f.path}`)).toEqual([]);
    });
  }
});
