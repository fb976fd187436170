/**
 * Gegevensset-level rules of the OSO common validation (ValideerOSOgegevensset.xsl 2019.1, inventoried
 * in business-rules-2019.1.json): OG.01–OG.05 and the categories of selectief uitleveren OS.cat01–OS.cat16.
 * Rule metadata is data (code, severity, message, paths, source, divergence); `check` is the predicate.
 * PaO.* (SWV profiles) live in @edustandaard/oso-swv; OVa/OVb (overstapprofielen) are out of scope.
 */
import type { Severity, SourceRef } from '@edustandaard/core';
import { OSO_RULE_INVENTORY_2019_1 } from './generated/rules-2019.1.js';
import { OSO_ELEMENTS_2019_1 } from './generated/elements-2019.1.js';
import { OSO_ELEMENTS_2024_1 } from './generated/elements-2024.1.js';
import changes2024 from './data/changes-2024.1.json' with { type: 'json' };
import { indexRows, pathOf, scalar, selectLazy, type LazyNode, type RowIndex } from './navigate.js';
import { OSO_VERSION_INFO, type OsoVersion } from './versions.js';

/** A hit of a rule: the concrete path and optional message parameters. */
export interface RuleHit {
  path: string;
  params?: Record<string, unknown>;
}

/** A recorded difference between this implementation and the official 2019.1 validation. */
export interface Divergence {
  summary: string;
  sources: SourceRef[];
}

/** A gegevensset rule (metadata as data, predicate as function). */
export interface OsoRule {
  code: string;
  severity: Severity;
  /** Dutch message exactly as the 2019.1 validation words it (2024.1: Eindtoets → Doorstroomtoets). */
  message: string;
  /** Element paths the rule concerns (element-table paths). */
  paths: string[];
  source: SourceRef;
  divergence?: Divergence;
  /** Returns the hits; empty when the dossier satisfies the rule. */
  check(dossier: unknown, rows: RowIndex): RuleHit[];
}

const XSLT: SourceRef = {
  document: 'ValideerOSOgegevensset.xsl (business-rules-2019.1.json)',
  version: '2019.1',
};
const INVENTORY: SourceRef = { document: 'business-rules-2019.1.json', version: '2019.1' };
const EMAIL_RE =
  /[a-zA-Z0-9!#$%*+=?^_`{|}~.-]+@[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)*$/;
const LWOO_RE = /[0-9][0-9][0-9][0-9]-07-31/;

function rowsNamed(rows: RowIndex, name: string): string[] {
  return [...rows.values()].filter((r) => r.name === name).map((r) => r.path);
}

/** Nodes at the given paths (paths are built only for hits, with {@link pathOf}). */
function each(d: unknown, rows: RowIndex, paths: readonly string[]): LazyNode[] {
  if (paths.length === 1) return selectLazy(d, paths[0]!, rows);
  const out: LazyNode[] = [];
  for (const p of paths) for (const n of selectLazy(d, p, rows)) out.push(n);
  return out;
}

const child = (v: unknown, k: string): unknown =>
  v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)[k]
    : undefined;

function inventory(code: string, index = 0): { melding: string; opmerking?: string } {
  const all = OSO_RULE_INVENTORY_2019_1.filter((r) => r.code === code);
  const r = all[index];
  if (!r) throw new Error(`rule inventory has no ${code}[${index}]`);
  return {
    melding: r.melding ?? r.samenvatting ?? code,
    ...(r.opmerking ? { opmerking: r.opmerking } : {}),
  };
}

