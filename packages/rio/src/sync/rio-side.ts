/**
 * Collects the RIO side of the synchronisation: every opleidingseenheid, aangeboden opleiding and
 * cohort of one onderwijsbestuur from DUO's open-data exports in a folder (guide §4.1 "Vergaren RIO
 * informatie"), in named stages: locate the files, resolve the bestuur's aanbieders through
 * `relaties_onderwijsbesturen_onderwijsaanbieders`, read their aangeboden opleidingen, the
 * opleidingseenheden those offer, and the cohorts; merge period rows; check the references.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createFinding, type Finding } from '@edustandaard/core';
import { RIO_MESSAGES } from '../catalogue.js';
import { rioError } from '../errors.js';
import { headerKey, resolveColumns } from './config.js';
import { scanCsv, type CsvFileInfo, type CsvParallel, type CsvProgress } from './csv.js';
import { startHasher, type Hasher } from './hasher.js';
import { SPLIT_MIN_BYTES, startScanThread } from './scan-thread.js';
import {
  GUIDE_SIZE_INDICATION,
  RIO_EXPORTS,
  RIO_VERWIJZINGEN,
  type RioColumn,
  type RioExportSpec,
  type RioVerwijzing,
  type SyncConfig,
} from './exports.js';
import { KeySet, type KeyTap } from './keys.js';

/** An opleidingseenheid or aangeboden opleiding as found in the exports (all period rows merged). */
export interface RioItem {
  entiteit: 'opleidingseenheid' | 'aangebodenOpleiding';
  sector: 'NFO' | 'HO';
  /** opleidingseenheidcode or aangebodenOpleidingCode; never empty. */
  code: string;
  /** eigenOpleidingseenheidSleutel or eigenAangebodenOpleidingSleutel; `''` when not linked or unknown. */
  eigenSleutel: string;
  /** For an aangeboden opleiding: the opleidingseenheid it offers. */
  opleidingseenheidcode: string;
  onderwijsaanbiedercode: string;
  soort: string;
  /** Erkende opleidingscode (CROHO/ISAT) where the export has one. */
  opleidingscode: string;
  /** Name of the period current at the peildatum (else the most recent one). */
  naam: string;
  /** `yyyy-mm-dd` or `''`. */
  begindatum: string;
  /** `yyyy-mm-dd` or `''` (open-ended). */
  einddatum: string;
  /** Voertaal as exported (`NLD`, `"ENG,NLD"`); parallel offerings differ in it. */
  voertaal: string;
  /** Export and line of the first row. */
  bron: { file: string; line: number };
}

/** A cohort of an aangeboden opleiding. */
export interface RioCohort {
  aangebodenOpleidingCode: string;
  cohortcode: string;
  cohortstatus: string;
  beginAanmeldperiode: string;
  instroommoment: string;
  einddatum: string;
}

/** One input file as read: enough to check later that the plan was made from complete downloads. */
export interface RioBron extends CsvFileInfo {
  /** DUO's dataset name. */
  export: string;
  /** Headers read whose name is our assumption (see RIO_EXPORTS), as found in the file. */
  aannames: string[];
  /** Optional columns the file does not have. */
  ontbrekend: string[];
}

/** Everything of one bestuur. */
export interface RioSide {
  items: RioItem[];
  cohorten: Map<string, RioCohort[]>;
  bronnen: RioBron[];
  findings: Finding[];
}

export interface ReadRioOptions {
  config?: SyncConfig;
  /** `yyyy-mm-dd` at which the current period is chosen (default today). */
  peildatum?: string;
  onProgress?: CsvProgress;
  /** Called when a file starts (for progress display). */
  onFile?: (name: string, bytes: number) => void;
  /**
   * Who reads the second half of a big export: by default a second thread, started when an export
   * has at least 16 MiB and the machine two cores; `false` reads every file on this thread. The plan
   * is the same either way.
   */
  parallel?: CsvParallel | false;
}

