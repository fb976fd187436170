/**
 * Selective export (`OSO SWV-profielen` §2.2 "selectief uitleveren", Figuur 4, Tabel 1–2): builds a
 * conformant SWV dossier from a full OSO dossier and lists every removal and replacement with its
 * rule code and reason. Driven by data only: the profile's element rows (cardinality `0`), the
 * category table, the category paths of `@edustandaard/oso` and `data/selectie.ts`.
 */
import { EdustandaardError, selectPaths, type PathMatch } from '@edustandaard/core';
import { osoCategorieen } from './oso-data.js';
import { CATEGORIEEN, CATEGORIE_WAARDEN_PER_STATUS } from './data/categorieen.js';
import { SWV_CONSTANTS, type SwvProfileId, type SwvVersion } from './data/constants.js';
import { METADATA, pathFor } from './data/paths.js';
import {
  CONDITIONELE_VERWIJDERINGEN,
  GEHEIME_COMMUNICATIE,
  GEHEIME_COMMUNICATIE_OVERIG,
  METADATA_INSTELLINGEN,
  instellingWaarde,
} from './data/selectie.js';
import type { SwvCategorieRij } from './data/types.js';
import { parseVersion, readSwvInput, type DecodedDossier, type SwvInput } from './input.js';
import { isTrue } from './predicates.js';
import { getProfile, parseProfileId, validate } from './validate.js';
import type { ValidationReport } from '@edustandaard/core';

/** One change `select()` made. */
export interface SelectChange {
  /** `removed` (element dropped), `replaced` (value replaced), `set` (value set or added). */
  action: 'removed' | 'replaced' | 'set';
  /** The rule that requires the change (`PaO.LL10`, `SWV.F4.categorie`, …). */
  code: string;
  /** Path in the input dossier (for `set` of a new element: where it was added). */
  path: string;
  /** Dutch reason. Never contains a removed or replaced value. */
  reason: string;
}

/** Options of {@link select}. */
export interface SelectOptions {
  /** Optional categories to switch off (OPT-UIT): names or `cat_*` element names (`vve`, `Toetsresultaten`, `cat_verzuim`). */
  optOut?: readonly string[];
  /** Version of a decoded input (default: from the namespace or `metadata/standaardversie`). */
  version?: string;
}