/** Rules that do not depend on categories (2019.1 paths; renamed for 2024.1). */
function baseRules(version: OsoVersion, rows: RowIndex): OsoRule[] {
  const std = OSO_VERSION_INFO[version].standaardversie;
  const communicatie = rowsNamed(rows, 'communicatie');
  const lwoo = rowsNamed(rows, 'lwoo_einddatum');
  const emailCheck =
    (test: (nummer: string) => boolean) =>
    (d: unknown, rows: RowIndex): RuleHit[] =>
      each(d, rows, communicatie)
        .filter(
          (c) =>
            child(c.value, 'soort') === 'e-mail' && typeof child(c.value, 'nummer') === 'string',
        )
        .filter((c) => test(child(c.value, 'nummer') as string))
        .map((c) => ({ path: `${pathOf(c)}/nummer` }));
  const og01 = (i: number, test: (s: string) => boolean, extra?: Partial<OsoRule>): OsoRule => ({
    code: 'OG.01',
    severity: 'fout',
    message: inventory('OG.01', i).melding,
    paths: communicatie.map((p) => `${p}/nummer`),
    source: XSLT,
    check: emailCheck(test),
    ...extra,
  });
  return [
    og01(0, (s) => [...s].length < 4),
    og01(1, (s) => [...s].length > 256),
    og01(2, (s) => !s.includes('@')),
    og01(3, (s) => s.includes('@') && !EMAIL_RE.test(s), {
      divergence: {
        summary:
          'Zoals de 2019.1-XSLT: de reguliere expressie is aan het begin niet verankerd, dus alleen een passend achterste deel is vereist.',
        sources: [INVENTORY],
      },
    }),
    {
      code: 'OG.02',
      severity: 'fout',
      message: inventory('OG.02').melding.replace('"2019.1"', `"${std}"`),
      paths: ['/dossier/metadata/standaardversie'],
      source:
        version === '2019.1'
          ? XSLT
          : { document: 'OSO SWV profielen', version: '2024.1', section: 'Documentgeschiedenis' },
      check: (d) => {
        const v = child(child(d, 'metadata'), 'standaardversie');
        return v !== undefined && v !== std
          ? [{ path: '/dossier/metadata/standaardversie', params: { expected: std } }]
          : [];
      },
    },
    {
      code: 'OG.03',
      severity: 'fout',
      message: inventory('OG.03').melding,
      paths: lwoo,
      source: XSLT,
      check: (d, rows) =>
        each(d, rows, lwoo)
          .filter((n) => typeof n.value === 'string' && !LWOO_RE.test(n.value))
          .map((n) => ({ path: pathOf(n) })),
    },
    {
      code: 'OG.04',
      severity: 'fout',
      message: inventory('OG.04', 0).melding,
      paths: ['/dossier/huidigeschool/leerling/verzorger/overlijdensdatum'],
      source: XSLT,
      check: (d, rows) =>
        each(d, rows, ['/dossier/huidigeschool/leerling/verzorger'])
          .filter(
            (v) =>
              child(v.value, 'overlijdensdatum') !== undefined &&
              child(v.value, 'overleden') === undefined,
          )
          .map((v) => ({ path: `${pathOf(v)}/overlijdensdatum` })),
    },
    {
      code: 'OG.04',
      severity: 'fout',
      message: inventory('OG.04', 1).melding,
      paths: ['/dossier/huidigeschool/leerling/verzorger/overlijdensdatum'],
      source: XSLT,
      divergence: {
        summary:
          'Zoals de 2019.1-XSLT: ontbreekt <overleden>, dan worden beide OG.04-meldingen gegeven.',
        sources: [INVENTORY],
      },
      check: (d, rows) =>
        each(d, rows, ['/dossier/huidigeschool/leerling/verzorger'])
          .filter(
            (v) =>
              child(v.value, 'overlijdensdatum') !== undefined &&
              child(v.value, 'overleden') !== true,
          )
          .map((v) => ({ path: `${pathOf(v)}/overlijdensdatum` })),
    },
    ...(['roepnaam', 'geslacht'] as const).map((el, i): OsoRule => ({
      code: 'OG.05',
      severity: 'fout',
      message: inventory('OG.05', i).melding,
      paths: [`/dossier/huidigeschool/leerling/huisarts/${el}`],
      source: XSLT,
      check: (d, rows) =>
        each(d, rows, ['/dossier/huidigeschool/leerling/huisarts'])
          .filter((h) => child(h.value, el) !== undefined)
          .map((h) => ({ path: `${pathOf(h)}/${el}` })),
    })),
    {
      code: 'OG.05',
      severity: 'fout',
      message: inventory('OG.05', 2).melding,
      paths: ['/dossier/huidigeschool/leerling/huisarts/adresgeheim'],
      source: XSLT,
      check: (d, rows) =>
        each(d, rows, ['/dossier/huidigeschool/leerling/huisarts'])
          .filter((h) => child(h.value, 'adresgeheim') === true)
          .map((h) => ({ path: `${pathOf(h)}/adresgeheim` })),
    },
  ];
}

