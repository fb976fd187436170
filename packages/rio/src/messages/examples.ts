/**
 * One bundled example input per action (what `edustandaard rio request <action> --example` builds).
 * Codes follow the XSD patterns; waardenlijst values are taken from RIO's published value lists where
 * known (e.g. `HoOpleidingsoort` `OPLEIDING`), otherwise plausible upper-case codes.
 */
import type { AangebodenOpleiding } from '../model/aangeboden-opleiding.js';
import type { Bedrijfsdocument } from '../model/common.js';
import type {
  HoOpleiding,
  Opleidingsrelatie,
  ParticuliereOpleiding,
} from '../model/opleidingseenheid.js';
import type { Onderwijsaanbieder, Onderwijslocatiegebruik } from '../model/organisatie.js';

/** Header used by the examples (fixed, so example output is deterministic). */
export const EXAMPLE_HEADER: Bedrijfsdocument = {
  identificatiecodeBedrijfsdocument: 'voorbeeld-0001',
  verzendendeInstantie: '00000001234567890000',
  ontvangendeInstantie: '00000001800866472000',
  datumTijdBedrijfsdocument: '2026-01-15T10:00:00Z',
};

const hoOpleiding: HoOpleiding = {
  type: 'hoOpleiding',
  begindatum: '2024-09-01',
  eigenOpleidingseenheidSleutel: '5f1c6b52-0d0e-4b8c-9a33-2f4a8c1d7e90',
  soort: 'OPLEIDING',
  periodes: [
    {
      begindatum: '2024-09-01',
      naamLang: 'Bachelor Bedrijfskunde',
      naamKort: 'B Bedrijfskunde',
      internationaleNaam: 'Bachelor Business Administration',
      omschrijving: 'Voltijdse bacheloropleiding.',
      studielast: 240,
      studielasteenheid: 'ECTS',
    },
  ],
  waardedocumentsoort: 'DIPLOMA',
  niveau: 'HBO-BA',
  ISCED: 413,
};

const particuliere: ParticuliereOpleiding = {
  type: 'particuliereOpleiding',
  opleidingseenheidcode: '1010O6466',
  begindatum: '2023-01-01',
  categorie: ['ZORG_EN_WELZIJN'],
  periodes: [
    {
      begindatum: '2023-01-01',
      naamLang: 'Cursus Excel voor gevorderden',
      studielast: 40,
      studielasteenheid: 'SBU',
    },
  ],
  niveau: 'NLQF4',
};

const aangeboden: AangebodenOpleiding = {
  type: 'aangebodenHOOpleiding',
  aangebodenOpleidingCode: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  onderwijsaanbiedercode: '110A133',
  onderwijslocatiecode: '123X456',
  begindatum: '2024-09-01',
  opleidingseenheidSleutel: '1010O6466',
  periodes: [
    {
      begindatum: '2024-09-01',
      eigenNaamAangebodenOpleiding: 'Bedrijfskunde (voltijd)',
      propedeutischeFase: 'GEEN_PROPEDEUSE',
      studiekeuzecheck: 'GEEN_STUDIEKEUZECHECK',
    },
  ],
  cohorten: [
    {
      cohortcode: '2025-SEP',
      cohortstatus: 'OPEN',
      opleidingsvorm: 'KLASSIKAAL',
      beginAanmeldperiode: '2024-10-01',
      vastInstroommoment: { instroommoment: '2025-09-01' },
      eindeAanmeldperiode: '2025-05-01',
      toestemmingVereistVoorAanmelding: 'NEE',
      prijs: [{ soort: 'COMMERCIELE_PRIJS', bedrag: 2530 }],
    },
  ],
  eigenAangebodenOpleidingSleutel: '8d2b7b36-5b1e-4d55-9a31-8f0d1b6c2a11',
  toestemmingDeelnameSTAP: 'GEEN_TOESTEMMING_VERLEEND',
  vorm: 'VOLTIJD',
  voertaal: 'NLD',
};

const relatie: Opleidingsrelatie = {
  begindatum: '2024-09-01',
  opleidingseenheidcode: ['1010O6466', '1010O6467'],
};

const aanbieder: Onderwijsaanbieder = {
  onderwijsaanbiedercode: '110A133',
  inBedrijfdatum: '2020-08-01',
  periodes: [
    {
      begindatum: '2020-08-01',
      naam: 'Hogeschool Voorbeeld',
      internationaleNaam: 'Example University of Applied Sciences',
    },
  ],
  juridischeRelatie: [{ instellingserkenningscode: '30AB', begindatum: '2020-08-01' }],
  eigenOnderwijsaanbiederSleutel: 'HSV-01',
};

