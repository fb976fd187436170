/**
 * The kenmerken of a RIO object per contract build, from the generated descriptor (#12 item 4, a first
 * step): each `Kenmerkwaardenbereik_*` type of DUO's XSD documents which kenmerken an object has, how
 * often (`minOccurs`/`maxOccurs`) and of which value type. The friendly model's hand-written table
 * (schema.ts) keeps only what the XSD cannot say — whether a string kenmerk is a `Tekst` or an
 * `Enumeratiewaarde` (DUO's code lists are outside the XSD); which kenmerken exist, which are required
 * and how many values one may have are read from the build's descriptor, so the 2025 build drops
 * `toestemmingDeelnameSTAP`, allows `voertaal` up to 3 times and knows `laatsteInstroomdatum`.
 */
import type { ElementParticle, Particle as XsdParticle, XmlSchema } from '@edustandaard/core';
import { rioContract, type RioContractBuild } from './codec.js';
import type { KenmerkDef, KenmerkWaarde } from './schema.js';

/** One kenmerk of a range: its cardinality and XSD type. */
export interface KenmerkBereikEntry {
  naam: string;
  minOccurs: number;
  maxOccurs: number;
  type: string;
}

const cache = new Map<string, KenmerkBereikEntry[] | null>();

function elements(p: XsdParticle | null | undefined): ElementParticle[] {
  if (!p) return [];
  return p.kind === 'element' ? [p] : p.particles.flatMap(elements);
}

/**
 * The kenmerken a `Kenmerkwaardenbereik_*` type lists in a build (`undefined` when the build has no
 * such type).
 * @param build - contract build
 * @param bereik - the type name, e.g. `Kenmerkwaardenbereik_AangebodenHOOpleiding`
 */
export function kenmerkBereik(
  build: RioContractBuild,
  bereik: string,
): readonly KenmerkBereikEntry[] | undefined {
  const key = `${build}\u0000${bereik}`;
  let hit: KenmerkBereikEntry[] | null | undefined = cache.get(key);
  if (hit === undefined) {
    const c = rioContract(build);
    const t = c.beheren.types[bereik] ?? c.raadplegen.types[bereik];
    hit =
      t && t.kind === 'complex'
        ? elements(t.content).map((e) => ({
            naam: e.name,
            minOccurs: e.minOccurs,
            maxOccurs: typeof e.maxOccurs === 'number' ? e.maxOccurs : Infinity,
            type: e.type,
          }))
        : null;
    cache.set(key, hit);
  }
  return hit ?? undefined;
}

/** The value kind of a kenmerk whose XSD type says it unambiguously (not a string). */
function waardeOf(schema: XmlSchema, type: string): KenmerkWaarde | undefined {
  const t = schema.types[type];
  const base = t && t.kind === 'simple' ? t.base : type;
  if (base === 'date') return 'Datum';
  if (base === 'boolean') return 'Boolean';
  if (base === 'int' || base === 'integer' || base === 'decimal' || base === 'long') return 'Getal';
  return undefined;
}

/**
 * The kenmerk definitions of one object in one build: the hand table's value kinds, with existence,
 * `verplicht` and `max` from the build's range, plus the range's kenmerken of an unambiguous (date,
 * number, boolean) type the table does not name. Without a range in the build, the table as is.
 * @param defs - the friendly model's table (schema.ts)
 * @param bereik - the `Kenmerkwaardenbereik_*` type of the object
 * @param build - contract build
 */
export function kenmerkDefs(
  defs: readonly KenmerkDef[],
  bereik: string | undefined,
  build: RioContractBuild,
): { defs: KenmerkDef[]; weg: KenmerkDef[] } {
  const range = bereik ? kenmerkBereik(build, bereik) : undefined;
  if (!range) return { defs: [...defs], weg: [] };
  const byName = new Map(range.map((r) => [r.naam, r]));
  const out: KenmerkDef[] = [];
  const weg: KenmerkDef[] = [];
  for (const d of defs) {
    const r = byName.get(d.naam);
    if (!r) {
      weg.push(d);
      continue;
    }
    out.push({
      naam: d.naam,
      waarde: d.waarde,
      ...(r.minOccurs >= 1 ? { verplicht: true } : {}),
      ...(r.maxOccurs > 1 || d.lijst ? { lijst: true, max: r.maxOccurs } : {}),
    });
  }
  const schema = rioContract(build).beheren;
  for (const r of range) {
    if (defs.some((d) => d.naam === r.naam)) continue;
    const waarde = waardeOf(schema, r.type);
    if (waarde)
      out.push({
        naam: r.naam,
        waarde,
        ...(r.minOccurs >= 1 ? { verplicht: true } : {}),
        ...(r.maxOccurs > 1 ? { lijst: true, max: r.maxOccurs } : {}),
      });
  }
  return { defs: out, weg };
}
