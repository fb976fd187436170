/**
 * OSO's derivation from the central AMIGO models (issue #18): the derivation data per version
 * (object mappings that run + rules for the rest), the resolved table per version (one row per
 * element of the element table) and the conversions of a decoded dossier to and from the central
 * forms. Layering: this module needs only `@edustandaard/core`; a mapping to another afsprakenset
 * (e.g. OKE) goes through the central form, never by importing that package.
 */
import {
  fromCentral,
  memoResolved,
  resolveDerivations,
  toCentral,
  type DerivationAnchor,
  type DerivationData,
  type MappingResult,
  type NotCarried,
  type Onderwijsaanbieder,
  type Onderwijsdeelnemer,
  type OrganisatieIdentificatie,
  type Persoon,
  type ResolvedDerivations,
} from '@edustandaard/core';
import { selectIdentifier, type IdentifierTerm } from '@edustandaard/identifiers';
import { OSO_ELEMENTS_2019_1, OSO_ELEMENTS_2024_1 } from '../elements.js';
import { assertVersion, type OsoVersion } from '../versions.js';
import {
  OSO_ADRES,
  OSO_AFGENOMENDOOR,
  OSO_CIJFER,
  OSO_EXAMENRESULTAAT,
  OSO_TOETSRESULTAAT,
  OSO_VAKRESULTAAT,
  OSO_COMMUNICATIE,
  OSO_DOORSTROOMTOETSRESULTAAT,
  OSO_LEERLING,
  OSO_PERSOON,
  OSO_SCHOOL,
  OSO_TOETS,
} from './mappings.js';
import { OSO_RULES } from './rules.js';

export {
  OSO_ADRES,
  OSO_AFGENOMENDOOR,
  OSO_CIJFER,
  OSO_EXAMENRESULTAAT,
  OSO_TOETSRESULTAAT,
  OSO_VAKRESULTAAT,
  OSO_COMMUNICATIE,
  OSO_DOORSTROOMTOETSRESULTAAT,
  OSO_LEERLING,
  OSO_PERSOON,
  OSO_SCHOOL,
  OSO_TOETS,
  OSO_RULES,
};

const S = '/dossier/huidigeschool';
const L = `${S}/leerling`;

function anchors(toets: { blok: string; resultaat: string }): DerivationAnchor[] {
  return [
    { at: L, mapping: OSO_LEERLING },
    { at: S, mapping: OSO_SCHOOL },
    { at: '**/werktbijinstelling/school', mapping: OSO_SCHOOL },
    { at: `${L}/verzorger`, mapping: OSO_PERSOON },
    { at: `${L}/huisarts`, mapping: OSO_PERSOON },
    { at: '**/afgenomendoor', mapping: OSO_AFGENOMENDOOR },
    { at: `${L}/toetslijst/toets`, mapping: OSO_TOETS },
    { at: `${L}/${toets.blok}/${toets.resultaat}`, mapping: OSO_DOORSTROOMTOETSRESULTAAT },
    { at: `${L}/toetslijst/toets/resultaat`, mapping: OSO_TOETSRESULTAAT },
    { at: `${L}/toetslijst/toets/toetsonderdeel/resultaat`, mapping: OSO_TOETSRESULTAAT },
    { at: `${L}/cijferlijstlijst/**/score`, mapping: OSO_CIJFER },
    { at: `${L}/examenresultaat`, mapping: OSO_EXAMENRESULTAAT },
    { at: `${L}/resultaatvakkenvo`, mapping: OSO_VAKRESULTAAT },
    { at: '**/adreslijst/adres', mapping: OSO_ADRES },
    { at: '**/communicatielijst/communicatie', mapping: OSO_COMMUNICATIE },
  ];
}

/** OSO 2019.1: how its elements derive from the central models (data). */
export const OSO_DERIVATION_DATA_2019_1: DerivationData = {
  afsprakenset: 'OSO',
  version: '2019.1',
  anchors: anchors({ blok: 'eindtoets_basisonderwijs', resultaat: 'eindtoetsresultaat' }),
  rules: OSO_RULES,
};

/** OSO 2024.1: how its elements derive from the central models (data). */
export const OSO_DERIVATION_DATA_2024_1: DerivationData = {
  afsprakenset: 'OSO',
  version: '2024.1',
  anchors: anchors({ blok: 'doorstroomtoets', resultaat: 'toetsresultaat' }),
  rules: OSO_RULES,
};

