/**
 * Predicates of the SWV business rules, keyed by rule code. Each predicate only decides *where* a rule
 * is violated; code, severity, message and source come from the rule data (`data/rules-*.ts`), and
 * every fixed value (secret values, versions, overstap codes) from `SWV_CONSTANTS`. Rules enforced by
 * a table row's cardinality or allowed values (e.g. PaO.LL10 geboorteplaats = 0) need no predicate.
 */
import type {
  PathMatch,
  RuleContext,
  RuleHit,
  RuleOutcome,
  RulePredicate,
} from './engine-types.js';
import { SWV_CONSTANTS, type SwvProfileId, type SwvVersion } from './data/constants.js';
import { LEERLING, METADATA, pathFor } from './data/paths.js';

function constants(ctx: RuleContext) {
  return SWV_CONSTANTS[
    (ctx.profile.version as SwvVersion) in SWV_CONSTANTS
      ? (ctx.profile.version as SwvVersion)
      : '2024.1'
  ];
}

/**
 * `xs:boolean` true (decoded as boolean; the lexical forms accepted for robustness).
 * @param v - a decoded value
 */
export function isTrue(v: unknown): boolean {
  return v === true || v === 'true' || v === '1';
}

/**
 * `xs:boolean` false.
 * @param v - a decoded value
 */
export function isFalse(v: unknown): boolean {
  return v === false || v === 'false' || v === '0';
}

function child(ctx: RuleContext, m: PathMatch, name: string): PathMatch[] {
  return ctx.selectFrom(m, name);
}

function has(ctx: RuleContext, m: PathMatch, rel: string): boolean {
  return ctx.selectFrom(m, rel).length > 0;
}

function scalar(ctx: RuleContext, m: PathMatch, name: string): unknown {
  const c = child(ctx, m, name)[0];
  return c === undefined ? undefined : ctx.valueOf(c.value);
}

