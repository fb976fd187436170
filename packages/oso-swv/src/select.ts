/**
 * Selective export (`OSO SWV-profielen` §2.2 "selectief uitleveren", Figuur 4, Tabel 1–2): builds a
 * conformant SWV dossier from a full OSO dossier and lists every removal and replacement with its
 * rule code and reason. A pipeline of named stages, each driven by data only:
 *
 * 1. `allowListCopy` — rebuild the dossier from the gegevensset's element table (unknown content is
 *    dropped and listed, never copied; #17 item 1);
 * 2. `privacyFindings` — a dropped element named like a forbidden personal datum, or a PGN-like
 *    value anywhere, is a `fout`: no dossier unless `force`;
 * 3. `removeCategories` — categories forbidden in the profile (Figuur 4) or switched off;
 * 4. `repairProfile` (core) — the profile's own declarations: rows with cardinality `0` and every
 *    rule whose check kind repairs (forbiddenWhen, secretValue, fixedValue, versionAtLeast), the same
 *    declarations `validate()` evaluates;
 * 5. `setCategorieUitlevering` — one value per category (PaO.MD03, Figuur 4).
 */
import {
  createReport,
  findProfile,
  removeChild,
  repairProfile,
  selectPaths,
  type Finding,
  type Profile,
  type ProfileRule,
  type RepairChange,
  type ValidationReport,
} from '@edustandaard/core';
import { elementTable } from '@edustandaard/oso';
import { allowListCopy, indexTable, type Dropped, type RowMap } from './allow-list.js';
import { osoCategorieen } from './oso-data.js';
import { CATEGORIEEN, CATEGORIE_WAARDEN_PER_STATUS } from './data/categorieen.js';
import {
  AFSPRAKENSET,
  type SwvOptOutCategorie,
  type SwvProfileId,
  type SwvProfileName,
  type SwvVersion,
  type SwvVersionOption,
} from './data/constants.js';
import { METADATA } from './data/paths.js';
import { doc2019, doc2024 } from './data/sources.js';
import type { SwvCategorieRij } from './data/types.js';
import { parseVersion, readSwvInput, type DecodedDossier, type SwvInput } from './input.js';
import { catElement, resolveOptOut } from './opt-out.js';
import { forbiddenNames, scanDropped, scanKept } from './privacy.js';
import { SWV_PROFILES, SWV_RULES } from './profiles.js';
import { validate } from './validate.js';

/** One change `select()` made. */
export interface SelectChange {
  /** `removed` (element dropped), `replaced` (value replaced), `set` (value set or added). */
  action: 'removed' | 'replaced' | 'set';
  /** The rule that requires the change (`PaO.LL10`, `SWV.F4.categorie`, `SWV.SELECT.unknown`, …). */
  code: string;
  /** Path in the input dossier (for `set` of a new element: where it was added). */
  path: string;
  /** Dutch reason. Never contains a removed or replaced value. */
  reason: string;
}

/** Options of {@link select}. */
export interface SelectOptions {
  /**
   * Optional categories to switch off (OPT-UIT, Figuur 4): short or `cat_*` element names (`vve`,
   * `cat_verzuim`); which are optional depends on the profile (checked at run time). Text a person
   * typed goes through {@link parseOptOut} first.
   */
  optOut?: readonly SwvOptOutCategorie[];
  /** Version of a decoded input (default `auto`: from the namespace or `metadata/standaardversie`). */
  version?: SwvVersionOption;
  /**
   * Also leave out what Tabel 2 merely *recommends* leaving out (rows with cardinality 0 whose rule
   * is an `aanbeveling`, e.g. `handelingsplan` in VO-SWV, `banknummer` in 2024.1). Default false:
   * the sender decides (#13).
   */
  ookAanbevolen?: boolean;
  /**
   * Produce the dossier even when the privacy guard found forbidden data outside the schema or a
   * PGN-like value (the `SWV.SELECT.*` findings stay in the report). Default false (#17 item 1).
   */
  force?: boolean;
  /** Profiles to resolve the profile id in (default the four SWV profiles). */
  profiles?: readonly Profile[];
}

