/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit decoded dossiers in place */
/**
 * Selective export on every official example (PaO and OV), for both profiles and both versions. The
 * output is checked twice: by validate(), and independently by scanning the written XML text for
 * forbidden elements and leaked secret values (this scanner knows nothing of the profile data).
 */
import { describe, expect, it } from 'vitest';
import { read, write } from '@edustandaard/oso';
import {
  migrate,
  parseOptOut,
  parseProfileId,
  parseVersion,
  select,
  validate,
  PO_SWV_2019_1,
  VO_SWV_2019_1,
  PO_SWV_2024_1,
  VO_SWV_2024_1,
} from '../src/index.js';
import { HAVE_REFERENCE, allExamples, example } from './helpers.js';

const L = '/dossier/huidigeschool/leerling';
const FORBIDDEN_ALWAYS = [
  'bsn',
  'onderwijsnummer',
  'geboorteplaats',
  'nationaliteit',
  'geboortemaand',
  'postcode4adres',
  'banknummer',
];
const FORBIDDEN_PO = [
  'eindtoets_basisonderwijs',
  'doorstroomtoets',
  'bevorderd',
  'examenresultaat',
  'resultaatvakkenvo',
  'certificaat',
  'competenties',
  'stage',
  'overigvombo',
  'lwoo',
  'rvc',
];
const FORBIDDEN_VO = [
  'vanpeuterspeelzaal',
  'naampeuterspeelzaal',
  'voorschools',
  'vroegschools',
  'handelingsplan',
];
const SECRET = {
  '2019.1': { telefoon: '9999999999', 'e-mail': 'geheim@geheim.geheim' },
  '2024.1': { telefoon: '999999999', 'e-mail': 'geheim@geheim.geheim' },
} as const;

/**
 * Independent scan of SWV output XML: forbidden element tags, secret communicatie, secret addresses,
 * and values from the input that must not survive (BSN, original secret numbers).
 */
function scan(
  xml: string,
  inputXml: string,
  profile: 'PO-SWV' | 'VO-SWV',
  version: '2019.1' | '2024.1',
): string[] {
  const problems: string[] = [];
  const tags = [...FORBIDDEN_ALWAYS, ...(profile === 'PO-SWV' ? FORBIDDEN_PO : FORBIDDEN_VO)];
  for (const t of tags) if (new RegExp(`<${t}[\\s>/]`).test(xml)) problems.push(`forbidden <${t}>`);
  for (const block of xml.match(/<communicatie>[\s\S]*?<\/communicatie>/g) ?? []) {
    if (!/<geheim>(true|1)<\/geheim>/.test(block)) continue;
    const soort = /<soort>([^<]*)<\/soort>/.exec(block)?.[1] as keyof (typeof SECRET)['2019.1'];
    const nummer = /<nummer>([^<]*)<\/nummer>/.exec(block)?.[1];
    if (nummer !== SECRET[version][soort]) problems.push(`secret ${soort} not replaced`);
  }
  if (/<adresgeheim>(true|1)<\/adresgeheim>\s*<adreslijst>/.test(xml))
    problems.push('address under adresgeheim=true');
  if (
    /<adresgeheim>(true|1)<\/adresgeheim>[\s\S]*?<adresbuitenland>/.test(
      xml.replace(/<verzorger>[\s\S]*?<\/verzorger>/g, ''),
    )
  ) {
    problems.push('foreign address under adresgeheim=true');
  }
  for (const m of inputXml.matchAll(/<(bsn|onderwijsnummer)>([^<]+)</g))
    if (xml.includes(m[2]!)) problems.push(`${m[1]} value leaked`);
  for (const block of inputXml.match(/<communicatie>[\s\S]*?<\/communicatie>/g) ?? []) {
    if (!/<geheim>(true|1)<\/geheim>/.test(block)) continue;
    const nummer = /<nummer>([^<]*)<\/nummer>/.exec(block)![1]!;
    if (!Object.values(SECRET[version]).includes(nummer as never) && xml.includes(`>${nummer}<`))
      problems.push('secret number leaked');
  }
  if (!xml.includes(`<overstap>${profile === 'PO-SWV' ? 'POSWV' : 'VOSWV'}</overstap>`))
    problems.push('overstap not set');
  if (!xml.includes('<overdrachtsoort>swv-dossier</overdrachtsoort>'))
    problems.push('overdrachtsoort not set');
  if (!xml.includes(`<validatieversie>${version}.1</validatieversie>`))
    problems.push('validatieversie not set');
  return problems;
}

