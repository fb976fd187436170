/**
 * The generic derivation engine (DESIGN.md §6, AMIGO stand van zaken §1.2: domain models "van
 * dezelfde bovenliggende modellen af te leiden"). A domain model declares, as data, an
 * {@link ObjectMapping} per central concept it derives from: which domain path carries which
 * central attribute, with which conversion. {@link toCentral} and {@link fromCentral} walk that
 * data; nothing is written per element. The same data gives the coverage table (`coverage.ts`).
 */
import { tableFor, type Niveau } from '@edustandaard/identifiers';
import { conceptAttributes, type CentralConceptId } from './concepts.js';
import {
  CONVERSIONS,
  isReversible,
  type ConversionId,
  type ConversionParams,
} from './conversions.js';

/**
 * A central attribute path: a property of `C`, optionally followed by `.sub` segments, numeric
 * indexes (`adressen.0.postcode`) or a selector (`communicatie[soort=email].waarde`: the list item
 * whose `soort` is `email`). The first segment is checked by the compiler against `C`, so renaming
 * a central attribute breaks every mapping that uses it.
 */
export type CentralPath<C> = unknown extends C
  ? string
  : // `.` is the whole central object (for conversions that read several attributes).
    '.' | (keyof C & string) | `${keyof C & string}.${string}` | `${keyof C & string}[${string}`;

