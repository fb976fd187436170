/**
 * Selective export (selectief uitleveren): builds a conformant overstap dossier from a full LAS
 * dossier and lists every removal, replacement and setting with its rule code and a Dutch reason.
 *
 * Built from an allow-list, never by deleting from a copy: the output holds only elements of the
 * gegevensset's element table (`@edustandaard/oso`) that the profile allows — not in a category that
 * is verboden or uitgezet (OPT-UIT), not an element row with cardinality `0` — so unknown content
 * (elements outside the gegevensset, stray keys) is never copied. Then the profile's rules repair
 * what depends on values (core's `repairProfile`: secret addresses, secret communicatie, fixed
 * metadata, OVa.TR04's old toetsen), and `categorie_uitlevering` is set per the category table.
 */
import { repairProfile, type RepairChange, type ValidationReport } from '@edustandaard/core';
import { elementTable, type ElementRow } from '@edustandaard/oso';
import {
  CATEGORIE_WAARDEN_PER_STATUS,
  OV_CATEGORIEEN,
  type OvCategorieRij,
} from './data/categorieen.js';
import {
  OV_CONSTANTS,
  type OvOptOutCategorie,
  type OvProfileId,
  type OvProfileName,
  type OvVersion,
  type OvVersionOption,
} from './data/constants.js';
import { METADATA, categorieElement } from './data/paths.js';
import {
  evaluate,
  parseVersion,
  readInput,
  type DecodedDossier,
  type OvInput,
} from './pipeline.js';
import { resolveOptOut } from './opt-out.js';
import { exclusions, type Exclusion } from './table.js';
import { getProfile, parseProfileId } from './validate.js';

/** One change `select()` made. */
export type SelectChange = RepairChange;

/** Options of {@link select}. */
export interface SelectOptions {
  /**
   * Optional categories to switch off (OPT-UIT): short or `cat_*` element names (`verzuim`,
   * `cat_vve`); which are optional depends on the profile (checked at run time). Text a person
   * typed goes through {@link parseOptOut} first.
   */
  optOut?: readonly OvOptOutCategorie[];
  /** Version of a decoded input (default `auto`: from the namespace or `metadata/standaardversie`). */
  version?: OvVersionOption;
}

/** The result of {@link select}. */
export interface SelectResult {
  /** The overstap dossier (a new object; the input is not modified). */
  dossier: DecodedDossier;
  version: OvVersion;
  profile: OvProfileId;
  /** Every removal, replacement and setting, in the order applied. */
  changes: SelectChange[];
  /**
   * Validation of the result. What `select()` cannot repair is missing mandatory data, which it must
   * not invent (e.g. no inzage in the source): those findings remain here and `report.valid` is false.
   */
  report: ValidationReport;
}

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Copies the allowed part of a decoded dossier (see the module comment), recording what it leaves out. */
class AllowListCopy {
  private readonly rows: Map<string, ElementRow>;
  constructor(
    version: OvVersion,
    private readonly excluded: ReadonlyMap<string, Exclusion>,
    private readonly changes: SelectChange[],
  ) {
    this.rows = new Map(elementTable(version).map((r) => [r.path, r]));
  }

  private drop(path: string, value: unknown, e: Exclusion): void {
    const paths = Array.isArray(value) ? value.map((_, i) => `${path}[${i + 1}]`) : [path];
    for (const p of paths) this.changes.push({ action: 'removed', path: p, ...e });
  }

  /** The copy of an element's content object; `tablePath` is its path in the element table. */
  object(src: Obj, tablePath: string, path: string): Obj {
    const out: Obj = {};
    for (const [key, value] of Object.entries(src)) {
      if (key === '$lexical') continue;
      const childTable = `${tablePath}/${key}`;
      const row = this.rows.get(childTable);
      if (!row) {
        this.drop(`${path}/${key}`, value, {
          code: 'OV.select.onbekend',
          reason: 'Geen element van de OSO gegevensset op deze plaats: niet overgenomen.',
        });
        continue;
      }
      const ex = this.excluded.get(childTable);
      if (ex) {
        this.drop(`${path}/${key}`, value, ex);
        continue;
      }
      const copied = Array.isArray(value)
        ? value.map((v, i) => this.element(v, row, `${path}/${key}[${i + 1}]`))
        : this.element(value, row, `${path}/${key}`);
      out[key] = copied;
    }
    const lex = src.$lexical;
    if (isObject(lex)) {
      const kept = Object.fromEntries(Object.entries(lex).filter(([k]) => k in out));
      if (Object.keys(kept).length > 0) out.$lexical = kept;
    }
    return out;
  }

  /** One element value (a repeated element's item is passed one at a time). */
  private element(value: unknown, row: ElementRow, path: string): unknown {
    if (row.type === 'complex') {
      // A repeating sequence (cijferlijstTypelijst) holds an array of group objects.
      if (row.repeatingGroup && Array.isArray(value))
        return value.map((g, i) =>
          isObject(g) ? this.object(g, row.path, `${path}[${i + 1}]`) : {},
        );
      return isObject(value) ? this.object(value, row.path, path) : {};
    }
    if (!isObject(value)) return value;
    // Simple content with attributes: the value and the attributes the XSD declares.
    const out: Obj = {};
    const names = new Set(['$value', ...(row.attributes ?? []).map((a) => a.name)]);
    for (const [k, v] of Object.entries(value)) {
      if (names.has(k)) out[k] = v;
      else
        this.changes.push({
          action: 'removed',
          code: 'OV.select.onbekend',
          path: `${path}/@${k}`,
          reason: 'Geen attribuut van de OSO gegevensset: niet overgenomen.',
        });
    }
    return out;
  }
}