/** Last step name of a path. */
function lastStep(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Compares dotted numeric versions (`2024.1.1` < `2024.1.2` < `2025.1.1`).
 * @param a - a version
 * @param b - another version
 * @returns negative, zero or positive
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** PaO.LL08 / PaO.OV04: a secret communicatie carries the prescribed secret value for its soort. */
const geheimeCommunicatie: RulePredicate = (ctx) => {
  const m = ctx.match!;
  if (!isTrue(scalar(ctx, m, 'geheim'))) return true;
  const soort = String(scalar(ctx, m, 'soort') ?? '');
  const geheimwaarde = constants(ctx).geheimwaarden[soort];
  if (geheimwaarde === undefined) return true; // unknown soort: code list finding of the base validation
  if (scalar(ctx, m, 'nummer') === geheimwaarde) return true;
  // The actual number is deliberately not put in params: it is secret.
  return { path: `${m.path}/nummer`, params: { soort, geheimwaarde } };
};

/** The predicates, by rule code. */
export const PREDICATES: Readonly<Record<string, RulePredicate>> = {
  /** Tabel 1: validatieversie "2024.1.1" (of recentere versie) / 2019.1: exactly "2019.1.1". */
  'PaO.MD02': (ctx) => {
    const c = constants(ctx);
    const v = String(ctx.valueOf(ctx.match!.value) ?? '');
    if (v === c.validatieversie) return true;
    if (
      c.validatieversieOfRecenter &&
      /^\d+\.\d+\.\d+$/.test(v) &&
      compareVersions(v, c.validatieversie) > 0
    )
      return true;
    return { path: ctx.match!.path, params: { value: v, verwacht: c.validatieversie } };
  },
  /** Tabel 1: overstap "POSWV" respectievelijk "VOSWV". */
  'PaO.SO02': (ctx) => {
    const verwacht = constants(ctx).overstap[ctx.profile.id as SwvProfileId];
    const v = String(ctx.valueOf(ctx.match!.value) ?? '');
    return v === verwacht ? true : { path: ctx.match!.path, params: { value: v, verwacht } };
  },
  /** Tabel 2: an address is required when the address is not secret. */
  'PaO.LL05': (ctx) => {
    const m = ctx.match!;
    const ag = scalar(ctx, m, 'adresgeheim');
    const nietGeheim = constants(ctx).ll05AlleenBijAdresgeheimFalse ? isFalse(ag) : !isTrue(ag);
    if (!nietGeheim) return true;
    if (has(ctx, m, 'adreslijst/adres') || has(ctx, m, 'adresbuitenland')) return true;
    return `${m.path}/adreslijst`;
  },
  /** Tabel 2: no leerling address when the address is secret. */
  'PaO.LL06': (ctx) => {
    const m = ctx.match!;
    if (!isTrue(scalar(ctx, m, 'adresgeheim'))) return true;
    return child(ctx, m, 'adreslijst').map((a) => a.path);
  },
  'PaO.LL08': geheimeCommunicatie,
  /** Tabel 2: no foreign address when the address is secret. */
  'PaO.LL09': (ctx) => {
    const m = ctx.match!;
    if (!isTrue(scalar(ctx, m, 'adresgeheim'))) return true;
    return child(ctx, m, 'adresbuitenland').map((a) => a.path);
  },
  /** Tabel 2 (aanbeveling): verzorgersaansprakelijk given. */
  'SWV.T2.verzorgersaansprakelijk': (ctx) => {
    const m = ctx.match!;
    return has(ctx, m, 'verzorgersaansprakelijk') ? true : `${m.path}/verzorgersaansprakelijk`;
  },
  /** Tabel 2 (aanbeveling): the leerlingrapport (document) with a doorstroomtoets result. */
  'PaO.EB02': (ctx) => {
    const m = ctx.match!;
    const resultaat = lastStep(
      pathFor(`${LEERLING}/doorstroomtoets/toetsresultaat`, ctx.profile.version as SwvVersion),
    );
    if (!has(ctx, m, resultaat) || has(ctx, m, 'document')) return true;
    return `${m.path}/document`;
  },
  /** Tabel 2 (aanbeveling): toetsresultaten given unless the category was deliberately switched off. */
  'SWV.T2.toetslijst': (ctx) => {
    const m = ctx.match!;
    if (has(ctx, m, 'toetslijst')) return true;
    const cat = ctx.select(`${METADATA}/categorie_uitlevering/cat_toetsresultaten`)[0];
    const v = cat === undefined ? undefined : ctx.valueOf(cat.value);
    if (v === 'OPT-UIT' || v === 'VERBODEN') return true;
    return `${m.path}/toetslijst`;
  },
  /** Tabel 2: a cijferlijst score has waarde or kwalificatie. */
  'PaO.CL01': (ctx) => scoresWithout(ctx, ['waarde', 'kwalificatie']),
  /** Tabel 2: at least one verzorger when the verzorgers are aansprakelijk. */
  'PaO.OV01': (ctx) => {
    const m = ctx.match!;
    if (!isTrue(scalar(ctx, m, 'verzorgersaansprakelijk'))) return true;
    return has(ctx, m, 'verzorger') ? true : `${m.path}/verzorger`;
  },
  /** Tabel 2 (aanbeveling): at most 4 verzorgers. */
  'PaO.OV02': (ctx) => {
    const m = ctx.match!;
    const max = constants(ctx).maxVerzorgers;
    const v = child(ctx, m, 'verzorger');
    if (v.length <= max) return true;
    return { path: v[max]!.path, params: { aantal: v.length, maximum: max } };
  },
  /** Tabel 2: no address of a verzorger whose address is secret. */
  'PaO.OV03': (ctx) => {
    const m = ctx.match!;
    if (!isTrue(scalar(ctx, m, 'adresgeheim'))) return true;
    return child(ctx, m, 'adreslijst').map((a) => a.path);
  },
  'PaO.OV04': geheimeCommunicatie,
  /** 2019.1 validation: a toets resultaat holds toetsscore, referentiescore or document. */
  'PaO.TR01': (ctx) => missingAll(ctx, ['toetsscore', 'referentiescore', 'document']),
  /** 2019.1 validation: a toetsscore holds at least one of its counts, time or ability score. */
  'PaO.TR02': (ctx) =>
    missingAll(ctx, [
      'aantalopgaven',
      'aantalgoed',
      'aantalfout',
      'aantalgelezen',
      'tijd',
      'vaardigheidsscore',
    ]),
};

/** Every node at the rule's paths that has none of `children`. */
function missingAll(ctx: RuleContext, children: readonly string[]): RuleOutcome {
  const hits: RuleHit[] = [];
  for (const p of ctx.rule.paths) {
    for (const m of ctx.select(p)) {
      if (!children.some((c) => has(ctx, m, c))) hits.push({ path: m.path });
    }
  }
  return hits;
}

function scoresWithout(ctx: RuleContext, children: readonly string[]): RuleOutcome {
  return missingAll(ctx, children);
}
