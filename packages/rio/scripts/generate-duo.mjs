#!/usr/bin/env node
/**
 * Seeded generator of synthetic DUO RIO open-data exports in DUO's real layout (file names, comma
 * separator, double-quoted text fields, unquoted dates, LF line ends, `BEGINDATUM_PERIODE` /
 * `EINDDATUM_PERIODE` period rows, the bestuur found only through
 * `relaties_onderwijsbesturen_onderwijsaanbieders`) at any scale, plus a SIS export (OOAPI v5 JSON)
 * for each focus bestuur and the exact plan that must come out of it. Background rows are spread over
 * ~1,000 besturen with a Zipf-like distribution and interleaved with the focus rows, as in the real
 * files.
 *
 * Usage: node generate-duo.mjs <outDir> [--scale 1] [--seed 42] [--per 20] [--besturen 1000]
 * At --scale 1 the three NFO files are at least 62, 148 and 205 MiB (the guide's minimum sizes).
 *
 * Headers beyond the publicly known ones are this package's documented assumptions
 * (src/sync/exports.ts, `assumption: true`).
 */
/* global process, console, Buffer */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const MiB = 1024 * 1024;
/** The focus bestuur of the bench: NFO and HO aanbieders. */
export const FOCUS = '100B490';
/** Fixture besturen: one NFO-only, one HO-only. */
export const FOCUS_NFO = '100B491';
export const FOCUS_HO = '100B492';
export const PEILDATUM = '2026-01-01';

/** Target sizes at scale 1 (bytes). */
export const TARGETS = {
  relaties_onderwijsbesturen_onderwijsaanbieders: 64 * 1024,
  nfo_opleidingen: 62 * MiB,
  aangeboden_nfo_opleidingen: 148 * MiB,
  aangeboden_nfo_opleiding_cohorten: 205 * MiB,
  ho_opleidingen: 4 * MiB,
  aangeboden_ho_opleidingen: 6 * MiB,
  aangeboden_ho_opleiding_cohorten: 8 * MiB,
  ho_opleidingsonderdelen: 3 * MiB,
  aangeboden_ho_opleidingsonderdelen: 3 * MiB,
  aangeboden_ho_opleidingsonderdeel_cohorten: 2 * MiB,
};