/** Files from this size on are hashed by the hashing thread (smaller ones as they are read). */
const HASH_ELSEWHERE_MIN = 1 << 20;

const GUIDE = { document: 'Synchronisatie OOAPI RIO HO data (SURFeduhub)', section: '§4.1' };
const mib = (n: number) => (n / 1048576).toFixed(n < 1048576 ? 2 : 0);

type Row = Record<RioColumn, string>;
interface Found {
  spec: RioExportSpec;
  path: string;
}

/** Locates DUO's files in `dir` (case-insensitive names). */
async function locate(dir: string): Promise<Map<string, Found>> {
  const io = (e: unknown) =>
    rioError(
      'E_IO',
      `Map met RIO-exports kan niet worden gelezen: ${(e as Error).message}`,
      { file: dir },
      { cause: e },
    );
  const st = await stat(dir).catch((e: unknown) => {
    throw io(e);
  });
  if (!st.isDirectory())
    throw rioError('E_USAGE', 'Geef een map met DUO-exports, geen bestand.', { file: dir });
  const names = await readdir(dir).catch((e: unknown) => {
    throw io(e);
  });
  const lower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const found = new Map<string, Found>();
  for (const spec of RIO_EXPORTS) {
    const hit = spec.fileNames.map((f) => lower.get(f.toLowerCase())).find((x) => x !== undefined);
    if (hit) found.set(spec.name, { spec, path: join(dir, hit) });
  }
  return found;
}

/**
 * Reads the exports in `dir` that belong to onderwijsbestuur `bestuur`, streaming and filtered.
 * Throws `E_CSV_NO_MATCH` when the bestuur has no rows, `E_CSV_TRUNCATED` when references between
 * the files do not resolve (a cut-off download), and the scanner's `E_CSV_*` errors.
 * @param dir - folder with the DUO CSV downloads
 * @param bestuur - the onderwijsbestuurcode (ONDERWIJSBESTUURID)
 * @param options - override file, peildatum, progress callbacks
 */
export async function readRioSide(
  dir: string,
  bestuur: string,
  options: ReadRioOptions = {},
): Promise<RioSide> {
  const found = await locate(dir);
  const hasher = startHasher();
  // The second thread loads while the small files are read, before the first big one needs it.
  const big = async () => {
    for (const f of found.values())
      if (((await stat(f.path).catch(() => undefined))?.size ?? 0) >= SPLIT_MIN_BYTES) return true;
    return false;
  };
  const thread = options.parallel === undefined && (await big()) ? startScanThread() : undefined;
  const parallel = options.parallel === false ? undefined : (options.parallel ?? thread);
  try {
    return await readWith(dir, bestuur, options, found, hasher, parallel);
  } finally {
    await Promise.all([hasher.close(), thread?.close()]);
  }
}