const locatiegebruik: Onderwijslocatiegebruik = {
  onderwijsbestuurcode: '100B490',
  inBedrijfdatum: '2021-01-01',
  juridischeOnderwijslocatiegebruikRelatie: [
    { instellingserkenningscode: '30AB00', begindatum: '2021-01-01' },
  ],
  eigenOnderwijslocatiegebruikSleutel: 'LOC-UTR-1',
  aanduidingAdres: { postcode: '3511AB', huisnummer: 12, huisnummertoevoeging: 'A' },
};

/** Example input per action. */
export const RIO_EXAMPLES: Readonly<Record<string, unknown>> = {
  aanleveren_opleidingseenheid: hoOpleiding,
  aanleveren_aangebodenOpleiding: aangeboden,
  aanleveren_opleidingsrelatie: relatie,
  aanleveren_onderwijsaanbieder: { onderwijsbestuurcode: '100B490', onderwijsaanbieder: aanbieder },
  aanleveren_onderwijslocatiegebruik: locatiegebruik,
  verwijderen_aangebodenOpleiding: {
    aangebodenOpleidingCode: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  },
  verwijderen_onderwijsaanbieder: { onderwijsaanbiedercode: '110A133' },
  verwijderen_onderwijslocatiegebruik: {
    onderwijsbestuurcode: '100B490',
    onderwijslocatiecode: '123X456',
  },
  verwijderen_opleidingseenheid: { opleidingseenheidcode: '1010O6466' },
  verwijderen_opleidingsrelatie: {
    opleidingseenheidcode: ['1010O6466', '1010O6467'],
    begindatum: '2024-09-01',
  },
  opvragen_aangebodenOpleiding: { aangebodenOpleidingCode: '3fa85f64-5717-4562-b3fc-2c963f66afa6' },
  opvragen_aangebodenOpleidingenVanOrganisatie: {
    onderwijsaanbiedercode: '110A133',
    peildatum: '2026-01-01',
    pagina: 0,
  },
  opvragen_gewijzigdeAangebodenOpleidingen: {
    peildatumtijdMutaties: '2026-01-01T00:00:00Z',
    onderwijsaanbiederCode: '110A133',
    pagina: 0,
  },
  opvragen_gewijzigdeOnderwijsaanbieders: {
    peildatumtijdMutaties: '2026-01-01T00:00:00Z',
    pagina: 0,
    onderwijsbestuurcode: '100B490',
  },
  opvragen_gewijzigdOnderwijslocatiegebruik: {
    peildatumtijdMutaties: '2026-01-01T00:00:00Z',
    pagina: 0,
  },
  opvragen_instellingsstructuur: { bevoegdGezagNummer: '41645', peildatum: '2026-01-01' },
  opvragen_onderwijsaanbiedersVanOrganisatie: { onderwijsbestuurCode: '100B490' },
  opvragen_onderwijsaanbieder: { onderwijsaanbiedercode: '110A133' },
  opvragen_onderwijslocatiegebruikVanOrganisatie: { onderwijsbestuurCode: '100B490' },
  opvragen_onderwijslocatiegebruik: {
    onderwijsbestuurCode: '100B490',
    onderwijslocatieCode: '123X456',
  },
  opvragen_onderwijslocatie: { onderwijslocatieCode: '123X456' },
  opvragen_opleidingseenhedenVanOrganisatie: { onderwijsbestuurcode: '100B490', pagina: 0 },
  opvragen_opleidingseenheid: { opleidingseenheidcode: '1010O6466' },
  opvragen_opleidingsrelatiesBijOpleidingseenheid: { opleidingseenheidcode: '1010O6466' },
  opvragen_rioIdentificatiecode: {
    eigenOpleidingseenheidSleutel: '5f1c6b52-0d0e-4b8c-9a33-2f4a8c1d7e90',
  },
};

