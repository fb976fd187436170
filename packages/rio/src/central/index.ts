/**
 * RIO's derivation from the central AMIGO models (issue #18): derivation data over every entity
 * and attribute of the informatiemodel ({@link RIO_ENTITEITEN}), the resolved table, and
 * conversions of RIO organisations to and from the central Onderwijsorganisatie levels.
 * Order of precedence: the object mappings that run, then the informatiemodel's own annotations
 * (concept and attribute per RIO attribute), then domain-specific rules with reasons.
 */
import {
  fromCentral,
  memoResolved,
  resolveDerivations,
  toCentral,
  type AnyObjectMapping,
  type DerivationData,
  type DerivationRule,
  type FieldMapping,
  type MappingResult,
  type Onderwijsaanbieder as CentralAanbieder,
  type Onderwijsbestuur as CentralBestuur,
  type Onderwijslocatie as CentralLocatie,
  type ResolvedDerivations,
} from '@edustandaard/core';
import type { Niveau } from '@edustandaard/identifiers';
import { RIO_ENTITEITEN } from '../model/informatiemodel.js';
import type { Onderwijsaanbieder, Onderwijsbestuur, Onderwijslocatie } from '../model/index.js';
import { RIO_ONDERWIJSAANBIEDER, RIO_ONDERWIJSBESTUUR, RIO_ONDERWIJSLOCATIE } from './mappings.js';

export { RIO_ONDERWIJSAANBIEDER, RIO_ONDERWIJSBESTUUR, RIO_ONDERWIJSLOCATIE };
export type { RioLocatieAdres } from './mappings.js';

/** Every entity and attribute of the informatiemodel: `/Entity` and `/Entity/attribute`. */
export const RIO_ELEMENTS: readonly string[] = RIO_ENTITEITEN.flatMap((e) => [
  `/${e.naam}`,
  ...e.attributen.map((a) => `/${e.naam}/${a.naam}`),
]);

const ds = (pattern: string, domeinspecifiek: string): DerivationRule => ({
  pattern,
  domeinspecifiek,
});

/** What the informatiemodel does not annotate: RIO-specific, with the reason. */
const RIO_RULES: readonly DerivationRule[] = [
  ds('/*/erkenner', 'De erkennende instantie (OCW, …) van een erkenning: RIO-specifiek.'),
  ds(
    '/*/eigen*Sleutel',
    'Eigen sleutel van de bronadministratie (kenmerk): techniek van de synchronisatie, geen centraal attribuut.',
  ),
  ds(
    '/OnderwijsaanbiederPeriode/internationaleNaam',
    'Internationale naam: het centrale model kent één naam.',
  ),
  ds(
    '/Onderwijslocatie/bagID',
    'BAG-id van het adres: het centrale Adres kent geen BAG-verwijzing (aanname: geen centraal attribuut).',
  ),
  ds('/Onderwijslocatie/gpsLatitude', 'Coördinaat: het centrale Adres kent geen coördinaten.'),
  ds('/Onderwijslocatie/gpsLongitude', 'Coördinaat: het centrale Adres kent geen coördinaten.'),
  ...RIO_ENTITEITEN.filter((e) => !e.concept).flatMap((e) => [
    ds(`/${e.naam}`, e.conceptNoot ?? 'AMIGO kent (nog) geen centraal concept voor opleidingen.'),
    // only where the entity has attributes the informatiemodel does not annotate
    ...(e.attributen.some((a) => !a.concept && !/^eigen.*Sleutel$/.test(a.naam))
      ? [
          ds(
            `/${e.naam}/*`,
            `Eigenschap van ${e.naam} (opleidingen/aanbod): AMIGO kent (nog) geen centraal concept voor opleidingen.`,
          ),
        ]
      : []),
  ]),
  ds(
    '/*Periode/*',
    'Eigenschap van een periode van het aanbod (naam, omschrijving): AMIGO kent (nog) geen centraal concept voor opleidingen.',
  ),
  ds(
    '/AangebodenOpleidingCohort/*',
    'Eigenschap van een cohort (status, toestemming): RIO-specifiek.',
  ),
];

const NIVEAU: Partial<Record<string, Niveau>> = {
  Onderwijsbestuur: 'onderwijsbestuur',
  Onderwijsaanbieder: 'onderwijsaanbieder',
  Onderwijslocatie: 'onderwijslocatie',
};
const ORGANISATIE = new Set([
  'Onderwijsorganisatie',
  'Onderwijsbestuur',
  'Onderwijsaanbieder',
  'Onderwijslocatie',
]);

/**
 * The object mapping of an entity, generated from the informatiemodel's annotations (the same
 * data the site shows): an identifier attribute becomes `identificaties[soort=TERM]`, a
 * begindatum/einddatum the organisation's `geldigheid` (or, for a Periode entity, the period
 * itself), an attribute of the entity's own concept that attribute. `undefined` when nothing runs.
 */