/**
 * Removes element objects left empty whose table row has a required child (XSD-invalid when empty),
 * e.g. a toetslijst whose toetsen were all older than OVa.TR04 allows.
 */
function pruneEmpty(
  node: Obj,
  tablePath: string,
  path: string,
  rows: ReadonlyMap<string, ElementRow>,
  required: ReadonlySet<string>,
  changes: SelectChange[],
): void {
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('$')) continue;
    const t = `${tablePath}/${key}`;
    const items = Array.isArray(value) ? value : [value];
    items.forEach((v, i) => {
      if (isObject(v))
        pruneEmpty(
          v,
          t,
          Array.isArray(value) ? `${path}/${key}[${i + 1}]` : `${path}/${key}`,
          rows,
          required,
          changes,
        );
    });
    const empty = (v: unknown): boolean =>
      isObject(v) && Object.keys(v).filter((k) => !k.startsWith('$')).length === 0;
    if (rows.get(t)?.type === 'complex' && required.has(t) && items.every(empty)) {
      delete node[key];
      changes.push({
        action: 'removed',
        code: 'OV.select.leeg',
        path: `${path}/${key}`,
        reason: 'Leeg na selectief uitleveren (de verplichte onderdelen zijn weggelaten).',
      });
    }
  }
}

/**
 * Builds a conformant overstap dossier from a full LAS dossier.
 * @param full - XML or decoded dossier (2019.1 or 2024.1); not modified
 * @param profile - `POPO`, `POVO`, `VOVO` or `BB` (or lower case); text a person typed goes
 *   through {@link parseProfileId} first (an unknown id throws `E_PROFILE_UNKNOWN` here too)
 * @param options - `optOut`: optional categories to switch off; `version` for decoded input
 * @returns the dossier, every change, and its validation; throws `E_USAGE` when an opt-out names an
 *   unknown, mandatory or forbidden category
 */
export function select(
  full: OvInput,
  profile: OvProfileName,
  options: SelectOptions = {},
): SelectResult {
  const id = parseProfileId(profile);
  const { version, dossier: input } = readInput(full, { version: parseVersion(options.version) });
  const prof = getProfile(id, version);
  const changes: SelectChange[] = [];

  // Opt-outs: only optional categories; an optional category the source already switched off stays off.
  const off: Set<OvCategorieRij> = resolveOptOut(options.optOut ?? [], id, version);
  const srcMeta = isObject(input.metadata) ? input.metadata : {};
  const srcCats = isObject(srcMeta.categorie_uitlevering) ? srcMeta.categorie_uitlevering : {};
  for (const cat of OV_CATEGORIEEN)
    if (cat[id] === 'o' && srcCats[categorieElement(cat.element, version)] === 'OPT-UIT')
      off.add(cat);

  // 1. The allow-list copy.
  const excluded = exclusions(prof, id, version, off);
  const dossier = new AllowListCopy(version, excluded, changes).object(
    input,
    '/dossier',
    '/dossier',
  );

  // 2. The profile's rules, repaired from their declarations (core's engine).
  changes.push(...repairProfile(prof, { dossier }, { version }));

  // 3. Metadata: standaardversie and the categories of the profile.
  const meta = isObject(dossier.metadata) ? dossier.metadata : undefined;
  if (meta) {
    const sv = OV_CONSTANTS[version].standaardversie;
    if (meta.standaardversie !== sv) {
      changes.push({
        action: meta.standaardversie === undefined ? 'set' : 'replaced',
        code: 'OG.02',
        path: `${METADATA}/standaardversie`,
        reason: `standaardversie "${sv}" in een dossier van versie ${version}.`,
      });
      meta.standaardversie = sv;
    }
    const had = isObject(meta.categorie_uitlevering);
    const cu: Obj = had ? (meta.categorie_uitlevering as Obj) : {};
    for (const cat of OV_CATEGORIEEN) {
      const el = categorieElement(cat.element, version);
      const waarde = off.has(cat) ? 'OPT-UIT' : CATEGORIE_WAARDEN_PER_STATUS[cat[id]][0];
      if (cu[el] === waarde) continue;
      if (had)
        changes.push({
          action: cu[el] === undefined ? 'set' : 'replaced',
          code: 'OV.categorie',
          path: `${METADATA}/categorie_uitlevering/${el}`,
          reason: `Categorie '${cat.categorie}': ${waarde} in ${id}${off.has(cat) ? ' (uitgezet)' : ''}.`,
        });
      cu[el] = waarde;
    }
    if (!had) {
      // The categories in XSD order (the writer orders by the XSD anyway).
      meta.categorie_uitlevering = cu;
      changes.push({
        action: 'set',
        code: id === 'BB' ? 'OVb.MD03' : 'OVa.MD03',
        path: `${METADATA}/categorie_uitlevering`,
        reason: `Blok categorie_uitlevering toegevoegd met de categorieën van ${id}.`,
      });
    }
  }

  // 4. Containers left empty by the repairs.
  const rows = new Map(elementTable(version).map((r) => [r.path, r]));
  const required = new Set<string>();
  for (const r of rows.values()) if (r.min > 0 && !r.choice && r.parent) required.add(r.parent);
  pruneEmpty(dossier, '/dossier', '/dossier', rows, required, changes);

  const report = evaluate(prof, { version, dossier, readIssues: [], fromXml: false }, 'select');
  return { dossier, version, profile: id, changes, report };
}