/** Extra examples: every opleidingseenheid and aangeboden-opleiding kind (used by the conformance test). */
export const RIO_KIND_EXAMPLES: Readonly<Record<string, { action: string; input: unknown }>> = {
  particuliereOpleiding: { action: 'aanleveren_opleidingseenheid', input: particuliere },
  hoOnderwijseenheid: {
    action: 'aanleveren_opleidingseenheid',
    input: {
      type: 'hoOnderwijseenheid',
      begindatum: '2024-09-01',
      eigenOpleidingseenheidSleutel: 'OE-12',
      periodes: [
        {
          begindatum: '2024-09-01',
          naamLang: 'Statistiek 1',
          studielast: 5,
          studielasteenheid: 'ECTS',
          waardedocumentsoort: 'CERTIFICAAT',
        },
      ],
    },
  },
  hoOnderwijseenhedencluster: {
    action: 'aanleveren_opleidingseenheid',
    input: {
      type: 'hoOnderwijseenhedencluster',
      begindatum: '2024-09-01',
      soort: 'MINOR',
      periodes: [{ begindatum: '2024-09-01', naamLang: 'Minor Data Science' }],
      ISCED: 48,
    },
  },
  aangebodenParticuliereOpleiding: {
    action: 'aanleveren_aangebodenOpleiding',
    input: {
      type: 'aangebodenParticuliereOpleiding',
      aangebodenOpleidingCode: 'ED0C1234-ABCD-4ABC-8DEF-0123456789AB',
      onderwijsaanbiedercode: '110A133',
      begindatum: '2023-01-01',
      opleidingseenheidSleutel: '1010O6466',
      periodes: [
        {
          begindatum: '2023-01-01',
          website: 'https://example.nl/excel',
          samenwerkendeOnderwijsaanbiedercode: ['111A222'],
        },
      ],
      cohorten: [
        {
          cohortcode: 'C1',
          cohortstatus: 'OPEN',
          deelnemersplaatsen: 12,
          opleidingsvorm: 'ONLINE',
          beginAanmeldperiode: '2023-01-01',
          flexibeleInstroom: {
            beginInstroomperiode: '2023-02-01',
            eindeInstroomperiode: '2023-12-31',
          },
          toestemmingVereistVoorAanmelding: 'NEE',
          bedrijfsopleiding: { toegangscodeCohort: 'ABC123' },
        },
      ],
      toestemmingDeelnameSTAP: 'TOESTEMMING_VERLEEND',
      kenmerken: [{ kenmerknaam: 'eigenKenmerk', kenmerkwaardeBoolean: true }],
    },
  },
  aangebodenVOOpleiding: {
    action: 'aanleveren_aangebodenOpleiding',
    input: {
      type: 'aangebodenVOOpleiding',
      aangebodenOpleidingCode: '6b1e4c9a-1111-4222-8333-944455556666',
      onderwijsaanbiedercode: '110A133',
      begindatum: '2022-08-01',
      opleidingserkenningSleutel: { opleidingsstelsel: 'VO', opleidingscode: '1234' },
      periodes: [{ begindatum: '2022-08-01' }],
      afwijkendeOpleidingsduur: { opleidingsduurEenheid: 'JAAR', opleidingsduurOmvang: 5 },
    },
  },
  aangebodenSOOpleiding: {
    action: 'aanleveren_aangebodenOpleiding',
    input: {
      type: 'aangebodenSOOpleiding',
      aangebodenOpleidingCode: '6b1e4c9a-2222-4222-8333-944455556666',
      onderwijsaanbiedercode: '110A133',
      begindatum: '2022-08-01',
      voVakerkenningSleutel: {
        opleidingsstelsel: 'VO',
        opleidingscode: '0099',
        opleidingsniveau: 'VMBO',
      },
      periodes: [{ begindatum: '2022-08-01' }],
    },
  },
  nieuweOnderwijsaanbieder: {
    action: 'aanleveren_onderwijsaanbieder',
    input: {
      onderwijsbestuurcode: '100B490',
      onderwijsaanbieder: {
        inBedrijfdatum: '2026-01-01',
        periodes: [{ begindatum: '2026-01-01', naam: 'Nieuwe school' }],
        juridischeRelatie: [{ instellingserkenningscode: '30AB', begindatum: '2026-01-01' }],
      },
    },
  },
  locatiegebruikGps: {
    action: 'aanleveren_onderwijslocatiegebruik',
    input: {
      onderwijsbestuurcode: '100B490',
      inBedrijfdatum: '2021-01-01',
      aanduidingGPS: { gpsLatitude: 52.0907, gpsLongitude: 5.1214 },
    },
  },
  rioIdentificatiecodeAdres: {
    action: 'opvragen_rioIdentificatiecode',
    input: { aanduidingAdres: { postcode: '3511AB', huisnummer: 12 } },
  },
};