/** The result of {@link select}. */
export interface SelectResult {
  /** The SWV dossier (a new object; the input is not modified). */
  dossier: DecodedDossier;
  version: SwvVersion;
  profile: SwvProfileId;
  /** Every removal, replacement and setting, in the order applied. */
  changes: SelectChange[];
  /**
   * Validation of the result. Removal and replacement always succeed; what `select()` cannot repair is
   * missing mandatory data (e.g. no schoolloopbaan or onderwijsondersteuning in the source, which it must
   * not invent): those findings remain here and `report.valid` is false.
   */
  report: ValidationReport;
}

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function lastStep(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

function catElement(row: SwvCategorieRij, version: SwvVersion): string {
  return lastStep(pathFor(`${METADATA}/categorie_uitlevering/${row.element}`, version));
}

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/^cat_/, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Finds a category row by name, element or short name (`vve`, `VVE`, `cat_vve`, `Ouders/Verzorgers`). */
function findCategorie(name: string, version: SwvVersion): SwvCategorieRij | undefined {
  const n = norm(name);
  return CATEGORIEEN.find(
    (c) => norm(c.categorie) === n || norm(c.element) === n || norm(catElement(c, version)) === n,
  );
}

/**
 * Builds a conformant SWV dossier from a full OSO dossier.
 * @param full - XML or decoded dossier (2019.1 or 2024.1); not modified
 * @param profile - `PO-SWV` or `VO-SWV` (case-insensitive)
 * @param options - `optOut`: optional categories to switch off; `version` for decoded input
 * @returns the dossier and the list of changes; throws `E_USAGE` when an opt-out names an unknown,
 *   mandatory or forbidden category
 */
export function select(full: SwvInput, profile: string, options: SelectOptions = {}): SelectResult {
  const id = parseProfileId(profile);
  const { version, dossier: input } = readSwvInput(full, {
    version: parseVersion(options.version),
  });
  const prof = getProfile(id, version);
  const c = SWV_CONSTANTS[version];
  const dossier = structuredClone(input);
  const doc = { dossier };
  const changes: SelectChange[] = [];

  // Opt-outs: only optional categories (Figuur 4).
  const optOut = new Set<SwvCategorieRij>();
  for (const name of options.optOut ?? []) {
    const cat = findCategorie(name, version);
    if (!cat) {
      throw new EdustandaardError(
        'E_USAGE',
        `Onbekende categorie '${name}'; bekend: ${CATEGORIEEN.map((x) => catElement(x, version)).join(', ')}`,
      );
    }
    if (cat[id] !== 'o') {
      throw new EdustandaardError(
        'E_USAGE',
        `Categorie '${cat.categorie}' is ${cat[id] === 'v' ? 'verplicht' : 'verboden'} in ${id} en kan niet worden uitgezet (alleen optionele categorieën, Figuur 4)`,
      );
    }
    optOut.add(cat);
  }

  const remove = (absPath: string, code: string, reason: string): void => {
    const name = lastStep(absPath);
    for (const par of selectPaths(doc, parentOf(absPath))) {
      const obj = par.value;
      if (!isObject(obj) || !Object.prototype.hasOwnProperty.call(obj, name)) continue;
      const v = obj[name];
      if (Array.isArray(v))
        v.forEach((_, i) =>
          changes.push({ action: 'removed', code, path: `${par.path}/${name}[${i + 1}]`, reason }),
        );
      else changes.push({ action: 'removed', code, path: `${par.path}/${name}`, reason });
      delete obj[name];
    }
  };

  // 1. Categories that are forbidden in the profile or switched off: all their elements go.
  const catPaths = new Map(osoCategorieen(version).map((k) => [k.id, k.paths]));
  for (const cat of CATEGORIEEN) {
    const status = cat[id];
    if (status !== 'x' && !optOut.has(cat)) continue;
    const paths = catPaths.get(catElement(cat, version)) ?? [];
    const reason =
      status === 'x'
        ? `Categorie '${cat.categorie}' is verboden in ${id} (Figuur 4).`
        : `Categorie '${cat.categorie}' is bij selectief uitleveren uitgezet (OPT-UIT).`;
    for (const p of paths) {
      const row = prof.elements.find(
        (e) => e.path === p && e.cardinality === '0' && e.rule !== undefined,
      );
      remove(p, row?.rule ?? 'SWV.F4.categorie', reason);
    }
  }

  // 2. Every element the profile forbids (cardinality 0), under the row's rule.
  const rules = new Map(prof.rules.map((r) => [r.code, r]));
  for (const row of prof.elements) {
    if (row.cardinality !== '0') continue;
    const rule = row.rule !== undefined ? rules.get(row.rule) : undefined;
    remove(
      row.path,
      rule?.code ?? 'PROFILE.CARDINALITY.forbidden',
      rule?.message ?? `Verboden in ${id}.`,
    );
  }

  // 3. Conditional removals (secret addresses).
  for (const cv of CONDITIONELE_VERWIJDERINGEN) {
    const rule = rules.get(cv.rule);
    for (const m of selectPaths(doc, pathFor(cv.context, version))) {
      if (!isObject(m.value) || !isTrue(m.value[cv.wanneerWaar])) continue;
      for (const name of cv.verwijder)
        remove(`${m.path}/${name}`, cv.rule, rule?.message ?? cv.rule);
    }
  }

  // 4. Secret communicatie: the prescribed secret value per soort (PaO.LL08 / PaO.OV04).
  const handled = new Set<unknown>();
  const replaceSecret = (m: PathMatch, code: string): void => {
    const comm = m.value;
    if (!isObject(comm) || handled.has(comm)) return;
    handled.add(comm);
    if (!isTrue(comm.geheim)) return;
    const soort = typeof comm.soort === 'string' ? comm.soort : '';
    const waarde = c.geheimwaarden[soort];
    if (waarde === undefined || comm.nummer === waarde) return;
    comm.nummer = waarde;
    changes.push({
      action: 'replaced',
      code,
      path: `${m.path}/nummer`,
      reason: `Geheime communicatie (${soort}): nummer vervangen door de geheimwaarde "${waarde}".`,
    });
  };
  for (const g of GEHEIME_COMMUNICATIE)
    for (const m of selectPaths(doc, pathFor(g.context, version))) replaceSecret(m, g.rule);
  walk(dossier, '/dossier', (node, path, name) => {
    if (name === GEHEIME_COMMUNICATIE_OVERIG.element)
      replaceSecret({ path, value: node, parent: undefined }, GEHEIME_COMMUNICATIE_OVERIG.rule);
  });

  // 5. Metadata (Tabel 1): overstap, overdrachtsoort, validatieversie, standaardversie.
  for (const inst of METADATA_INSTELLINGEN) {
    const waarde = instellingWaarde(c, inst, id);
    const name = lastStep(inst.path);
    const parent = selectPaths(doc, parentOf(inst.path))[0];
    if (!parent || !isObject(parent.value)) continue;
    const old = parent.value[name];
    if (old === waarde) continue;
    parent.value[name] = waarde;
    changes.push({
      action: old === undefined ? 'set' : 'replaced',
      code: inst.rule,
      path: inst.path,
      reason: `${name} ${old === undefined ? 'toegevoegd' : 'gewijzigd'}: "${waarde}" in een ${id}-dossier ${version}.`,
    });
  }

  // 6. categorie_uitlevering (PaO.MD03, Figuur 4): one value per category.
  const meta = dossier.metadata;
  if (isObject(meta)) {
    const had = isObject(meta.categorie_uitlevering);
    const cu: Obj = had ? (meta.categorie_uitlevering as Obj) : {};
    for (const cat of CATEGORIEEN) {
      const el = catElement(cat, version);
      const status = cat[id];
      const waarde = optOut.has(cat) ? 'OPT-UIT' : CATEGORIE_WAARDEN_PER_STATUS[status][0];
      const old = cu[el];
      if (old === waarde) continue;
      // An optional category the source already marked OPT-UIT stays switched off.
      if (status === 'o' && old === 'OPT-UIT') continue;
      cu[el] = waarde;
      if (had) {
        changes.push({
          action: old === undefined ? 'set' : 'replaced',
          code: 'SWV.F4.categorie',
          path: `${METADATA}/categorie_uitlevering/${el}`,
          reason: `Categorie '${cat.categorie}': ${waarde} in ${id} (Figuur 4${optOut.has(cat) ? ', uitgezet' : ''}).`,
        });
      }
    }
    if (!had) {
      meta.categorie_uitlevering = cu;
      changes.push({
        action: 'set',
        code: 'PaO.MD03',
        path: `${METADATA}/categorie_uitlevering`,
        reason: `Blok categorie_uitlevering toegevoegd met de categorieën van ${id} (Figuur 4).`,
      });
    }
    // Categories the source switched off must carry no data (Figuur 4).
    for (const cat of CATEGORIEEN) {
      if (cat[id] !== 'o' || optOut.has(cat) || cu[catElement(cat, version)] !== 'OPT-UIT')
        continue;
      for (const p of catPaths.get(catElement(cat, version)) ?? []) {
        remove(
          p,
          'SWV.F4.categorie',
          `Categorie '${cat.categorie}' is in het brondossier uitgezet (OPT-UIT).`,
        );
      }
    }
  }

  const report = validate({ dossier }, { profile: id, version, file: 'select' });
  return { dossier, version, profile: id, changes, report };
}

/** Visits every element object of a decoded dossier (depth-first), with its concrete path. */
function walk(
  node: unknown,
  path: string,
  visit: (node: Obj, path: string, name: string) => void,
): void {
  if (!isObject(node)) return;
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith('$') || k.startsWith('@') || k.startsWith('#')) continue;
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        if (isObject(item)) {
          visit(item, `${path}/${k}[${i + 1}]`, k);
          walk(item, `${path}/${k}[${i + 1}]`, visit);
        }
      });
    } else if (isObject(v)) {
      visit(v, `${path}/${k}`, k);
      walk(v, `${path}/${k}`, visit);
    }
  }
}