/**
 * The official opt-out examples of the Overstapprofielen (and BB opt-out) leave out data the SWV
 * profiles make mandatory (Figuur 4: Onderwijsondersteuning, and for BB also Ouders/Verzorgers and
 * Schoolloopbaan). select() must not invent data, so exactly these findings remain.
 */
const MISSING_MANDATORY: Readonly<Record<string, string[]>> = {
  'OV/Voorbeelddossier_OV_BB_opt_out.xml': [
    'OS.cat05 /dossier/metadata/categorie_uitlevering/cat_oudersverzorgers',
    'OS.cat07 /dossier/metadata/categorie_uitlevering/cat_schoolloopbaan',
    'OS.cat09 /dossier/metadata/categorie_uitlevering/cat_onderwijsondersteuning',
    `PaO.SL01 ${L}/schoolloopbaanlijst`,
  ],
  'OV/Voorbeelddossier_OV_POPO_opt_out.xml': [
    'OS.cat09 /dossier/metadata/categorie_uitlevering/cat_onderwijsondersteuning',
  ],
  'OV/Voorbeelddossier_OV_POVO_opt_out.xml': [
    'OS.cat09 /dossier/metadata/categorie_uitlevering/cat_onderwijsondersteuning',
  ],
  'OV/Voorbeelddossier_OV_VOVO_opt_out.xml': [
    'OS.cat09 /dossier/metadata/categorie_uitlevering/cat_onderwijsondersteuning',
  ],
};

/** What Tabel 2 only recommends leaving out: select() keeps it unless `ookAanbevolen` (#13). */
function aanbevolen(profile: 'PO-SWV' | 'VO-SWV', version: '2019.1' | '2024.1'): string[] {
  return [
    ...(profile === 'PO-SWV' ? ['lwoo', 'rvc'] : ['handelingsplan']),
    ...(version === '2024.1' ? ['banknummer'] : []),
  ];
}

describe.skipIf(!HAVE_REFERENCE)('select() on every official example', () => {
  for (const file of allExamples()) {
    for (const profile of ['PO-SWV', 'VO-SWV'] as const) {
      for (const version of ['2019.1', '2024.1'] as const) {
        for (const ookAanbevolen of [false, true])
          it(`${version} ${profile} ${file}${ookAanbevolen ? ' ookAanbevolen' : ''}`, () => {
            const inputXml = example(file).toString('utf8');
            const input =
              version === '2019.1'
                ? inputXml
                : write(migrate(inputXml).dossier as never, { version });
            const before = read(input).dossier;
            const r = select(input, profile, { ookAanbevolen });
            expect(read(input).dossier).toEqual(before); // input untouched
            expect(r.dossier).not.toBeNull();
            const xml = write(r.dossier as never, { version });
            // 1. The validator on the written XML.
            const report = validate(xml, { file, profile, version });
            const notAanbeveling = report.issues
              .filter((i) => i.severity !== 'aanbeveling')
              .map((i) => `${i.code} ${i.path}`);
            expect(notAanbeveling).toEqual(MISSING_MANDATORY[file] ?? []);
            expect(report.valid).toBe(!MISSING_MANDATORY[file]);
            expect(r.report.issues.map((i) => i.code)).toEqual(report.issues.map((i) => i.code));
            // 2. The independent scanner.
            const kept = ookAanbevolen ? [] : aanbevolen(profile, version);
            expect(
              scan(xml, inputXml, profile, version).filter(
                (p) => !kept.some((k) => p === `forbidden <${k}>`),
              ),
            ).toEqual([]);
            // 3. The change list: every change has a rule code and a reason that never contains a BSN.
            for (const c of r.changes) {
              expect(c.code).toMatch(/^(PaO\.|SWV\.|OG\.|PROFILE\.)/);
              expect(c.reason.length).toBeGreaterThan(10);
              for (const m of inputXml.matchAll(/<bsn>([^<]+)</g))
                expect(c.reason).not.toContain(m[1]);
            }
          });
      }
    }
  }
});

