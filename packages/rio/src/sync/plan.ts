/**
 * Matches the RIO side and the SIS side into a synchronisation plan (guide §4 "match de gegevens uit SIS
 * en RIO"; §4.1 "Let op"; §5.1 unlink; §5.4; §5.5 cohorten). Pure: no I/O, never writes to RIO.
 */
import type { Finding, Severity, SourceRef } from '@edustandaard/core';
import { isEduDexKey } from '../ids.js';
import { PLAN_CATEGORIEEN, PLAN_REGELS, type PlanActie, type PlanCategorie } from './categories.js';
import type { RioCohort, RioItem, RioSide } from './rio-side.js';
import type { SisItem } from './sis-side.js';

/** Evidence for a candidate match. */
export interface MatchEvidence {
  sisSleutel: string;
  sisNaam: string;
  sisCode: string;
  /** 0..1, the weighted sum below. */
  score: number;
  /** RIO opleidingscode equals the SIS code (weight 0.5). */
  code: boolean;
  /** Token similarity of the names, 0..1 (weight 0.4). */
  naam: number;
  /** Same begindatum (weight 0.1). */
  datum: boolean;
}

export type SleutelVeld =
  'eigenOpleidingseenheidSleutel' | 'eigenAangebodenOpleidingSleutel' | 'cohortcode';

/** One line of the plan; a link/unlink job runs from `actie`, `rioCode`, `sleutelveld`, `sisSleutel`, `ooapiType`. */
export interface PlanItem {
  categorie: PlanCategorie;
  actie: PlanActie;
  entiteit: 'opleidingseenheid' | 'aangebodenOpleiding' | 'cohort';
  sector: 'NFO' | 'HO' | '';
  /** opleidingseenheidcode or aangebodenOpleidingCode (for a cohort: that of its aangeboden opleiding). */
  rioCode: string;
  /** For a cohort entry: the RIO cohortcode. */
  rioCohortcode?: string;
  sleutelveld?: SleutelVeld;
  /** The SIS key that goes on (or comes off) the RIO entity. */
  sisSleutel?: string;
  /** The eigen sleutel RIO carries now. */
  rioSleutel?: string;
  ooapiType?: SisItem['ooapiType'];
  naam: string;
  /** The rule of {@link PLAN_REGELS} that decided the category (`cohort` lines: the rule of their offering). */
  regel?: string;
  reden: string;
  bewijs?: MatchEvidence[];
  /** For `cohortverschil`: the RIO cohortcodes absent from the SIS. */
  cohorten?: string[];
}

/** Number of plan items per category (every category present, 0 when none). */
export type PlanSamenvatting = { [K in PlanCategorie]: number };

/** Structured parameters of a finding (what its message was rendered from). */
export interface FindingParams {
  [name: string]: unknown;
}

/**
 * One finding of the plan: core's finding shape (`code`, `severity`, `path`, `message`, `source`,
 * `params`) under a name of rio's own, so the plan's JSON Schema has named definitions a non-TS tool
 * (quicktype, javac) can map (#15).
 */
export interface PlanFinding {
  /** Stable id, e.g. `RIO.SYNC.OMVANG`. */
  code: string;
  severity: Severity;
  /** Where: `/<export>`, `/bronnen` or `/sis`. */
  path: string;
  /** Dutch text. */
  message: string;
  source?: SourceRef;
  params?: FindingParams;
}

/** One input the plan was made from: enough to check it against DUO's dataset page afterwards. */
export interface PlanBron {
  /** DUO's dataset name. */
  export: string;
  file: string;
  /** @TJS-type integer */
  bytes: number;
  /**
   * Data records in the file.
   * @TJS-type integer
   */
  rows: number;
  /**
   * Records of this bestuur.
   * @TJS-type integer
   */
  matched: number;
  /** sha256 of the file (hex). */
  sha256: string;
  /** False when the last record had no line break (accepted: it was complete). */
  finalNewline: boolean;
  separator: string;
  encoding: string;
  /** Headers read whose name is an assumption (no public DUO description). */
  aannames: string[];
  /** Optional columns the file does not have. */
  ontbrekend: string[];
}

