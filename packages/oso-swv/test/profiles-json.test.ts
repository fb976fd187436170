/**
 * The JSON export (`profiles/<id>-<version>.json`, exported as `@edustandaard/oso-swv/profiles/*.json`)
 * is the profile data (#15 item 1): drift fails here (regenerate with `npm run build && npm run
 * generate -w @edustandaard/oso-swv`), and every document is valid against core's
 * `schema/profile-document.json`, the schema the overstap profiles share.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { SWV_PROFILE_IDS, SWV_VERSIONS, SWV_RULES } from '../src/profiles-index.js';
import { swvProfileDocument, swvProfileFileName } from '../src/profile-document.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('@edustandaard/core/schema/profile-document.json'), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validateDocument = ajv.compile(schema);
const read = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../profiles/${file}`, import.meta.url), 'utf8'));

describe('SWV profile documents', () => {
  for (const version of SWV_VERSIONS)
    for (const id of SWV_PROFILE_IDS) {
      const file = swvProfileFileName(id, version);
      it(`profiles/${file} equals the profile data and is a valid profile document`, () => {
        const json = read(file);
        expect(json, 'run `npm run build && npm run generate -w @edustandaard/oso-swv`').toEqual(
          JSON.parse(JSON.stringify(swvProfileDocument(id, version))),
        );
        expect(validateDocument(json) ? [] : validateDocument.errors).toEqual([]);
      });
    }

  it('every rule of the data is in its profiles, with code, severity, message, source and uitleg', () => {
    for (const version of SWV_VERSIONS)
      for (const id of SWV_PROFILE_IDS) {
        const doc = swvProfileDocument(id, version);
        const codes = SWV_RULES[version].filter((r) => r.profiles.includes(id)).map((r) => r.code);
        expect(doc.rules.map((r) => r.code)).toEqual(codes);
        for (const r of doc.rules) {
          expect(r.uitleg, `${version} ${id} ${r.code}`).toMatch(/\S/);
          expect(r.source.document).toMatch(/\S/);
        }
        // Figuur 4: one row per category, and the rows of categorie_uitlevering agree with it.
        expect(doc.categorieen.length).toBeGreaterThan(10);
        for (const c of doc.categorieen) {
          const row = doc.elements.find((e) =>
            e.path.endsWith(`/categorie_uitlevering/${c.element}`),
          );
          expect(row?.allowedValues, `${version} ${id} ${c.element}`).toEqual(c.waarden);
        }
      }
  });

  it('divergences from the official artefacts are published with both sources', () => {
    const doc = swvProfileDocument('PO-SWV', '2019.1');
    const withDivergence = doc.rules.filter((r) => r.divergence);
    expect(withDivergence.length).toBeGreaterThan(0);
    for (const r of withDivergence) expect(r.divergence!.sources.length).toBeGreaterThanOrEqual(2);
  });

  it('the schema rejects a document that breaks the shape (a cardinality outside the notation)', () => {
    const doc = JSON.parse(JSON.stringify(read(swvProfileFileName('VO-SWV', '2024.1')))) as {
      elements: { cardinality: string }[];
    };
    doc.elements[0]!.cardinality = '2';
    expect(validateDocument(doc)).toBe(false);
    expect(validateDocument.errors![0]).toMatchObject({ instancePath: '/elements/0/cardinality' });
  });
});
