/**
 * The JSON objects the non-validating commands print with `--format json` (issue #13): each is
 * documented here and shipped as a JSON Schema (`@edustandaard/cli/schema/<name>.json`, generated
 * from these types by scripts/build-schema.mjs), so scripts in any language can rely on them.
 * Validating commands print an array of {@link ValidationReport} instead (see `format/`).
 */
import type { ValidationReport } from '@edustandaard/core';
import type { MigrationEntry } from '@edustandaard/oso';
import type { SelectChange } from '@edustandaard/oso-swv';
import type { SyncPlan } from '@edustandaard/rio';

/** `edustandaard swv select … --format json`: written to stderr (the dossier goes to `-o`). */
export interface SelectSummary {
  /** The input as given (`-` for standard input). */
  file: string;
  /** The output as given (`-` for standard output). */
  output: string;
  /** The profile applied, `PO-SWV` or `VO-SWV`. */
  profile: string;
  /** The afsprakenset version, e.g. `2019.1`. */
  version: string;
  /** Every removal, replacement and addition, in the order made; never a removed value. */
  changes: SelectChange[];
  /** Validation of the written SWV dossier against the profile. */
  report: ValidationReport;
}

/** `edustandaard oso migrate … --format json`: the migration report, written to stderr. */
export interface MigrateSummary {
  /** The input as given. */
  file: string;
  from: '2019.1';
  to: '2024.1';
  /** What was renamed, mapped, defaulted or dropped (dropped values included). */
  report: MigrationEntry[];
}

/**
 * `edustandaard rio sync … --format json`: the synchronisation plan on stdout; without `-o`/`--csv`
 * it includes `items`, with them the items are in the written files and left out here.
 */
export type SyncSummary = Omit<SyncPlan, 'items'> & { items?: SyncPlan['items'] };
