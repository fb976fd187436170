/**
 * `edustandaard swv validate | select | render` over the official examples (../shared/reference),
 * via run() with stdout/stderr captured, and once through the built binary.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidationReport } from '@edustandaard/core';
import { cli } from './support/cli.js';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const PAO = fileURLToPath(
  new URL('../../../../shared/reference/oso/2019.1/examples/PaO/', import.meta.url),
);
const OV = fileURLToPath(
  new URL('../../../../shared/reference/oso/2019.1/examples/OV/', import.meta.url),
);
const HAVE = existsSync(PAO);
if (!HAVE)
  console.warn(
    `SKIP: ../shared/reference absent (${PAO}); swv CLI tests on the official examples are skipped.`,
  );
const PO_FULL = join(PAO, 'Voorbeelddossier_PaO_POSWV_full.xml');
const tmp = mkdtempSync(join(tmpdir(), 'swv-cli-'));

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!HAVE)('edustandaard swv validate', () => {
  it('all four PaO examples: exit 0, one JSON report each with profile and version inferred', async () => {
    const files = readdirSync(PAO).map((f) => join(PAO, f));
    const r = await cli(['swv', 'validate', ...files, '--format', 'json']);
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.out) as ValidationReport[];
    expect(reports.map((x) => [x.profile, x.version, x.valid, x.afsprakenset])).toEqual([
      ['PO-SWV', '2019.1', true, 'OSO-SWV'],
      ['PO-SWV', '2019.1', true, 'OSO-SWV'],
      ['VO-SWV', '2019.1', true, 'OSO-SWV'],
      ['VO-SWV', '2019.1', true, 'OSO-SWV'],
    ]);
    expect(reports.map((x) => x.file)).toEqual(files);
  });

  it('forced profile: a PO example as VO-SWV exits 1 with the PaO codes in text', async () => {
    const r = await cli(['swv', 'validate', PO_FULL, '--profile', 'vo-swv']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${PO_FULL}: ongeldig (OSO-SWV 2019.1 VO-SWV)`);
    expect(r.out).toMatch(
      /fout\s+PaO\.VV01\s+\/dossier\/huidigeschool\/leerling\/vanpeuterspeelzaal/,
    );
  });

  it('an overstapdossier without --profile: exit 2 with E_PROFILE_UNKNOWN and the file', async () => {
    const f = join(OV, 'Voorbeelddossier_OV_POPO_full.xml');
    const r = await cli(['swv', 'validate', f]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^E_PROFILE_UNKNOWN ${f.replace(/[.]/g, '\\.')}`));
    expect(r.err).not.toMatch(/\d{9}/); // no BSN echoed
  });

  it('malformed XML and a missing file: exit 2 with a code and location', async () => {
    const bad = join(tmp, 'bad.xml');
    writeFileSync(
      bad,
      '<dossier xmlns="http://www.edustandaard.nl/oso_gegevensset/2019/dossier"><metadata>',
    );
    let r = await cli(['swv', 'validate', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^E_XML_MALFORMED .*bad\.xml/);
    r = await cli(['swv', 'validate', join(tmp, 'nope.xml')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^E_IO .*nope\.xml/);
  });

  it('--version 2024.1 on a 2019.1 file is a typed error', async () => {
    const r = await cli(['swv', 'validate', PO_FULL, '--version', '2024.1']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^E_/);
  });
});

describe.skipIf(!HAVE)('edustandaard swv select / render', () => {
  it('select writes a valid SWV dossier atomically and lists the changes on stderr', async () => {
    const out = join(tmp, 'swv.xml');
    const r = await cli([
      'swv',
      'select',
      join(OV, 'Voorbeelddossier_OV_POPO_full.xml'),
      '--profile',
      'po-swv',
      '--opt-out',
      'vve,verzuim',
      '-o',
      out,
    ]);
    expect(r.code).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('<overstap>POSWV</overstap>');
    expect(xml).toContain('<cat_vve>OPT-UIT</cat_vve>');
    expect(xml).not.toMatch(/<(bsn|verzuim|voorschools)>/);
    expect(r.err).toMatch(/removed\s+PaO\.LL12\s+\/dossier\/huidigeschool\/leerling\/bsn/);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const v = await cli(['swv', 'validate', out]);
    expect(v.code).toBe(0);
  });

  it('select of a mandatory category opt-out is a usage error and writes nothing', async () => {
    const out = join(tmp, 'never.xml');
    const r = await cli([
      'swv',
      'select',
      PO_FULL,
      '--profile',
      'po-swv',
      '--opt-out',
      'onderwijsondersteuning',
      '-o',
      out,
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^E_USAGE/);
    expect(existsSync(out)).toBe(false);
  });

  it('render writes one HTML page', async () => {
    const out = join(tmp, 'view.html');
    const r = await cli(['swv', 'render', PO_FULL, '-o', out]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html).toContain('Bijlagen');
  });

  it.skipIf(!existsSync(BIN))('the built binary validates one file (exit 0)', () => {
    const p = spawnSync(process.execPath, [BIN, 'swv', 'validate', PO_FULL], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(p.status).toBe(0);
    expect(p.stdout).toContain('geldig (OSO-SWV 2019.1 PO-SWV)');
  });
});