const resolved = {
  '2019.1': memoResolved(() =>
    resolveDerivations(
      OSO_DERIVATION_DATA_2019_1,
      OSO_ELEMENTS_2019_1.map((r) => r.path),
    ),
  ),
  '2024.1': memoResolved(() =>
    resolveDerivations(
      OSO_DERIVATION_DATA_2024_1,
      OSO_ELEMENTS_2024_1.map((r) => r.path),
    ),
  ),
};

/**
 * The resolved derivation table of a version: one row per element of its element table (derived
 * or domain-specific), with coverage figures. Built on the first call (importing costs nothing).
 * @param version - `2019.1` or `2024.1`
 */
export function osoResolvedDerivations(version: OsoVersion): ResolvedDerivations {
  return resolved[assertVersion(version)]();
}

/** The central forms found in one OSO dossier. */
export interface OsoCentral {
  /** The huidige school as Onderwijsaanbieder. */
  school?: Onderwijsaanbieder;
  /** The leerling as Onderwijsdeelnemer; `onderwijsaanbieder` is the school identifier the Edu-V selection picks. */
  leerling?: Onderwijsdeelnemer;
  /** The verzorgers as Persoon. */
  verzorgers: Persoon[];
  /** Values of these parts that the central models could not carry (paths in the dossier). */
  nietOvergedragen: NotCarried[];
}

const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * The identifier an organisation carries elsewhere: the Edu-V selection (afspraak Identiteiten)
 * over its identificaties.
 * @param org - a central Onderwijsaanbieder
 */
export function carriedIdentifier(
  org: Pick<Onderwijsaanbieder, 'identificaties'>,
): OrganisatieIdentificatie | undefined {
  const known: Partial<Record<IdentifierTerm, string>> = {};
  for (const i of org.identificaties ?? []) known[i.soort] ??= i.waarde;
  const s = selectIdentifier('onderwijsaanbieder', known);
  return s.ok
    ? ({ soort: s.term, waarde: s.value, rang: s.rang } as OrganisatieIdentificatie)
    : undefined;
}

/**
 * A decoded OSO dossier (`read(...).dossier`) → its central forms: school, leerling, verzorgers.
 * `nietOvergedragen` names, by path, every value of these three parts that their central form does
 * not carry: elements without a derivation in the mapping (e.g. `leerling/geboorteplaats`, and
 * sub-trees such as `leerling/toetslijst` that derive from other concepts) and values a conversion
 * could not take (an unknown code, a non-numeric huisnummer).
 * @param dossier - the decoded dossier (either version)
 * @returns the central forms and what could not be carried
 */
export function osoToCentral(dossier: unknown): OsoCentral {
  const hs = (dossier as { huidigeschool?: Record<string, unknown> } | undefined)?.huidigeschool;
  const out: OsoCentral = { verzorgers: [], nietOvergedragen: [] };
  if (!hs) return out;
  const school = toCentral(OSO_SCHOOL, hs, S);
  out.school = school.value;
  out.nietOvergedragen.push(...school.nietOvergedragen.filter((n) => n.path !== `${S}/leerling`));
  const ll = hs.leerling as Record<string, unknown> | undefined;
  if (ll) {
    const leerling = toCentral(OSO_LEERLING, ll, L);
    const id = carriedIdentifier(school.value);
    out.leerling = id ? { ...leerling.value, onderwijsaanbieder: id } : leerling.value;
    out.nietOvergedragen.push(...leerling.nietOvergedragen);
    asList(ll.verzorger).forEach((v, i) => {
      const p = toCentral(OSO_PERSOON, v, `${L}/verzorger/${i}`);
      out.verzorgers.push(p.value);
      out.nietOvergedragen.push(...p.nietOvergedragen);
    });
  }
  return out;
}

/**
 * A central Onderwijsdeelnemer → the OSO leerling elements it carries.
 * @param deelnemer - the central form
 * @returns the `leerling` object (decoded form) and the central attributes OSO has no element for
 */
export function osoLeerlingFromCentral(
  deelnemer: Onderwijsdeelnemer,
): MappingResult<Record<string, unknown>> {
  return fromCentral(OSO_LEERLING, deelnemer);
}

/**
 * A central Onderwijsaanbieder → the OSO school elements it carries.
 * @param school - the central form
 */
export function osoSchoolFromCentral(
  school: Onderwijsaanbieder,
): MappingResult<Record<string, unknown>> {
  return fromCentral(OSO_SCHOOL, school);
}
