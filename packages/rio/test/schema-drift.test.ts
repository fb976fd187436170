import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { SCHEMAS, generateSchemas } from '../scripts/build-schema.mjs';
import { RIO_ACTIONS, RIO_EXAMPLES, RIO_KIND_EXAMPLES } from '../src/index.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
const read = (f: string) => JSON.parse(readFileSync(dir + f, 'utf8'));

describe('shipped JSON Schemas', () => {
  it('equal what the types generate (no drift)', { timeout: 120_000 }, () => {
    const fresh = generateSchemas() as Record<string, string>;
    expect(Object.keys(fresh).sort()).toEqual(readdirSync(dir).sort());
    for (const [f, text] of Object.entries(fresh))
      expect(readFileSync(dir + f, 'utf8'), f).toBe(text);
  });

  it('accept every bundled example input and reject a broken one', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const byType = new Map(
      Object.entries(SCHEMAS as Record<string, string>).map(([f, t]) => [t, f]),
    );
    const inputs = [
      ...RIO_ACTIONS.map((a) => ({ type: a.input, input: RIO_EXAMPLES[a.action] })),
      ...Object.values(RIO_KIND_EXAMPLES).map((k) => ({
        type: RIO_ACTIONS.find((a) => a.action === k.action)!.input,
        input: k.input,
      })),
    ];
    let checked = 0;
    for (const { type, input } of inputs) {
      const file = byType.get(type);
      if (!file) continue;
      const validate =
        ajv.getSchema(file) ?? (ajv.addSchema(read(file), file), ajv.getSchema(file)!);
      expect(validate(input), `${type}: ${JSON.stringify(validate.errors)}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(14);
    const v = ajv.getSchema('opleidingseenheid.json')!;
    expect(v({ type: 'hoOpleiding', begindatum: '2024-01-01', periodes: [] })).toBe(false);
  });
});
