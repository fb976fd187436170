/**
 * The synchronisation's JSON Schemas for non-TS users (#15): maps are maps (`additionalProperties`
 * with a value schema, not an empty object), every definition has a plain name a code generator can
 * use (quicktype made `Record<…>` unusable), the README's own override file validates, and a real plan
 * validates against sync-plan.json.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { generate, FOCUS_HO } from '../scripts/generate-duo.mjs';
import { planSync, validateSyncConfig } from '../src/index.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
const read = (f: string) => JSON.parse(readFileSync(dir + f, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: false });
const config = ajv.compile(read('sync-config.json'));
const plan = ajv.compile(read('sync-plan.json'));
const tmp = mkdtempSync(join(tmpdir(), 'rio-sync-schema-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('sync-config.json and sync-plan.json', () => {
  it("the README's override file validates against sync-config.json and validateSyncConfig", () => {
    const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
    const at = readme.indexOf('The override file (`SyncConfig`, schema `sync-config.json`)');
    expect(at).toBeGreaterThan(0);
    const block = /```json\n([\s\S]*?)```/.exec(readme.slice(at))![1]!;
    const example = JSON.parse(block) as unknown;
    expect(config(example), JSON.stringify(config.errors)).toBe(true);
    expect(Object.keys((example as { columns: object }).columns)).not.toEqual([]);
    expect(validateSyncConfig(example)).toEqual(example);
  });

  it('maps are maps: any export name, values checked; an unknown column or a fractional row count is refused', () => {
    expect(
      config({
        columns: { nfo_opleidingen: { naam: 'NAAM' }, ho_opleidingen: { soort: 'S' } },
        expected: { nfo_opleidingen: { rows: 3, sha256: 'a'.repeat(64) } },
      }),
    ).toBe(true);
    expect(config({ columns: { nfo_opleidingen: { bestaatNiet: 'X' } } })).toBe(false);
    expect(config({ expected: { nfo_opleidingen: { rows: 1.5 } } })).toBe(false);
    expect(config({ expected: { nfo_opleidingen: { sha256: 'xyz' } } })).toBe(false);
  });

  it('every definition of every rio schema has a plain name (no generic Record<…>)', () => {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const defs = Object.keys((read(f).definitions as object | undefined) ?? {});
      expect(
        defs.filter((d) => !/^[A-Za-z][A-Za-z0-9_]*$/.test(d)),
        f,
      ).toEqual([]);
    }
  });

  it('a real plan (JSON round trip) validates against sync-plan.json', async () => {
    const g = generate({
      outDir: tmp,
      scale: 0.0005,
      per: 1,
      seed: 4,
      besturen: 20,
      focus: [{ bestuur: FOCUS_HO, sectors: ['HO'] }],
    }) as { sisFile: string };
    const p = await planSync({ bestuur: FOCUS_HO, rioDir: tmp, sisFile: g.sisFile });
    expect(p.items.length).toBeGreaterThan(10);
    const json = JSON.parse(JSON.stringify(p)) as unknown;
    expect(plan(json), JSON.stringify(plan.errors)).toBe(true);
    expect(plan({ ...(json as object), samenvatting: { koppelen: 1 } })).toBe(false);
  });
});
