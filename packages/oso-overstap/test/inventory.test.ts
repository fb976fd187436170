/**
 * Every OVa/OVb entry of the official 2019.1 validation (business-rules-2019.1.json, 59 entries) is
 * a rule of the 2019.1 profiles with its code and its exact Dutch message (a template rendered with
 * the parameters its check reports, for the secret values), and the 14 the XSLT never runs carry a
 * divergence with both sources.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '@edustandaard/core';
import { OV_CONSTANTS, OV_RULES } from '../src/index.js';
import { HAVE_REFERENCE, REFERENCE } from './helpers.js';

interface Entry {
  code: string;
  melding: string;
  opmerking: string | null;
}

function messagesOf(message: string): string[] {
  if (!message.includes('{soort}')) return [message];
  return Object.entries(OV_CONSTANTS['2019.1'].geheimwaarden).map(([soort, geheimwaarde]) =>
    renderMessage(message, { soort, geheimwaarde }),
  );
}

describe.skipIf(!HAVE_REFERENCE)('the 2019.1 inventory', () => {
  // Read only with the reference: a skipped describe's body still runs.
  const entries = HAVE_REFERENCE
    ? (
        JSON.parse(
          readFileSync(new URL('oso/2019.1/business-rules-2019.1.json', REFERENCE), 'utf8'),
        ) as Entry[]
      ).filter((e) => e.code.startsWith('OV'))
    : [];

  it('has 59 OVa/OVb entries', () => expect(entries).toHaveLength(59));

  for (const e of entries) {
    it(`${e.code}: ${e.melding.slice(0, 60)}…`, () => {
      const rules = OV_RULES['2019.1'].filter(
        (r) => r.code === e.code && messagesOf(r.message).includes(e.melding),
      );
      expect(rules).toHaveLength(1);
      const rule = rules[0]!;
      if (e.opmerking?.startsWith('Never evaluated')) {
        expect(rule.divergence?.summary).toMatch(/nooit uit/);
        expect(rule.divergence!.sources.length).toBeGreaterThanOrEqual(2);
      }
      expect(rule.check !== undefined || (rule.rows ?? []).length > 0).toBe(true);
    });
  }

  it('no 2019.1 rule of the validation is invented: every OVa/OVb rule of the data is in the inventory', () => {
    const meldingen = new Set(entries.map((e) => `${e.code} ${e.melding}`));
    for (const r of OV_RULES['2019.1'].filter(
      (x) => x.code.startsWith('OV') && x.code !== 'OV.categorie',
    ))
      for (const m of messagesOf(r.message))
        expect(meldingen.has(`${r.code} ${m}`), `${r.code} ${m}`).toBe(true);
  });
});