/** The result of {@link select}. */
export interface SelectResult {
  /**
   * The SWV dossier (a new object; the input is not modified), or `null` when the privacy guard
   * withheld it (a `SWV.SELECT.*` finding of severity `fout` in `report`, and `force` not set).
   */
  dossier: DecodedDossier | null;
  version: SwvVersion;
  profile: SwvProfileId;
  /** Every removal, replacement and setting, in the order applied. */
  changes: SelectChange[];
  /**
   * Validation of the result, plus the privacy findings. Removal and replacement always succeed;
   * what `select()` cannot repair is missing mandatory data (e.g. no schoolloopbaan or
   * onderwijsondersteuning in the source, which it must not invent): those findings remain here and
   * `report.valid` is false.
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

const TABLES = new Map<SwvVersion, RowMap>();

function tableOf(version: SwvVersion): RowMap {
  let t = TABLES.get(version);
  if (!t) TABLES.set(version, (t = indexTable(elementTable(version))));
  return t;
}

const DROP_REASON: Readonly<Record<Dropped['kind'], string>> = {
  element:
    'Element buiten het schema van de gegevensset (onbekend, verkeerde plaats of vreemde namespace): niet uitgeleverd.',
  attribute: 'Attribuut dat het schema van de gegevensset niet kent: niet uitgeleverd.',
  text: 'Tekst tussen elementen (gemengde inhoud) die het schema niet kent: niet uitgeleverd.',
  other:
    'Inhoud die het schema niet kent (commentaar, verwerkingsinstructie, onbekend lid): niet uitgeleverd.',
};

/** Codes of the allow-list removals (ours). */
const DROP_CODE: Readonly<Record<Dropped['kind'], string>> = {
  element: 'SWV.SELECT.unknownElement',
  attribute: 'SWV.SELECT.unknownAttribute',
  text: 'SWV.SELECT.mixedText',
  other: 'SWV.SELECT.unknownContent',
};

/** Everything the stages share. */
interface Stage {
  doc: { dossier: DecodedDossier };
  id: SwvProfileId;
  version: SwvVersion;
  profile: Profile;
  changes: SelectChange[];
}

/** Removes every occurrence of the element at an absolute (index-free) path, recording each. */
function removeAll(st: Stage, absPath: string, code: string, reason: string): void {
  const name = lastStep(absPath);
  for (const par of selectPaths(st.doc, parentOf(absPath)))
    for (const path of removeChild(par.value, par.path, name))
      st.changes.push({ action: 'removed', code, path, reason });
}

/** Stage 3: categories forbidden in the profile (Figuur 4) or switched off lose all their elements. */
function removeCategories(st: Stage, optOut: ReadonlySet<SwvCategorieRij>): void {
  const catPaths = new Map(osoCategorieen(st.version).map((k) => [k.id, k.paths]));
  for (const cat of CATEGORIEEN) {
    const status = cat[st.id];
    if (status !== 'x' && !optOut.has(cat)) continue;
    const reason =
      status === 'x'
        ? `Categorie '${cat.categorie}' is verboden in ${st.id} (Figuur 4).`
        : `Categorie '${cat.categorie}' is bij selectief uitleveren uitgezet (OPT-UIT).`;
    for (const p of catPaths.get(catElement(cat, st.version)) ?? []) {
      const row = st.profile.elements.find(
        (e) => e.path === p && e.cardinality === '0' && e.rule !== undefined,
      );
      removeAll(st, p, row?.rule ?? 'SWV.F4.categorie', reason);
    }
  }
}

/**
 * OG.02 of the gegevensset: standaardversie is the dossier's version. Declared here as a check of
 * the rule vocabulary until the gegevensset's own profile (OSO-BASE) carries it.
 */
function og02(version: SwvVersion): ProfileRule {
  return {
    code: 'OG.02',
    severity: 'fout',
    message: `De standaardversie is "${version}".`,
    paths: [`${METADATA}/standaardversie`],
    source: { document: 'ValideerOSOgegevensset.xsl (business-rules-2019.1.json)', version },
    check: { kind: 'fixedValue', path: `${METADATA}/standaardversie`, value: version },
  };
}

/** Stage 4: the profile's declarations (rows with cardinality 0, repairable rule checks). */
function repairDeclarations(st: Stage, ookAanbevolen: boolean): void {
  const filter = (r: ProfileRule): boolean => ookAanbevolen || r.severity !== 'aanbeveling';
  const record = (c: RepairChange): void => {
    st.changes.push(c);
  };
  repairProfile(st.profile, st.doc, { version: st.version, filter }).forEach(record);
  const base: Profile = { ...st.profile, elements: [], rules: [og02(st.version)] };
  repairProfile(base, st.doc, { version: st.version }).forEach(record);
}

/** Stage 5: `categorie_uitlevering` (PaO.MD03, Figuur 4): one value per category. */
function setCategorieUitlevering(st: Stage, optOut: ReadonlySet<SwvCategorieRij>): void {
  const meta = st.doc.dossier.metadata;
  if (!isObject(meta)) return;
  const { id, version } = st;
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
      st.changes.push({
        action: old === undefined ? 'set' : 'replaced',
        code: 'SWV.F4.categorie',
        path: `${METADATA}/categorie_uitlevering/${el}`,
        reason: `Categorie '${cat.categorie}': ${waarde} in ${id} (Figuur 4${optOut.has(cat) ? ', uitgezet' : ''}).`,
      });
    }
  }
  if (!had) {
    meta.categorie_uitlevering = cu;
    st.changes.push({
      action: 'set',
      code: 'PaO.MD03',
      path: `${METADATA}/categorie_uitlevering`,
      reason: `Blok categorie_uitlevering toegevoegd met de categorieën van ${id} (Figuur 4).`,
    });
  }
  // Categories the source switched off must carry no data (Figuur 4).
  const catPaths = new Map(osoCategorieen(version).map((k) => [k.id, k.paths]));
  for (const cat of CATEGORIEEN) {
    if (cat[id] !== 'o' || optOut.has(cat) || cu[catElement(cat, version)] !== 'OPT-UIT') continue;
    for (const p of catPaths.get(catElement(cat, version)) ?? [])
      removeAll(
        st,
        p,
        'SWV.F4.categorie',
        `Categorie '${cat.categorie}' is in het brondossier uitgezet (OPT-UIT).`,
      );
  }
}

