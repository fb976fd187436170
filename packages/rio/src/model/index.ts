export type { Datum, Kenmerk, Bedrijfsdocument } from './common.js';
export type {
  OpleidingseenheidSoort,
  OpleidingseenheidPeriode,
  HoOpleiding,
  HoOnderwijseenheid,
  HoOnderwijseenhedencluster,
  ParticuliereOpleiding,
  Opleidingseenheid,
  Opleidingsrelatie,
} from './opleidingseenheid.js';
export type {
  AangebodenOpleidingSoort,
  AangebodenOpleiding,
  AangebodenOpleidingPeriode,
  AangebodenOpleidingCohort,
  AangebodenOpleidingVerwijzing,
  FlexibeleInstroom,
} from './aangeboden-opleiding.js';
export type {
  Onderwijsbestuur,
  BevoegdGezagErkenning,
  Onderwijsinstellingserkenning,
  Vestigingserkenning,
  JuridischeRelatie,
  Onderwijsaanbieder,
  Onderwijsaanbiedersgroep,
  Onderwijslocatie,
  Onderwijslocatiegebruik,
  JuridischeOnderwijslocatiegebruikRelatie,
} from './organisatie.js';
export { RIO_ENTITEITEN, RIO_RELATIES, RIO_DERIVATIONS } from './informatiemodel.js';
export type {
  RioEntiteit,
  RioAttribuut,
  RioRelatie,
  Cardinaliteit,
  RioDeel,
} from './informatiemodel.js';
export { RIO_MANIFEST } from './manifest.js';
export type * from './requests.js';