describe.skipIf(!HAVE_REFERENCE)('select() details', () => {
  it('removes the BSN of an overstapdossier under PaO.LL12 and sets the SWV metadata', () => {
    const r = select(example('OV/Voorbeelddossier_OV_POPO_full.xml'), 'po-swv');
    expect(r.changes).toEqual(
      expect.arrayContaining([
        {
          action: 'removed',
          code: 'PaO.LL12',
          path: `${L}/bsn`,
          reason: 'BSN of onderwijsnummer is verboden bij een leerling in een SWV-dossier.',
        },
        expect.objectContaining({
          action: 'replaced',
          code: 'PaO.SO02',
          path: '/dossier/metadata/overstap',
        }),
        expect.objectContaining({
          action: 'replaced',
          code: 'PaO.SO03',
          path: '/dossier/overdrachtsoort',
        }),
      ]),
    );
    expect(r.report.valid).toBe(true);
  });

  it('opt-out removes optional categories entirely and marks them OPT-UIT', () => {
    const r = select(example('Voorbeelddossier_PaO_POSWV_full.xml'), 'PO-SWV', {
      // As a person writes them: parseOptOut gives the spelling optOut is typed with.
      optOut: parseOptOut(['vve', 'Verzuim', 'cat_toetsresultaten'], 'PO-SWV'),
    });
    const l = (r.dossier!.huidigeschool as any).leerling;
    for (const k of [
      'vanpeuterspeelzaal',
      'naampeuterspeelzaal',
      'voorschools',
      'vroegschools',
      'verzuim',
      'toetslijst',
    ])
      expect(l[k], k).toBeUndefined();
    const cu = (r.dossier!.metadata as any).categorie_uitlevering;
    expect([cu.cat_vve, cu.cat_verzuim, cu.cat_toetsresultaten]).toEqual([
      'OPT-UIT',
      'OPT-UIT',
      'OPT-UIT',
    ]);
    expect(r.changes.filter((c) => c.action === 'removed').map((c) => c.path)).toEqual([
      `${L}/naampeuterspeelzaal`,
      `${L}/vanpeuterspeelzaal`,
      `${L}/voorschools`,
      `${L}/vroegschools[1]`,
      `${L}/vroegschools[2]`,
      `${L}/verzuim`,
      `${L}/toetslijst`,
    ]);
    expect(r.report.issues.filter((i) => i.severity !== 'aanbeveling')).toEqual([]);
  });

  it('a mandatory, forbidden or unknown category cannot be opted out (E_USAGE)', () => {
    const x = example('Voorbeelddossier_PaO_POSWV_full.xml');
    // A JavaScript caller is not stopped by the types (issue #13), so the run-time checks stay.
    // @ts-expect-error -- mandatory in every SWV profile, so not an opt-out category
    expect(() => select(x, 'PO-SWV', { optOut: ['onderwijsondersteuning'] })).toThrowError(
      expect.objectContaining({ code: 'E_USAGE' }),
    );
    expect(() => select(x, 'VO-SWV', { optOut: ['vve'] })).toThrowError(
      expect.objectContaining({ code: 'E_USAGE' }),
    );
    // @ts-expect-error -- no category
    expect(() => select(x, 'PO-SWV', { optOut: ['sport'] })).toThrowError(
      expect.objectContaining({ code: 'E_USAGE' }),
    );
    // @ts-expect-error -- no SWV profile
    expect(() => select(x, 'MBO-SWV')).toThrowError(
      expect.objectContaining({ code: 'E_PROFILE_UNKNOWN' }),
    );
  });

  it('secret addresses and communicatie: addresses removed, numbers replaced by the version’s secret value', () => {
    for (const version of ['2019.1', '2024.1'] as const) {
      const d = (
        version === '2019.1'
          ? read(example('Voorbeelddossier_PaO_POSWV_full.xml')).dossier
          : migrate(example('Voorbeelddossier_PaO_POSWV_full.xml')).dossier
      ) as any;
      d.huidigeschool.leerling.adresgeheim = true;
      d.huidigeschool.leerling.communicatielijst.communicatie[1].geheim = true; // telefoon 0235257739
      d.huidigeschool.leerling.verzorger[0].adresgeheim = true;
      d.huidigeschool.leerling.verzorger[0].communicatielijst.communicatie[0].geheim = true;
      const r = select(d, 'PO-SWV', { version });
      const l = (r.dossier!.huidigeschool as any).leerling;
      expect(l.adreslijst).toBeUndefined();
      expect(l.adresbuitenland).toBeUndefined();
      expect(l.verzorger[0].adreslijst).toBeUndefined();
      expect(l.communicatielijst.communicatie[1].nummer).toBe(SECRET[version].telefoon);
      expect(
        r.changes
          .filter((c) => c.action !== 'set' && /PaO\.(LL0[689]|OV0[34])/.test(c.code))
          .map((c) => `${c.code} ${c.path}`),
      ).toEqual([
        // Rule order of the profile (the declarations repairProfile runs).
        `PaO.LL06 ${L}/adreslijst`,
        `PaO.LL08 ${L}/communicatielijst/communicatie[2]/nummer`,
        `PaO.LL09 ${L}/adresbuitenland[1]`,
        `PaO.OV03 ${L}/verzorger[1]/adreslijst`,
        `PaO.OV04 ${L}/verzorger[1]/communicatielijst/communicatie[1]/nummer`,
      ]);
      expect(JSON.stringify(r.changes)).not.toContain('0235257739');
      expect(r.report.valid).toBe(true);
    }
  });
});

