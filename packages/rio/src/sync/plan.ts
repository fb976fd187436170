/**
 * Matches the RIO side and the SIS side into a synchronisation plan (guide §4 "match de gegevens uit SIS
 * en RIO"; §4.1 "Let op"; §5.1 unlink; §5.4; §5.5 cohorten). Pure: no I/O, never writes to RIO.
 */
import type { Finding } from '@edustandaard/core';
import { isEduDexKey } from '../ids.js';
import { PLAN_CATEGORIEEN, type PlanActie, type PlanCategorie } from './categories.js';
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
  reden: string;
  bewijs?: MatchEvidence[];
  /** For `cohortverschil`: the RIO cohortcodes absent from the SIS. */
  cohorten?: string[];
}

/** The plan a link/unlink job runs from. */
export interface SyncPlan {
  bestuur: string;
  peildatum: string;
  samenvatting: Record<PlanCategorie, number>;
  items: PlanItem[];
  findings: Finding[];
  bronnen: {
    file: string;
    bytes: number;
    rows: number;
    matched: number;
    separator: string;
    encoding: string;
  }[];
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

/**
 * Builds the plan for one bestuur.
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
  const handmatig = new Set(options.handmatig ?? []);
  const drempel = options.drempel ?? 0.4;
  for (const entiteit of ['opleidingseenheid', 'aangebodenOpleiding'] as const) {
    const rioItems = rio.items
      .filter((i) => i.entiteit === entiteit)
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
    const rioBySleutel = groupBy(
      rioItems.filter((r) => r.eigenSleutel),
      (r) => r.eigenSleutel,
    );
    const linkedKeys = new Set(rioItems.map((r) => r.eigenSleutel).filter(Boolean));
    const superseded = supersededCodes(rioItems);
    const pool = sisItems.filter((s) => !s.rioCode && !linkedKeys.has(s.sleutel));

    for (const r of rioItems) {
      const base = {
        entiteit,
        sector: r.sector,
        rioCode: r.code,
        naam: r.naam,
        ...(r.eigenSleutel ? { rioSleutel: r.eigenSleutel } : {}),
      };
      const push = (
        categorie: PlanCategorie,
        reden: string,
        extra: Partial<PlanItem> = {},
      ): void => {
        items.push({ categorie, actie: ACTIE.get(categorie)!, ...base, reden, ...extra });
      };
      const claimants = sisByRioCode.get(r.code) ?? [];
      const eduDex =
        entiteit === 'opleidingseenheid'
          ? isEduDexKey(r.eigenSleutel, 'ED0B')
          : isEduDexKey(r.code, 'ED0C');
      if (eduDex) {
        const claim = claimants[0] ?? (r.eigenSleutel ? sisByKey.get(r.eigenSleutel) : undefined);
        if (claim)
          push(
            'edu-dex-conflict',
            `EDU-DEX-beheerd, maar SIS-item ${claim.sleutel} claimt deze entiteit: dubbel beheer voorkomen.`,
            {
              sisSleutel: claim.sleutel,
              ooapiType: claim.ooapiType,
            },
          );
        else push('edu-dex', 'EDU-DEX-beheerd: niet koppelen.');
        continue;
      }
      if (handmatig.has(r.code)) {
        push('handmatig', 'Blijft handmatig beheerd (override-bestand): overslaan.');
        continue;
      }
      if ((r.einddatum && r.einddatum < options.peildatum) || superseded.has(r.code)) {
        push(
          'verouderd',
          r.einddatum && r.einddatum < options.peildatum
            ? `Beëindigd op ${r.einddatum}.`
            : 'Opgevolgd door een recentere versie met dezelfde opleidingscode.',
        );
        continue;
      }
      if ((rioBySleutel.get(r.eigenSleutel)?.length ?? 0) > 1) {
        push('conflict', `Eigen sleutel ${r.eigenSleutel} staat op meer dan één RIO-entiteit.`);
        continue;
      }
      if (claimants.length > 1) {
        push(
          'conflict',
          `Meerdere SIS-items claimen deze RIO-code: ${claimants.map((c) => c.sleutel).join(', ')}.`,
        );
        continue;
      }
      const claimant = claimants[0];
      let linkedTo: SisItem | undefined;
      if (r.eigenSleutel) {
        const owner = sisByKey.get(r.eigenSleutel);
        if (owner && (!owner.rioCode || owner.rioCode === r.code)) {
          push('al-gekoppeld', 'Draagt al de eigen sleutel uit het SIS.', {
            sleutelveld: veld,
            sisSleutel: owner.sleutel,
            ooapiType: owner.ooapiType,
          });
          linkedTo = owner;
        } else if (owner || claimant) {
          push(
            'ontkoppelen',
            owner
              ? `Eigen sleutel ${r.eigenSleutel} hoort volgens het SIS bij ${owner.rioCode}.`
              : `Eigen sleutel ${r.eigenSleutel} is onbekend in het SIS, dat deze entiteit aan ${claimant!.sleutel} toekent.`,
            {
              sleutelveld: veld,
              sisSleutel: r.eigenSleutel,
              ...(owner ? { ooapiType: owner.ooapiType } : {}),
            },
          );
          if (claimant) {
            push('koppelen', `Het SIS-item ${claimant.sleutel} draagt deze RIO-code.`, {
              sleutelveld: veld,
              sisSleutel: claimant.sleutel,
              ooapiType: claimant.ooapiType,
            });
            linkedTo = claimant;
          }
        } else {
          push(
            'ontbreekt-in-sis',
            `Gekoppeld aan eigen sleutel ${r.eigenSleutel}, die het SIS niet kent: in het SIS aanmaken.`,
          );
        }
      } else if (claimant) {
        push('koppelen', `Het SIS-item ${claimant.sleutel} draagt deze RIO-code.`, {
          sleutelveld: veld,
          sisSleutel: claimant.sleutel,
          ooapiType: claimant.ooapiType,
        });
        linkedTo = claimant;
      } else {
        const bewijs = pool
          .map((s) => evidence(r, s))
          .filter((e) => e.score >= drempel)
          .sort((a, b) => b.score - a.score || cmp(a.sisSleutel, b.sisSleutel))
          .slice(0, 3);
        if (bewijs.length)
          push('kandidaat', 'Mogelijke overeenkomst in het SIS; bevestigen en koppelen.', {
            sleutelveld: veld,
            sisSleutel: bewijs[0]!.sisSleutel,
            bewijs,
          });
        else
          push(
            'ontbreekt-in-sis',
            'Staat in RIO maar niet in het SIS: eerst in het SIS aanmaken (handreiking §5.4).',
          );
      }
      if (linkedTo && entiteit === 'aangebodenOpleiding')
        cohortItems(r, rio.cohorten.get(r.code) ?? [], linkedTo, items);
    }
  }
  items.sort(
    (a, b) =>
      cmp(a.entiteit, b.entiteit) ||
      cmp(a.rioCode, b.rioCode) ||
      cmp(a.rioCohortcode ?? '', b.rioCohortcode ?? '') ||
      cmp(a.categorie, b.categorie),
  );
  const samenvatting = Object.fromEntries(PLAN_CATEGORIEEN.map((c) => [c.categorie, 0])) as Record<
    PlanCategorie,
    number
  >;
  for (const i of items) samenvatting[i.categorie]++;
  return {
    bestuur,
    peildatum: options.peildatum,
    samenvatting,
    items,
    findings: [...rio.findings],
    bronnen: rio.bronnen.map((b) => ({
      file: b.file,
      bytes: b.bytes,
      rows: b.rows,
      matched: b.matched,
      separator: b.separator,
      encoding: b.encoding,
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

/** Codes of items that a more recent item with the same opleidingscode supersedes (guide §4.1 "Let op" 3). */
function supersededCodes(items: readonly RioItem[]): Set<string> {
  const out = new Set<string>();
  const byCode = groupBy(
    items.filter((i) => i.opleidingscode),
    (i) => `${i.sector}:${i.opleidingscode}`,
  );
  for (const group of byCode.values()) {
    if (group.length < 2) continue;
    const newest = group.reduce((a, b) =>
      b.begindatum > a.begindatum || (b.begindatum === a.begindatum && b.code > a.code) ? b : a,
    );
    for (const g of group) if (g !== newest) out.add(g.code);
  }
  return out;
}

function evidence(r: RioItem, s: SisItem): MatchEvidence {
  const code =
    !!r.opleidingscode && !!s.code && r.opleidingscode.toUpperCase() === s.code.toUpperCase();
  const naam = similarity(r.naam, s.naam);
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
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.size || !tb.size) return 0;
  let inter = 0;
  for (const t of ta) if (tb.has(t)) inter++;
  return inter / (ta.size + tb.size - inter);
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
