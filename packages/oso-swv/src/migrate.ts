/**
 * Migration of an SWV dossier from 2019.1 to 2024.1: the gegevensset migration of `@edustandaard/oso`
 * plus what the SWV profiles change between the versions (data: `SWV_CONSTANTS`): the secret telephone
 * value of PaO.LL08/PaO.OV04 ("9999999999" in the 2019.1 validation, "999999999" in the 2024.1
 * document) and validatieversie 2024.1.1 (PaO.MD02). Every change is reported; nothing is dropped silently.
 */
import { migrate as migrateOso } from '@edustandaard/oso';
import { SWV_CONSTANTS } from './data/constants.js';
import { isTrueValue, selectPaths, type SecretValueCheck } from '@edustandaard/core';
import { RULES_2019_1 } from './data/rules-2019.1.js';
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
  const oud = SWV_CONSTANTS['2019.1'].geheimwaarden;
  const nieuw = SWV_CONSTANTS[to].geheimwaarden;
  // Every communicatie the 2019.1 secret-value rules cover (PaO.LL08, PaO.OV04), from their
  // declarations; the communicatie paths are the same in both versions.
  for (const rule of RULES_2019_1) {
    if (rule.check?.kind !== 'secretValue') continue;
    const check: SecretValueCheck = rule.check;
    for (const ctx of check.contexts)
      for (const m of selectPaths({ dossier: out }, ctx)) {
        const node = m.value;
        if (!isObject(node) || !isTrueValue(node[check.flag])) continue;
        const soort = node[check.soort];
        if (typeof soort !== 'string') continue;
        const was = oud[soort];
        const wordt = nieuw[soort];
        if (was === undefined || wordt === undefined || was === wordt) continue;
        if (node[check.target] !== was) continue;
        node[check.target] = wordt;
        report.push({
          action: 'mapped',
          from: `${m.path}/${check.target}`,
          to: `${m.path}/${check.target}`,
          code: rule.code,
          reason: `Geheimwaarde ${soort} "${was}" (2019.1-validatie) vervangen door "${wordt}" (document SWV-profielen ${to}, Tabel 2).`,
        });
      }
  }
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
