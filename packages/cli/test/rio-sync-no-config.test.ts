/**
 * `edustandaard rio sync` through the real binary with no override file (#12: "a fixture set in DUO's
 * real layout, for an HO and an NFO bestuur, gives the expected plan with no config file"), and a
 * line-boundary cut that must fail loudly without configured sizes (#17 item 5).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rioSyncArgs } from './support/rio.js';
import { spawnBin } from './support/spawn.js';

interface Truth {
  categorie: string;
  entiteit: string;
  rioCode: string;
  rioCohortcode?: string;
}
interface Generated {
  besturen: Record<string, { truth: Truth[]; sisFile: string; config: { handmatig: string[] } }>;
}

const GENERATOR = new URL('../../rio/scripts/generate-duo.mjs', import.meta.url).href;
let dir: string;
let gen: Generated;
let FOCUS_HO: string;
let FOCUS_NFO: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-rio-noconf-'));
  const m = (await import(GENERATOR)) as {
    generate: (o: object) => Generated;
    FOCUS_HO: string;
    FOCUS_NFO: string;
  };
  FOCUS_HO = m.FOCUS_HO;
  FOCUS_NFO = m.FOCUS_NFO;
  gen = m.generate({
    outDir: join(dir, 'rio'),
    scale: 0.002,
    per: 2,
    seed: 9,
    besturen: 100,
    focus: [
      { bestuur: FOCUS_NFO, sectors: ['NFO'] },
      { bestuur: FOCUS_HO, sectors: ['HO'] },
    ],
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const key = (i: Truth) => [i.categorie, i.entiteit, i.rioCode, i.rioCohortcode ?? ''].join(' ');

describe('edustandaard rio sync with no --config (spawned binary)', () => {
  it.each([
    ['NFO', () => FOCUS_NFO],
    ['HO', () => FOCUS_HO],
  ])('%s bestuur: exit 0, the plan is the truth (handmatig items as ontbreekt-in-sis)', (_, b) => {
    const bestuur = b();
    const g = gen.besturen[bestuur]!;
    const out = join(dir, `plan-${bestuur}.json`);
    const r = spawnBin(rioSyncArgs({ bestuur, rio: join(dir, 'rio'), sis: g.sisFile, out }), {
      cwd: dir,
    });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Synchronisatieplan onderwijsbestuur ${bestuur}`);
    const plan = JSON.parse(readFileSync(out, 'utf8')) as {
      items: Truth[];
      samenvatting: Record<string, number>;
      findings: { severity: string; code: string }[];
    };
    const handmatig = new Set(g.config.handmatig);
    const want = g.truth
      .map((t) => (handmatig.has(t.rioCode) ? { ...t, categorie: 'ontbreekt-in-sis' } : t))
      .map(key)
      .sort();
    expect(plan.items.map(key).sort()).toEqual(want);
    for (const [c, n] of Object.entries(plan.samenvatting))
      if (c !== 'handmatig') expect(n, c).toBeGreaterThan(0);
    expect(plan.findings.filter((f) => f.severity === 'fout')).toEqual([]);
  });

  it('an offering file cut at half its lines: exit 2, E_CSV_TRUNCATED naming it, no plan written', () => {
    const d = join(dir, 'cut');
    cpSync(join(dir, 'rio'), d, { recursive: true });
    const f = join(d, 'aangeboden_ho_opleidingen.csv');
    const lines = readFileSync(f, 'utf8').split('\n');
    writeFileSync(f, lines.slice(0, Math.floor(lines.length / 2)).join('\n') + '\n');
    const out = join(dir, 'plan-cut.json');
    const r = spawnBin(
      rioSyncArgs({ bestuur: FOCUS_HO, rio: d, sis: join(d, `sis-${FOCUS_HO}.json`), out }),
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    expect(r.err.startsWith(`E_CSV_TRUNCATED ${f}: `)).toBe(true);
    expect(r.err).toContain('(kolom AANGEBODEN_OPLEIDINGCODE)');
    expect(() => readFileSync(out)).toThrow();
  });
});
