/**
 * RIO's derivation from the central AMIGO models (issue #18): derivation data over every entity
 * and attribute of the informatiemodel ({@link RIO_ENTITEITEN}), the resolved table, and
 * conversions of RIO organisations to and from the central Onderwijsorganisatie levels.
 * Order of precedence: the object mappings that run, then the informatiemodel's own annotations
 * (concept and attribute per RIO attribute), then domain-specific rules with reasons.
 */
import {
  fromCentral,
  resolveDerivations,
  toCentral,
  type DerivationData,
  type DerivationRule,
  type MappingResult,
  type Onderwijsaanbieder as CentralAanbieder,
  type Onderwijsbestuur as CentralBestuur,
  type Onderwijslocatie as CentralLocatie,
  type ResolvedDerivations,
} from '@edustandaard/core';
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

/** The informatiemodel's own annotations as rules (documented derivations). */
const annotated: DerivationRule[] = RIO_ENTITEITEN.flatMap((e) => [
  ...(e.concept
    ? [
        {
          pattern: `/${e.naam}`,
          concept: e.concept,
          conversie: 'object',
          omkeerbaar: true,
          ...(e.conceptNoot ? { note: e.conceptNoot } : {}),
        },
      ]
    : []),
  ...e.attributen
    .filter((a) => a.concept)
    .map((a) => ({
      pattern: `/${e.naam}/${a.naam}`,
      concept: a.concept!,
      ...(a.conceptAttribuut ? { attribute: a.conceptAttribuut } : {}),
      conversie: a.identifier
        ? `Identifier ${a.identifier} (@edustandaard/identifiers).`
        : a.kenmerk
          ? 'Als Kenmerk (label/waarde) overgedragen.'
          : 'gelijk',
      omkeerbaar: true,
    })),
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
    ds(
      `/${e.naam}/*`,
      `Eigenschap van ${e.naam} (opleidingen/aanbod): AMIGO kent (nog) geen centraal concept voor opleidingen.`,
    ),
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

/** RIO: how its entities and attributes derive from the central models (data). */
export const RIO_DERIVATION_DATA: DerivationData = {
  afsprakenset: 'RIO',
  version: 'V4',
  anchors: [
    { at: '/Onderwijsbestuur', mapping: RIO_ONDERWIJSBESTUUR },
    { at: '/Onderwijsaanbieder', mapping: RIO_ONDERWIJSAANBIEDER },
    { at: '/Onderwijslocatie', mapping: RIO_ONDERWIJSLOCATIE },
  ],
  rules: [...annotated, ...RIO_RULES],
};

/** The resolved derivation table of RIO over every entity and attribute of the informatiemodel. */
export const RIO_RESOLVED: ResolvedDerivations = resolveDerivations(
  RIO_DERIVATION_DATA,
  RIO_ELEMENTS,
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
