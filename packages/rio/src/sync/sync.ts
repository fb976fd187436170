/**
 * The SIS↔RIO synchronisation in one call: read both sides, match, return the plan (guide §3–5).
 */
import type { RioErrorCode } from '../errors.js';
import { createFinding, EdustandaardError } from '@edustandaard/core';
import { RIO_MESSAGES } from '../catalogue.js';
import { normaliseBestuur } from '../ids.js';
import type { CsvParallel, CsvProgress } from './csv.js';
import { RIO_EXPORTS, type SyncConfig } from './exports.js';
import { validateSyncConfig } from './config.js';
import { buildPlan, type SyncPlan } from './plan.js';
import { readRioSide, type RioSide } from './rio-side.js';
import { readSisSide, type SisItem } from './sis-side.js';

export interface PlanSyncOptions {
  /** Onderwijsbestuurcode (OB_ID), e.g. `100B490`. */
  bestuur: string;
  /** Folder with the DUO exports. */
  rioDir: string;
  /** SIS export: OOAPI v5 JSON (`.json`) or CSV. */
  sisFile: string;
  config?: SyncConfig;
  onProgress?: CsvProgress;
  onFile?: (name: string, bytes: number) => void;
  /**
   * Who reads the second half of a big export (see `ReadRioOptions.parallel`): by default a second
   * thread; `false` reads every file on this thread. The plan is the same either way.
   */
  parallel?: CsvParallel | false;
}

/**
 * Plans the synchronisation of one onderwijsbestuur. Throws {@link EdustandaardError} for unusable
 * input (`E_IDENTIFIER_INVALID` for a malformed OB_ID, `E_USAGE` for a bad override file, `E_CSV_*`
 * for a bad export); never writes anything. A DUO download needs no override file.
 * @param options - bestuur, inputs, override file and progress callbacks
 */
export async function planSync(options: PlanSyncOptions): Promise<SyncPlan> {
  const ob = normaliseBestuur(options.bestuur);
  if (!ob.ok) {
    throw new EdustandaardError<RioErrorCode>(
      'E_IDENTIFIER_INVALID',
      `Onderwijsbestuurcode ongeldig: ${ob.reason}.`,
      { file: '--bestuur' },
    );
  }
  const bestuur = ob.value;
  const config = validateSyncConfig(options.config);
  const peildatum = config.peildatum ?? new Date().toISOString().slice(0, 10);
  const sis = await readSisSide(options.sisFile);
  const rio = await readRioSide(options.rioDir, bestuur, {
    config,
    peildatum,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.onFile ? { onFile: options.onFile } : {}),
    ...(options.parallel !== undefined ? { parallel: options.parallel } : {}),
  });
  checkSisRioCodes(rio, sis, config, options.rioDir, bestuur);
  return buildPlan(bestuur, rio, sis, {
    peildatum,
    ...(config.handmatig ? { handmatig: config.handmatig } : {}),
  });
}

/**
 * The SIS side as evidence of an incomplete RIO side: a SIS item that carries a RIO code (it was
 * linked before) whose opleidingseenheid or aangeboden opleiding is not among the bestuur's rows in the
 * exports means rows were lost (a cut-off download) — or the code belongs to another bestuur or was
 * removed from RIO. Either way the plan would silently leave that item out: a `E_CSV_TRUNCATED` naming
 * the exports and the SIS keys, unless the user accepts it (`ontbrekendeVerwijzingen: "waarschuwing"`),
 * then a `waarschuwing` listing them. Cohort codes are not checked: a SIS offering may carry a cohort
 * that RIO does not have yet (the first delivery creates it, guide §5.5).
 * @param rio - the RIO side as read
 * @param sis - the SIS side
 * @param config - the override file
 * @param rioDir - the export folder (error location)
 * @param bestuur - the onderwijsbestuurcode (message)
 */
export function checkSisRioCodes(
  rio: RioSide,
  sis: readonly SisItem[],
  config: SyncConfig,
  rioDir: string,
  bestuur: string,
): void {
  const known = new Set(rio.items.map((i) => `${i.entiteit}:${i.code}`));
  const unknown: { sleutel: string; rioCode: string; entiteit: string }[] = sis
    .filter((s) => s.rioCode && !known.has(`${s.entiteit}:${s.rioCode}`))
    .map((s) => ({ sleutel: s.sleutel, rioCode: s.rioCode, entiteit: s.entiteit }));
  // A cohort the SIS stores a RIO cohortcode for, of an offering RIO has: RIO must have the cohort.
  for (const s of sis) {
    if (!s.rioCode || !known.has(`aangebodenOpleiding:${s.rioCode}`)) continue;
    const rioCohorts = new Set((rio.cohorten.get(s.rioCode) ?? []).map((c) => c.cohortcode));
    for (const c of s.cohorten)
      if (c.uitRio && !rioCohorts.has(c.cohortcode))
        unknown.push({ sleutel: c.offeringId, rioCode: c.cohortcode, entiteit: 'cohort' });
  }
  if (!unknown.length) return;
  const entiteiten = new Set<string>(unknown.map((u) => u.entiteit));
  const exports = rio.bronnen
    .filter((b) => {
      const e = RIO_EXPORTS.find((x) => x.name === b.export)?.entity;
      return e === 'overzicht' || (e !== undefined && entiteiten.has(e));
    })
    .map((b) => b.export);
  const sample = unknown.slice(0, 3).map((u) => `${u.sleutel} → ${u.rioCode}`);
  const params = {
    items: unknown,
    count: unknown.length,
    bestuur,
    voorbeelden: sample.join(', '),
    exports: exports.join(', ') || 'geen export gelezen',
  };
  const f = createFinding(RIO_MESSAGES, 'RIO.SYNC.SIS_RIOCODE_ONBEKEND', {
    severity: 'waarschuwing',
    path: '/sis',
    source: { document: 'Synchronisatie OOAPI RIO HO data (SURFeduhub)', section: '§4.1' },
    params,
  });
  if (config.ontbrekendeVerwijzingen !== 'waarschuwing')
    throw new EdustandaardError<RioErrorCode>('E_CSV_TRUNCATED', f.message, { file: rioDir });
  rio.findings.push(f);
}
