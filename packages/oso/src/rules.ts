/**
 * The gegevensset's own checks as a core profile (`OSO-BASE`, one per version; #10 item 1): the code
 * lists (OSO.CODELIJST.n) and the rules of the OSO common validation (ValideerOSOgegevensset.xsl
 * 2019.1, inventoried in business-rules-2019.1.json): OG.01–OG.05 and the categories of selectief
 * uitleveren OS.cat01–OS.cat16. Every rule is data: code, severity, message, paths, source,
 * divergence, and a `check` of core's rule vocabulary, evaluated by the same engine as the SWV
 * profiles. PaO.* (SWV profiles) live in @edustandaard/oso-swv; OVa/OVb (overstapprofielen) are out of scope.
 */
import type { Divergence, Profile, ProfileRule, SourceRef } from '@edustandaard/core';
import { OSO_RULE_INVENTORY_2019_1 } from './generated/rules-2019.1.js';
import { OSO_ELEMENTS_2019_1 } from './generated/elements-2019.1.js';
import { OSO_ELEMENTS_2024_1 } from './generated/elements-2024.1.js';
import { codelijsten } from './codelijsten.js';
import { indexRows, type RowIndex } from './navigate.js';
import { renamePath } from './changes.js';
import { OSO_VERSION_INFO, type OsoVersion } from './versions.js';

/** A gegevensset rule: a core profile rule (metadata and check, all data). */
export type OsoRule = ProfileRule;
export type { Divergence };

const XSLT: SourceRef = {
  document: 'ValideerOSOgegevensset.xsl (business-rules-2019.1.json)',
  version: '2019.1',
};
const INVENTORY: SourceRef = { document: 'business-rules-2019.1.json', version: '2019.1' };
/** The e-mail expression of the 2019.1 XSLT (not anchored at the start, as there). */
const EMAIL_RE =
  '[a-zA-Z0-9!#$%*+=?^_`{|}~.-]+@[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)*$';
const LWOO_RE = '[0-9][0-9][0-9][0-9]-07-31';

function rowsNamed(rows: RowIndex, name: string): string[] {
  return [...rows.values()].filter((r) => r.name === name).map((r) => r.path);
}

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
  const VERZORGER = '/dossier/huidigeschool/leerling/verzorger';
  const HUISARTS = '/dossier/huidigeschool/leerling/huisarts';
  // OG.01: the e-mail address of every communicatie with soort "e-mail" (four messages).
  const og01 = (
    i: number,
    constraint: { minLength?: number; maxLength?: number; contains?: string; pattern?: string },
    extra?: Partial<OsoRule>,
  ): OsoRule => ({
    code: 'OG.01',
    severity: 'fout',
    message: inventory('OG.01', i).melding,
    paths: communicatie.map((p) => `${p}/nummer`),
    source: XSLT,
    check: {
      kind: 'valueConstraint',
      context: communicatie,
      when: { path: 'soort', in: ['e-mail'] },
      target: 'nummer',
      ...constraint,
    },
    ...extra,
  });
  return [
    og01(0, { minLength: 4 }),
    og01(1, { maxLength: 256 }),
    og01(2, { contains: '@' }),
    // "contains @ and does not match": must match either "no @ at all" (message 2's case) or the expression.
    og01(
      3,
      { pattern: `^[^@]*$|${EMAIL_RE}` },
      {
        divergence: {
          summary:
            'Zoals de 2019.1-XSLT: de reguliere expressie is aan het begin niet verankerd, dus alleen een passend achterste deel is vereist.',
          sources: [INVENTORY],
        },
      },
    ),
    {
      code: 'OG.02',
      severity: 'fout',
      message: inventory('OG.02').melding.replace('"2019.1"', `"${std}"`),
      paths: ['/dossier/metadata/standaardversie'],
      source:
        version === '2019.1'
          ? XSLT
          : { document: 'OSO SWV profielen', version: '2024.1', section: 'Documentgeschiedenis' },
      check: { kind: 'fixedValue', path: '/dossier/metadata/standaardversie', value: std },
    },
    {
      code: 'OG.03',
      severity: 'fout',
      message: inventory('OG.03').melding,
      paths: lwoo,
      source: XSLT,
      check: { kind: 'valueConstraint', context: lwoo, target: '.', pattern: LWOO_RE },
    },
    {
      code: 'OG.04',
      severity: 'fout',
      message: inventory('OG.04', 0).melding,
      paths: [`${VERZORGER}/overlijdensdatum`],
      source: XSLT,
      check: {
        kind: 'forbiddenWhen',
        context: VERZORGER,
        when: { path: 'overleden', is: 'absent' },
        forbidden: ['overlijdensdatum'],
      },
    },
    {
      code: 'OG.04',
      severity: 'fout',
      message: inventory('OG.04', 1).melding,
      paths: [`${VERZORGER}/overlijdensdatum`],
      source: XSLT,
      divergence: {
        summary:
          'Zoals de 2019.1-XSLT: ontbreekt <overleden>, dan worden beide OG.04-meldingen gegeven.',
        sources: [INVENTORY],
      },
      check: {
        kind: 'forbiddenWhen',
        context: VERZORGER,
        when: { path: 'overleden', is: 'notTrue' },
        forbidden: ['overlijdensdatum'],
      },
    },
    ...(['roepnaam', 'geslacht'] as const).map((el, i): OsoRule => ({
      code: 'OG.05',
      severity: 'fout',
      message: inventory('OG.05', i).melding,
      paths: [`${HUISARTS}/${el}`],
      source: XSLT,
      check: { kind: 'forbiddenWhen', context: HUISARTS, forbidden: [el] },
    })),
    {
      code: 'OG.05',
      severity: 'fout',
      message: inventory('OG.05', 2).melding,
      paths: [`${HUISARTS}/adresgeheim`],
      source: XSLT,
      check: {
        kind: 'forbiddenWhen',
        context: HUISARTS,
        when: { path: 'adresgeheim', is: 'true' },
        forbidden: ['adresgeheim'],
      },
    },
  ];
}

