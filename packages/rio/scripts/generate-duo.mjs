#!/usr/bin/env node
/**
 * Seeded generator of synthetic DUO RIO open-data exports (the six files of the synchronisation guide
 * §4.1) at any scale, plus a SIS export (OOAPI v5 JSON) for one focus bestuur and the exact plan that
 * must come out of it (`truth.json`). Background rows are spread over ~1,000 besturen with a Zipf-like
 * distribution and interleaved with the focus bestuur's rows, as in the real files.
 *
 * Usage: node generate-duo.mjs <outDir> [--scale 1] [--seed 42] [--per 20] [--besturen 1000]
 * At --scale 1 the three NFO files are at least 62, 148 and 205 MiB (the guide's minimum sizes).
 *
 * The column headers are this package's documented defaults (src/sync/exports.ts), not DUO's
 * published layout, which is not available here.
 */
/* global process, console, Buffer */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const MiB = 1024 * 1024;
export const FOCUS = '100B490';
export const PEILDATUM = '2026-01-01';

/** Target sizes at scale 1 (bytes). */
export const TARGETS = {
  nfo_opleidingen: 62 * MiB,
  aangeboden_nfo_opleidingen: 148 * MiB,
  aangeboden_nfo_opleiding_cohorten: 205 * MiB,
  ho_opleidingen: 4 * MiB,
  ho_opleidingsonderdelen: 3 * MiB,
  aangeboden_ho_opleidingsonderdelen: 3 * MiB,
};

