/**
 * Collects the RIO side of the synchronisation: every opleidingseenheid, aangeboden opleiding and
 * cohort of one onderwijsbestuur from the DUO exports in a folder (guide §4.1 "Vergaren RIO informatie").
 */
import type { RioErrorCode } from '../errors.js';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { EdustandaardError, type Finding } from '@edustandaard/core';
import { scanCsv, type CsvFileInfo, type CsvProgress } from './csv.js';
import {
  DEFAULT_MIN_SIZE_SHARE,
  RIO_EXPORTS,
  type RioColumn,
  type RioExportSpec,
  type SyncConfig,
} from './exports.js';

/** An opleidingseenheid or aangeboden opleiding as found in the exports (all period rows merged). */
export interface RioItem {
  entiteit: 'opleidingseenheid' | 'aangebodenOpleiding';
  sector: 'NFO' | 'HO';
  /** opleidingseenheidcode or aangebodenOpleidingCode. */
  code: string;
  /** eigenOpleidingseenheidSleutel or eigenAangebodenOpleidingSleutel; `''` when not linked. */
  eigenSleutel: string;
  /** For an aangeboden opleiding: the opleidingseenheid it offers. */
  opleidingseenheidcode: string;
  onderwijsaanbiedercode: string;
  soort: string;
  /** Erkende/externe opleidingscode (CROHO/ISAT, crebo) where the export has one. */
  opleidingscode: string;
  /** Name of the most recent period. */
  naam: string;
  begindatum: string;
  einddatum: string;
  /** Export file and line of the first row. */
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

/** Everything of one bestuur. */
export interface RioSide {
  items: RioItem[];
  cohorten: Map<string, RioCohort[]>;
  bronnen: CsvFileInfo[];
  findings: Finding[];
}

export interface ReadRioOptions {
  config?: SyncConfig;
  onProgress?: CsvProgress;
  /** Called when a file starts (for progress display). */
  onFile?: (name: string, bytes: number) => void;
}

const GUIDE = { document: 'Synchronisatie OOAPI RIO HO data (SURFeduhub)', section: '§4.1' };

/**
 * Reads the exports in `dir` that belong to onderwijsbestuur `bestuur`, streaming and filtered.
 * @param dir - folder with the DUO CSV downloads
 * @param bestuur - the onderwijsbestuurcode (OB_ID)
 * @param options - override file, progress callbacks
 */
export async function readRioSide(
  dir: string,
  bestuur: string,
  options: ReadRioOptions = {},
): Promise<RioSide> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    throw new EdustandaardError<RioErrorCode>(
      'E_IO',
      `Map met RIO-exports kan niet worden gelezen: ${(e as Error).message}`,
      { file: dir },
      { cause: e },
    );
  }
  const lower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const found: { spec: RioExportSpec; path: string }[] = [];
  const findings: Finding[] = [];
  for (const spec of RIO_EXPORTS) {
    const hit = spec.fileNames.map((f) => lower.get(f.toLowerCase())).find((x) => x !== undefined);
    if (hit) found.push({ spec, path: join(dir, hit) });
    else
      findings.push({
        code: 'RIO.SYNC.EXPORT_ONTBREEKT',
        severity: 'waarschuwing',
        path: `/${spec.name}`,
        message: `Export ${spec.name} niet gevonden in ${dir}; de ${spec.entity === 'cohort' ? 'cohorten' : 'gegevens'} daaruit ontbreken in het plan.`,
        source: GUIDE,
        params: { export: spec.name, fileNames: spec.fileNames },
      });
  }
  if (found.length === 0) {
    throw new EdustandaardError<RioErrorCode>(
      'E_USAGE',
      `Geen enkele DUO-export gevonden in ${dir} (verwacht o.a. nfo_opleidingen.csv).`,
      { file: dir },
    );
  }
  const config = options.config ?? {};
  const items = new Map<string, RioItem>();
  const latestBegin = new Map<string, string>();
  const cohorten = new Map<string, RioCohort[]>();
  const bronnen: CsvFileInfo[] = [];
  // Opleidingseenheden and aangeboden opleidingen first; cohorts are joined on the codes found.
  const order = [...found].sort((a, b) => rank(a.spec) - rank(b.spec));
  for (const { spec, path } of order) {
    const columns = { ...spec.columns, ...(config.columns?.[spec.name] ?? {}) } as Record<
      RioColumn,
      string
    >;
    const expected = config.expected?.[spec.name];
    const minBytes =
      expected?.minBytes ??
      (spec.guideMinBytes !== undefined
        ? Math.floor(spec.guideMinBytes * DEFAULT_MIN_SIZE_SHARE)
        : undefined);
    const aoCodes =
      spec.entity === 'cohort'
        ? new Set(
            [...items.values()]
              .filter((i) => i.entiteit === 'aangebodenOpleiding')
              .map((i) => i.code),
          )
        : undefined;
    options.onFile?.(spec.name, (await stat(path)).size);
    const info = await scanCsv<RioColumn>(path, {
      label: path,
      columns,
      required: spec.required,
      filter: aoCodes
        ? { column: 'aangebodenOpleidingCode', in: aoCodes }
        : { column: spec.filterColumn, equals: bestuur },
      ...(config.separator ? { separator: config.separator } : {}),
      ...(minBytes ? { minBytes } : {}),
      ...(expected?.rows !== undefined ? { expectedRows: expected.rows } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      onRow: (row, line) => {
        if (spec.entity === 'cohort') {
          const c: RioCohort = {
            aangebodenOpleidingCode: row.aangebodenOpleidingCode,
            cohortcode: row.cohortcode,
            cohortstatus: row.cohortstatus,
            beginAanmeldperiode: row.beginAanmeldperiode,
            instroommoment: row.instroommoment,
            einddatum: row.einddatum,
          };
          const list = cohorten.get(c.aangebodenOpleidingCode);
          if (list) list.push(c);
          else cohorten.set(c.aangebodenOpleidingCode, [c]);
          return;
        }
        const entiteit = spec.entity;
        const code =
          entiteit === 'opleidingseenheid'
            ? row.opleidingseenheidcode
            : row.aangebodenOpleidingCode;
        const key = `${entiteit}:${code}`;
        const sleutel =
          entiteit === 'opleidingseenheid'
            ? row.eigenOpleidingseenheidSleutel
            : row.eigenAangebodenOpleidingSleutel;
        const prev = items.get(key);
        if (!prev) {
          items.set(key, {
            entiteit,
            sector: spec.sector,
            code,
            eigenSleutel: sleutel,
            opleidingseenheidcode: row.opleidingseenheidcode,
            onderwijsaanbiedercode: row.onderwijsaanbiedercode,
            soort: row.soort,
            opleidingscode: row.opleidingscode,
            naam: row.naam,
            begindatum: row.begindatum,
            einddatum: row.einddatum,
            bron: { file: spec.name, line },
          });
          return;
        }
        // Another period row of the same entity: keep the earliest start and the most recent period's name and end.
        const latest = latestBegin.get(key) ?? prev.begindatum;
        if (row.begindatum >= latest) {
          latestBegin.set(key, row.begindatum);
          prev.naam = row.naam || prev.naam;
          prev.einddatum = row.einddatum;
        }
        if (row.begindatum && row.begindatum < prev.begindatum) prev.begindatum = row.begindatum;
        if (!prev.eigenSleutel) prev.eigenSleutel = sleutel;
      },
    });
    bronnen.push(info);
    if (info.encoding !== 'utf-8')
      findings.push({
        code: 'RIO.SYNC.CODERING',
        severity: 'aanbeveling',
        path: `/${spec.name}`,
        message: `Export ${spec.name} is gelezen als ${info.encoding} (geen geldige UTF-8).`,
        params: { encoding: info.encoding },
      });
  }
  return { items: [...items.values()], cohorten, bronnen, findings };
}

function rank(spec: RioExportSpec): number {
  return spec.entity === 'opleidingseenheid' ? 0 : spec.entity === 'aangebodenOpleiding' ? 1 : 2;
}