/** Category rules OS.cat01–OS.cat16 from the inventory (one rule per emitted message). */
function categoryRules(
  version: OsoVersion,
  rename: (p: string) => string,
  relabel: (s: string) => string,
): OsoRule[] {
  const out: OsoRule[] = [];
  for (const r of OSO_RULE_INVENTORY_2019_1) {
    const cat = r.categorie;
    if (!cat) continue;
    let divergence: Divergence | undefined;
    let paths = cat.paths;
    if (paths.some((p) => p.endsWith('/toelichting_onderwijsbehoefte'))) {
      paths = paths.map((p) => (p.endsWith('/toelichting_onderwijsbehoefte') ? `${p}n` : p));
      divergence = {
        summary:
          'De 2019.1-XSLT test toelichting_onderwijsbehoefte (zonder n), een element dat niet bestaat, en meldt dit dus nooit; hier wordt het XSD-element toelichting_onderwijsbehoeften gecontroleerd.',
        sources: [INVENTORY, { document: 'OSO_gegevensset_2019.1.xsd', version: '2019.1' }],
      };
    } else if (
      r.opmerking &&
      /never fire|always fires|Always fires|Can never fire/.test(r.opmerking)
    ) {
      divergence = { summary: r.opmerking, sources: [INVENTORY] };
    } else if (r.code === 'OS.cat120') {
      divergence = {
        summary: r.opmerking ?? 'Code zoals in de bron (OS.cat120, vermoedelijk OS.cat12).',
        sources: [INVENTORY],
      };
    }
    const catId = rename(`/dossier/metadata/categorie_uitlevering/${cat.id}`).split('/').pop()!;
    const catPath = `/dossier/metadata/categorie_uitlevering/${catId}`;
    const rp = paths.map(rename);
    out.push({
      code: r.code,
      severity: 'fout',
      message: relabel(r.melding ?? r.samenvatting ?? r.code),
      paths: [catPath, ...rp],
      source: XSLT,
      ...(divergence ? { divergence } : {}),
      check: (d, rows) => {
        const value = scalar(child(child(child(d, 'metadata'), 'categorie_uitlevering'), catId));
        if (value !== cat.waarde) return [];
        const found = each(d, rows, rp);
        if (cat.eis === 'gegevens')
          return found.length === 0
            ? [{ path: catPath, params: { categorie: catId, waarde: value } }]
            : [];
        return found.map((f) => ({ path: pathOf(f), params: { categorie: catId, waarde: value } }));
      },
    });
  }
  // OS.cat03 / OS.cat04: School and Leerling are always mandatory (XSD); the XSLT has no check.
  for (const [code, id, naam, path] of [
    ['OS.cat03', 'cat_school', 'School', '/dossier/huidigeschool'],
    ['OS.cat04', 'cat_leerling', 'Leerling', '/dossier/huidigeschool/leerling'],
  ] as const) {
    const catPath = `/dossier/metadata/categorie_uitlevering/${id}`;
    out.push({
      code,
      severity: 'fout',
      message: `Gegevens van categorie "${naam}" zijn altijd verplicht in het dossier; de categorie kan niet uitgezet of verboden zijn.`,
      paths: [catPath, path],
      source: INVENTORY,
      divergence: {
        summary: `De 2019.1-XSLT controleert ${id} niet (alleen de XSD maakt de gegevens verplicht); hier wordt OPT-UIT of VERBODEN gemeld, omdat de gegevens dan toch aanwezig zijn.`,
        sources: [INVENTORY],
      },
      check: (d) => {
        const v = scalar(child(child(child(d, 'metadata'), 'categorie_uitlevering'), id));
        return v === 'OPT-UIT' || v === 'VERBODEN'
          ? [{ path: catPath, params: { categorie: id, waarde: v } }]
          : [];
      },
    });
  }
  void version;
  return out;
}

/** Path indexes per version. */
export const ROWS: Readonly<Record<OsoVersion, RowIndex>> = {
  '2019.1': indexRows(OSO_ELEMENTS_2019_1),
  '2024.1': indexRows(OSO_ELEMENTS_2024_1),
};

function renamer(version: OsoVersion): (p: string) => string {
  if (version === '2019.1') return (p) => p;
  const renames = changes2024.changes.filter((c) => c.op === 'rename') as Array<{
    path: string;
    to: string;
  }>;
  return (p) => {
    let out = p;
    for (const r of renames) {
      if (out === r.path || out.startsWith(`${r.path}/`))
        out = r.path.slice(0, r.path.lastIndexOf('/') + 1) + r.to + out.slice(r.path.length);
    }
    return out;
  };
}

/**
 * The gegevensset rules of a version (data + predicates).
 * @param version - `2019.1` or `2024.1`
 */
export function osoRules(version: OsoVersion): readonly OsoRule[] {
  const rename = renamer(version);
  const relabel =
    version === '2019.1'
      ? (s: string) => s
      : (s: string) => s.replace(/Eindtoets basisonderwijs|Eindtoets/g, 'Doorstroomtoets');
  return [...baseRules(version, ROWS[version]), ...categoryRules(version, rename, relabel)].map(
    (r) => (version === '2019.1' ? r : { ...r, paths: r.paths.map(rename) }),
  );
}

/** Rules per version (built once; frozen data). */
export const OSO_RULES_2019_1: readonly OsoRule[] = Object.freeze(osoRules('2019.1'));
export const OSO_RULES_2024_1: readonly OsoRule[] = Object.freeze(osoRules('2024.1'));