async function readWith(
  dir: string,
  bestuur: string,
  options: ReadRioOptions,
  found: Map<string, Found>,
  hasher: Hasher | undefined,
  parallel: CsvParallel | undefined,
): Promise<RioSide> {
  const config = options.config ?? {};
  const peildatum = options.peildatum ?? new Date().toISOString().slice(0, 10);
  const findings: Finding[] = [];
  const bronnen: RioBron[] = [];
  const has = (n: string) => found.has(n);
  const perTableHo = has('aangeboden_ho_opleidingen') || has('aangeboden_ho_opleidingsonderdelen');
  const useOverzicht = has('ho_opleidingsoverzicht') && !perTableHo;
  if (!has('relaties_onderwijsbesturen_onderwijsaanbieders') && !useOverzicht) {
    throw rioError(
      'E_USAGE',
      `Geen bruikbare DUO-export gevonden in ${dir}: verwacht relaties_onderwijsbesturen_onderwijsaanbieders.csv met aangeboden_*_opleidingen.csv en *_opleidingen.csv, of ho_opleidingsoverzicht.csv.`,
      { file: dir },
    );
  }
  if (has('ho_opleidingsoverzicht') && perTableHo)
    findings.push(
      createFinding(RIO_MESSAGES, 'RIO.SYNC.OVERZICHT_OVERGESLAGEN', {
        severity: 'aanbeveling',
        path: '/ho_opleidingsoverzicht',
        source: GUIDE,
      }),
    );
  for (const spec of RIO_EXPORTS) {
    if (has(spec.name) || spec.optional) continue;
    if (useOverzicht && spec.sector === 'HO') continue;
    if (!has('relaties_onderwijsbesturen_onderwijsaanbieders') && spec.sector !== 'HO') continue;
    findings.push(
      createFinding(
        RIO_MESSAGES,
        spec.entity === 'cohort' ? 'RIO.SYNC.EXPORT_ONTBREEKT#cohort' : 'RIO.SYNC.EXPORT_ONTBREEKT',
        {
          severity: 'waarschuwing',
          path: `/${spec.name}`,
          source: GUIDE,
          params: { export: spec.name, fileNames: spec.fileNames, dir },
        },
      ),
    );
  }

  // Referential checks across whole exports (RIO_VERWIJZINGEN): the values each export holds, and the
  // values each refers to where the target is read after it (aangeboden opleiding → opleidingseenheid).
  const held = new Map<string, KeySet>();
  const referred = new Map<RioVerwijzing, KeySet>();
  const missed = new Map<RioVerwijzing, { count: number; examples: string[] }>();
  const keyOf = (exp: string, kolom: RioColumn) => `${exp}\u0000${kolom}`;
  const tapsFor = (name: string): { taps: KeyTap<RioColumn>[]; done: () => void } => {
    const taps: KeyTap<RioColumn>[] = [];
    const checks: [RioVerwijzing, KeyTap<RioColumn>][] = [];
    // `bestuur` references are checked on the bestuur's rows (stage 3), not tapped on every row.
    for (const v of RIO_VERWIJZINGEN.filter((x) => x.omvang === 'landelijk')) {
      if (v.naar.export === name) {
        const k = keyOf(name, v.naar.kolom);
        let set = held.get(k);
        if (!set) held.set(k, (set = new KeySet()));
        if (!taps.some((t) => t.add === set)) taps.push({ column: v.naar.kolom, add: set });
      }
      if (v.van.export === name && found.has(v.naar.export)) {
        const target = held.get(keyOf(v.naar.export, v.naar.kolom));
        if (target) {
          const t: KeyTap<RioColumn> = {
            column: v.van.kolom,
            check: target,
            steekproef: v.steekproef,
          };
          taps.push(t);
          checks.push([v, t]);
        } else {
          const set = new KeySet();
          referred.set(v, set);
          taps.push({ column: v.van.kolom, add: set });
        }
      }
    }
    return {
      taps,
      done: () => {
        for (const [v, t] of checks) if (t.misses?.count) missed.set(v, t.misses);
      },
    };
  };

  const scan = async (
    f: Found,
    filter: { equals: string } | { in: ReadonlySet<string> },
    onRow: (row: Row, line: number) => void,
  ): Promise<RioBron> => {
    const { spec, path } = f;
    const cols = resolveColumns(spec, config);
    const expected = config.expected?.[spec.name];
    // Only what the user gives from DUO's dataset page is a hard check; the guide's sizes are an
    // indication (GUIDE_SIZE_INDICATION), reported after the scan.
    const exact =
      expected?.rows !== undefined ||
      expected?.bytes !== undefined ||
      expected?.sha256 !== undefined;
    const minBytes = expected?.minBytes;
    const keys = tapsFor(spec.name);
    const bytes = (await stat(path)).size;
    options.onFile?.(spec.name, bytes);
    const dates = (Object.entries(spec.columns) as [RioColumn, { date?: boolean }][])
      .filter(([, c]) => c.date)
      .map(([k]) => k);
    const info = await scanCsv<RioColumn>(path, {
      label: path,
      // A small file is hashed as it is read: the hashing thread is still starting when the first
      // (the 64 KiB relation table) is done, and waiting for it cost ~40 ms of the plan.
      ...(hasher && bytes >= HASH_ELSEWHERE_MIN ? { digest: hasher.digest(path) } : {}),
      ...(parallel ? { parallel } : {}),
      columns: cols.headers,
      required: [...new Set([...spec.required, ...cols.overridden])],
      dates,
      filter: { column: spec.filterColumn, ...filter },
      ...(config.separator ? { separator: config.separator } : {}),
      ...(minBytes ? { minBytes } : {}),
      ...(expected?.rows !== undefined ? { expectedRows: expected.rows } : {}),
      ...(expected?.bytes !== undefined ? { expectedBytes: expected.bytes } : {}),
      ...(expected?.sha256 !== undefined ? { expectedSha256: expected.sha256 } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(keys.taps.length ? { keys: keys.taps } : {}),
      onRow,
    });
    keys.done();
    const indicatie = spec.guideMinBytes;
    if (
      indicatie !== undefined &&
      !exact &&
      minBytes === undefined &&
      info.bytes < indicatie * GUIDE_SIZE_INDICATION.share
    )
      findings.push(
        createFinding(RIO_MESSAGES, 'RIO.SYNC.OMVANG', {
          severity: GUIDE_SIZE_INDICATION.ernst,
          path: `/${spec.name}`,
          source: GUIDE,
          params: {
            export: spec.name,
            bytes: info.bytes,
            mib: mib(info.bytes),
            indicatie,
            indicatieMib: mib(indicatie),
            assumption: true,
          },
        }),
      );
    const inFile = new Set(info.header.map(headerKey));
    const present = (k: RioColumn) => inFile.has(headerKey(cols.headers[k]));
    const bron: RioBron = {
      ...info,
      export: spec.name,
      aannames: cols.assumed.filter(present).map((k) => cols.headers[k]),
      ontbrekend: (Object.keys(cols.headers) as RioColumn[])
        .filter((k) => !present(k))
        .map((k) => cols.headers[k]),
    };
    bronnen.push(bron);
    if (info.encoding !== 'utf-8')
      findings.push(
        createFinding(RIO_MESSAGES, 'RIO.SYNC.CODERING', {
          severity: 'aanbeveling',
          path: `/${spec.name}`,
          params: { encoding: info.encoding, export: spec.name },
        }),
      );
    if (spec.entity === 'opleidingseenheid' && !present('eigenOpleidingseenheidSleutel'))
      findings.push(
        createFinding(RIO_MESSAGES, 'RIO.SYNC.SLEUTEL_ONBEKEND', {
          severity: 'waarschuwing',
          path: `/${spec.name}/${cols.headers.eigenOpleidingseenheidSleutel}`,
          source: GUIDE,
          params: { export: spec.name, column: cols.headers.eigenOpleidingseenheidSleutel },
        }),
      );
    return bron;
  };
  const noMatch = (f: Found, column: RioColumn, why: string) =>
    rioError(
      'E_CSV_NO_MATCH',
      `Geen enkele rij van onderwijsbestuur ${bestuur} in ${f.spec.name} (kolom ${resolveColumns(f.spec, config).headers[column]}): ${why}`,
      { file: f.path, line: 1 },
    );

  const merger = new PeriodMerger(peildatum);
  const cohorten = new Map<string, RioCohort[]>();

  // Stage 1: the bestuur's aanbieders (and, where DUO has the table, its opleidingseenheden).
  const aanbieders = new Set<string>();
  const oeOfBestuur = new Set<string>();
  const rel = found.get('relaties_onderwijsbesturen_onderwijsaanbieders');
  if (rel) {
    let ended = 0;
    const info = await scan(rel, { equals: bestuur }, (r) => {
      // A relation that ended before the peildatum: the aanbieder's offerings are another bestuur's now.
      if (r.einddatum && r.einddatum < peildatum) ended++;
      else if (r.onderwijsaanbiedercode) aanbieders.add(r.onderwijsaanbiedercode);
    });
    if (info.matched === 0)
      throw noMatch(
        rel,
        'onderwijsbestuurcode',
        'verkeerde code, een ander bestand of een onvolledige download.',
      );
    if (aanbieders.size === 0)
      throw noMatch(
        rel,
        'onderwijsbestuurcode',
        `alle ${ended} relaties met onderwijsaanbieders zijn beëindigd vóór ${peildatum}.`,
      );
    const relOe = found.get('relaties_onderwijsbesturen_opleidingseenheden');
    if (relOe)
      await scan(relOe, { equals: bestuur }, (r) => void oeOfBestuur.add(r.opleidingseenheidcode));
  }

  // Stage 2: aangeboden opleidingen of those aanbieders; the opleidingseenheden they offer, per file.
  const oeWanted = new Map<string, Set<string>>();
  const aoOfFile = new Map<string, Set<string>>();
  if (rel) {
    for (const spec of RIO_EXPORTS.filter((s) => s.entity === 'aangebodenOpleiding')) {
      const f = found.get(spec.name);
      if (!f) continue;
      const oes = new Set<string>();
      const aos = new Set<string>();
      await scan(f, { in: aanbieders }, (r, line) => {
        if (!r.aangebodenOpleidingCode) return;
        aos.add(r.aangebodenOpleidingCode);
        if (r.opleidingseenheidcode) oes.add(r.opleidingseenheidcode);
        merger.add(
          'aangebodenOpleiding',
          spec,
          r.aangebodenOpleidingCode,
          r,
          line,
          r.eigenAangebodenOpleidingSleutel,
        );
      });
      oeWanted.set(spec.partner!, oes);
      aoOfFile.set(spec.name, aos);
    }
    // Stage 3: opleidingseenheden.
    for (const spec of RIO_EXPORTS.filter((s) => s.entity === 'opleidingseenheid')) {
      const f = found.get(spec.name);
      if (!f) continue;
      const want = new Set([...(oeWanted.get(spec.name) ?? []), ...oeOfBestuur]);
      if (want.size === 0 && !oeOfBestuur.size) continue;
      const seen = new Set<string>();
      await scan(f, { in: want }, (r, line) => {
        seen.add(r.opleidingseenheidcode);
        merger.add(
          'opleidingseenheid',
          spec,
          r.opleidingseenheidcode,
          r,
          line,
          r.eigenOpleidingseenheidSleutel,
        );
      });
      // References that do not resolve mean a cut-off or mismatched download (issue #17 item 5).
      const dangling = [...(oeWanted.get(spec.name) ?? [])].filter((c) => !seen.has(c)).sort();
      if (dangling.length) {
        const params = {
          export: spec.name,
          codes: dangling,
          count: dangling.length,
          partner: spec.partner,
          voorbeelden: dangling.slice(0, 3),
        };
        const finding = createFinding(RIO_MESSAGES, 'RIO.SYNC.VERWIJZING_ONTBREEKT', {
          severity: 'waarschuwing',
          path: `/${spec.name}`,
          source: GUIDE,
          params,
        });
        if (config.ontbrekendeVerwijzingen !== 'waarschuwing')
          throw rioError('E_CSV_TRUNCATED', finding.message, { file: f.path });
        findings.push(finding);
      }
    }
    // Stage 4: cohorts of the aangeboden opleidingen found.
    for (const spec of RIO_EXPORTS.filter((s) => s.entity === 'cohort')) {
      const f = found.get(spec.name);
      const aos = aoOfFile.get(spec.partner!);
      // Read also when the bestuur has no offering there: the cohorts' references to offerings are
      // what shows that the offering file lost rows (the bestuur's among them).
      if (!f || !aos) continue;
      await scan(f, { in: aos }, (r) => {
        const c: RioCohort = {
          aangebodenOpleidingCode: r.aangebodenOpleidingCode,
          cohortcode: r.cohortcode,
          cohortstatus: r.cohortstatus,
          beginAanmeldperiode: r.beginAanmeldperiode,
          instroommoment: r.instroommoment,
          einddatum: r.einddatum,
        };
        const list = cohorten.get(c.aangebodenOpleidingCode);
        if (list) list.push(c);
        else cohorten.set(c.aangebodenOpleidingCode, [c]);
      });
    }
  }

  checkVerwijzingen(referred, held, missed, found, config, findings, keyOf);

  // The one-file HO alternative: opleidingseenheid and aangeboden opleiding in one row.
  const ov = useOverzicht ? found.get('ho_opleidingsoverzicht') : undefined;
  if (ov) {
    const info = await scan(ov, { equals: bestuur }, (r, line) => {
      if (r.opleidingseenheidcode)
        merger.add('opleidingseenheid', ov.spec, r.opleidingseenheidcode, r, line, '');
      // An opleiding without aangeboden opleiding has an empty AANGEBODEN_OPLEIDINGCODE: no item for it.
      if (r.aangebodenOpleidingCode)
        merger.add(
          'aangebodenOpleiding',
          ov.spec,
          r.aangebodenOpleidingCode,
          {
            ...r,
            naam: r.aoNaam || r.naam,
            begindatum: r.aoBegindatum,
            einddatum: r.aoEinddatum,
            opleidingscode: '',
          },
          line,
          r.eigenAangebodenOpleidingSleutel,
        );
    });
    if (info.matched === 0 && !rel)
      throw noMatch(
        ov,
        'onderwijsbestuurcode',
        'verkeerde code, een ander bestand of een onvolledige download.',
      );
  }
  const items = merger.items();
  if (items.length === 0)
    throw rioError(
      'E_CSV_NO_MATCH',
      `Onderwijsbestuur ${bestuur} heeft ${aanbieders.size} onderwijsaanbieder(s) maar geen enkele (aangeboden) opleiding in de exports: controleer de downloads.`,
      { file: dir },
    );
  const assumed = bronnen.filter((b) => b.aannames.length);
  if (assumed.length)
    findings.push(
      createFinding(RIO_MESSAGES, 'RIO.SYNC.AANNAME', {
        severity: 'aanbeveling',
        path: '/bronnen',
        params: {
          ...Object.fromEntries(assumed.map((b) => [b.export, b.aannames])),
          kolommen: assumed.map((b) => `${b.export}: ${b.aannames.join(', ')}`).join('; '),
        },
      }),
    );
  return { items, cohorten, bronnen, findings };
}

/**
 * Evaluates {@link RIO_VERWIJZINGEN} after the scans: a reference that does not resolve is a
 * `E_CSV_TRUNCATED` naming the export that lost rows and the referring export and column, unless the
 * user accepts it (`ontbrekendeVerwijzingen: "waarschuwing"`).
 */
function checkVerwijzingen(
  referred: ReadonlyMap<RioVerwijzing, KeySet>,
  held: ReadonlyMap<string, KeySet>,
  missed: Map<RioVerwijzing, { count: number; examples: string[] }>,
  found: ReadonlyMap<string, Found>,
  config: SyncConfig,
  findings: Finding[],
  keyOf: (exp: string, kolom: RioColumn) => string,
): void {
  for (const [v, refs] of referred) {
    const target = held.get(keyOf(v.naar.export, v.naar.kolom));
    if (!target) continue; // the target export was not read (not needed for this bestuur)
    const count = refs.countNotIn(target);
    if (count) missed.set(v, { count, examples: [] });
  }
  for (const v of RIO_VERWIJZINGEN) {
    const m = missed.get(v);
    if (!m) continue;
    const van = found.get(v.van.export)!;
    const naar = found.get(v.naar.export)!;
    const kolom = resolveColumns(van.spec, config).headers[v.van.kolom];
    const message = `${referred.has(v) ? 'Minstens ' : ''}${m.count} ${referred.has(v) ? 'waarde(n)' : 'rij(en)'} van ${v.van.export} (kolom ${kolom}) verwijzen naar iets dat niet in ${v.naar.export} staat${m.examples.length ? ` (bv. ${m.examples.join(', ')})` : ''}: ${v.naar.export} is waarschijnlijk onvolledig gedownload, of de bestanden komen niet van hetzelfde moment (handreiking §4.1 Let op 5; ${v.relatie}).`;
    if (config.ontbrekendeVerwijzingen !== 'waarschuwing')
      throw rioError('E_CSV_TRUNCATED', message, { file: naar.path });
    findings.push({
      code: 'RIO.SYNC.VERWIJZING_ONTBREEKT',
      severity: 'waarschuwing',
      path: `/${v.naar.export}`,
      message,
      source: GUIDE,
      params: { van: v.van, naar: v.naar, aantal: m.count, assumption: v.assumption },
    });
  }
}

interface PeriodRow {
  row: Row;
  line: number;
  sleutel: string;
}

/**
 * Merges the period rows of one RIO entity (`BEGINDATUM_PERIODE`/`EINDDATUM_PERIODE`, and the
 * duplicate rows of the overzicht) into one item: the name and key of the period current at the
 * peildatum, else of the most recent one that has begun, else of the earliest future one.
 */
class PeriodMerger {
  private readonly rows = new Map<
    string,
    { entiteit: RioItem['entiteit']; spec: RioExportSpec; list: PeriodRow[] }
  >();
  constructor(private readonly peildatum: string) {}

  add(
    entiteit: RioItem['entiteit'],
    spec: RioExportSpec,
    code: string,
    row: Row,
    line: number,
    sleutel: string,
  ): void {
    const key = `${entiteit}:${code}`;
    const e = this.rows.get(key);
    if (e) e.list.push({ row, line, sleutel });
    else this.rows.set(key, { entiteit, spec, list: [{ row, line, sleutel }] });
  }

  items(): RioItem[] {
    const out: RioItem[] = [];
    for (const { entiteit, spec, list } of this.rows.values()) {
      const p = this.peildatum;
      const begin = (x: PeriodRow) => x.row.begindatumPeriode || x.row.begindatum;
      const current = list.filter(
        (x) => begin(x) <= p && (!x.row.einddatumPeriode || x.row.einddatumPeriode >= p),
      );
      const begun = list.filter((x) => begin(x) <= p);
      const pool = current.length ? current : begun.length ? begun : list;
      const chosen = pool.reduce((a, b) => (begin(b) > begin(a) ? b : a));
      const r = chosen.row;
      const begins = list
        .map((x) => x.row.begindatum || x.row.begindatumPeriode)
        .filter(Boolean)
        .sort();
      // The entity ends when its own EINDDATUM says so; without that column, when every period has ended.
      const einddatum = list.some((x) => x.row.einddatum)
        ? (list
            .map((x) => x.row.einddatum)
            .filter(Boolean)
            .sort()
            .pop() ?? '')
        : list.every((x) => x.row.einddatumPeriode)
          ? (list
              .map((x) => x.row.einddatumPeriode)
              .sort()
              .pop() ?? '')
          : '';
      out.push({
        entiteit,
        sector: spec.sector as 'NFO' | 'HO',
        code:
          entiteit === 'opleidingseenheid' ? r.opleidingseenheidcode : r.aangebodenOpleidingCode,
        eigenSleutel: chosen.sleutel || (list.find((x) => x.sleutel)?.sleutel ?? ''),
        opleidingseenheidcode: r.opleidingseenheidcode,
        onderwijsaanbiedercode: r.onderwijsaanbiedercode,
        soort: r.soort,
        opleidingscode: r.opleidingscode,
        naam: r.naam || (list.find((x) => x.row.naam)?.row.naam ?? ''),
        begindatum: begins[0] ?? '',
        einddatum,
        voertaal: r.voertaal,
        bron: { file: spec.name, line: Math.min(...list.map((x) => x.line)) },
      });
    }
    return out;
  }
}