function relativeToDossier(path: string): string {
  return path.slice('/dossier/'.length);
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
      check:
        cat.eis === 'gegevens'
          ? {
              kind: 'requiredWhen',
              context: '/dossier',
              when: { path: catPath, in: [cat.waarde] },
              requires: rp.map(relativeToDossier),
              at: relativeToDossier(catPath),
            }
          : {
              kind: 'forbiddenWhen',
              context: '/dossier',
              when: { path: catPath, in: [cat.waarde] },
              forbidden: rp.map(relativeToDossier),
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
      check: {
        kind: 'valueConstraint',
        context: catPath,
        target: '.',
        notIn: ['OPT-UIT', 'VERBODEN'],
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
  return (p) => renamePath(p, '2019.1', version);
}

/**
 * The code lists as rules (`OSO.CODELIJST.n`): the value comes from the list, compared as text
 * (core's `codelist` kind; the official 2019.1 validation compares text, #10 item 7b).
 */
function codelistRules(version: OsoVersion): OsoRule[] {
  const out: OsoRule[] = [];
  for (const cl of codelijsten(version)) {
    if (!cl.actief || cl.id === null) continue;
    const name = `codelijst ${cl.nummer} (${cl.naam})`;
    out.push({
      code: cl.id,
      severity: 'fout',
      message: `De waarde van '{element}' komt niet voor in ${name}.`,
      paths: cl.paths,
      source: {
        document: 'OSO codelijsten (codelijsten.json)',
        version: '2019.1',
        section: `Codelijst ${cl.nummer}`,
      },
      check: { kind: 'codelist', targets: cl.paths, name, codes: cl.codes.map((c) => c.code) },
    });
  }
  return out;
}

/**
 * The gegevensset rules of a version (OG.*, OS.cat*; the code lists are in {@link osoBaseProfile}).
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

/**
 * The gegevensset's own checks as one core profile (`OSO-BASE`): the code lists first, then the
 * OG.* and OS.cat* rules, in the order the base validation reports them. No element rows: the
 * structure (XSD) is checked by the reader and `validateStructure`.
 * @param version - `2019.1` or `2024.1`
 */
export function osoBaseProfile(version: OsoVersion): Profile {
  return {
    id: 'OSO-BASE',
    naam: `OSO gegevensset ${version}: codelijsten en gegevenssetregels`,
    afsprakenset: 'OSO',
    version,
    base: { id: 'OSO', version },
    elements: [],
    rules: [...codelistRules(version), ...osoRules(version)],
    source: XSLT,
  };
}

/** OSO-BASE per version (for core's `findProfile` and `evaluateProfile`). */
export const OSO_BASE_PROFILES: readonly Profile[] = Object.freeze([
  osoBaseProfile('2019.1'),
  osoBaseProfile('2024.1'),
]);
