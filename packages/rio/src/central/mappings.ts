/**
 * RIO register objects (the model types of this package, after the RIO V4 XSDs) as derivations of
 * the central AMIGO models (DESIGN.md §6, issue #18; Edu-V "Identiteiten": the central
 * Onderwijsorganisatie levels are RIO's). The engine in `@edustandaard/core` runs them; each is
 * typed against its central interface, and where RIO has "the same structure" as a central model
 * the compiler checks it (`SameStructure`).
 */
import type {
  Adres,
  ObjectMapping,
  Onderwijsaanbieder as CentralAanbieder,
  Onderwijsbestuur as CentralBestuur,
  Onderwijslocatie as CentralLocatie,
  SameStructure,
} from '@edustandaard/core';
import type { Onderwijslocatie } from '../model/index.js';

/**
 * The address part of a RIO Onderwijslocatie has the same structure as the central Adres (same
 * names, same types): a change of either breaks this line at compile time.
 */
export type RioLocatieAdres = SameStructure<
  Onderwijslocatie,
  Adres,
  'postcode' | 'huisnummer' | 'huisnummertoevoeging' | 'plaatsnaam'
>;

const geldigheid = [
  { domain: 'inBedrijfdatum', central: 'geldigheid.begindatum' },
  { domain: 'uitBedrijfdatum', central: 'geldigheid.einddatum' },
] as const;

/** RIO Onderwijsbestuur → Onderwijsbestuur (OB_ID primair, BGE_CODE secundair). */
export const RIO_ONDERWIJSBESTUUR: ObjectMapping<CentralBestuur> = {
  id: 'rio/onderwijsbestuur',
  concept: 'Onderwijsbestuur',
  niveau: 'onderwijsbestuur',
  centralConstants: { niveau: 'onderwijsbestuur' },
  fields: [
    {
      domain: 'onderwijsbestuurcode',
      central: 'identificaties[soort=OB_ID].waarde',
      conversie: 'identificatie',
      term: 'OB_ID',
    },
    {
      domain: 'bevoegdGezagNummer',
      central: 'identificaties[soort=BGE_CODE].waarde',
      conversie: 'identificatie',
      term: 'BGE_CODE',
      note: 'Van de BevoegdGezagErkenning.',
    },
    ...geldigheid,
    {
      domain: 'periodes/0/naam',
      central: 'naam',
      omkeerbaar: false,
      note: 'De naam van de eerste periode; andere perioden worden niet overgedragen.',
    },
  ],
};

/** RIO Onderwijsaanbieder → Onderwijsaanbieder (OA_ID primair; BRIN4 via de juridische relatie). */
export const RIO_ONDERWIJSAANBIEDER: ObjectMapping<CentralAanbieder> = {
  id: 'rio/onderwijsaanbieder',
  concept: 'Onderwijsaanbieder',
  niveau: 'onderwijsaanbieder',
  centralConstants: { niveau: 'onderwijsaanbieder' },
  fields: [
    {
      domain: 'onderwijsaanbiedercode',
      central: 'identificaties[soort=OA_ID].waarde',
      conversie: 'identificatie',
      term: 'OA_ID',
    },
    ...geldigheid,
    {
      domain: 'periodes/0/naam',
      central: 'naam',
      omkeerbaar: false,
      note: 'De naam van de eerste periode; andere perioden worden niet overgedragen.',
    },
    {
      domain: 'juridischeRelatie/0/instellingserkenningscode',
      central: 'identificaties[soort=OIE_CODE].waarde',
      conversie: 'identificatie',
      term: 'OIE_CODE',
      omkeerbaar: false,
      note: 'De BRIN4 van de (eerste) erkende onderwijsinstelling; begindatum van de relatie gaat verloren.',
    },
  ],
};

/** RIO Onderwijslocatie → Onderwijslocatie (OL_CODE) with its address. */
export const RIO_ONDERWIJSLOCATIE: ObjectMapping<CentralLocatie> = {
  id: 'rio/onderwijslocatie',
  concept: 'Onderwijslocatie',
  niveau: 'onderwijslocatie',
  centralConstants: { niveau: 'onderwijslocatie' },
  fields: [
    {
      domain: 'onderwijslocatiecode',
      central: 'identificaties[soort=OL_CODE].waarde',
      conversie: 'identificatie',
      term: 'OL_CODE',
    },
    { domain: 'postcode', central: 'adressen.0.postcode' },
    { domain: 'huisnummer', central: 'adressen.0.huisnummer' },
    { domain: 'huisnummertoevoeging', central: 'adressen.0.huisnummertoevoeging' },
    { domain: 'plaatsnaam', central: 'adressen.0.plaatsnaam' },
  ],
};
