import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchemas, SCHEMAS } from '../scripts/build-schema.mjs';

describe('shipped JSON Schemas', () => {
  it('equal a fresh generation from the types (run `npm run build -w @edustandaard/core` after changing src/manifest/types.ts)', () => {
    const fresh = generateSchemas();
    expect(Object.keys(fresh)).toEqual(Object.keys(SCHEMAS));
    for (const [file, text] of Object.entries(fresh)) {
      const shipped = readFileSync(new URL(`../schema/${file}`, import.meta.url), 'utf8');
      expect(shipped, `schema/${file} is out of date`).toBe(text);
    }
  }, 120_000);
});