/** Column → is it a text field (quoted, as DUO quotes text) or a number/date (unquoted). */
const REL_HEADER = [
  ['ONDERWIJSBESTUURID', 'rel.bestuur', true],
  ['ONDERWIJSAANBIEDERID', 'rel.aanbieder', true],
  ['BEGINDATUM', 'rel.begin', false],
  ['EINDDATUM', 'rel.eind', false],
];
const OE_HEADER = (ho) => [
  ['OPLEIDINGSEENHEIDCODE', 'code', true],
  ['SOORT', 'soort', true],
  ...(ho ? [['ERKENDEOPLEIDINGSCODE', 'opl', true]] : []),
  ['NAAM_LANG', 'naam', true],
  ['BEGINDATUM', 'begin', false],
  ['EINDDATUM', 'eind', false],
  ['BEGINDATUM_PERIODE', 'pbegin', false],
  ['EINDDATUM_PERIODE', 'peind', false],
  ['EIGEN_OPLEIDINGSEENHEIDSLEUTEL', 'sleutel', true],
  ['STUDIELAST', 'studielast', false],
  ['OMSCHRIJVING', 'oms', true],
];
const AO_HEADER = [
  ['AANGEBODEN_OPLEIDINGCODE', 'code', true],
  ['ONDERWIJSAANBIEDERID', 'aanbieder', true],
  ['OPLEIDINGSEENHEIDCODE', 'oe', true],
  ['EIGEN_AANGEBODEN_OPLEIDINGSLEUTEL', 'sleutel', true],
  ['EIGENNAAM', 'naam', true],
  ['BEGINDATUM', 'begin', false],
  ['EINDDATUM', 'eind', false],
  ['BEGINDATUM_PERIODE', 'pbegin', false],
  ['EINDDATUM_PERIODE', 'peind', false],
  ['VOERTAAL', 'voertaal', true],
  ['ONDERWIJSLOCATIECODE', 'locatie', true],
  ['OMSCHRIJVING', 'oms', true],
];
const CO_HEADER = [
  ['AANGEBODEN_OPLEIDINGCODE', 'ao', true],
  ['COHORTCODE', 'code', true],
  ['COHORTSTATUS', 'status', true],
  ['BEGIN_AANMELDPERIODE', 'aanmeld', false],
  ['VAST_INSTROOMMOMENT', 'start', false],
  ['EINDE_AANMELDPERIODE', 'eind', false],
  ['TOELICHTING', 'oms', true],
];
const FILES = {
  relaties_onderwijsbesturen_onderwijsaanbieders: REL_HEADER,
  nfo_opleidingen: OE_HEADER(false),
  aangeboden_nfo_opleidingen: AO_HEADER,
  aangeboden_nfo_opleiding_cohorten: CO_HEADER,
  ho_opleidingen: OE_HEADER(true),
  aangeboden_ho_opleidingen: AO_HEADER,
  aangeboden_ho_opleiding_cohorten: CO_HEADER,
  ho_opleidingsonderdelen: OE_HEADER(true),
  aangeboden_ho_opleidingsonderdelen: AO_HEADER,
  aangeboden_ho_opleidingsonderdeel_cohorten: CO_HEADER,
};
/** The three HO/NFO chains: opleidingseenheden, their aangeboden opleidingen, those cohorts. */
const CHAINS = [
  [
    'NFO',
    'nfo_opleidingen',
    'aangeboden_nfo_opleidingen',
    'aangeboden_nfo_opleiding_cohorten',
    'courses',
  ],
  [
    'HO',
    'ho_opleidingen',
    'aangeboden_ho_opleidingen',
    'aangeboden_ho_opleiding_cohorten',
    'programs',
  ],
  [
    'HO',
    'ho_opleidingsonderdelen',
    'aangeboden_ho_opleidingsonderdelen',
    'aangeboden_ho_opleidingsonderdeel_cohorten',
    'courses',
  ],
];

const WORDS =
  'Bedrijfskunde Logistiek Zorg Welzijn Techniek Installatie Elektro Marketing Communicatie Financiën Boekhouden Veiligheid Horeca Koken Bakkerij Ondernemen Leiderschap Coaching Projectmanagement Excel Programmeren Python Data Analyse Verpleegkunde Pedagogiek Onderwijs Rijopleiding Heftruck Lassen Schilderen Timmeren Tuinaanleg Groen Dierverzorging Kapper Schoonheid Nagelstyling Fotografie Vormgeving Webdesign Netwerkbeheer Cybersecurity Juridisch Notariaat Makelaardij Verzekeren Hypotheek Taal Engels Duits Frans Spaans Nederlands Inburgering Rekenen Statistiek Mediation Arbeidsrecht Personeelszaken Salarisadministratie Inkoop Verkoop Klantcontact Receptie Secretariaat Beveiliging Brandpreventie BHV Ehbo Sport Fitness Yoga Voeding Diëtetiek Farmacie Laboratorium Chemie Procestechniek Onderhoud Mechatronica Automotive Luchtvaart Maritiem Transport Bouwkunde Architectuur Installatietechniek Duurzaamheid Energie Zonnepanelen Warmtepompen'.split(
    ' ',
  );