/** The plan a link/unlink job runs from. */
export interface SyncPlan {
  bestuur: string;
  peildatum: string;
  samenvatting: PlanSamenvatting;
  items: PlanItem[];
  findings: PlanFinding[];
  /** Every input as read, so the plan can be checked against DUO's dataset page afterwards (issue #17 item 5). */
  bronnen: PlanBron[];
}

export interface PlanOptions {
  /** YYYY-MM-DD at which "ended" is judged. */
  peildatum: string;
  /** RIO codes kept under manual management. */
  handmatig?: readonly string[];
  /** Minimum candidate score (default 0.4). */
  drempel?: number;
}

const ACTIE = new Map(PLAN_CATEGORIEEN.map((c) => [c.categorie, c.actie]));

/** What a classifier sees of one RIO item. */
interface Ctx {
  r: RioItem;
  veld: SleutelVeld;
  /** SIS items that carry this RIO code. */
  claimants: SisItem[];
  /** The SIS item whose key RIO carries (`undefined` when RIO carries none, the DUO default, or an unknown one). */
  owner: SisItem | undefined;
  /** RIO carries a key of its own (not empty, not equal to the RIO code). */
  linked: boolean;
  eduDex: boolean;
  handmatig: ReadonlySet<string>;
  peildatum: string;
  superseded: ReadonlySet<string>;
  rioBySleutel: ReadonlyMap<string, RioItem[]>;
  candidates: () => MatchEvidence[];
}
/** One plan line a classifier produces (the base fields are added by the caller). */
type Out = {
  categorie: PlanCategorie;
  reden: string;
  extra?: Partial<PlanItem>;
  linkedTo?: SisItem;
};
/** A classifier: `undefined` when its condition does not hold. */
type Classifier = (c: Ctx) => Out[] | undefined;

const link = (s: SisItem, veld: SleutelVeld): Partial<PlanItem> => ({
  sleutelveld: veld,
  sisSleutel: s.sleutel,
  ooapiType: s.ooapiType,
});

