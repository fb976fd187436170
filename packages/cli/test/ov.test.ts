/**
 * `edustandaard ov validate | select | render` over the official OV examples (../shared/reference),
 * every case through the built binary (spawned), as a vendor's CI runs it; and `oso migrate` agreeing
 * with the library (the secret telephone value).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidationReport } from '@edustandaard/core';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const REF = fileURLToPath(
  new URL('../../../../shared/reference/oso/2019.1/examples/', import.meta.url),
);
const OV = join(REF, 'OV');
const PAO = join(REF, 'PaO');
const HAVE = existsSync(OV) && existsSync(BIN);
if (!HAVE)
  console.warn(`SKIP: ../shared/reference or the built CLI absent; ov CLI tests are skipped.`);
const tmp = mkdtempSync(join(tmpdir(), 'ov-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function bin(args: string[]): { code: number; out: string; err: string } {
  const p = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: p.status ?? -1, out: p.stdout, err: p.stderr };
}

describe.skipIf(!HAVE)('edustandaard ov (built binary)', () => {
  it('validate: the eight OV examples, exit 0, one JSON report each with profile and version inferred', () => {
    const files = readdirSync(OV)
      .sort()
      .map((f) => join(OV, f));
    const r = bin(['ov', 'validate', ...files, '--format', 'json']);
    // The batch contract of #13: with a machine format the summary line goes to stderr.
    expect(r.err).toBe('8 bestanden: 8 geldig, 0 ongeldig, 0 onbruikbaar\n');
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.out) as ValidationReport[];
    expect(reports.map((x) => [x.afsprakenset, x.version, x.profile, x.valid])).toEqual(
      ['BB', 'BB', 'POPO', 'POPO', 'POVO', 'POVO', 'VOVO', 'VOVO'].map((p) => [
        'OSO-OVERSTAP',
        '2019.1',
        p,
        true,
      ]),
    );
    expect(reports.map((x) => x.file)).toEqual(files);
  });

  it('validate: a forced profile reports the OVa findings in text and exits 1', () => {
    const f = join(OV, 'Voorbeelddossier_OV_POPO_full.xml');
    const r = bin(['ov', 'validate', f, '--profile', 'povo']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${f}: ongeldig (OSO-OVERSTAP 2019.1 POVO)`);
    expect(r.out).toMatch(/fout\s+OVa\.VV01\s+\/dossier\/huidigeschool\/leerling\/voorschools/);
  });

  it('validate: an SWV dossier has no overstapprofiel (exit 2, code and file); an unknown profile is a usage error', () => {
    const f = join(PAO, 'Voorbeelddossier_PaO_POSWV_full.xml');
    let r = bin(['ov', 'validate', f]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^E_PROFILE_UNKNOWN /);
    expect(r.err).toContain(f);
    expect(r.err).not.toMatch(/\d{9}/); // no BSN echoed
    r = bin(['ov', 'validate', f, '--profile', 'po-swv']);
    expect(r.code).toBe(2);
  });

  it('select: POVO with opt-outs writes a valid dossier and lists the changes as JSON on stderr', () => {
    const out = join(tmp, 'povo.xml');
    const r = bin([
      'ov',
      'select',
      join(OV, 'Voorbeelddossier_OV_POPO_full.xml'),
      '--profile',
      'povo',
      '--opt-out',
      'verzuim,toetsresultaten',
      '-o',
      out,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.err) as {
      profile: string;
      changes: { action: string; code: string; path: string }[];
      report: ValidationReport;
    };
    expect(summary.profile).toBe('POVO');
    expect(summary.report.valid).toBe(true);
    expect(summary.changes).toContainEqual(
      expect.objectContaining({
        action: 'removed',
        code: 'OVa.VV01',
        path: '/dossier/huidigeschool/leerling/voorschools',
      }),
    );
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('<overstap>POVO</overstap>');
    expect(xml).toContain('<cat_verzuim>OPT-UIT</cat_verzuim>');
    expect(xml).not.toMatch(/<(verzuim|toetslijst|voorschools|vroegschools)[\s>]/);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(bin(['ov', 'validate', out]).code).toBe(0);
  });

  it('select: switching off a mandatory category is a usage error and writes nothing', () => {
    const out = join(tmp, 'never.xml');
    const r = bin([
      'ov',
      'select',
      join(OV, 'Voorbeelddossier_OV_VOVO_full.xml'),
      '--profile',
      'vovo',
      '--opt-out',
      'schoolloopbaan',
      '-o',
      out,
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^E_USAGE/);
    expect(existsSync(out)).toBe(false);
  });

  it('render: one HTML page for an overdracht binnen brin', () => {
    const out = join(tmp, 'bb.html');
    const r = bin(['ov', 'render', join(OV, 'Voorbeelddossier_OV_BB_full.xml'), '-o', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
  });

  it('oso migrate and the library agree: CLI-migrated examples validate clean under 2024.1 (secret telephone value mapped)', () => {
    for (const [dir, file, cmd] of [
      [PAO, 'Voorbeelddossier_PaO_POSWV_full.xml', 'swv'],
      [OV, 'Voorbeelddossier_OV_VOVO_full.xml', 'ov'],
    ] as const) {
      const out = join(tmp, `m-${file}`);
      const m = bin([
        'oso',
        'migrate',
        join(dir, file),
        '--to',
        '2024.1',
        '-o',
        out,
        '--format',
        'json',
      ]);
      expect(m.code).toBe(0);
      const rep = JSON.parse(m.err) as { report: { change: string; to?: string }[] };
      expect(rep.report).toContainEqual(
        expect.objectContaining({
          change: 'geheimwaarde-telefoon',
          to: '/dossier/huidigeschool/leerling/communicatielijst/communicatie[1]/nummer',
        }),
      );
      expect(readFileSync(out, 'utf8')).not.toContain('9999999999');
      const v = bin([cmd, 'validate', out, '--format', 'json']);
      const [report] = JSON.parse(v.out) as ValidationReport[];
      expect(report!.issues.filter((i) => i.severity === 'fout')).toEqual([]);
      expect(v.code).toBe(0);
    }
  });
});