const OE_HEADER = [
  'OPLEIDINGSEENHEIDCODE',
  'ONDERWIJSBESTUURCODE',
  'OPLEIDINGSEENHEIDSOORT',
  'EIGENOPLEIDINGSEENHEIDSLEUTEL',
  'OPLEIDINGSCODE',
  'NAAMLANG',
  'NAAMKORT',
  'BEGINDATUM',
  'EINDDATUM',
  'OMSCHRIJVING',
];
const AO_HEADER = [
  'AANGEBODENOPLEIDINGCODE',
  'ONDERWIJSBESTUURCODE',
  'ONDERWIJSAANBIEDERCODE',
  'OPLEIDINGSEENHEIDCODE',
  'EIGENAANGEBODENOPLEIDINGSLEUTEL',
  'EIGENNAAMAANGEBODENOPLEIDING',
  'ONDERWIJSLOCATIECODE',
  'BEGINDATUM',
  'EINDDATUM',
  'EIGENOMSCHRIJVING',
];
const CO_HEADER = [
  'AANGEBODENOPLEIDINGCODE',
  'COHORTCODE',
  'COHORTSTATUS',
  'BEGINAANMELDPERIODE',
  'INSTROOMMOMENT',
  'EINDDATUM',
  'TOELICHTING',
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
    this.buf = [];
    this.pending = 0;
    this.bytes = 0;
    this.rows = 0;
    this.write(header.join(';') + '\r\n', false);
  }
  write(line, isRow = true) {
    this.buf.push(line);
    const n = Buffer.byteLength(line);
    this.pending += n;
    this.bytes += n;
    if (isRow) this.rows++;
    if (this.pending > 4 * MiB) this.flush();
  }
  row(fields) {
    this.write(fields.map(q).join(';') + '\r\n');
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

function q(v) {
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * Generates the exports, the SIS file and the truth.
 * @param {{ outDir: string, scale?: number, seed?: number, per?: number, besturen?: number }} opts
 */
export function generate(opts) {
  const { outDir, scale = 1, seed = 42, per = 20, besturen = 1000 } = opts;
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
  let opCounter = 0;
  const opleidingscode = () => `OPL${String(100000 + opCounter++)}`;

  const besturenCodes = [];
  for (let i = 0; i < besturen; i++) {
    const code = `${String(100 + Math.floor(i / 1000)).padStart(3, '0')}B${String(i % 1000).padStart(3, '0')}`;
    if (code !== FOCUS) besturenCodes.push(code);
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

  const files = {};
  for (const [name, header] of [
    ['nfo_opleidingen', OE_HEADER],
    ['aangeboden_nfo_opleidingen', AO_HEADER],
    ['aangeboden_nfo_opleiding_cohorten', CO_HEADER],
    ['ho_opleidingen', OE_HEADER],
    ['ho_opleidingsonderdelen', OE_HEADER],
    ['aangeboden_ho_opleidingsonderdelen', AO_HEADER],
  ])
    files[name] = new Out(join(outDir, `${name}.csv`), header);

  // ---------------------------------------------------------------- focus bestuur scenario
  const truth = [];
  const handmatig = [];
  const sis = { educationSpecifications: [], programs: [], courses: [], offerings: [] };
  const focusRows = []; // [fileName, fields] inserted at random positions among background rows
  const T = (categorie, entiteit, rioCode, extra = {}) =>
    truth.push({ categorie, entiteit, rioCode, ...extra });
  let tag = 0;
  const uniqueName = () => `${pick(WORDS)} ${pick(WORDS)} variant${tag++}x${hex(4)}`;

  const scenario = (sector, oeFile, aoFile, coFile, aoType) => {
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
      for (let p = 0; p < periods; p++) {
        const b =
          p === periods - 1
            ? begin
            : `${Number(begin.slice(0, 4)) - (periods - 1 - p)}${begin.slice(4)}`;
        focusRows.push([
          oeFile,
          [
            code,
            FOCUS,
            sector === 'HO' ? 'HOOPLEIDING' : 'PARTICULIEREOPLEIDING',
            sleutel,
            opl,
            p === periods - 1 ? naam : `${naam} (oud)`,
            naam.slice(0, 20),
            b,
            eind,
            pad(40),
          ],
        ]);
      }
      return { code, naam, opl, begin };
    };
    const es = (key, { rioCode = '', naam, code = '', begin } = {}) => {
      sis.educationSpecifications.push({
        educationSpecificationId: key,
        educationSpecificationType: sector === 'HO' ? 'program' : 'course',
        name: [{ language: 'nl-NL', value: naam ?? uniqueName() }],
        primaryCode: { codeType: 'identifier', code: code || `SIS-${hex(6)}` },
        ...(begin ? { validFrom: begin } : {}),
        ...(rioCode ? { consumers: [{ consumerKey: 'rio', opleidingseenheidcode: rioCode }] } : {}),
      });
    };
    const anyOe = [];
    // opleidingseenheden
    for (let i = 0; i < per; i++) {
      let c = oeCode();
      let k = uuid();
      anyOe.push(oe(c, { periods: i % 3 === 0 ? 2 : 1 }));
      es(k, { rioCode: c });
      T('koppelen', 'opleidingseenheid', c, { sisSleutel: k });

      c = oeCode();
      k = uuid();
      oe(c, { sleutel: k });
      es(k, i % 2 ? { rioCode: c } : {});
      T('al-gekoppeld', 'opleidingseenheid', c, { sisSleutel: k });

      c = oeCode();
      oe(c, { sleutel: uuid('ED0B', true) });
      T('edu-dex', 'opleidingseenheid', c);

      c = oeCode();
      k = uuid();
      oe(c, { sleutel: uuid('ED0B', true) });
      es(k, { rioCode: c });
      T('edu-dex-conflict', 'opleidingseenheid', c, { sisSleutel: k });

      c = oeCode();
      oe(c);
      handmatig.push(c);
      T('handmatig', 'opleidingseenheid', c);

      c = oeCode();
      oe(c);
      T('ontbreekt-in-sis', 'opleidingseenheid', c);

      c = oeCode();
      oe(c, { eind: date(2018, 2024) });
      T('verouderd', 'opleidingseenheid', c);

      c = oeCode();
      k = uuid();
      const x = oe(c);
      es(k, { naam: x.naam, code: x.opl, begin: x.begin });
      T('kandidaat', 'opleidingseenheid', c, { sisSleutel: k });

      const c1 = oeCode();
      const c2 = oeCode();
      k = uuid();
      oe(c1, { sleutel: k });
      oe(c2);
      es(k, { rioCode: c2 });
      T('ontkoppelen', 'opleidingseenheid', c1, { sisSleutel: k });
      T('koppelen', 'opleidingseenheid', c2, { sisSleutel: k });
    }
    // superseded version: same opleidingscode, older start
    {
      const newer = anyOe[0];
      const c = oeCode();
      oe(c, {
        opl: newer.opl,
        begin: `${Number(newer.begin.slice(0, 4)) - 3}${newer.begin.slice(4)}`,
      });
      T('verouderd', 'opleidingseenheid', c);
    }
    // aangeboden opleidingen with cohorts
    const ao = (
      code,
      { sleutel = '', naam = uniqueName(), begin = date(2016, 2024), eind = '', cohorts = [] } = {},
    ) => {
      const parent = pick(anyOe).code;
      focusRows.push([
        aoFile,
        [
          code,
          FOCUS,
          `${100 + Math.floor(rand() * 900)}A${String(Math.floor(rand() * 1000)).padStart(3, '0')}`,
          parent,
          sleutel,
          naam,
          '',
          begin,
          eind,
          pad(60),
        ],
      ]);
      for (const co of cohorts)
        if (coFile)
          focusRows.push([coFile, [code, co.code, 'OPEN', co.aanmeld, co.start, '', pad(20)]]);
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
        });
    };
    const cohort = () => {
      const start = date(2024, 2027);
      return { code: `C${hex(8).toUpperCase()}`, start, aanmeld: start };
    };
    const useCohorts = !!coFile;
    for (let i = 0; i < per; i++) {
      // koppelen, with cohort link and cohort difference on odd i
      let a = uuid();
      let k = uuid();
      const same = cohort();
      const other = cohort();
      const lost = cohort();
      const cohorts = useCohorts ? (i % 2 ? [same, other, lost] : [same, other]) : [];
      const sisOther = { id: uuid(), start: other.start, code: `S${hex(8).toUpperCase()}` };
      ao(a, { cohorts });
      prog(k, {
        rioCode: a,
        offerings: useCohorts ? [{ id: uuid(), start: same.start, code: same.code }, sisOther] : [],
      });
      T('koppelen', 'aangebodenOpleiding', a, { sisSleutel: k });
      if (useCohorts) {
        T('koppelen', 'cohort', a, { rioCohortcode: other.code, sisSleutel: sisOther.code });
        if (i % 2)
          T('cohortverschil', 'aangebodenOpleiding', a, { sisSleutel: k, cohorten: [lost.code] });
      }

      a = uuid();
      k = uuid();
      const c1 = cohort();
      ao(a, { sleutel: k, cohorts: useCohorts ? [c1] : [] });
      prog(k, { offerings: useCohorts ? [{ id: uuid(), start: c1.start, code: c1.code }] : [] });
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

      a = uuid();
      k = uuid();
      const x = ao(a);
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
    }
  };
  scenario(
    'NFO',
    'nfo_opleidingen',
    'aangeboden_nfo_opleidingen',
    'aangeboden_nfo_opleiding_cohorten',
    'courses',
  );
  scenario('HO', 'ho_opleidingen', undefined, undefined, 'programs');
  // HO opleidingsonderdelen: opleidingseenheden in their own file, offered in aangeboden_ho_opleidingsonderdelen
  scenario(
    'HO',
    'ho_opleidingsonderdelen',
    'aangeboden_ho_opleidingsonderdelen',
    undefined,
    'programs',
  );
  // scenario() for ho_opleidingen without aoFile pushed AO rows with file undefined: drop them and their truth
  const dropped = new Set();
  for (let i = focusRows.length - 1; i >= 0; i--)
    if (focusRows[i][0] === undefined) {
      dropped.add(focusRows[i][1][0]);
      focusRows.splice(i, 1);
    }
  const truthFinal = truth.filter((t) => !dropped.has(t.rioCode));
  // SIS items whose RIO rows were dropped stay in the SIS as SIS-only items: they never match anything.
  const sisFinal = sis;
  const handmatigFinal = handmatig.filter((c) => !dropped.has(c));

  // ---------------------------------------------------------------- background rows
  const targets = Object.fromEntries(
    Object.entries(TARGETS).map(([k, v]) => [k, Math.ceil(v * scale)]),
  );
  // Shuffle focus rows into the stream at random points.
  const focusQueue = focusRows.map((r) => ({ at: rand(), r })).sort((a, b) => a.at - b.at);
  let fq = 0;
  const done = () => Object.entries(files).every(([k, f]) => f.bytes >= targets[k]);
  const progressOf = () => Math.min(...Object.entries(files).map(([k, f]) => f.bytes / targets[k]));
  const groups = [
    ['nfo_opleidingen', 'aangeboden_nfo_opleidingen', 'aangeboden_nfo_opleiding_cohorten', 'NFO'],
    ['ho_opleidingen', null, null, 'HO'],
    ['ho_opleidingsonderdelen', 'aangeboden_ho_opleidingsonderdelen', null, 'HO'],
  ];
  while (!done()) {
    for (const [oeF, aoF, coF, sector] of groups) {
      const f = files[oeF];
      const needed =
        f.bytes < targets[oeF] ||
        (aoF && files[aoF].bytes < targets[aoF]) ||
        (coF && files[coF].bytes < targets[coF]);
      if (!needed) continue;
      const bestuur = drawBestuur();
      const code = oeCode();
      const naam = `${pick(WORDS)} ${pick(WORDS)}${rand() < 0.02 ? '; "gevorderd"' : ''}`;
      const hasKey = rand() < 0.3;
      const begin = date(2012, 2025);
      f.row([
        code,
        bestuur,
        sector === 'HO' ? 'HOOPLEIDING' : 'PARTICULIEREOPLEIDING',
        hasKey ? (rand() < 0.1 ? uuid('ED0B', true) : uuid()) : '',
        `X${hex(7)}`,
        naam,
        naam.slice(0, 20),
        begin,
        rand() < 0.1 ? date(2015, 2025) : '',
        pad(80),
      ]);
      if (!aoF) continue;
      const nAo = 1 + Math.floor(rand() * 3);
      for (let j = 0; j < nAo; j++) {
        const a = rand() < 0.05 ? uuid('ED0C', true) : uuid();
        files[aoF].row([
          a,
          bestuur,
          `${100 + Math.floor(rand() * 900)}A${String(Math.floor(rand() * 1000)).padStart(3, '0')}`,
          code,
          rand() < 0.3 ? uuid() : '',
          naam,
          rand() < 0.5
            ? `${100 + Math.floor(rand() * 900)}X${String(Math.floor(rand() * 1000)).padStart(3, '0')}`
            : '',
          begin,
          '',
          pad(120),
        ]);
        if (!coF) continue;
        const nC = 1 + Math.floor(rand() * 5);
        for (let c = 0; c < nC; c++) {
          const s = date(2020, 2027);
          files[coF].row([
            a,
            `C${hex(8).toUpperCase()}`,
            pick(['OPEN', 'GESLOTEN', 'GEANNULEERD']),
            s,
            s,
            '',
            pad(30),
          ]);
        }
      }
    }
    const p = progressOf();
    while (fq < focusQueue.length && focusQueue[fq].at <= p) {
      const [file, fields] = focusQueue[fq++].r;
      files[file].row(fields);
    }
  }
  while (fq < focusQueue.length) {
    const [file, fields] = focusQueue[fq++].r;
    files[file].row(fields);
  }
  const expected = {};
  for (const [name, f] of Object.entries(files)) {
    f.close();
    expected[name] = { rows: f.rows, minBytes: 0 };
  }
  writeFileSync(join(outDir, 'sis.json'), JSON.stringify(sisFinal, null, 1));
  const config = { expected, handmatig: handmatigFinal, peildatum: PEILDATUM };
  writeFileSync(join(outDir, 'config.json'), JSON.stringify(config, null, 1));
  writeFileSync(join(outDir, 'truth.json'), JSON.stringify(truthFinal, null, 1));
  return {
    bestuur: FOCUS,
    sizes: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, f.bytes])),
    rows: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, f.rows])),
    truth: truthFinal,
    config,
  };
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
