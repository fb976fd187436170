/**
 * `edustandaard oso validate | convert | migrate` over the official examples (../shared/reference),
 * via run() with stdout/stderr captured.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidationReport } from '@edustandaard/core';
import { cli } from './support/cli.js';

const OV = fileURLToPath(
  new URL('../../../../shared/reference/oso/2019.1/examples/OV/', import.meta.url),
);
const HAVE = existsSync(OV);
if (!HAVE)
  console.warn(
    `SKIP: ../shared/reference absent (${OV}); oso CLI tests on the official examples are skipped.`,
  );
const FULL = join(OV, 'Voorbeelddossier_OV_POVO_full.xml');
const OPT = join(OV, 'Voorbeelddossier_OV_POVO_opt_out.xml');
const tmp = mkdtempSync(join(tmpdir(), 'oso-cli-'));

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('edustandaard oso: unusable input', () => {
  it('a wrong namespace is E_XML_NAMESPACE, exit 2', async () => {
    const f = join(tmp, 'ns.xml');
    writeFileSync(f, '<dossier xmlns="urn:other"/>');
    const r = await cli(['oso', 'validate', f]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^E_XML_NAMESPACE /);
  });
  it('a DOCTYPE is E_XML_DTD, exit 2', async () => {
    const f = join(tmp, 'dtd.xml');
    writeFileSync(
      f,
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><dossier>&x;</dossier>',
    );
    const r = await cli(['oso', 'validate', f]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^E_XML_DTD /);
  });
  it('a missing file is E_IO, exit 2', async () => {
    const r = await cli(['oso', 'validate', join(tmp, 'nope.xml')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^E_IO /);
  });
});

describe.skipIf(!HAVE)('edustandaard oso (official examples)', () => {
  it('validate: two official examples are valid, exit 0, JSON contract', async () => {
    const r = await cli(['oso', 'validate', FULL, OPT, '--format', 'json']);
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.out) as ValidationReport[];
    expect(
      reports.map((x) => [x.file, x.valid, x.afsprakenset, x.version, x.profile, x.issues.length]),
    ).toEqual([
      [FULL, true, 'OSO', '2019.1', null, 0],
      [OPT, true, 'OSO', '2019.1', null, 0],
    ]);
  });

  it('validate: a broken dossier gives exact codes and paths, exit 1', async () => {
    const xml = readFileSync(FULL, 'utf8')
      .replace(
        '<overdrachtsoort>overstapdossier</overdrachtsoort>',
        '<overdrachtsoort>iets</overdrachtsoort>',
      )
      .replace('<roepnaam>Daan</roepnaam>', '<roepnaam>Daan</roepnaam><onbekend/>');
    const f = join(tmp, 'broken.xml');
    writeFileSync(f, xml);
    const r = await cli(['oso', 'validate', f, '--format', 'json']);
    expect(r.code).toBe(1);
    const [rep] = JSON.parse(r.out) as ValidationReport[];
    expect(rep!.issues.map((i) => [i.code, i.path])).toEqual([
      ['OSO.XSD.unexpected', '/dossier/huidigeschool/leerling/onbekend'],
      ['OSO.CODELIJST.29', '/dossier/overdrachtsoort'],
    ]);
  });

  it('convert XML → JSON → XML round-trips and JSON validates like XML', async () => {
    const json = join(tmp, 'd.json');
    const xml = join(tmp, 'd.xml');
    expect((await cli(['oso', 'convert', FULL, '--to', 'json', '-o', json])).code).toBe(0);
    const d = JSON.parse(readFileSync(json, 'utf8')) as { metadata: { standaardversie: string } };
    expect(d.metadata.standaardversie).toBe('2019.1');
    expect((await cli(['oso', 'convert', json, '--to', 'xml', '-o', xml])).code).toBe(0);
    const v = await cli(['oso', 'validate', xml, json, '--format', 'json']);
    expect(v.code).toBe(0);
    expect((JSON.parse(v.out) as ValidationReport[]).map((x) => x.valid)).toEqual([true, true]);
  });

  it('migrate to 2024.1 writes a valid 2024.1 dossier and reports every change on stderr', async () => {
    const out = join(tmp, 'm.xml');
    const r = await cli(['oso', 'migrate', FULL, '--to', '2024.1', '-o', out, '--format', 'json']);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.err) as {
      report: Array<{ action: string; from?: string; to?: string }>;
    };
    expect(rep.report.map((e) => `${e.action} ${e.to ?? e.from}`)).toContain(
      'renamed /dossier/huidigeschool/leerling/doorstroomtoets',
    );
    expect(readFileSync(out, 'utf8')).toContain(
      'xmlns="http://www.edustandaard.nl/oso_gegevensset/2024/dossier"',
    );
    const v = await cli(['oso', 'validate', out, '--format', 'json']);
    expect((JSON.parse(v.out) as ValidationReport[])[0]!.version).toBe('2024.1');
    expect(v.code).toBe(0);
  });
});
