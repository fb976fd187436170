/**
 * "Every action: build → XSD-valid (both builds) → read → equal" (#12). The 2022 build is checked
 * against DUO's XSDs in ../shared/reference/rio; DUO's 14-07-2025 XSDs are not available (not in the
 * reference set, not found publicly — only a 25-02-2025 build, recorded in RIO_CONTRACT_2025.bronnen),
 * so the 2025 build is checked against XSDs derived at test time from the 2022 ones by the same data
 * the codec uses (RIO_CONTRACT_2025), marked as derived and never written into the repository.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentArb } from './support/arbitrary.js';
import { deriveXsd } from './support/derive-xsd.js';
import { ACTION_CASES, REF, XSD, haveRef, hasXmllint } from './support/reference.js';
import {
  EXAMPLE_HEADER,
  RIO_ACTIONS,
  RIO_CONTRACT_2025,
  RIO_EXAMPLES,
  buildMessage,
  buildRequest,
  readMessage,
  rioContract,
  type RioContractBuild,
} from '../src/index.js';

if (process.env.REQUIRE_REFERENCE && !haveRef)
  throw new Error(`REQUIRE_REFERENCE: ${REF} ontbreekt`);

const tmp = mkdtempSync(join(tmpdir(), 'rio-builds-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const xsd: Record<RioContractBuild, Record<'beheren' | 'raadplegen', string>> = {
  '2022': XSD,
  '2025': {
    beheren: join(tmp, `2025-${basename(XSD.beheren)}`),
    raadplegen: join(tmp, `2025-${basename(XSD.raadplegen)}`),
  },
};

beforeAll(() => {
  if (!haveRef) return;
  for (const s of ['beheren', 'raadplegen'] as const)
    writeFileSync(
      xsd['2025'][s],
      deriveXsd(
        readFileSync(xsd['2022'][s], 'utf8'),
        RIO_CONTRACT_2025.changes,
        `2025-build afgeleid van de 2022-XSD met RIO_CONTRACT_2025 (issue #12); aannames gemarkeerd`,
      ),
    );
});

function xmllint(schema: string, files: string[]): string[] {
  const r = spawnSync('xmllint', ['--noout', '--schema', schema, ...files], { encoding: 'utf8' });
  return r.stderr.split('\n').filter((l) => l && !l.endsWith(' validates'));
}

const cases = ACTION_CASES;

/** A 2022 example as a 2025 user writes it: no toestemmingDeelnameSTAP (gone from every range). */
function to2025(input: unknown): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  delete copy.toestemmingDeelnameSTAP;
  return copy;
}

