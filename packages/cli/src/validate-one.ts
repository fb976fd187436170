/**
 * Validates one input of `oso validate` / `swv validate` (XML or a JSON dossier) into a
 * {@link BatchReport}; never throws: an unusable input becomes a report with `error`. Runs in the
 * main thread or in a worker thread (worker.ts) with the same result.
 */
import { EdustandaardError, readJson } from '@edustandaard/core';
import type { Dossier } from '@edustandaard/oso';
import type { DecodedDossier } from '@edustandaard/oso-swv';
import { isJson, readInput } from './io.js';
import { unusableReport, type BatchReport, type ReportContext } from './format/report.js';

/** What to validate: the command (`oso`, `swv` or `ov`), the file and the options as given. */
export interface ValidateTask {
  kind: 'oso' | 'swv' | 'ov';
  file: string;
  /** `auto` or an afsprakenset version (checked by the command before). */
  version: string;
  /** `swv` and `ov` only: the profile id when forced. */
  profile?: string;
}

/** A JSON input must be a dossier object (the content of `<dossier>`). */
function jsonDossier(bytes: Buffer, file: string): Record<string, unknown> {
  const d = readJson(bytes, { file });
  if (d === null || typeof d !== 'object' || Array.isArray(d))
    throw new EdustandaardError(
      'E_USAGE',
      'JSON-invoer moet een dossier-object zijn (de inhoud van <dossier>)',
      { file },
    );
  return d as Record<string, unknown>;
}

/**
 * The OSO version of a JSON dossier: the one asked for, else from `metadata/standaardversie`.
 * @param d - the decoded dossier
 * @param file - for the error location
 * @param wanted - `auto` or a version
 */
export async function versionOfJson(d: unknown, file: string, wanted: string): Promise<string> {
  if (wanted !== 'auto') return wanted;
  const { OSO_VERSIONS, OSO_VERSION_INFO } = await import('@edustandaard/oso');
  const std = (d as { metadata?: { standaardversie?: unknown } } | null)?.metadata?.standaardversie;
  const v = OSO_VERSIONS.find((x) => OSO_VERSION_INFO[x].standaardversie === std);
  if (!v)
    throw new EdustandaardError(
      'E_VERSION_UNKNOWN',
      'kan de OSO-versie niet bepalen uit metadata/standaardversie; gebruik --version',
      { file },
    );
  return v;
}

/** The afsprakenset each validation kind reports (as its library's reports name it). */
const AFSPRAKENSET: Record<ValidateTask['kind'], string> = {
  oso: 'OSO',
  swv: 'OSO-SWV',
  ov: 'OSO-OVERSTAP',
};

/** What an unusable input's report names: the command's afsprakenset, version and forced profile. */
export function reportContext(task: Omit<ValidateTask, 'file'>): ReportContext {
  return {
    afsprakenset: AFSPRAKENSET[task.kind],
    version: task.version,
    profile: task.profile ? task.profile.toUpperCase() : null,
  };
}

/**
 * Loads the library a validation kind uses (a worker calls this at start so its first file does not
 * wait for the module load).
 * @param kind - `oso`, `swv` or `ov`
 */
export async function preload(kind: ValidateTask['kind']): Promise<void> {
  if (kind === 'oso') await import('@edustandaard/oso');
  else if (kind === 'swv') await import('@edustandaard/oso-swv');
  else await import('@edustandaard/oso-overstap');
}

async function run(task: ValidateTask): Promise<BatchReport> {
  const { file } = task;
  const bytes = await readInput(file);
  if (task.kind === 'oso') {
    const { validate } = await import('@edustandaard/oso');
    type V = NonNullable<Parameters<typeof validate>[1]>['version'];
    if (isJson(bytes)) {
      const d = jsonDossier(bytes, file);
      const version = (await versionOfJson(d, file, task.version)) as V;
      return validate(d as unknown as Dossier, { file, version });
    }
    return validate(bytes, { file, version: task.version as V });
  }
  const input = isJson(bytes) ? (jsonDossier(bytes, file) as DecodedDossier) : bytes;
  // The libraries take literal ids and versions; the options as typed go through their parsers.
  if (task.kind === 'swv') {
    const lib = await import('@edustandaard/oso-swv');
    return lib.validate(input, {
      file,
      version: lib.parseVersion(task.version),
      ...(task.profile ? { profile: lib.parseProfileId(task.profile) } : {}),
    });
  }
  const lib = await import('@edustandaard/oso-overstap');
  return lib.validate(input, {
    file,
    version: lib.parseVersion(task.version),
    ...(task.profile ? { profile: lib.parseProfileId(task.profile) } : {}),
  });
}

/**
 * Validates one input; an unusable input (unreadable, not XML/JSON, unknown profile) gives a
 * report with `error` and the error's code.
 * @param task - what to validate
 */
export async function validateOne(task: ValidateTask): Promise<BatchReport> {
  try {
    return await run(task);
  } catch (e) {
    return unusableReport(task.file, e, reportContext(task));
  }
}