/** mulberry32: small, fast, seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Out {
  constructor(path, header) {
    this.fd = openSync(path, 'w');
    this.header = header;
    this.buf = [];
    this.pending = 0;
    this.bytes = 0;
    this.rows = 0;
    this.write(header.map(([h]) => h).join(',') + '\n', false);
  }
  write(line, isRow = true) {
    this.buf.push(line);
    const n = Buffer.byteLength(line);
    this.pending += n;
    this.bytes += n;
    if (isRow) this.rows++;
    if (this.pending > 4 * MiB) this.flush();
  }
  /** @param {Record<string, string>} rec - values by the header's field names */
  row(rec) {
    this.write(this.header.map(([, k, text]) => cell(rec[k] ?? '', text)).join(',') + '\n');
  }
  flush() {
    if (this.buf.length) writeSync(this.fd, this.buf.join(''));
    this.buf = [];
    this.pending = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

/** DUO quotes text fields (not empty ones: empty = null) and writes numbers and dates bare. */
function cell(v, text) {
  if (v === '') return '';
  return text || /[,"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * Generates the exports, a SIS file and the truth per focus bestuur.
 * @param {{ outDir: string, scale?: number, seed?: number, per?: number, besturen?: number,
 *   focus?: { bestuur: string, sectors: ('NFO'|'HO')[] }[] }} opts
 */
export function generate(opts) {
  const {
    outDir,
    scale = 1,
    seed = 42,
    per = 20,
    besturen = 1000,
    focus = [{ bestuur: FOCUS, sectors: ['NFO', 'HO'] }],
  } = opts;
  mkdirSync(outDir, { recursive: true });
  const rand = rng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const hex = (n, upper = false) => {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(rand() * 16)];
    return upper ? s.toUpperCase() : s;
  };
  const uuid = (prefix = '', upper = false) => {
    const h = (prefix + hex(32 - prefix.length, upper)).slice(0, 32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  const date = (y0, y1) =>
    `${y0 + Math.floor(rand() * (y1 - y0 + 1))}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  const pad = (n) => {
    let s = '';
    while (s.length < n) s += pick(WORDS).toLowerCase() + ' ';
    return s.slice(0, n).trim();
  };
  let oeCounter = 0;
  const oeCode = () => {
    const i = oeCounter++;
    return `${1000 + Math.floor(i / 10000)}O${String(i % 10000).padStart(4, '0')}`;
  };
  let aanbiederCounter = 0;
  const aanbiederCode = () => {
    const i = aanbiederCounter++;
    return `${String(100 + Math.floor(i / 1000)).padStart(3, '0')}A${String(i % 1000).padStart(3, '0')}`;
  };
  let opCounter = 0;
  const opleidingscode = () => String(30000 + opCounter++);
  const locatie = () =>
    `${100 + Math.floor(rand() * 900)}X${String(Math.floor(rand() * 1000)).padStart(3, '0')}`;

  const files = {};
  for (const [name, header] of Object.entries(FILES))
    files[name] = new Out(join(outDir, `${name}.csv`), header);

  // ------------------------------------------------------------------ besturen and their aanbieders
  const focusCodes = new Set(focus.map((f) => f.bestuur));
  const besturenCodes = [];
  for (let i = 0; i < besturen; i++) {
    const code = `${String(100 + Math.floor(i / 1000)).padStart(3, '0')}B${String(i % 1000).padStart(3, '0')}`;
    if (!focusCodes.has(code)) besturenCodes.push(code);
  }
  const aanbiedersOf = new Map();
  const focusRows = []; // [file, record], inserted at random positions among background rows
  for (const b of besturenCodes) {
    const list = [];
    for (let j = 0, n = 1 + Math.floor(rand() * 3); j < n; j++) {
      const a = aanbiederCode();
      list.push(a);
      focusRows.push([
        'relaties_onderwijsbesturen_onderwijsaanbieders',
        { 'rel.bestuur': b, 'rel.aanbieder': a, 'rel.begin': date(2000, 2015), 'rel.eind': '' },
      ]);
    }
    aanbiedersOf.set(b, list);
  }
  // Zipf-like weights: a few large besturen, a long tail of small ones.
  const cum = [];
  let total = 0;
  for (let i = 0; i < besturenCodes.length; i++) cum.push((total += 1 / Math.pow(i + 1, 0.8)));
  const drawBestuur = () => {
    const x = rand() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return besturenCodes[lo];
  };

  // ------------------------------------------------------------------ focus scenarios
  const results = {};
  for (const { bestuur, sectors } of focus) {
    const truth = [];
    const handmatig = [];
    const sis = { educationSpecifications: [], programs: [], courses: [], offerings: [] };
    const T = (categorie, entiteit, rioCode, extra = {}) =>
      truth.push({ categorie, entiteit, rioCode, ...extra });
    let tag = 0;
    const uniqueName = () => `${pick(WORDS)} ${pick(WORDS)} variant${tag++}x${hex(4)}`;
    const myAanbieder = aanbiederCode();
    focusRows.push([
      'relaties_onderwijsbesturen_onderwijsaanbieders',
      {
        'rel.bestuur': bestuur,
        'rel.aanbieder': myAanbieder,
        'rel.begin': '2010-01-01',
        'rel.eind': '',
      },
    ]);
    // An aanbieder that left this bestuur in 2019: its offerings are not in the plan.
    const formerAanbieder = aanbiederCode();
    const other = besturenCodes[0];
    focusRows.push([
      'relaties_onderwijsbesturen_onderwijsaanbieders',
      {
        'rel.bestuur': bestuur,
        'rel.aanbieder': formerAanbieder,
        'rel.begin': '2005-01-01',
        'rel.eind': '2019-07-31',
      },
    ]);
    focusRows.push([
      'relaties_onderwijsbesturen_onderwijsaanbieders',
      {
        'rel.bestuur': other,
        'rel.aanbieder': formerAanbieder,
        'rel.begin': '2019-08-01',
        'rel.eind': '',
      },
    ]);
    aanbiedersOf.get(other).push(formerAanbieder);

    for (const [sector, oeFile, aoFile, coFile, aoType] of CHAINS) {
      if (!sectors.includes(sector)) continue;
      const ho = sector === 'HO';
      const oe = (
        code,
        {
          sleutel = '',
          naam = uniqueName(),
          opl = opleidingscode(),
          begin = date(2016, 2024),
          eind = '',
          periods = 1,
        } = {},
      ) => {
        // Period rows: earlier periods carry an older name and end the day before the next begins.
        for (let p = 0; p < periods; p++) {
          const pb = p === 0 ? begin : `${Number(begin.slice(0, 4)) + p}${begin.slice(4)}`;
          const last = p === periods - 1;
          const pe = last ? eind : `${Number(begin.slice(0, 4)) + p + 1}${begin.slice(4)}`;
          focusRows.push([
            oeFile,
            {
              code,
              soort: ho ? 'HOOPLEIDING' : 'PARTICULIEREOPLEIDING',
              opl: ho ? opl : '',
              naam: last ? naam : `${naam} (oud)`,
              begin,
              eind,
              pbegin: pb,
              peind: last ? eind : prevDay(pe),
              sleutel,
              studielast: String(60 * (1 + Math.floor(rand() * 4))),
              oms: pad(40),
            },
          ]);
        }
        return { code, naam, opl, begin: begin };
      };
      const es = (key, { rioCode = '', naam, code = '', begin } = {}) => {
        sis.educationSpecifications.push({
          educationSpecificationId: key,
          educationSpecificationType: ho ? 'program' : 'course',
          name: [{ language: 'nl-NL', value: naam ?? uniqueName() }],
          primaryCode: { codeType: 'identifier', code: code || `SIS-${hex(6)}` },
          ...(begin ? { validFrom: begin } : {}),
          ...(rioCode
            ? { consumers: [{ consumerKey: 'rio', opleidingseenheidcode: rioCode }] }
            : {}),
        });
      };
      const anyOe = [];
      for (let i = 0; i < per; i++) {
        let c = oeCode();
        let k = uuid();
        // periods: the newest period is the current one, opened in the begin year + 1
        const withPeriods = oe(c, { periods: i % 3 === 0 ? 2 : 1 });
        anyOe.push(withPeriods);
        es(k, { rioCode: c });
        T('koppelen', 'opleidingseenheid', c, { sisSleutel: k });

        c = oeCode();
        k = uuid();
        anyOe.push(oe(c, { sleutel: k }));
        es(k, i % 2 ? { rioCode: c } : {});
        T('al-gekoppeld', 'opleidingseenheid', c, { sisSleutel: k });

        c = oeCode();
        anyOe.push(oe(c, { sleutel: uuid('ED0B', true) }));
        T('edu-dex', 'opleidingseenheid', c);

        c = oeCode();
        k = uuid();
        anyOe.push(oe(c, { sleutel: uuid('ED0B', true) }));
        es(k, { rioCode: c });
        T('edu-dex-conflict', 'opleidingseenheid', c, { sisSleutel: k });

        c = oeCode();
        anyOe.push(oe(c));
        handmatig.push(c);
        T('handmatig', 'opleidingseenheid', c);

        c = oeCode();
        anyOe.push(oe(c));
        T('ontbreekt-in-sis', 'opleidingseenheid', c);

        c = oeCode();
        anyOe.push(oe(c, { eind: date(2018, 2024) }));
        T('verouderd', 'opleidingseenheid', c);

        c = oeCode();
        k = uuid();
        const x = oe(c);
        anyOe.push(x);
        es(k, { naam: x.naam, code: x.opl, begin: x.begin });
        T('kandidaat', 'opleidingseenheid', c, { sisSleutel: k });

        const c1 = oeCode();
        const c2 = oeCode();
        k = uuid();
        anyOe.push(oe(c1, { sleutel: k }));
        anyOe.push(oe(c2));
        es(k, { rioCode: c2 });
        T('ontkoppelen', 'opleidingseenheid', c1, { sisSleutel: k });
        T('koppelen', 'opleidingseenheid', c2, { sisSleutel: k });

        // a duplicate eigen sleutel on two RIO entities
        if (i === 0) {
          const d1 = oeCode();
          const d2 = oeCode();
          const dk = uuid();
          anyOe.push(oe(d1, { sleutel: dk }));
          anyOe.push(oe(d2, { sleutel: dk }));
          T('conflict', 'opleidingseenheid', d1);
          T('conflict', 'opleidingseenheid', d2);
        }
      }
      // superseded version (HO: same erkende opleidingscode, older start)
      if (ho) {
        const newer = anyOe[0];
        const c = oeCode();
        anyOe.push(
          oe(c, {
            opl: newer.opl,
            begin: `${Number(newer.begin.slice(0, 4)) - 3}${newer.begin.slice(4)}`,
          }),
        );
        T('verouderd', 'opleidingseenheid', c);
      }
      const usedParents = new Set();
      const ao = (
        code,
        {
          sleutel = '',
          naam = uniqueName(),
          begin = date(2016, 2024),
          eind = '',
          cohorts = [],
          parent = pick(anyOe).code,
          voertaal = 'NLD',
        } = {},
      ) => {
        usedParents.add(parent);
        focusRows.push([
          aoFile,
          {
            code,
            aanbieder: myAanbieder,
            oe: parent,
            sleutel,
            naam,
            begin,
            eind,
            pbegin: begin,
            peind: eind,
            voertaal,
            locatie: locatie(),
            oms: pad(60),
          },
        ]);
        for (const co of cohorts)
          focusRows.push([
            coFile,
            {
              ao: code,
              code: co.code,
              status: 'OPEN',
              aanmeld: co.aanmeld,
              start: co.start,
              eind: '',
              oms: pad(20),
            },
          ]);
        return { code, naam, begin, parent };
      };
      const prog = (key, { rioCode = '', naam, code = '', begin, offerings = [] } = {}) => {
        const list = aoType === 'programs' ? sis.programs : sis.courses;
        const idField = aoType === 'programs' ? 'programId' : 'courseId';
        list.push({
          [idField]: key,
          name: [{ language: 'nl-NL', value: naam ?? uniqueName() }],
          primaryCode: { codeType: 'identifier', code: code || `SIS-${hex(6)}` },
          ...(begin ? { validFrom: begin } : {}),
          ...(rioCode
            ? { consumers: [{ consumerKey: 'rio', aangebodenOpleidingCode: rioCode }] }
            : {}),
        });
        for (const o of offerings)
          sis.offerings.push({
            offeringId: o.id,
            [aoType === 'programs' ? 'program' : 'course']: key,
            startDate: o.start,
            primaryCode: { codeType: 'identifier', code: o.code },
            // an offering already linked to its RIO cohort stores the RIO cohortcode (rio consumer)
            ...(o.rio ? { consumers: [{ consumerKey: 'rio', cohortcode: o.code }] } : {}),
          });
      };
      const cohort = () => {
        const start = date(2024, 2027);
        return { code: `C${hex(8).toUpperCase()}`, start, aanmeld: start };
      };
      for (let i = 0; i < per; i++) {
        // koppelen, with a cohort link, and a cohort difference on odd i
        let a = uuid();
        let k = uuid();
        const same = cohort();
        const otherC = cohort();
        const lost = cohort();
        const sisOther = { id: uuid(), start: otherC.start, code: `S${hex(8).toUpperCase()}` };
        ao(a, { cohorts: i % 2 ? [same, otherC, lost] : [same, otherC] });
        prog(k, {
          rioCode: a,
          offerings: [{ id: uuid(), start: same.start, code: same.code, rio: true }, sisOther],
        });
        T('koppelen', 'aangebodenOpleiding', a, { sisSleutel: k });
        T('koppelen', 'cohort', a, { rioCohortcode: otherC.code, sisSleutel: sisOther.code });
        if (i % 2)
          T('cohortverschil', 'aangebodenOpleiding', a, { sisSleutel: k, cohorten: [lost.code] });

        a = uuid();
        k = uuid();
        const c1 = cohort();
        ao(a, { sleutel: k, cohorts: [c1] });
        prog(k, { offerings: [{ id: uuid(), start: c1.start, code: c1.code }] });
        T('al-gekoppeld', 'aangebodenOpleiding', a, { sisSleutel: k });

        a = uuid('ED0C', true);
        ao(a);
        T('edu-dex', 'aangebodenOpleiding', a);

        a = uuid('ED0C', true);
        k = uuid();
        ao(a);
        prog(k, { rioCode: a });
        T('edu-dex-conflict', 'aangebodenOpleiding', a, { sisSleutel: k });

        a = uuid();
        ao(a);
        handmatig.push(a);
        T('handmatig', 'aangebodenOpleiding', a);

        a = uuid();
        ao(a);
        T('ontbreekt-in-sis', 'aangebodenOpleiding', a);

        a = uuid();
        ao(a, { eind: date(2018, 2024) });
        T('verouderd', 'aangebodenOpleiding', a);

        // kandidaat on name and date; on even i RIO carries its own code as eigen sleutel (DUO's default)
        a = uuid();
        k = uuid();
        const x = ao(a, i % 2 ? {} : { sleutel: '' });
        if (!(i % 2)) focusRows[focusRows.length - 1][1].sleutel = a;
        prog(k, { naam: x.naam, begin: x.begin });
        T('kandidaat', 'aangebodenOpleiding', a, { sisSleutel: k });

        const a1 = uuid();
        const a2 = uuid();
        k = uuid();
        ao(a1, { sleutel: k });
        ao(a2);
        prog(k, { rioCode: a2 });
        T('ontkoppelen', 'aangebodenOpleiding', a1, { sisSleutel: k });
        T('koppelen', 'aangebodenOpleiding', a2, { sisSleutel: k });

        // parallel NLD and ENG offerings of one opleidingseenheid, both current: both linked
        if (i === 0) {
          const parent = anyOe[0].code;
          const naam = uniqueName();
          for (const voertaal of ['NLD', 'ENG']) {
            const pa = uuid();
            const pk = uuid();
            ao(pa, { parent, naam, voertaal, begin: '2020-09-01' });
            prog(pk, { rioCode: pa });
            T('koppelen', 'aangebodenOpleiding', pa, { sisSleutel: pk });
          }
          // two SIS items claim one RIO code
          const ca = uuid();
          ao(ca);
          prog(uuid(), { rioCode: ca });
          prog(uuid(), { rioCode: ca });
          T('conflict', 'aangebodenOpleiding', ca);
        }
      }
      // DUO's exports reach an opleidingseenheid only through an offering of the bestuur's aanbieders:
      // every opleidingseenheid of the scenario gets one (a plain offering the SIS does not know).
      for (const o of anyOe)
        if (!usedParents.has(o.code)) {
          const a = uuid();
          ao(a, { parent: o.code });
          T('ontbreekt-in-sis', 'aangebodenOpleiding', a);
        }
      // An offering of the aanbieder that left this bestuur: not in the plan.
      focusRows.push([
        aoFile,
        {
          code: uuid(),
          aanbieder: formerAanbieder,
          oe: anyOe[1].code,
          naam: uniqueName(),
          begin: '2015-09-01',
          pbegin: '2015-09-01',
          voertaal: 'NLD',
        },
      ]);
    }
    results[bestuur] = { truth, sis, handmatig };
  }

  // ------------------------------------------------------------------ background rows
  const targets = Object.fromEntries(
    Object.entries(TARGETS).map(([k, v]) => [k, Math.ceil(v * scale)]),
  );
  const focusQueue = focusRows.map((r) => ({ at: rand(), r })).sort((a, b) => a.at - b.at);
  let fq = 0;
  const done = () =>
    CHAINS.every(([, oeF, aoF, coF]) => [oeF, aoF, coF].every((f) => files[f].bytes >= targets[f]));
  const progressOf = () =>
    Math.min(
      ...CHAINS.flatMap(([, oeF, aoF, coF]) =>
        [oeF, aoF, coF].map((f) => files[f].bytes / targets[f]),
      ),
    );
  while (!done()) {
    for (const [sector, oeF, aoF, coF] of CHAINS) {
      if (
        files[oeF].bytes >= targets[oeF] &&
        files[aoF].bytes >= targets[aoF] &&
        files[coF].bytes >= targets[coF]
      )
        continue;
      const ho = sector === 'HO';
      const bestuur = drawBestuur();
      const code = oeCode();
      const naam = `${pick(WORDS)} ${pick(WORDS)}${rand() < 0.02 ? ', "gevorderd"' : ''}`;
      const hasKey = rand() < 0.3;
      const begin = date(2012, 2025);
      const eind = rand() < 0.1 ? date(2015, 2025) : '';
      const periods = rand() < 0.2 ? 2 : 1;
      for (let p = 0; p < periods; p++) {
        const pb = p === 0 ? begin : `${Number(begin.slice(0, 4)) + 1}${begin.slice(4)}`;
        const last = p === periods - 1;
        files[oeF].row({
          code,
          soort: ho ? 'HOOPLEIDING' : 'PARTICULIEREOPLEIDING',
          opl: ho ? `${30000 + Math.floor(rand() * 70000)}` : '',
          naam,
          begin,
          eind,
          pbegin: pb,
          peind: last ? eind : prevDay(`${Number(begin.slice(0, 4)) + 1}${begin.slice(4)}`),
          sleutel: hasKey ? (rand() < 0.1 ? uuid('ED0B', true) : uuid()) : '',
          studielast: String(60 * (1 + Math.floor(rand() * 4))),
          oms: pad(80),
        });
      }
      const nAo = 1 + Math.floor(rand() * 3);
      for (let j = 0; j < nAo; j++) {
        const a = rand() < 0.05 ? uuid('ED0C', true) : uuid();
        files[aoF].row({
          code: a,
          aanbieder: pick(aanbiedersOf.get(bestuur)),
          oe: code,
          sleutel: rand() < 0.3 ? uuid() : rand() < 0.5 ? a : '',
          naam,
          begin,
          eind: '',
          pbegin: begin,
          peind: '',
          voertaal: rand() < 0.1 ? 'ENG,NLD' : 'NLD',
          locatie: rand() < 0.5 ? locatie() : '',
          oms: pad(120),
        });
        const nC = 1 + Math.floor(rand() * 5);
        for (let c = 0; c < nC; c++) {
          const st = date(2020, 2027);
          files[coF].row({
            ao: a,
            code: `C${hex(8).toUpperCase()}`,
            status: pick(['OPEN', 'GESLOTEN', 'GEANNULEERD']),
            aanmeld: st,
            start: st,
            eind: '',
            oms: pad(30),
          });
        }
      }
    }
    const p = progressOf();
    while (fq < focusQueue.length && focusQueue[fq].at <= p) {
      const [file, rec] = focusQueue[fq++].r;
      files[file].row(rec);
    }
  }
  while (fq < focusQueue.length) {
    const [file, rec] = focusQueue[fq++].r;
    files[file].row(rec);
  }
  const expected = {};
  for (const [name, f] of Object.entries(files)) {
    f.close();
    expected[name] = { rows: f.rows };
  }
  const out = {};
  for (const [bestuur, r] of Object.entries(results)) {
    const config = { expected, handmatig: r.handmatig, peildatum: PEILDATUM };
    out[bestuur] = { truth: r.truth, config, sisFile: join(outDir, `sis-${bestuur}.json`) };
    writeFileSync(join(outDir, `sis-${bestuur}.json`), JSON.stringify(r.sis, null, 1));
    writeFileSync(join(outDir, `truth-${bestuur}.json`), JSON.stringify(r.truth, null, 1));
    writeFileSync(join(outDir, `config-${bestuur}.json`), JSON.stringify(config, null, 1));
  }
  // The first focus bestuur also under the plain names the bench and the CLI tests read.
  const first = focus[0].bestuur;
  writeFileSync(join(outDir, 'sis.json'), JSON.stringify(results[first].sis, null, 1));
  writeFileSync(join(outDir, 'truth.json'), JSON.stringify(results[first].truth, null, 1));
  writeFileSync(join(outDir, 'config.json'), JSON.stringify(out[first].config, null, 1));
  return {
    bestuur: first,
    sisFile: out[first].sisFile,
    truth: out[first].truth,
    config: out[first].config,
    besturen: out,
    sizes: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, f.bytes])),
    rows: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, f.rows])),
  };
}

/** The day before a `yyyy-mm-dd` date. */
function prevDay(d) {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const outDir = args[0];
  if (!outDir) {
    console.error(
      'usage: generate-duo.mjs <outDir> [--scale 1] [--seed 42] [--per 20] [--besturen 1000]',
    );
    process.exit(2);
  }
  const opt = (n, d) => {
    const i = args.indexOf(`--${n}`);
    return i === -1 ? d : Number(args[i + 1]);
  };
  const r = generate({
    outDir,
    scale: opt('scale', 1),
    seed: opt('seed', 42),
    per: opt('per', 20),
    besturen: opt('besturen', 1000),
  });
  console.log(
    JSON.stringify(
      { bestuur: r.bestuur, sizes: r.sizes, rows: r.rows, truth: r.truth.length },
      null,
      1,
    ),
  );
}