function entityMapping(e: (typeof RIO_ENTITEITEN)[number]): AnyObjectMapping | undefined {
  if (!e.concept) return undefined;
  const org = ORGANISATIE.has(e.concept);
  const fields: FieldMapping[] = [];
  for (const a of e.attributen) {
    if (a.identifier)
      fields.push({
        domain: a.naam,
        central: `identificaties[soort=${a.identifier}].waarde`,
        conversie: 'identificatie',
        term: a.identifier,
      });
    else if (a.concept === 'Periode' && a.conceptAttribuut && (org || e.concept === 'Periode'))
      fields.push({
        domain: a.naam,
        central: org ? `geldigheid.${a.conceptAttribuut}` : a.conceptAttribuut,
      });
    else if (a.concept === e.concept && a.conceptAttribuut)
      fields.push({ domain: a.naam, central: a.conceptAttribuut });
  }
  if (!fields.length) return undefined;
  // Two attributes on one central attribute (a cohort's eindeAanmeldperiode and einddatum both on
  // Periode.einddatum): carried, but not reversible.
  for (const f of fields)
    if (fields.filter((g) => g.central === f.central).length > 1) {
      f.omkeerbaar = false;
      f.note = `Deelt ${String(f.central)} met een ander attribuut van ${e.naam}: niet omkeerbaar.`;
    }
  const niveau = NIVEAU[e.concept];
  return {
    id: `rio/${e.naam}`,
    concept: e.concept,
    ...(niveau ? { niveau, centralConstants: { niveau } } : {}),
    fields,
  };
}

/** Generated mappings of the entities without a hand-written one (erkenningen, perioden, …). */
export const RIO_ENTITY_MAPPINGS: Readonly<Record<string, AnyObjectMapping>> = Object.fromEntries(
  RIO_ENTITEITEN.filter(
    (e) => !['Onderwijsbestuur', 'Onderwijsaanbieder', 'Onderwijslocatie'].includes(e.naam),
  ).flatMap((e) => {
    const m = entityMapping(e);
    return m ? [[e.naam, m]] : [];
  }),
);

const HAND: Readonly<Record<string, AnyObjectMapping>> = {
  Onderwijsbestuur: RIO_ONDERWIJSBESTUUR,
  Onderwijsaanbieder: RIO_ONDERWIJSAANBIEDER,
  Onderwijslocatie: RIO_ONDERWIJSLOCATIE,
};

/**
 * The informatiemodel's annotations that no mapping runs, as rules (documented derivations): the
 * entities without a central concept (opleidingen) and attributes a mapping does not carry.
 */
const annotated: DerivationRule[] = RIO_ENTITEITEN.flatMap((e) => {
  const m = HAND[e.naam] ?? RIO_ENTITY_MAPPINGS[e.naam];
  const runs = (naam: string) => !!m?.fields.some((f) => f.domain === naam);
  return [
    ...(e.concept && !m
      ? [
          {
            pattern: `/${e.naam}`,
            concept: e.concept,
            conversie: 'object',
            ...(e.conceptNoot ? { note: e.conceptNoot } : {}),
          },
        ]
      : []),
    ...e.attributen
      .filter((a) => a.concept && !runs(a.naam))
      .map((a) => ({
        pattern: `/${e.naam}/${a.naam}`,
        concept: a.concept!,
        ...(a.conceptAttribuut ? { attribute: a.conceptAttribuut } : {}),
        conversie: a.identifier
          ? `Identifier ${a.identifier} (@edustandaard/identifiers).`
          : a.kenmerk
            ? 'Als Kenmerk (label/waarde) overgedragen.'
            : 'gelijk',
      })),
  ];
});

/** RIO: how its entities and attributes derive from the central models (data). */
export const RIO_DERIVATION_DATA: DerivationData = {
  afsprakenset: 'RIO',
  version: 'V4',
  anchors: [
    { at: '/Onderwijsbestuur', mapping: RIO_ONDERWIJSBESTUUR },
    { at: '/Onderwijsaanbieder', mapping: RIO_ONDERWIJSAANBIEDER },
    { at: '/Onderwijslocatie', mapping: RIO_ONDERWIJSLOCATIE },
    ...Object.entries(RIO_ENTITY_MAPPINGS).map(([naam, mapping]) => ({ at: `/${naam}`, mapping })),
  ],
  rules: [...annotated, ...RIO_RULES],
};

/** The resolved derivation table of RIO over every entity and attribute of the informatiemodel (built on the first call). */
export const rioResolvedDerivations: () => ResolvedDerivations = memoResolved(() =>
  resolveDerivations(RIO_DERIVATION_DATA, RIO_ELEMENTS),
);

/**
 * A RIO Onderwijsaanbieder → the central Onderwijsaanbieder.
 * @param a - the RIO object (Raadplegen/Beheren V4 model)
 */
export function rioAanbiederToCentral(a: Onderwijsaanbieder): MappingResult<CentralAanbieder> {
  return toCentral(RIO_ONDERWIJSAANBIEDER, a);
}

/**
 * A central Onderwijsaanbieder → the RIO Onderwijsaanbieder fields it carries.
 * @param a - the central form
 */
export function rioAanbiederFromCentral(
  a: CentralAanbieder,
): MappingResult<Partial<Onderwijsaanbieder>> {
  return fromCentral(RIO_ONDERWIJSAANBIEDER, a);
}

/**
 * A RIO Onderwijslocatie → the central Onderwijslocatie (with its address).
 * @param l - the RIO object
 */
export function rioLocatieToCentral(l: Onderwijslocatie): MappingResult<CentralLocatie> {
  return toCentral(RIO_ONDERWIJSLOCATIE, l);
}

/**
 * A central Onderwijslocatie → the RIO Onderwijslocatie fields it carries.
 * @param l - the central form
 */
export function rioLocatieFromCentral(l: CentralLocatie): MappingResult<Partial<Onderwijslocatie>> {
  return fromCentral(RIO_ONDERWIJSLOCATIE, l);
}

/**
 * A RIO Onderwijsbestuur → the central Onderwijsbestuur.
 * @param b - the RIO object
 */
export function rioBestuurToCentral(b: Onderwijsbestuur): MappingResult<CentralBestuur> {
  return toCentral(RIO_ONDERWIJSBESTUUR, b);
}