/**
 * Builds a conformant SWV dossier from a full OSO dossier.
 * @param full - XML or decoded dossier (2019.1 or 2024.1); not modified
 * @param profile - `PO-SWV` or `VO-SWV` (or lower case); text a person typed goes through
 *   {@link parseProfileId} first (an unknown id throws `E_PROFILE_UNKNOWN` here too)
 * @param options - `optOut`: optional categories to switch off; `version` for decoded input;
 *   `ookAanbevolen`: also leave out what Tabel 2 recommends leaving out; `force`: produce the
 *   dossier despite privacy findings; `profiles`: the profiles to resolve `profile` in
 * @returns the dossier (or `null` when withheld), the list of changes and the report; throws
 *   `E_USAGE` when an opt-out names an unknown, mandatory or forbidden category
 */
export function select(
  full: SwvInput,
  profile: SwvProfileName,
  options: SelectOptions = {},
): SelectResult {
  const profiles = options.profiles ?? SWV_PROFILES;
  findProfile(profiles, profile); // an unknown id fails before the input is read
  const { version, dossier: input } = readSwvInput(full, {
    version: parseVersion(options.version),
  });
  const prof = findProfile(profiles, profile, version);
  const id = prof.id as SwvProfileId;
  const optOut = resolveOptOut(options.optOut ?? [], id, version);

  // 1. Allow-list copy: nothing the gegevensset does not declare survives (#17 item 1).
  const { dossier, dropped } = allowListCopy(input, tableOf(version));
  const changes: SelectChange[] = dropped.map((d) => ({
    action: 'removed',
    code: DROP_CODE[d.kind],
    path: d.path,
    reason: DROP_REASON[d.kind],
  }));
  const st: Stage = { doc: { dossier }, id, version, profile: prof, changes };

  removeCategories(st, optOut);
  repairDeclarations(st, options.ookAanbevolen === true);
  setCategorieUitlevering(st, optOut);

  // 2. Privacy guard over what was dropped and what is kept.
  const source = (version === '2024.1' ? doc2024 : doc2019)('§2.5');
  const privacy: Finding[] = [
    ...scanDropped(dropped, forbiddenNames(SWV_RULES[version]), source),
    ...scanKept(dossier, '/dossier', source),
  ];
  const checked = validate({ dossier }, { profile: id, version, file: 'select', profiles });
  const report = createReport({
    file: checked.file,
    afsprakenset: AFSPRAKENSET,
    version,
    profile: id,
    pathType: 'xml',
    issues: [...privacy, ...checked.issues],
  });
  const withheld = privacy.length > 0 && options.force !== true;
  return { dossier: withheld ? null : dossier, version, profile: id, changes, report };
}
