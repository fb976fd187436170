/**
 * The SIS↔RIO synchronisation in one call: read both sides, match, return the plan (guide §3–5).
 */
import type { RioErrorCode } from '../errors.js';
import { EdustandaardError } from '@edustandaard/core';
import { normaliseBestuur } from '../ids.js';
import type { CsvProgress } from './csv.js';
import type { SyncConfig } from './exports.js';
import { validateSyncConfig } from './config.js';
import { buildPlan, type SyncPlan } from './plan.js';
import { readRioSide } from './rio-side.js';
import { readSisSide } from './sis-side.js';

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
  });
  return buildPlan(bestuur, rio, sis, {
    peildatum,
    ...(config.handmatig ? { handmatig: config.handmatig } : {}),
  });
}
