/**
 * Derivation coverage (issue #18): every element of a domain model either derives from a central
 * concept (which attribute, which conversion, reversible or not) or is marked domain-specific with
 * a reason. Authored as data: the object mappings that the engine runs (anchored at path patterns)
 * plus rules by path pattern (`**` any depth, `*` one segment) with explicit exceptions first; the
 * resolved table, one row per element, is what the site and the tests read.
 */
import type { CentralConceptId } from './concepts.js';
import type { ConversionId } from './conversions.js';
import type { Derivation, DerivationMap } from './derivation.js';
import { fieldReversible, type AnyObjectMapping, type ObjectMapping } from './mapping.js';

/** A rule for the elements whose path matches `pattern`. */
export type DerivationRule =
  | {
      /** Path pattern: `*` matches one segment, `**` any number of segments (also none). */
      pattern: string;
      /** The central concept the elements derive from. */
      concept: CentralConceptId;
      /** The concept's attribute. */
      attribute?: string;
      /** The conversion, as an id of `CONVERSIONS` or a Dutch description when the engine does not run it. */
      conversie: ConversionId | string;
      /**
       * A rule documents a derivation the engine does not run, so it never claims reversibility:
       * only an object mapping (run and round-trip tested) can. Resolved rows of rules have
       * `omkeerbaar: false` and `omgezet: false`.
       */
      omkeerbaar?: false;
      note?: string;
    }
  | {
      pattern: string;
      /** Why the elements have no central concept (Dutch). */
      domeinspecifiek: string;
    };

/** A mapping the engine runs, applied to every object whose path matches `at`. */
export interface DerivationAnchor {
  at: string;
  mapping: AnyObjectMapping;
}

/** The derivation data of one afsprakenset version. */
export interface DerivationData {
  afsprakenset: string;
  version: string;
  /** Object mappings (they run: toCentral/fromCentral), in order of precedence. */
  anchors: readonly DerivationAnchor[];
  /** Rules for the remaining elements, exceptions first (the first matching rule wins). */
  rules: readonly DerivationRule[];
}

/** One element of the resolved table. */
export type ResolvedElement =
  | {
      element: string;
      status: 'afgeleid';
      concept: CentralConceptId;
      attribute?: string;
      /** Conversion id, `object` (the element is the concept itself), `lijst` (a list wrapper) or a Dutch description. */
      conversie: string;
      omkeerbaar: boolean;
      /** True when `toCentral` carries the element (an object mapping), false when only documented by a rule. */
      omgezet: boolean;
      /** `mapping:<id>` or `regel:<pattern>`. */
      bron: string;
      note?: string;
    }
  | { element: string; status: 'domeinspecifiek'; reden: string; bron: string };

/** Coverage figures of one afsprakenset version. */
export interface Coverage {
  afsprakenset: string;
  version: string;
  totaal: number;
  afgeleid: number;
  /** Of the derived elements, how many the engine converts. */
  omgezet: number;
  domeinspecifiek: number;
  ontbreekt: number;
  /** (afgeleid + domeinspecifiek) / totaal × 100, rounded down to two decimals. */
  percentage: number;
}

/** The resolved derivation table of one afsprakenset version. */
export interface ResolvedDerivations {
  afsprakenset: string;
  version: string;
  /** One row per covered element, in the order of the element list. */
  elements: ResolvedElement[];
  /** Elements no mapping or rule covers (the coverage test requires none). */
  uncovered: string[];
  /** Patterns of rules that no element reaches (shadowed or stale): data to clean up. */
  unusedRules: string[];
  coverage: Coverage;
}

const splitCache = new Map<string, string[]>();
const split = (p: string): string[] => {
  let s = splitCache.get(p);
  if (!s) splitCache.set(p, (s = p.split('/').filter((x) => x !== '')));
  return s;
};

/**
 * Whether a path matches a pattern (`*` one segment, `**` any number of segments, `Foo*` a
 * segment starting with `Foo`).
 * @param pattern - e.g. `** /adreslijst/adres/*` (without the space)
 * @param path - e.g. `/dossier/huidigeschool/adreslijst/adres/straat`
 */
