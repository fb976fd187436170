/**
 * Migration of an SWV dossier from 2019.1 to 2024.1: the gegevensset migration of `@edustandaard/oso`
 * — which also maps the secret telephone value of PaO.LL08/PaO.OV04 ("9999999999" in the 2019.1
 * validation, "999999999" in the 2024.1 document; change `geheimwaarde-telefoon`), one code path with
 * `edustandaard oso migrate` — plus validatieversie 2024.1.1 (PaO.MD02). Every change is reported;
 * nothing is dropped silently.
 */
import { migrate as migrateOso } from '@edustandaard/oso';
import { SWV_CONSTANTS } from './data/constants.js';
import { parseVersion, readSwvInput, type DecodedDossier, type SwvInput } from './input.js';

/** One entry of the migration report (the gegevensset entries of `@edustandaard/oso` plus the SWV ones). */
export interface SwvMigrationEntry {
  action: string;
  from?: string;
  to?: string;
  reason: string;
  /** The SWV rule for entries of this package. */
  code?: string;
}

/** The result of {@link migrate}. */
export interface SwvMigrationResult {
  dossier: DecodedDossier;
  report: SwvMigrationEntry[];
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Migrates an SWV dossier 2019.1 to 2024.1.
 * @param input - XML or decoded dossier of version 2019.1
 * @param to - target version (only `2024.1`)
 * @returns the 2024.1 dossier and the report of everything mapped, defaulted, replaced or dropped
 */
export function migrate(input: SwvInput, to: '2024.1' = '2024.1'): SwvMigrationResult {
  const { dossier } = readSwvInput(input, { version: parseVersion('2019.1') });
  const r = migrateOso(dossier as never, to);
  const out = r.dossier as unknown as DecodedDossier;
  const report: SwvMigrationEntry[] = r.report.map((e) => ({ ...e }) as SwvMigrationEntry);
  const meta = out.metadata;
  if (isObject(meta) && meta.validatieversie !== SWV_CONSTANTS[to].validatieversie) {
    report.push({
      action: 'mapped',
      from: '/dossier/metadata/validatieversie',
      to: '/dossier/metadata/validatieversie',
      code: 'PaO.MD02',
      reason: `validatieversie "${String(meta.validatieversie)}" → "${SWV_CONSTANTS[to].validatieversie}".`,
    });
    meta.validatieversie = SWV_CONSTANTS[to].validatieversie;
  }
  return { dossier: out, report };
}
