/**
 * Every identifier type of the Edu-V agreement "Identiteiten" as plain, JSON-serialisable data:
 * technical term, type, format (as exactly as public documentation allows), normalisation,
 * example and documentation link. The parsers in `../parse/` check exactly the `pattern` given here.
 */
import type { IdentifierTerm, IdentifierTypeInfo } from '../types.js';
import {
  BRON_ECK_ID,
  BRON_EDUID,
  BRON_ENTREE,
  BRON_IDENTITEITEN,
  RIO_XSD_URL,
  rioXsd,
} from './sources.js';
import { deepFreeze } from './freeze.js';

/** The ECK iD base URL of the production chain ("ketenId" 201703), from the agreement's example. */
export const ECK_ID_PREFIX = 'https://ketenid.nl/201703/';

/** Number of hexadecimal characters after {@link ECK_ID_PREFIX}. */
export const ECK_ID_HEX_LENGTH = 128;

const NO_FORMAT = (who: string) =>
  `Geen publiek formaat: ${who}. Elke niet-lege waarde (na het verwijderen van witruimte aan begin en eind) wordt geaccepteerd.`;

const TRIM =
  'Witruimte aan begin en eind wordt verwijderd; verder ongewijzigd (hoofdlettergevoelig).';
const TRIM_UPPER =
  'Witruimte aan begin en eind wordt verwijderd; letters worden hoofdletters (de code schrijft hoofdletters voor).';