describe.skipIf(!HAVE_REFERENCE)('select() is driven by the profile data', () => {
  for (const p of [PO_SWV_2019_1, VO_SWV_2019_1, PO_SWV_2024_1, VO_SWV_2024_1]) {
    it(`${p.id} ${p.version}: every element row with cardinality 0 is removed under its rule`, () => {
      const xml = example('Voorbeelddossier_PaO_POSWV_full.xml');
      const d = (p.version === '2019.1' ? read(xml).dossier : migrate(xml).dossier) as any;
      const rows = p.elements.filter((e) => e.cardinality === '0');
      expect(rows.length).toBeGreaterThan(5);
      const injected: string[] = [];
      for (const row of rows) {
        const steps = row.path.split('/').slice(2);
        let node = d;
        for (const s of steps.slice(0, -1))
          node = Array.isArray(node?.[s]) ? node[s][0] : node?.[s];
        if (!node || typeof node !== 'object') continue;
        const name = steps[steps.length - 1]!;
        if (!(name in node)) node[name] = 'x';
        injected.push(row.path);
      }
      const r = select(d, parseProfileId(p.id), {
        version: parseVersion(p.version),
        ookAanbevolen: true,
      });
      for (const path of injected) {
        const row = rows.find((e) => e.path === path)!;
        const change = r.changes.find(
          (c) => c.action === 'removed' && c.path.replace(/\[\d+\]/g, '') === path,
        );
        expect(change, path).toBeDefined();
        expect([row.rule, 'SWV.F4.categorie']).toContain(change!.code);
      }
    });
  }
});

it.skipIf(!HAVE_REFERENCE)(
  'select() adds a missing categorie_uitlevering (PaO.MD03) with the profile’s statuses',
  () => {
    const d = read(example('OV/Voorbeelddossier_OV_VOVO_full.xml')).dossier as any;
    delete d.metadata.categorie_uitlevering;
    const r = select(d, 'VO-SWV', { version: '2019.1' });
    expect(r.changes).toContainEqual(
      expect.objectContaining({
        action: 'set',
        code: 'PaO.MD03',
        path: '/dossier/metadata/categorie_uitlevering',
      }),
    );
    expect((r.dossier!.metadata as any).categorie_uitlevering).toMatchObject({
      cat_vve: 'VERBODEN',
      cat_eindtoetsbo: 'OPTIONEEL',
      cat_onderwijsondersteuning: 'VERPLICHT',
    });
    expect(r.report.issues.filter((i) => i.severity !== 'aanbeveling')).toEqual([]);
  },
);
