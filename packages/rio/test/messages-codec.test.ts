/**
 * RIO V4 messages on core's codec (#12): for every message element of both contracts, random models
 * drawn from the generated descriptor are built, validated by xmllint against DUO's 2022 XSD, read
 * back and compared with the model (property-based, fast-check, fixed seed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { contentArb } from './support/arbitrary.js';
import {
  RIO_CONTRACT_2025,
  buildMessage,
  readMessage,
  rioContract,
  type RioContractBuild,
} from '../src/index.js';

const REF = fileURLToPath(new URL('../../../../shared/reference/rio/', import.meta.url));
const XSD = {
  beheren: join(REF, 'DUO_RIO_Beheren_OnderwijsOrganisatie_V4.xsd'),
  raadplegen: join(REF, 'DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4.xsd'),
};
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const tmp = mkdtempSync(join(tmpdir(), 'rio-codec-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function roots(build: RioContractBuild) {
  const c = rioContract(build);
  return (['beheren', 'raadplegen'] as const).flatMap((service) =>
    Object.values(c[service].roots).map((r) => ({
      service,
      schema: c[service],
      name: r.name,
      type: r.type,
    })),
  );
}

describe('RIO messages on core codec (2022 build)', () => {
  const all = roots('2022');
  const samples = all.map((r) => ({
    ...r,
    models: fc.sample(contentArb(r.schema, r.type), { numRuns: 3, seed: 12 }),
  }));

  it('covers every message of both contracts, MBO and VAVO included (generated, not transcribed)', () => {
    expect(all.length).toBeGreaterThan(150);
    const names = JSON.stringify(rioContract('2022'));
    for (const n of [
      'leertrajectMBO',
      'mboNiveau',
      'toelatingseisen',
      'toegankelijkheid',
      'aangebodenVavoOpleiding',
    ])
      expect(names, n).toContain(`"${n}"`);
  });

  it(
    'build → read gives back the model, for every message element (3 random models each)',
    { timeout: 120_000 },
    () => {
      let n = 0;
      for (const s of samples)
        for (const m of s.models) {
          const built = buildMessage(s.name, m, { service: s.service });
          expect(built.issues, `${s.name} ${JSON.stringify(m).slice(0, 300)}`).toEqual([]);
          const back = readMessage(built.xml!);
          expect(back.issues, s.name).toEqual([]);
          expect(back.element).toBe(s.name);
          expect(back.value, s.name).toEqual(m);
          writeFileSync(
            join(tmp, `${s.service}-${String(n++).padStart(4, '0')}-${s.name}.xml`),
            built.xml!,
          );
        }
      expect(n).toBe(samples.length * 3);
    },
  );

  it.skipIf(!hasXmllint || !existsSync(XSD.beheren))(
    "every built message is valid against DUO's XSD (xmllint)",
    () => {
      for (const service of ['beheren', 'raadplegen'] as const) {
        const files = spawnSync('sh', ['-c', `ls ${tmp}/${service}-*.xml`], { encoding: 'utf8' })
          .stdout.trim()
          .split('\n');
        const r = spawnSync('xmllint', ['--noout', '--schema', XSD[service], ...files], {
          encoding: 'utf8',
        });
        const bad = r.stderr.split('\n').filter((l) => l && !/ validates$/.test(l));
        expect(bad.slice(0, 10), service).toEqual([]);
        expect(r.status, service).toBe(0);
      }
    },
  );

  it('unknown or misspelt input is a finding and no XML is built', () => {
    const r = buildMessage('opvragen_rioIdentificatiecode_request', {
      identificatiecodeBedrijfsdocument: 'x',
      verzendendeInstantie: '00000001234567890000',
      ontvangendeInstantie: '00000001234567890000',
      datumTijdBedrijfsdocument: '2024-01-01T00:00:00Z',
      onbekend: 'weg?',
    });
    expect(r.xml).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toContain('RIO.XSD.unexpected');
  });
});

describe('contract builds (#12)', () => {
  it('2025 is derived from 2022 as data and flagged', () => {
    const c = rioContract('2025');
    expect(c.derived).toBe(true);
    expect(RIO_CONTRACT_2025.changes.every((x) => x.assumption)).toBe(true);
    const s22 = JSON.stringify(rioContract('2022').beheren);
    const s25 = JSON.stringify(c.beheren);
    expect(s22).toContain('"toestemmingDeelnameSTAP"');
    expect(s25).not.toContain('"toestemmingDeelnameSTAP"');
    expect(s25).toContain('"laatsteInstroomdatum"');
    expect(s25).toMatch(/"name": ?"voertaal",\s*"minOccurs": ?0,\s*"maxOccurs": ?3/);
  });

  it('2025 models round-trip under the 2025 build', { timeout: 120_000 }, () => {
    const all = roots('2025').filter((r) =>
      /^aanleveren_(aangebodenOpleiding|opleidingseenheid)_request$/.test(r.name),
    );
    expect(all.length).toBe(2);
    for (const r of all)
      for (const m of fc.sample(contentArb(r.schema, r.type), { numRuns: 3, seed: 25 })) {
        const b = buildMessage(r.name, m, { build: '2025', service: r.service });
        expect(b.issues, r.name).toEqual([]);
        expect(readMessage(b.xml!, { build: '2025' }).value).toEqual(m);
      }
  });
});