/** The test of each rule of {@link PLAN_REGELS}, by id. */
export const PLAN_CLASSIFIERS: Readonly<Record<string, Classifier>> = {
  'edu-dex-geclaimd': (c) => {
    if (!c.eduDex) return undefined;
    const claim = c.claimants[0] ?? c.owner;
    return claim
      ? [
          {
            categorie: 'edu-dex-conflict',
            reden: `EDU-DEX-beheerd, maar SIS-item ${claim.sleutel} claimt deze entiteit: dubbel beheer voorkomen.`,
            extra: { sisSleutel: claim.sleutel, ooapiType: claim.ooapiType },
          },
        ]
      : undefined;
  },
  'edu-dex': (c) =>
    c.eduDex ? [{ categorie: 'edu-dex', reden: 'EDU-DEX-beheerd: niet koppelen.' }] : undefined,
  handmatig: (c) =>
    c.handmatig.has(c.r.code)
      ? [
          {
            categorie: 'handmatig',
            reden: 'Blijft handmatig beheerd (override-bestand): overslaan.',
          },
        ]
      : undefined,
  beeindigd: (c) =>
    c.r.einddatum && c.r.einddatum < c.peildatum
      ? [{ categorie: 'verouderd', reden: `Beëindigd op ${c.r.einddatum}.` }]
      : undefined,
  opgevolgd: (c) =>
    c.superseded.has(c.r.code)
      ? [
          {
            categorie: 'verouderd',
            reden: 'Opgevolgd door een recentere versie met dezelfde opleidingscode.',
          },
        ]
      : undefined,
  'sleutel-dubbel-in-rio': (c) =>
    c.linked && (c.rioBySleutel.get(c.r.eigenSleutel)?.length ?? 0) > 1
      ? [
          {
            categorie: 'conflict',
            reden: `Eigen sleutel ${c.r.eigenSleutel} staat op meer dan één RIO-entiteit.`,
          },
        ]
      : undefined,
  'meerdere-claims': (c) =>
    c.claimants.length > 1
      ? [
          {
            categorie: 'conflict',
            reden: `Meerdere SIS-items claimen deze RIO-code: ${c.claimants.map((x) => x.sleutel).join(', ')}.`,
          },
        ]
      : undefined,
  'al-gekoppeld': (c) =>
    c.owner && (!c.owner.rioCode || c.owner.rioCode === c.r.code)
      ? [
          {
            categorie: 'al-gekoppeld',
            reden: 'Draagt al de eigen sleutel uit het SIS.',
            extra: link(c.owner, c.veld),
            linkedTo: c.owner,
          },
        ]
      : undefined,
  'sleutel-hoort-elders': (c) => {
    const claimant = c.claimants[0];
    if (!c.linked || (!c.owner && !claimant)) return undefined;
    const out: Out[] = [
      {
        categorie: 'ontkoppelen',
        reden: c.owner
          ? `Eigen sleutel ${c.r.eigenSleutel} hoort volgens het SIS bij ${c.owner.rioCode}.`
          : `Eigen sleutel ${c.r.eigenSleutel} is onbekend in het SIS, dat deze entiteit aan ${claimant!.sleutel} toekent.`,
        extra: {
          sleutelveld: c.veld,
          sisSleutel: c.r.eigenSleutel,
          ...(c.owner ? { ooapiType: c.owner.ooapiType } : {}),
        },
      },
    ];
    if (claimant)
      out.push({
        categorie: 'koppelen',
        reden: `Het SIS-item ${claimant.sleutel} draagt deze RIO-code.`,
        extra: link(claimant, c.veld),
        linkedTo: claimant,
      });
    return out;
  },
  'sis-kent-riocode': (c) => {
    const claimant = c.claimants[0];
    return claimant
      ? [
          {
            categorie: 'koppelen',
            reden: `Het SIS-item ${claimant.sleutel} draagt deze RIO-code.`,
            extra: link(claimant, c.veld),
            linkedTo: claimant,
          },
        ]
      : undefined;
  },
  gelijkenis: (c) => {
    const bewijs = c.candidates();
    return bewijs.length
      ? [
          {
            categorie: 'kandidaat',
            reden: 'Mogelijke overeenkomst in het SIS; bevestigen en koppelen.',
            extra: { sleutelveld: c.veld, sisSleutel: bewijs[0]!.sisSleutel, bewijs },
          },
        ]
      : undefined;
  },
  'niet-in-sis': (c) => [
    {
      categorie: 'ontbreekt-in-sis',
      reden: c.linked
        ? `Gekoppeld aan eigen sleutel ${c.r.eigenSleutel}, die het SIS niet kent: in het SIS aanmaken.`
        : 'Staat in RIO maar niet in het SIS: eerst in het SIS aanmaken (handreiking §5.4).',
    },
  ],
};

/**
 * Builds the plan for one bestuur: every RIO item goes through {@link PLAN_REGELS} in order.
 * @param bestuur - onderwijsbestuurcode
 * @param rio - the RIO side ({@link readRioSide})
 * @param sis - the SIS side ({@link readSisSide})
 * @param options - peildatum, manual-only codes, candidate threshold
 */
