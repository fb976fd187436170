/**
 * Migration 2019.1 → 2024.1 along the change list (src/data/changes-2024.1.json): every change to a
 * value is reported as mapped, renamed, defaulted or dropped — nothing is dropped silently.
 */
import { EdustandaardError, type Finding, type SourceRef } from '@edustandaard/core';
import changes2024 from './data/changes-2024.1.json' with { type: 'json' };
import type { Dossier2019, Dossier2024 } from './model.js';
import { read } from './read.js';
import { write } from './write.js';
import { OSO_VERSION_INFO, type OsoVersion } from './versions.js';

/** One entry of the migration report. */
export interface MigrationEntry {
  action: 'renamed' | 'mapped' | 'defaulted' | 'dropped';
  /** Concrete path in the 2019.1 dossier. */
  from?: string;
  /** Concrete path in the 2024.1 dossier. */
  to?: string;
  /** The value concerned (dropped values are listed here so nothing disappears unnoticed). */
  value?: unknown;
  /** Dutch explanation. */
  reason: string;
  /** The change (id in changes-2024.1.json) and its source. */
  change: string;
  source: SourceRef[];
}

/** Result of {@link migrate}. */
export interface MigrationResult {
  dossier: Dossier2024;
  version: '2024.1';
  report: MigrationEntry[];
  /** Structural findings of the migrated dossier (empty when the input was valid 2019.1). */
  issues: Finding[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

const sourcesOf = (id: string): SourceRef[] => {
  const c = changes2024.changes.find((x) => x.id === id);
  const srcs = changes2024.sources as Record<string, SourceRef>;
  return (c?.source ?? []).map((s) => srcs[s]!).filter(Boolean);
};

function renameKey(o: Obj, from: string, to: string): void {
  // Keep key order (the writer orders by XSD anyway).
  const entries = Object.entries(o).map(([k, v]) => [k === from ? to : k, v] as const);
  for (const k of Object.keys(o)) delete o[k];
  for (const [k, v] of entries) o[k] = v;
  // The lexical form and the place of comments/PIs follow the element (issue #10 item 6).
  if (isObj(o.$lexical) && from in o.$lexical) renameKey(o.$lexical, from, to);
  for (const list of [o.$misc, o.$unknown])
    if (Array.isArray(list))
      for (const m of list as Array<{ after?: unknown }>) if (m?.after === from) m.after = to;
}

/**
 * Migrates a 2019.1 dossier to 2024.1.
 * @param dossier - a decoded 2019.1 dossier (not modified)
 * @param to - target version, `2024.1`
 * @returns the 2024.1 dossier (keys in 2024.1 XSD order), the report and structural findings
 * @throws EdustandaardError `E_VERSION_UNKNOWN` for another target
 */
export function migrate(dossier: Dossier2019, to: OsoVersion | string): MigrationResult {
  if (to !== '2024.1')
    throw new EdustandaardError(
      'E_VERSION_UNKNOWN',
      `Migratie naar '${to}' wordt niet ondersteund; alleen 2019.1 → 2024.1.`,
    );
  const d = structuredClone(dossier) as unknown as Obj;
  const report: MigrationEntry[] = [];
  const meta = d.metadata as Obj | undefined;
  if (isObj(meta)) {
    for (const [key, id, value] of [
      ['standaardversie', 'standaardversie', OSO_VERSION_INFO['2024.1'].standaardversie],
      ['validatieversie', 'validatieversie', OSO_VERSION_INFO['2024.1'].validatieversie],
    ] as const) {
      const old = meta[key];
      meta[key] = value;
      report.push({
        action: 'defaulted',
        from: `/dossier/metadata/${key}`,
        to: `/dossier/metadata/${key}`,
        value,
        reason: `Vaste waarde van versie 2024.1 (was ${JSON.stringify(old)}).`,
        change: id,
        source: sourcesOf(id),
      });
    }
    const cu = meta.categorie_uitlevering;
    if (isObj(cu) && 'cat_eindtoetsbo' in cu) {
      renameKey(cu, 'cat_eindtoetsbo', 'cat_doorstroomtoets');
      report.push({
        action: 'renamed',
        from: '/dossier/metadata/categorie_uitlevering/cat_eindtoetsbo',
        to: '/dossier/metadata/categorie_uitlevering/cat_doorstroomtoets',
        value: cu.cat_doorstroomtoets,
        reason: 'Categorie Eindtoets heet Categorie Doorstroomtoets.',
        change: 'cat_doorstroomtoets',
        source: sourcesOf('cat_doorstroomtoets'),
      });
    }
  }
  const school = d.huidigeschool as Obj | undefined;
  const ll = isObj(school) ? (school.leerling as Obj | undefined) : undefined;
  const L = '/dossier/huidigeschool/leerling';
  if (isObj(ll)) {
    if ('eindtoets_basisonderwijs' in ll) {
      renameKey(ll, 'eindtoets_basisonderwijs', 'doorstroomtoets');
      report.push({
        action: 'renamed',
        from: `${L}/eindtoets_basisonderwijs`,
        to: `${L}/doorstroomtoets`,
        reason: 'Blok Eindtoets basisonderwijs heet Doorstroomtoets.',
        change: 'doorstroomtoets',
        source: sourcesOf('doorstroomtoets'),
      });
      const dt = ll.doorstroomtoets;
      if (isObj(dt) && 'eindtoetsresultaat' in dt) {
        renameKey(dt, 'eindtoetsresultaat', 'toetsresultaat');
        report.push({
          action: 'renamed',
          from: `${L}/eindtoets_basisonderwijs/eindtoetsresultaat`,
          to: `${L}/doorstroomtoets/toetsresultaat`,
          reason: 'Blok Eindtoetsresultaat heet Toetsresultaat.',
          change: 'toetsresultaat',
          source: sourcesOf('toetsresultaat'),
        });
        const tr = dt.toetsresultaat;
        if (isObj(tr) && 'toetsniveau' in tr) {
          report.push({
            action: 'dropped',
            from: `${L}/eindtoets_basisonderwijs/eindtoetsresultaat/toetsniveau`,
            value: tr.toetsniveau,
            reason: 'Veld Toetsniveau bestaat niet meer in 2024.1.',
            change: 'toetsniveau',
            source: sourcesOf('toetsniveau'),
          });
          delete tr.toetsniveau;
        }
      }
    }
    const oa = ll.overstapadvies;
    if (isObj(oa)) {
      const P = `${L}/overstapadvies`;
      const herzien = oa.herzienadvies;
      const advies = oa.advies;
      if (herzien !== undefined || advies !== undefined) {
        const fromKey = herzien !== undefined ? 'herzienadvies' : 'advies';
        oa.definitief_schooladvies = herzien ?? advies;
        report.push({
          action: 'mapped',
          from: `${P}/${fromKey}`,
          to: `${P}/definitief_schooladvies`,
          value: oa.definitief_schooladvies,
          reason:
            fromKey === 'herzienadvies'
              ? 'Het herziene VO-advies is het definitieve schooladvies.'
              : 'Het VO-advies volgens school is het definitieve schooladvies (er is geen herzien advies).',
          change: fromKey,
          source: sourcesOf(fromKey),
        });
        if (herzien !== undefined && advies !== undefined) {
          report.push({
            action: 'dropped',
            from: `${P}/advies`,
            value: advies,
            reason:
              'Het oorspronkelijke VO-advies volgens school vervalt; het herziene advies is als definitief schooladvies overgenomen.',
            change: 'advies',
            source: sourcesOf('advies'),
          });
        }
      }
      delete oa.advies;
      delete oa.herzienadvies;
      if (oa.motivatie_herzienadvies !== undefined) {
        report.push({
          action: 'dropped',
          from: `${P}/motivatie_herzienadvies`,
          value: oa.motivatie_herzienadvies,
          reason: 'Veld Motivatie bij herzien advies bestaat niet meer in 2024.1.',
          change: 'motivatie_herzienadvies',
          source: sourcesOf('motivatie_herzienadvies'),
        });
        delete oa.motivatie_herzienadvies;
      }
      report.push({
        action: 'defaulted',
        to: `${P}/voorlopig_schooladvies`,
        reason:
          'Het voorlopig schooladvies is niet af te leiden uit een 2019.1-dossier en is niet ingevuld.',
        change: 'voorlopig_schooladvies',
        source: sourcesOf('voorlopig_schooladvies'),
      });
    }
  }
  mapSecretValues(d, report);
  // Re-encode and decode: keys in 2024.1 XSD order, structural findings of the result.
  const xml = write(d as unknown as Dossier2024, { version: '2024.1' });
  const r = read<Dossier2024>(xml, { version: '2024.1' });
  return { dossier: r.dossier, version: '2024.1', report, issues: r.issues };
}

/**
 * The secret telephone value changed between the versions (change `geheimwaarde-telefoon`): every
 * `communicatie` of the dossier flagged `geheim` with the old value gets the new one, reported as
 * mapped. One code path for the library and the CLI (`edustandaard oso migrate`).
 */
function mapSecretValues(d: Obj, report: MigrationEntry[]): void {
  const change = changes2024.changes.find((c) => c.id === 'geheimwaarde-telefoon');
  const m = change && 'migratie' in change ? change.migratie : undefined;
  if (!m) return;
  const visit = (node: unknown, path: string, name: string): void => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => visit(n, `${path}[${i + 1}]`, name));
      return;
    }
    if (!isObj(node)) return;
    const geheim = node.geheim === true || node.geheim === 'true' || node.geheim === '1';
    if (name === 'communicatie' && geheim && node.soort === m.soort && node.nummer === m.van) {
      node.nummer = m.naar;
      report.push({
        action: 'mapped',
        from: `${path}/nummer`,
        to: `${path}/nummer`,
        value: m.naar,
        reason: `Geheimwaarde ${m.soort} "${m.van}" (2019.1) vervangen door "${m.naar}" (2024.1).`,
        change: 'geheimwaarde-telefoon',
        source: sourcesOf('geheimwaarde-telefoon'),
      });
    }
    for (const [k, v] of Object.entries(node))
      if (!k.startsWith('$') && !k.startsWith('@')) visit(v, `${path}/${k}`, k);
  };
  visit(d, '/dossier', 'dossier');
}