/** One domain element and the central attribute it carries. */
export interface FieldMapping<C = unknown> extends ConversionParams {
  /** Path in the domain object, `/`-separated, relative to the mapped object (`adreslijst/adres`). */
  domain: string;
  /** Path in the central object. */
  central: CentralPath<C>;
  /** The conversion (default `gelijk`); ignored when `mapping` is given. */
  conversie?: ConversionId;
  /** A nested concept: the domain value (an object or a list of them) maps with this mapping. */
  mapping?: AnyObjectMapping;
  /** Force "not reversible" (e.g. two domain elements share one central attribute). */
  omkeerbaar?: false;
  /** Dutch remark for the site. */
  note?: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- a nested mapping is typed against its own concept */
/** An object mapping of any concept (nested mappings are typed against their own concept). */
export type AnyObjectMapping = ObjectMapping<any>;
/** A field mapping of any concept. */
type AnyFieldMapping = FieldMapping<any>;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** How one domain object derives from one central concept. */
export interface ObjectMapping<C = unknown> {
  /** Stable id, e.g. `oso/adres`. */
  id: string;
  /** The central concept the object derives from. */
  concept: CentralConceptId;
  /** Edu-V level: ranks the identifiers (`rang`) with the agreement's table. */
  niveau?: Niveau;
  /** The elements, in domain order. */
  fields: readonly FieldMapping<C>[];
  /** Values the central object always has (e.g. `niveau: 'onderwijsaanbieder'`). */
  centralConstants?: Readonly<Record<string, unknown>>;
  /** Values the domain object always has (e.g. OOAPI `affiliations: ['student']`). */
  domainConstants?: Readonly<Record<string, unknown>>;
}

/** A value that was present but could not be carried. */
export interface NotCarried {
  /** Where it was: a domain path (to central) or a central path (from central). */
  path: string;
  /** Dutch reason. */
  reden: string;
}

/** The outcome of a conversion: the value and everything that did not make it. */
export interface MappingResult<T> {
  value: T;
  nietOvergedragen: NotCarried[];
}

/** A selector condition: `key=value` (set when the item is created) or `key!=value`. */
type Cond = { key: string; value: string; not: boolean };
type Seg = { key: string; select?: Cond[] } | { index: number };

const matches = (x: unknown, conds: Cond[]): boolean =>
  isObj(x) && conds.every((c) => (String(x[c.key]) === c.value) !== c.not);

const segCache = new Map<string, Seg[]>();
function segments(path: string, sep: '/' | '.'): Seg[] {
  const k = sep + path;
  let s = segCache.get(k);
  if (!s) {
    s = path
      .split(sep)
      .filter((p) => p !== '')
      .map((p): Seg => {
        if (/^\d+$/.test(p)) return { index: Number(p) };
        const m = /^([^[]+)\[([^\]]+)\]$/.exec(p);
        if (!m) return { key: p };
        const select = m[2]!.split(',').map((c): Cond => {
          const [k, v] = c.split(/!?=/) as [string, string];
          return { key: k, value: v ?? '', not: c.includes('!=') };
        });
        return { key: m[1]!, select };
      });
    segCache.set(k, s);
  }
  return s;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads a path. `seen` (when given) collects the list items the path reads, so the caller can
 * report the items no element carries.
 */
function getPath(root: unknown, segs: Seg[], seen?: Set<unknown>): unknown {
  let cur: unknown = root;
  for (const s of segs) {
    if (cur === undefined || cur === null) return undefined;
    if ('index' in s) {
      cur = Array.isArray(cur) ? cur[s.index] : s.index === 0 ? cur : undefined;
      seen?.add(cur);
      continue;
    }
    if (!isObj(cur)) return undefined;
    cur = cur[s.key];
    if (s.select) {
      const conds = s.select;
      cur = Array.isArray(cur) ? cur.find((x) => matches(x, conds)) : undefined;
      seen?.add(cur);
    }
  }
  if (Array.isArray(cur)) for (const x of cur) seen?.add(x);
  return cur;
}

function setPath(root: Record<string, unknown>, segs: Seg[], value: unknown): void {
  let cur: Record<string, unknown> | unknown[] = root;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    const last = i === segs.length - 1;
    const nextIsIndex = !last && 'index' in segs[i + 1]!;
    if ('index' in s) {
      const arr = cur as unknown as unknown[];
      if (last) arr[s.index] = value;
      else cur = (arr[s.index] ??= nextIsIndex ? [] : {}) as Record<string, unknown>;
      continue;
    }
    const obj = cur as Record<string, unknown>;
    if (s.select) {
      const conds = s.select;
      const list = (obj[s.key] ??= []) as Record<string, unknown>[];
      let item = list.find((x) => matches(x, conds));
      if (!item)
        list.push(
          (item = Object.fromEntries(conds.filter((c) => !c.not).map((c) => [c.key, c.value]))),
        );
      if (last) Object.assign(item, value);
      else cur = item;
      continue;
    }
    if (last) {
      const prev = obj[s.key];
      obj[s.key] = Array.isArray(prev) && Array.isArray(value) ? [...prev, ...value] : value;
    } else cur = (obj[s.key] ??= nextIsIndex ? [] : {}) as Record<string, unknown>;
  }
}

const conversionOf = (f: AnyFieldMapping): ConversionId => f.conversie ?? 'gelijk';

/**
 * Applies a field's conversion; a list is converted item by item unless the conversion takes whole
 * lists (items that cannot be converted are dropped; none left → `undefined`).
 */
function convert(
  f: AnyFieldMapping,
  v: unknown,
  dir: 'toCentral' | 'fromCentral',
  niveau?: Niveau,
): unknown {
  const conv = CONVERSIONS[conversionOf(f)];
  // The mapping's Edu-V level is the default level of its fields (edu-v-selectie).
  const params: ConversionParams = niveau && !f.niveau ? { ...f, niveau } : f;
  if (!Array.isArray(v) || conv.lijst) return conv[dir](v, params);
  const out = v.map((x) => conv[dir](x, params)).filter((x) => x !== undefined);
  return out.length === v.length ? out : undefined;
}

/**
 * Whether a field's derivation is reversible: its conversion is (and, for a nested mapping, it is
 * not forced otherwise).
 * @param f - the field mapping
 */
export function fieldReversible(f: AnyFieldMapping): boolean {
  if (f.omkeerbaar === false) return false;
  return f.mapping ? true : isReversible(conversionOf(f), f);
}

function rankIdentifiers(out: Record<string, unknown>, niveau: Niveau | undefined): void {
  const ids = out.identificaties;
  if (!niveau || !Array.isArray(ids)) return;
  const rows = tableFor(niveau).rows;
  for (const id of ids as { soort: string; rang?: string }[]) {
    const row = rows.find((r) => r.term === id.soort);
    if (row && id.rang === undefined) id.rang = row.rang;
  }
}

/**
 * The required attributes of the mapping's concept that a central object lacks.
 * @param mapping - the object mapping
 * @param central - the central object
 */
export function missingRequired(mapping: AnyObjectMapping, central: unknown): string[] {
  const obj = (central ?? {}) as Record<string, unknown>;
  return conceptAttributes(mapping.concept)
    .filter((a) => a.verplicht && (obj[a.naam] === undefined || obj[a.naam] === null))
    .map((a) => a.naam);
}

function join(base: string, path: string): string {
  return base ? `${base}/${path}` : path;
}

/**
 * Domain object → central object, by walking the mapping.
 * @param mapping - the object mapping (data)
 * @param domain - the decoded domain object
 * @param base - path prefix for the report (the object's own path)
 * @returns the central object and the domain values that could not be carried (failed conversion or no derivation)
 */
export function toCentral<C>(
  mapping: ObjectMapping<C>,
  domain: unknown,
  base = '',
): MappingResult<C> {
  const out: Record<string, unknown> = structuredClone({ ...mapping.centralConstants });
  const niet: NotCarried[] = [];
  if (!isObj(domain)) return { value: out as C, nietOvergedragen: niet };
  const used = new Set(mapping.fields.map((f) => f.domain.split('/')[0]!));
  for (const k of Object.keys(mapping.domainConstants ?? {})) used.add(k);
  for (const [k, v] of Object.entries(domain))
    if (!used.has(k) && v !== undefined)
      niet.push({ path: join(base, k), reden: `geen afleiding naar ${mapping.concept}` });
  for (const f of mapping.fields as readonly FieldMapping<unknown>[]) {
    const v = getPath(domain, segments(f.domain, '/'));
    if (v === undefined || v === null) continue;
    const path = join(base, f.domain);
    let c: unknown;
    if (f.mapping) {
      const sub = f.mapping as AnyObjectMapping;
      const many = Array.isArray(v);
      const items = (many ? v : [v]).map((x, i) => toCentral(sub, x, many ? `${path}/${i}` : path));
      for (const r of items) niet.push(...r.nietOvergedragen);
      // A nested object that lacks a required attribute of its concept is not a valid central
      // object: it is left out and reported, never carried half.
      const kept = items.filter((r, i) => {
        const missing = missingRequired(sub, r.value);
        if (missing.length)
          niet.push({
            path: many ? `${path}/${i}` : path,
            reden: `${sub.concept} zonder verplicht ${missing.join(', ')}: niet overgedragen`,
          });
        return missing.length === 0;
      });
      if (!kept.length) continue;
      c = many ? kept.map((r) => r.value) : kept[0]!.value;
    } else {
      c = convert(f, v, 'toCentral', mapping.niveau);
      if (c === undefined) {
        niet.push({ path, reden: `conversie ${conversionOf(f)} naar ${f.central} niet mogelijk` });
        continue;
      }
    }
    setPath(out, segments(String(f.central), '.'), c);
  }
  rankIdentifiers(out, mapping.niveau);
  return { value: out as C, nietOvergedragen: niet };
}

/**
 * Central object → domain object, by walking the same mapping backwards.
 * @param mapping - the object mapping (data)
 * @param central - the central object
 * @param base - path prefix for the report
 * @returns the domain object and the central attributes that could not be carried
 */
export function fromCentral<D = Record<string, unknown>>(
  mapping: AnyObjectMapping,
  central: unknown,
  base = '',
): MappingResult<D> {
  const out: Record<string, unknown> = structuredClone({ ...mapping.domainConstants });
  const niet: NotCarried[] = [];
  if (!isObj(central)) return { value: out as D, nietOvergedragen: niet };
  const used = new Set(mapping.fields.map((f) => String(f.central).split(/[.[]/)[0]!));
  for (const k of Object.keys(mapping.centralConstants ?? {})) used.add(k);
  for (const [k, v] of Object.entries(central))
    if (!used.has(k) && v !== undefined)
      niet.push({ path: base ? `${base}.${k}` : k, reden: `geen element voor ${k}` });
  const seen = new Set<unknown>();
  for (const f of mapping.fields) {
    const path = base ? `${base}.${String(f.central)}` : String(f.central);
    const c = getPath(central, segments(String(f.central), '.'), seen);
    if (c === undefined || c === null) continue;
    let v: unknown;
    if (f.mapping) {
      const many = Array.isArray(c);
      const items = (many ? c : [c]).map((x, i) =>
        fromCentral(f.mapping as AnyObjectMapping, x, many ? `${path}.${i}` : path),
      );
      for (const r of items) niet.push(...r.nietOvergedragen);
      v = many ? items.map((r) => r.value) : items[0]!.value;
    } else {
      v = convert(f, c, 'fromCentral', mapping.niveau);
      if (v === undefined) {
        // Two domain elements may share one central attribute (bsn / onderwijsnummer → pgn): a
        // value one of them takes is carried.
        const shared = mapping.fields.some(
          (g) =>
            g !== f &&
            g.central === f.central &&
            convert(g, c, 'fromCentral', mapping.niveau) !== undefined,
        );
        if (!shared)
          niet.push({ path, reden: `conversie ${conversionOf(f)} naar ${f.domain} niet mogelijk` });
        continue;
      }
    }
    setPath(out, segments(f.domain, '/'), v);
  }
  // List items that no element read (a second e-mail address, a secret one, a third address).
  for (const [k, v] of Object.entries(central))
    if (used.has(k) && Array.isArray(v))
      v.forEach((item, i) => {
        if (!seen.has(item))
          niet.push({
            path: `${base ? `${base}.` : ''}${k}.${i}`,
            reden: `geen element voor dit item van ${k}`,
          });
      });
  return { value: out as D, nietOvergedragen: niet };
}

/**
 * The part of a domain object that the mapping's reversible derivations carry: what a round trip
 * domain → central → domain must give back unchanged.
 * @param mapping - the object mapping
 * @param domain - a domain object
 */
export function reversiblePart(mapping: AnyObjectMapping, domain: unknown): unknown {
  const out: Record<string, unknown> = {};
  if (!isObj(domain)) return out;
  for (const f of mapping.fields) {
    if (!fieldReversible(f)) continue;
    const v = getPath(domain, segments(f.domain, '/'));
    if (v === undefined || v === null) continue;
    if (!f.mapping && convert(f, v, 'toCentral', mapping.niveau) === undefined) continue;
    const sub = f.mapping as AnyObjectMapping | undefined;
    // Only the nested objects toCentral keeps (complete central objects) can come back.
    const carried = (x: unknown) => missingRequired(sub!, toCentral(sub!, x).value).length === 0;
    const norm = sub ? undefined : CONVERSIONS[conversionOf(f)].normalise;
    let r: unknown = norm ? (Array.isArray(v) ? v.map((x) => norm(x, f)) : norm(v, f)) : v;
    if (sub && Array.isArray(v)) {
      const kept = v.filter(carried);
      if (!kept.length) continue;
      r = kept.map((x) => reversiblePart(sub, x));
    } else if (sub) {
      if (!carried(v)) continue;
      r = reversiblePart(sub, v);
    }
    setPath(out, segments(f.domain, '/'), r);
  }
  return out;
}