export function buildPlan(
  bestuur: string,
  rio: RioSide,
  sis: readonly SisItem[],
  options: PlanOptions,
): SyncPlan {
  const items: PlanItem[] = [];
  const findings: Finding[] = [...rio.findings];
  const handmatig = new Set(options.handmatig ?? []);
  const drempel = options.drempel ?? 0.4;
  const tok = tokenMemo();
  for (const entiteit of ['opleidingseenheid', 'aangebodenOpleiding'] as const) {
    const rioItems = rio.items
      .filter((i) => i.entiteit === entiteit && i.code !== '')
      .sort((a, b) => cmp(a.code, b.code));
    const sisItems = sis.filter((i) => i.entiteit === entiteit);
    const veld: SleutelVeld =
      entiteit === 'opleidingseenheid'
        ? 'eigenOpleidingseenheidSleutel'
        : 'eigenAangebodenOpleidingSleutel';
    const sisByKey = new Map(sisItems.map((s) => [s.sleutel, s]));
    const sisByRioCode = groupBy(
      sisItems.filter((s) => s.rioCode),
      (s) => s.rioCode,
    );
    // A key equal to the RIO code is DUO's default, not a link to the SIS (issue #12).
    const ownKey = (r: RioItem) =>
      r.eigenSleutel && r.eigenSleutel !== r.code ? r.eigenSleutel : '';
    const rioBySleutel = groupBy(rioItems.filter(ownKey), ownKey);
    const linkedKeys = new Set(rioItems.map((r) => r.eigenSleutel).filter(Boolean));
    const superseded =
      entiteit === 'opleidingseenheid' ? supersededCodes(rioItems) : new Set<string>();
    const pool = sisItems.filter((s) => !s.rioCode && !linkedKeys.has(s.sleutel));

    for (const r of rioItems) {
      const eduDex =
        entiteit === 'opleidingseenheid'
          ? isEduDexKey(r.eigenSleutel, 'ED0B')
          : isEduDexKey(r.code, 'ED0C');
      const ctx: Ctx = {
        r,
        veld,
        claimants: sisByRioCode.get(r.code) ?? [],
        owner: r.eigenSleutel ? sisByKey.get(r.eigenSleutel) : undefined,
        linked: ownKey(r) !== '',
        eduDex,
        handmatig,
        peildatum: options.peildatum,
        superseded,
        rioBySleutel,
        candidates: () =>
          pool
            .map((s) => evidence(r, s, tok))
            .filter((e) => e.score >= drempel || e.naam === 1)
            .sort((a, b) => b.score - a.score || cmp(a.sisSleutel, b.sisSleutel))
            .slice(0, 3),
      };
      const base = {
        entiteit,
        sector: r.sector,
        rioCode: r.code,
        naam: r.naam,
        ...(r.eigenSleutel ? { rioSleutel: r.eigenSleutel } : {}),
      };
      for (const regel of PLAN_REGELS) {
        const out = PLAN_CLASSIFIERS[regel.id]!(ctx);
        if (!out) continue;
        let linkedTo: SisItem | undefined;
        for (const o of out) {
          items.push({
            categorie: o.categorie,
            actie: ACTIE.get(o.categorie)!,
            ...base,
            regel: regel.id,
            reden: o.reden,
            ...o.extra,
          });
          linkedTo = o.linkedTo ?? linkedTo;
        }
        if (linkedTo && entiteit === 'aangebodenOpleiding')
          cohortItems(r, rio.cohorten.get(r.code) ?? [], linkedTo, items);
        break;
      }
    }
  }
  items.sort(
    (a, b) =>
      cmp(a.entiteit, b.entiteit) ||
      cmp(a.rioCode, b.rioCode) ||
      cmp(a.rioCohortcode ?? '', b.rioCohortcode ?? '') ||
      cmp(a.categorie, b.categorie),
  );
  const samenvatting = Object.fromEntries(
    PLAN_CATEGORIEEN.map((c) => [c.categorie, 0]),
  ) as PlanSamenvatting;
  for (const i of items) samenvatting[i.categorie]++;
  return {
    bestuur,
    peildatum: options.peildatum,
    samenvatting,
    items,
    findings,
    bronnen: rio.bronnen.map((b) => ({
      export: b.export,
      file: b.file,
      bytes: b.bytes,
      rows: b.rows,
      matched: b.matched,
      sha256: b.sha256,
      finalNewline: b.finalNewline,
      separator: b.separator,
      encoding: b.encoding,
      aannames: b.aannames,
      ontbrekend: b.ontbrekend,
    })),
  };
}