/** Metadata per technical term. */
export const IDENTIFIER_TYPES: Readonly<Record<IdentifierTerm, IdentifierTypeInfo>> = deepFreeze({
  eckId: {
    term: 'eckId',
    type: 'ECK iD',
    description:
      'Ketenpseudoniem van de Nummervoorziening (Kennisnet) voor een onderwijsdeelnemer, per sector; primaire identifier voor onderwijsdeelnemers.',
    format: {
      description: `URL \`${ECK_ID_PREFIX}\` gevolgd door ${ECK_ID_HEX_LENGTH} hexadecimale tekens in kleine letters (0-9, a-f). Het ECK iD wordt als ondoorzichtige tekenreeks exact vergeleken.`,
      published: true,
      pattern: `^https://ketenid\\.nl/201703/[0-9a-f]{${ECK_ID_HEX_LENGTH}}$`,
      checkCharacter: null,
      sources: [
        {
          ...BRON_IDENTITEITEN,
          section: 'Digitale identiteit voor Onderwijsdeelnemers (voorbeeld)',
        },
        BRON_ECK_ID,
      ],
    },
    normalisation:
      'Witruimte aan begin en eind wordt verwijderd; verder ongewijzigd. Hoofdletters in het hexadecimale deel zijn ongeldig (de Nummervoorziening geeft kleine letters uit).',
    example:
      'https://ketenid.nl/201703/1a5c9c7203901866532c2d72ce056e1d29cacc70836fe2bc3a517f3f9a53eed3d77ef370ad6dcf80b3f34ced1c547c7d2e679e8e47002355f938213b3656b206',
    documentation: { title: 'Achtergrondinformatie ECK iD', url: BRON_ECK_ID.url },
  },
  NEPRI: {
    term: 'NEPRI',
    type: 'nlEduPersonRealId',
    description: 'Onversleutelde gebruikersnaam met realm uit de Entree Federatie (Kennisnet).',
    format: {
      description:
        '`[userId]@[realm]`: een niet-lege userId en een niet-lege realm, gescheiden door precies één `@`, zonder witruimte.',
      published: true,
      pattern: '^[^\\s@]+@[^\\s@]+$',
      checkCharacter: null,
      sources: [BRON_IDENTITEITEN, BRON_ENTREE],
    },
    normalisation: TRIM,
    example: 'pietjepukkelen@petteflatcollege',
    documentation: {
      title: 'Technische documentatie Kennisnet Entree Federatie',
      url: BRON_ENTREE.url,
    },
  },
  NEPPI: {
    term: 'NEPPI',
    type: 'nlEduPersonProfileId',
    description:
      'ECK-attribuut uit de Entree Federatie: leerlingnummer @ (administratienummer.) schooldomein. Het administratienummer staat er alleen bij scholen met meerdere administraties.',
    format: {
      description:
        '`leerlingnummer@administratienummer.schooldomein.nl`: een niet-leeg leerlingnummer zonder `@` of witruimte, `@`, en een domeinnaam (labels van letters, cijfers en koppeltekens, gescheiden door punten, minstens twee labels).',
      published: true,
      pattern: '^[^\\s@]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$',
      checkCharacter: null,
      sources: [BRON_IDENTITEITEN, BRON_ENTREE],
    },
    normalisation: TRIM,
    example: '95312@1.kennisnet.nl',
    documentation: {
      title: 'Technische documentatie Kennisnet Entree Federatie',
      url: BRON_ENTREE.url,
    },
  },
  BPI: {
    term: 'BPI',
    type: 'Basispoort ID',
    description: 'Door Basispoort gegenereerde identifier van een persoon.',
    format: {
      description: NO_FORMAT('door Basispoort gegenereerde identifier'),
      published: false,
      pattern: null,
      checkCharacter: null,
      sources: [BRON_IDENTITEITEN],
    },
    normalisation: TRIM,
    example: null,
    documentation: { title: 'Edu-V Identiteiten', url: BRON_IDENTITEITEN.url },
  },
  ASI: {
    term: 'ASI',
    type: 'LAS-key',
    description:
      'Door het leerlingadministratiesysteem (LAS) gegenereerde identifier van een persoon.',
    format: {
      description: NO_FORMAT('door het leerlingadministratiesysteem gegenereerde identifier'),
      published: false,
      pattern: null,
      checkCharacter: null,
      sources: [BRON_IDENTITEITEN],
    },
    normalisation: TRIM,
    example: null,
    documentation: { title: 'Edu-V Identiteiten', url: BRON_IDENTITEITEN.url },
  },
  eduID: {
    term: 'eduID',
    type: 'eduID Identifier',
    description: 'Identifier van de persoonlijke, levenslange eduID-identiteit van SURF.',
    format: {
      description: NO_FORMAT(
        'de afspraak verwijst naar de technische documentatie van SURF, die geen formaat voor deze identifier vastlegt dat hier controleerbaar is',
      ),
      published: false,
      pattern: null,
      checkCharacter: null,
      sources: [BRON_IDENTITEITEN, BRON_EDUID],
    },
    normalisation: TRIM,
    example: null,
    documentation: { title: 'Technische documentatie SURF (eduID)', url: BRON_EDUID.url },
  },
  OB_ID: {
    term: 'OB_ID',
    type: 'Onderwijsbestuur',
    description:
      'Betekenisloze identifier van een onderwijsbestuur in het RIO-register; primaire identifier voor onderwijsbesturen.',
    format: {
      description:
        '7 tekens: 3 cijfers, de hoofdletter B en 3 cijfers. Er is geen controleteken gepubliceerd.',
      published: true,
      pattern: '^[0-9]{3}B[0-9]{3}$',
      checkCharacter: null,
      sources: [BRON_IDENTITEITEN, rioXsd('OnderwijsbestuurID-v01')],
    },
    normalisation: TRIM_UPPER,
    example: '106B996',
    exampleOf: 'Stichting Flores Onderwijs',
    documentation: { title: 'DUO RIO — OnderwijsbestuurID', url: RIO_XSD_URL },
  },
  BGE_CODE: {
    term: 'BGE_CODE',
    type: 'Bevoegd Gezag',
    description: 'Nummer van de bevoegd-gezagerkenning (BevoegdGezagnummer) in RIO.',
    format: {
      description: '5 cijfers. Er is geen controlecijfer gepubliceerd.',
      published: true,
      pattern: '^[0-9]{5}$',
      checkCharacter: null,
      sources: [BRON_IDENTITEITEN, rioXsd('BevoegdGezagnummer')],
    },
    normalisation:
      'Witruimte aan begin en eind wordt verwijderd; verder ongewijzigd (voorloopnullen blijven staan).',
    example: '41645',
    exampleOf: 'Stichting Flores Onderwijs',
    documentation: { title: 'DUO RIO — BevoegdGezagnummer', url: RIO_XSD_URL },
  },
  OA_ID: {
    term: 'OA_ID',
    type: 'Onderwijsaanbieder',
    description:
      'Betekenisloze identifier van een onderwijsaanbieder in het RIO-register; primaire identifier voor onderwijsaanbieders.',
    format: {
      description:
        '7 tekens: 3 cijfers, de hoofdletter A en 3 cijfers. Er is geen controleteken gepubliceerd.',
      published: true,
      pattern: '^[0-9]{3}A[0-9]{3}$',
      checkCharacter: null,
      sources: [BRON_IDENTITEITEN, rioXsd('OnderwijsaanbiederID-v01')],
    },
    normalisation: TRIM_UPPER,
    example: '104A158',
    exampleOf: 'De Mariënborn',
    documentation: { title: 'DUO RIO — OnderwijsaanbiederID', url: RIO_XSD_URL },
  },
  OIE_CODE: {
    term: 'OIE_CODE',
    type: 'Onderwijsinstellingserkenning',
    description:
      'Code van de onderwijsinstellingserkenning door OCW (BRIN4). RIO kent ook instellingserkenningscodes van andere erkenners (NRTO, NLQF; tot 22 tekens); de afspraak bedoelt hier de BRIN4.',
    format: {
      description:
        '4 tekens (BRIN4): 2 cijfers en 2 hoofdletters. Dit zijn de eerste vier posities van de BRIN6 (vestigingserkenning). Er is geen controleteken gepubliceerd.',
      published: true,
      pattern: '^[0-9]{2}[A-Z]{2}$',
      checkCharacter: null,
      sources: [
        BRON_IDENTITEITEN,
        rioXsd('BRINNummerVestiging'),
        {
          ...rioXsd('ErkendeOrganisatiecode-v01'),
          section: 'complexType ErkendeOnderwijsinstelling (‘BRIN4’)',
        },
      ],
    },
    normalisation: TRIM_UPPER,
    example: '09QQ',
    exampleOf: 'Marienbornschool',
    documentation: { title: 'DUO RIO — ErkendeOnderwijsinstelling (BRIN4)', url: RIO_XSD_URL },
  },
  VE_CODE: {
    term: 'VE_CODE',
    type: 'Vestigingserkenning',
    description:
      'Code van de vestigingserkenning (BRIN6): BRIN4 plus tweecijferig vestigingsvolgnummer; volgnummer 00 is in de praktijk de hoofdvestiging.',
    format: {
      description:
        '6 tekens (BRIN6): 2 cijfers, 2 hoofdletters en 2 cijfers. Er is geen controleteken gepubliceerd.',
      published: true,
      pattern: '^[0-9]{2}[A-Z]{2}[0-9]{2}$',
      checkCharacter: null,
      sources: [BRON_IDENTITEITEN, rioXsd('BRINNummerVestiging')],
    },
    normalisation: TRIM_UPPER,
    example: '09QQ00',
    exampleOf: 'Marienbornschool',
    documentation: { title: 'DUO RIO — BRINNummerVestiging', url: RIO_XSD_URL },
  },
  BP_ID: {
    term: 'BP_ID',
    type: 'BasispoortId',
    description: 'Door Basispoort gegenereerde identifier van een onderwijsaanbieder.',
    format: {
      description: NO_FORMAT('door Basispoort gegenereerde identifier'),
      published: false,
      pattern: null,
      checkCharacter: null,
      sources: [BRON_IDENTITEITEN],
    },
    normalisation: TRIM,
    example: null,
    documentation: { title: 'Edu-V Identiteiten', url: BRON_IDENTITEITEN.url },
  },
  DD_ID: {
    term: 'DD_ID',
    type: 'DigiDeliveryId',
    description:
      'Door de Centrale Registratie van Edu-iX gegenereerde identifier van een onderwijsaanbieder.',
    format: {
      description: NO_FORMAT('door de Centrale Registratie van Edu-iX gegenereerde identifier'),
      published: false,
      pattern: null,
      checkCharacter: null,
      sources: [BRON_IDENTITEITEN],
    },
    normalisation: TRIM,
    example: null,
    documentation: { title: 'Edu-V Identiteiten', url: BRON_IDENTITEITEN.url },
  },
  AS_ID: {
    term: 'AS_ID',
    type: 'LAS-key',
    description:
      'Door het leerlingadministratiesysteem (LAS) gegenereerde identifier van een onderwijsaanbieder.',
    format: {
      description: NO_FORMAT('door het leerlingadministratiesysteem gegenereerde identifier'),
      published: false,
      pattern: null,
      checkCharacter: null,
      sources: [BRON_IDENTITEITEN],
    },
    normalisation: TRIM,
    example: null,
    documentation: { title: 'Edu-V Identiteiten', url: BRON_IDENTITEITEN.url },
  },
  OL_CODE: {
    term: 'OL_CODE',
    type: 'Onderwijslocatie',
    description:
      'Betekenisloze identifier van een onderwijslocatie (een punt op de kaart waar onderwijs wordt aangeboden) in het RIO-register; primaire identifier voor onderwijslocaties.',
    format: {
      description:
        '7 tekens: 3 cijfers, de hoofdletter X en 3 cijfers. Er is geen controleteken gepubliceerd.',
      published: true,
      pattern: '^[0-9]{3}X[0-9]{3}$',
      checkCharacter: null,
      sources: [BRON_IDENTITEITEN, rioXsd('OnderwijslocatieID-v01')],
    },
    normalisation: TRIM_UPPER,
    example: '112X995',
    exampleOf: 'Mariënbergweg 28 6862ZM Oosterbeek',
    documentation: { title: 'DUO RIO — OnderwijslocatieID', url: RIO_XSD_URL },
  },
});
