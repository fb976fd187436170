/**
 * The privacy guard of selective export (#17 item 1; `OSO SWV-profielen` §2.5: the BSN or
 * onderwijsnummer may not travel in an SWV-dossier, Tabel 2 PaO.LL10–LL12). Two checks over what the
 * allow-list walk dropped and over what it kept:
 *
 * - a dropped element or attribute named like an element a rule marked `persoonsgegeven` forbids
 *   (`bsn`, `onderwijsnummer`, `geboorteplaats`, `nationaliteit`, …), wherever it sat;
 * - a run of exactly nine digits that passes the elfproef of a BSN or an onderwijsnummer
 *   (`@edustandaard/identifiers`), in dropped content or in any kept value.
 *
 * Both are `fout` findings; `select()` then produces no dossier unless the caller insists
 * (`force`). Findings never contain the value (DESIGN.md §8: messages never echo a BSN).
 */
import { createFinding, type Finding, type SourceRef } from '@edustandaard/core';
import { isBsn, isOnderwijsnummer } from '@edustandaard/identifiers';
import type { Dropped } from './allow-list.js';
import type { SwvRuleData } from './data/types.js';
import { SWV_MESSAGES } from './messages.js';

/** Codes of the privacy findings (ours: the document has no rule id for them; templates in `SWV_MESSAGES`). */
export const PRIVACY_CODES = {
  forbiddenName: 'SWV.SELECT.forbiddenName',
  pgnValue: 'SWV.SELECT.pgnValue',
} as const;

/**
 * The element names the `persoonsgegeven` rules forbid (the last step of their paths).
 * @param rules - the version's rule data
 */
export function forbiddenNames(rules: readonly SwvRuleData[]): ReadonlySet<string> {
  const names = new Set<string>();
  for (const r of rules)
    if (r.persoonsgegeven)
      for (const p of r.paths) names.add(p.slice(p.lastIndexOf('/') + 1).toLowerCase());
  return names;
}

const NINE = /(?<![0-9])[0-9]{9}(?![0-9])/g;

/**
 * True when a text holds a run of exactly nine digits that is a valid BSN or onderwijsnummer.
 * @param text - any text
 */
export function containsPgn(text: string): boolean {
  for (const m of text.matchAll(NINE)) if (isBsn(m[0]) || isOnderwijsnummer(m[0])) return true;
  return false;
}

function finding(
  kind: keyof typeof PRIVACY_CODES,
  path: string,
  source: SourceRef,
  params: Record<string, unknown> = {},
): Finding {
  return createFinding(SWV_MESSAGES, PRIVACY_CODES[kind], { path, source, params });
}

/**
 * Findings over dropped content: forbidden names and PGN-like values.
 * @param dropped - what the allow-list walk dropped
 * @param names - the forbidden names ({@link forbiddenNames})
 * @param source - the source the findings cite
 */
export function scanDropped(
  dropped: readonly Dropped[],
  names: ReadonlySet<string>,
  source: SourceRef,
): Finding[] {
  const out: Finding[] = [];
  for (const d of dropped) {
    const hit = d.names.find((n) => names.has(n.toLowerCase()));
    if (hit !== undefined) out.push(finding('forbiddenName', d.path, source, { naam: hit }));
    if (d.texts.some(containsPgn)) out.push(finding('pgnValue', d.path, source));
  }
  return out;
}

/**
 * Findings over the kept dossier: every scalar value (and attribute value) holding a PGN.
 * @param node - the decoded dossier content
 * @param path - its concrete path (`/dossier`)
 * @param source - the source the findings cite
 */
export function scanKept(node: unknown, path: string, source: SourceRef): Finding[] {
  const out: Finding[] = [];
  const visit = (v: unknown, p: string): void => {
    if (typeof v === 'string') {
      if (containsPgn(v)) out.push(finding('pgnValue', p, source));
      return;
    }
    if (typeof v === 'number') {
      if (containsPgn(String(v))) out.push(finding('pgnValue', p, source));
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => visit(x, `${p}[${i + 1}]`));
      return;
    }
    if (v === null || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (k === '$lexical') {
        // The lexical forms are written out too.
        if (
          JSON.stringify(x)
            .match(NINE)
            ?.some((d) => isBsn(d) || isOnderwijsnummer(d))
        )
          out.push(finding('pgnValue', p, source));
        continue;
      }
      visit(x, k === '$value' ? p : `${p}/${k}`);
    }
  };
  visit(node, path);
  return out;
}