/** Cohort links and cohort differences for one offering (guide §5.5: delivery overwrites all RIO cohorts). */
function cohortItems(
  r: RioItem,
  rioCohorts: readonly RioCohort[],
  sis: SisItem,
  out: PlanItem[],
): void {
  const sisCodes = new Set(sis.cohorten.map((c) => c.cohortcode));
  const rioCodes = new Set(rioCohorts.map((c) => c.cohortcode));
  const missing: string[] = [];
  const used = new Set<string>();
  for (const c of [...rioCohorts].sort((a, b) => cmp(a.cohortcode, b.cohortcode))) {
    if (sisCodes.has(c.cohortcode)) continue;
    const start = c.instroommoment || c.beginAanmeldperiode;
    const same = sis.cohorten.find(
      (s) =>
        s.begindatum &&
        s.begindatum === start &&
        !rioCodes.has(s.cohortcode) &&
        !used.has(s.cohortcode),
    );
    if (same) {
      used.add(same.cohortcode);
      out.push({
        categorie: 'koppelen',
        actie: 'link',
        entiteit: 'cohort',
        sector: r.sector,
        rioCode: r.code,
        rioCohortcode: c.cohortcode,
        sleutelveld: 'cohortcode',
        sisSleutel: same.cohortcode,
        ooapiType: sis.ooapiType,
        naam: r.naam,
        reden: `SIS-aanbod ${same.offeringId} start op ${start}: neem cohortcode ${c.cohortcode} uit RIO over in het SIS (handreiking §5.5).`,
      });
    } else missing.push(c.cohortcode);
  }
  if (missing.length)
    out.push({
      categorie: 'cohortverschil',
      actie: 'beoordelen',
      entiteit: 'aangebodenOpleiding',
      sector: r.sector,
      rioCode: r.code,
      sisSleutel: sis.sleutel,
      ooapiType: sis.ooapiType,
      naam: r.naam,
      cohorten: missing,
      reden: `${missing.length} RIO-cohort(en) ontbreken in het SIS en worden bij de eerste levering overschreven.`,
    });
}

/**
 * Opleidingseenheden that a later one of the same sector and erkende opleidingscode supersedes (guide
 * §4.1 "Let op" 3: only the most recent). Two that began on the same day are both kept (parallel, not
 * successive).
 */
function supersededCodes(items: readonly RioItem[]): Set<string> {
  const out = new Set<string>();
  const byCode = groupBy(
    items.filter((i) => i.opleidingscode),
    (i) => `${i.sector}:${i.opleidingscode}`,
  );
  for (const group of byCode.values()) {
    if (group.length < 2) continue;
    const newest = group
      .map((g) => g.begindatum)
      .sort()
      .pop()!;
    for (const g of group) if (g.begindatum < newest) out.add(g.code);
  }
  return out;
}

function evidence(r: RioItem, s: SisItem, tok: (s: string) => ReadonlySet<string>): MatchEvidence {
  const code =
    !!r.opleidingscode && !!s.code && r.opleidingscode.toUpperCase() === s.code.toUpperCase();
  const naam = jaccard(tok(r.naam), tok(s.naam));
  const datum = !!r.begindatum && r.begindatum === s.begindatum;
  const score = Math.round(((code ? 0.5 : 0) + 0.4 * naam + (datum ? 0.1 : 0)) * 1000) / 1000;
  return {
    sisSleutel: s.sleutel,
    sisNaam: s.naam,
    sisCode: s.code,
    score,
    code,
    naam: Math.round(naam * 1000) / 1000,
    datum,
  };
}

/**
 * Jaccard similarity of the name tokens (lower case, diacritics removed).
 * @param a - first name
 * @param b - second name
 */
export function similarity(a: string, b: string): number {
  return jaccard(tokens(a), tokens(b));
}

function jaccard(ta: ReadonlySet<string>, tb: ReadonlySet<string>): number {
  if (!ta.size || !tb.size) return 0;
  let inter = 0;
  for (const t of ta) if (tb.has(t)) inter++;
  return inter / (ta.size + tb.size - inter);
}

/**
 * {@link tokens}, remembered per name for one plan: every RIO item is compared with every unlinked SIS
 * item, so each name would otherwise be normalised and split thousands of times.
 */
function tokenMemo(): (s: string) => ReadonlySet<string> {
  const memo = new Map<string, ReadonlySet<string>>();
  return (s) => {
    let t = memo.get(s);
    if (!t) memo.set(s, (t = tokens(s)));
    return t;
  };
}

function tokens(s: string): Set<string> {
  return new Set(
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
}

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const l = m.get(k);
    if (l) l.push(x);
    else m.set(k, [x]);
  }
  return m;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