describe.skipIf(!haveRef || !hasXmllint)('both contract builds', () => {
  it('the derived 2025 XSDs carry exactly the derived changes, inside the kenmerkwaardenbereik types, and are marked', () => {
    const b22 = readFileSync(xsd['2022'].beheren, 'utf8');
    const b25 = readFileSync(xsd['2025'].beheren, 'utf8');
    expect(b25).toContain('<!-- AFGELEID, niet van DUO:');
    expect(b22.match(/name="toestemmingDeelnameSTAP"/g)).toHaveLength(5);
    expect(b25).not.toContain('name="toestemmingDeelnameSTAP"');
    expect(b25.match(/maxOccurs="3" minOccurs="0" name="voertaal"/g)).toHaveLength(5);
    expect(b25.match(/name="laatsteInstroomdatum"/g)).toHaveLength(1);
    // every 2022 occurrence is in a Kenmerkwaardenbereik_* type, referenced with maxOccurs="0"
    for (const m of b22.matchAll(
      /<xsd:complexType name="([^"]+)"[^>]*>(?:(?!<\/xsd:complexType>)[\s\S])*name="(?:toestemmingDeelnameSTAP|voertaal)"/g,
    ))
      expect(m[1]).toMatch(/^Kenmerkwaardenbereik_/);
    expect(b22).toMatch(
      /maxOccurs="0" minOccurs="0" ref="kenmerkwaardenbereik_AangebodenOpleiding"/,
    );
    // the descriptor derived by the codec says the same
    const d = JSON.stringify(
      rioContract('2025').beheren.types['Kenmerkwaardenbereik_AangebodenOpleiding'],
    );
    expect(d).toContain('"laatsteInstroomdatum"');
    expect(JSON.stringify(rioContract('2025').beheren.types['AangebodenOpleiding'])).not.toContain(
      'laatsteInstroomdatum',
    );
  });

  for (const build of ['2022', '2025'] as const)
    it(`${build}: every action's example builds, is XSD-valid (xmllint), reads back without findings and builds again identically`, () => {
      const files: Record<'beheren' | 'raadplegen', string[]> = { beheren: [], raadplegen: [] };
      for (const c of cases) {
        const a = RIO_ACTIONS.find((x) => x.action === c.action)!;
        const input = build === '2025' ? to2025(c.input) : c.input;
        const xml = buildRequest(c.action, input, { header: EXAMPLE_HEADER, build });
        const r = readMessage(xml, { build });
        expect(r.issues, c.name).toEqual([]);
        expect(r.element).toBe(a.requestElement);
        expect(buildMessage(r.element, r.value, { build, service: a.service }).xml, c.name).toBe(
          xml,
        );
        const f = join(tmp, `${build}-${c.name}.xml`);
        writeFileSync(f, xml);
        files[a.service].push(f);
      }
      expect(files.beheren.length + files.raadplegen.length).toBe(cases.length);
      for (const s of ['beheren', 'raadplegen'] as const)
        expect(xmllint(xsd[build][s], files[s]), `${build} ${s}`).toEqual([]);
    });

  it('the friendly model follows the build: 2025 refuses toestemmingDeelnameSTAP, takes up to 3 voertalen and laatsteInstroomdatum; 2022 the reverse', () => {
    const ao = RIO_EXAMPLES.aanleveren_aangebodenOpleiding as Record<string, unknown>;
    expect(ao.toestemmingDeelnameSTAP).toBeDefined();
    const opts = (build: RioContractBuild) => ({ header: EXAMPLE_HEADER, build });
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as { code: string; message: string; location: { path: string } };
      }
      throw new Error('expected an error');
    };
    const e1 = err(() => buildRequest('aanleveren_aangebodenOpleiding', ao, opts('2025')));
    expect(e1).toMatchObject({
      code: 'E_RIO_MODEL',
      location: { path: '/toestemmingDeelnameSTAP' },
    });
    expect(e1.message).toContain('contractversie 2025');
    const v25 = {
      ...(to2025(ao) as object),
      voertaal: ['NLD', 'ENG', 'DEU'],
      laatsteInstroomdatum: '2027-09-01',
    };
    const xml = buildRequest('aanleveren_aangebodenOpleiding', v25, opts('2025'));
    expect(xml.match(/<kenmerknaam>voertaal<\/kenmerknaam>/g)).toHaveLength(3);
    expect(xml).toMatch(
      /<kenmerknaam>laatsteInstroomdatum<\/kenmerknaam>\s*<kenmerkwaardeDatum>2027-09-01</,
    );
    expect(
      err(() =>
        buildRequest(
          'aanleveren_aangebodenOpleiding',
          { ...v25, voertaal: ['NLD', 'ENG', 'DEU', 'FRA'] },
          opts('2025'),
        ),
      ).location.path,
    ).toBe('/voertaal');
    // 2022: toestemmingDeelnameSTAP is required, laatsteInstroomdatum unknown, one voertaal
    expect(
      err(() => buildRequest('aanleveren_aangebodenOpleiding', to2025(ao), opts('2022'))).location
        .path,
    ).toBe('/toestemmingDeelnameSTAP');
    expect(
      err(() =>
        buildRequest(
          'aanleveren_aangebodenOpleiding',
          { ...ao, laatsteInstroomdatum: '2027-09-01' },
          opts('2022'),
        ),
      ).location.path,
    ).toBe('/laatsteInstroomdatum');
  });

  it(
    '2025: a random model of every message element (requests and responses) builds, is valid against the derived XSD and reads back equal',
    { timeout: 180_000 },
    () => {
      const c = rioContract('2025');
      for (const service of ['beheren', 'raadplegen'] as const) {
        const files: string[] = [];
        for (const r of Object.values(c[service].roots)) {
          const [m] = fc.sample(contentArb(c[service], r.type), { numRuns: 1, seed: 2025 });
          const b = buildMessage(r.name, m, { build: '2025', service });
          expect(b.issues, r.name).toEqual([]);
          expect(readMessage(b.xml!, { build: '2025' }).value, r.name).toEqual(m);
          const f = join(tmp, `p-${service}-${r.name}.xml`);
          writeFileSync(f, b.xml!);
          files.push(f);
        }
        expect(files.length).toBeGreaterThan(20);
        expect(xmllint(xsd['2025'][service], files), service).toEqual([]);
      }
    },
  );
});