export function matchPath(pattern: string, path: string): boolean {
  const segs = split(path);
  return compile(pattern).test(segs.length ? `/${segs.join('/')}` : '');
}

const patternCache = new Map<string, RegExp>();
const escape = (x: string): string => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
/** A path pattern as an anchored regular expression (compiled once). */
function compile(pattern: string): RegExp {
  let re = patternCache.get(pattern);
  if (!re) {
    const body = split(pattern)
      .map((seg) =>
        seg === '**'
          ? '(?:/[^/]+)*'
          : seg === '*'
            ? '/[^/]+'
            : `/${seg.split('*').map(escape).join('[^/]*')}`,
      )
      .join('');
    patternCache.set(pattern, (re = new RegExp(`^${body}$`)));
  }
  return re;
}

type Hit = Omit<Extract<ResolvedElement, { status: 'afgeleid' }>, 'element' | 'bron'>;

const attrOf = (central: string): string => central.split(/[.[]/)[0]!;

function inMapping(m: ObjectMapping<unknown>, rest: string[]): Hit | undefined {
  if (rest.length === 0)
    return {
      status: 'afgeleid',
      concept: m.concept,
      conversie: 'object',
      omkeerbaar: true,
      omgezet: true,
    };
  for (const f of m.fields) {
    const fs = split(f.domain.replace(/(^|\/)\d+(?=\/|$)/g, ''));
    const n = Math.min(fs.length, rest.length);
    if (fs.slice(0, n).join('/') !== rest.slice(0, n).join('/')) continue;
    const base = {
      status: 'afgeleid' as const,
      concept: m.concept,
      attribute: attrOf(String(f.central)),
      omgezet: true,
      ...(f.note ? { note: f.note } : {}),
    };
    if (rest.length < fs.length)
      return { ...base, conversie: 'lijst', omkeerbaar: fieldReversible(f) };
    if (rest.length === fs.length && f.mapping)
      return { ...inMapping(f.mapping as AnyObjectMapping, [])!, omkeerbaar: fieldReversible(f) };
    if (rest.length === fs.length)
      return {
        ...base,
        conversie: f.mapping ? 'object' : (f.conversie ?? 'gelijk'),
        omkeerbaar: fieldReversible(f),
      };
    if (f.mapping) {
      const sub = inMapping(f.mapping as AnyObjectMapping, rest.slice(fs.length));
      if (sub) return sub;
    }
  }
  return undefined;
}

function resolveOne(data: DerivationData, element: string): ResolvedElement | undefined {
  const segs = split(element);
  const prefixes = segs.map((_, k) => (k ? `/${segs.slice(0, k).join('/')}` : ''));
  prefixes.push(segs.length ? `/${segs.join('/')}` : '');
  for (const a of data.anchors) {
    const re = compile(a.at);
    for (let k = segs.length; k >= 0; k--) {
      if (!re.test(prefixes[k]!)) continue;
      const hit = inMapping(a.mapping as AnyObjectMapping, segs.slice(k));
      if (hit) return { element, ...hit, bron: `mapping:${a.mapping.id}` };
    }
  }
  const full = prefixes[segs.length]!;
  for (const r of data.rules) {
    if (!compile(r.pattern).test(full)) continue;
    const bron = `regel:${r.pattern}`;
    if ('domeinspecifiek' in r)
      return { element, status: 'domeinspecifiek', reden: r.domeinspecifiek, bron };
    return {
      element,
      status: 'afgeleid',
      concept: r.concept,
      ...(r.attribute ? { attribute: r.attribute } : {}),
      conversie: r.conversie,
      omkeerbaar: false,
      omgezet: false,
      bron,
      ...(r.note ? { note: r.note } : {}),
    };
  }
  return undefined;
}

/**
 * Resolves the derivation data against the full element list of a domain model.
 * @param data - anchors and rules of one afsprakenset version
 * @param elements - every element path of the domain model (OSO element table, RIO attributes, OKE properties)
 * @returns one row per element, the uncovered elements and the coverage figures
 */
export function resolveDerivations(
  data: DerivationData,
  elements: readonly string[],
): ResolvedDerivations {
  const rows: ResolvedElement[] = [];
  const uncovered: string[] = [];
  for (const e of elements) {
    const r = resolveOne(data, e);
    if (r) rows.push(r);
    else uncovered.push(e);
  }
  const used = new Set(rows.map((r) => r.bron));
  const unusedRules = data.rules.map((r) => r.pattern).filter((p) => !used.has(`regel:${p}`));
  const afgeleid = rows.filter((r) => r.status === 'afgeleid');
  const totaal = elements.length;
  return {
    afsprakenset: data.afsprakenset,
    version: data.version,
    elements: rows,
    uncovered,
    unusedRules,
    coverage: {
      afsprakenset: data.afsprakenset,
      version: data.version,
      totaal,
      afgeleid: afgeleid.length,
      omgezet: afgeleid.filter((r) => r.omgezet).length,
      domeinspecifiek: rows.length - afgeleid.length,
      ontbreekt: uncovered.length,
      percentage: totaal ? Math.floor((rows.length / totaal) * 10000) / 100 : 100,
    },
  };
}

/**
 * A derivation map whose rows are resolved on first read of `derivations`: importing a package
 * costs nothing, the site pays once.
 * @param afsprakenset - e.g. `OSO`
 * @param version - e.g. `2024.1`
 * @param resolve - returns the resolved table (called at most once)
 */
export function lazyDerivationMap(
  afsprakenset: string,
  version: string,
  resolve: () => ResolvedDerivations,
): DerivationMap {
  let cached: readonly Derivation[] | undefined;
  return {
    afsprakenset,
    version,
    get derivations() {
      return (cached ??= toDerivationMap(resolve()).derivations);
    },
  };
}

/**
 * Memoises a resolution: the table is built on the first call.
 * @param resolve - builds the table
 */
export function memoResolved(resolve: () => ResolvedDerivations): () => ResolvedDerivations {
  let cached: ResolvedDerivations | undefined;
  return () => (cached ??= resolve());
}

/**
 * The derivation map (for {@link buildDerivationMatrix}) of a resolved table: its derived elements,
 * as resolved (an attribute a concept does not have is reported by `checkDerivationMap`).
 * @param r - a resolved table
 */
export function toDerivationMap(r: ResolvedDerivations): DerivationMap {
  return {
    afsprakenset: r.afsprakenset,
    version: r.version,
    derivations: r.elements.flatMap((e): Derivation[] =>
      e.status === 'afgeleid'
        ? [
            {
              element: e.element,
              concept: e.concept,
              ...(e.attribute ? { attribute: e.attribute } : {}),
              conversie: e.conversie,
              omkeerbaar: e.omkeerbaar,
              ...(e.note ? { note: e.note } : {}),
            },
          ]
        : [],
    ),
  };
}

/** Where one concept appears: every derived element of every afsprakenset, with its conversion. */
export interface ConceptDerivations {
  concept: CentralConceptId;
  elements: Array<{
    afsprakenset: string;
    version: string;
    element: string;
    attribute?: string;
    conversie: string;
    omkeerbaar: boolean;
    omgezet: boolean;
  }>;
}

/**
 * Groups resolved tables by central concept, for the site's central-models section.
 * @param tables - resolved tables of OSO, RIO, OKE, …
 * @returns one entry per concept that appears, in first-appearance order
 */
export function derivationsByConcept(tables: readonly ResolvedDerivations[]): ConceptDerivations[] {
  const out = new Map<CentralConceptId, ConceptDerivations>();
  for (const t of tables)
    for (const e of t.elements) {
      if (e.status !== 'afgeleid') continue;
      let c = out.get(e.concept);
      if (!c) out.set(e.concept, (c = { concept: e.concept, elements: [] }));
      c.elements.push({
        afsprakenset: t.afsprakenset,
        version: t.version,
        element: e.element,
        ...(e.attribute ? { attribute: e.attribute } : {}),
        conversie: e.conversie,
        omkeerbaar: e.omkeerbaar,
        omgezet: e.omgezet,
      });
    }
  return [...out.values()];
}
