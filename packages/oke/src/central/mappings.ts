/**
 * OKE (OOAPI v5 with the NL-TEST-ADMIN consumer) objects as derivations of the central AMIGO
 * models (DESIGN.md §6, issue #18). The engine in `@edustandaard/core` runs these mappings
 * (toCentral/fromCentral); the coverage table is resolved from them and from `rules.ts`. Each is
 * typed against its central interface, so a renamed central attribute breaks it at compile time.
 * Vocabularies: OOAPI enumerations gender.yaml, addressType.yaml, associationRole.yaml,
 * personAffiliations.yaml; identifier code types: codeType.yaml.
 */
import type {
  Adres,
  ObjectMapping,
  Proof,
  ProvesSameStructure,
  Onderwijsaanbieder,
  Onderwijsdeelnemer,
  Onderwijsmedewerker,
  Persoon,
  Toets,
  Toetsresultaat,
} from '@edustandaard/core';
import type { Address, PersonProperties } from '../generated/ooapi.js';

/** The fields of OOAPI `Address`. */
export const addressFields = [
  {
    domain: 'addressType',
    central: 'soort',
    conversie: 'codetabel',
    codes: [
      ['visit', 'bezoekadres'],
      ['visit', 'woonadres'],
      ['postal', 'postadres'],
      ['deliveries', 'afleveradres'],
      ['billing', 'factuuradres'],
      ['teaching', 'lesadres'],
    ],
    note: 'addressType.yaml; OOAPI kent geen woonadres: een woonadres gaat als visit (daarom niet omkeerbaar).',
  },
  { domain: 'street', central: 'straatnaam' },
  {
    domain: 'streetNumber',
    central: 'huisnummer',
    conversie: 'tekst-naar-getal',
    note: 'OOAPI zet nummer en toevoeging in één tekst; alleen een zuiver nummer wordt een huisnummer.',
  },
  { domain: 'postalCode', central: 'postcode' },
  { domain: 'city', central: 'plaatsnaam' },
  { domain: 'countryCode', central: 'land', note: 'ISO 3166-1 alpha-2, als centraal.' },
] as const satisfies ObjectMapping<Adres>['fields'];

/** OOAPI `Address` → Adres. */
export const OKE_ADDRESS: ObjectMapping<Adres> = {
  id: 'oke/address',
  concept: 'Adres',
  fields: addressFields,
};

/**
 * OOAPI person identifiers: codeType (codeType.yaml) → Edu-V term (afspraak Identiteiten). Read by
 * the mappings and by the Edu-V selection duty `OKE.ID.selectie`.
 */
export const OKE_PERSON_CODES = [
  ['eckid', 'eckId'],
  ['studentNumber', 'ASI'],
  ['employeeNumber', 'ASI'],
] as const;

/** OOAPI gender.yaml → the central vocabulary. */
const GENDER = [
  ['M', 'man'],
  ['F', 'vrouw'],
  ['U', 'onbekend'],
  ['X', 'anders'],
] as const;

/** The fields every OOAPI person has, for students and staff alike. */
export const personFields = [
  {
    domain: 'primaryCode',
    central: 'identificaties',
    conversie: 'edu-v-selectie',
    codes: OKE_PERSON_CODES,
    note: 'Heen: de code wordt een Identificatie; terug: de identifier die de Edu-V-selectie kiest (ECK iD, anders de ASI als studentNumber).',
  },
  {
    domain: 'givenName',
    central: 'roepnaam',
    note: 'OOAPI givenName: de naam waarmee de persoon wordt aangesproken.',
  },
  { domain: 'surnamePrefix', central: 'voorvoegsel' },
  { domain: 'surname', central: 'achternaam' },
  { domain: 'displayName', central: '.', conversie: 'weergavenaam' },
  { domain: 'initials', central: 'voorletters' },
  { domain: 'dateOfBirth', central: 'geboortedatum' },
  { domain: 'mail', central: 'communicatie[soort=email,geheim!=true].waarde' },
  { domain: 'telephoneNumber', central: 'communicatie[soort=telefoon,geheim!=true].waarde' },
  { domain: 'mobileNumber', central: 'communicatie[soort=mobiel,geheim!=true].waarde' },
  { domain: 'gender', central: 'geslacht', conversie: 'codetabel', codes: GENDER },
  { domain: 'address', central: 'adressen[geheim!=true]', mapping: OKE_ADDRESS },
  {
    domain: 'otherCodes',
    central: 'identificaties',
    conversie: 'identificatielijst',
    codes: OKE_PERSON_CODES,
  },
] as const satisfies ObjectMapping<Persoon>['fields'];

/** OOAPI `Person` with affiliation student (role `student` in an association) → Onderwijsdeelnemer. */
export const OKE_STUDENT: ObjectMapping<Onderwijsdeelnemer> = {
  id: 'oke/student',
  concept: 'Onderwijsdeelnemer',
  niveau: 'onderwijsdeelnemer',
  domainConstants: { affiliations: ['student'] },
  fields: [
    ...personFields,
    {
      domain: 'activeEnrollment',
      central: 'inschrijving',
      conversie: 'periode-open',
      note: 'Ja zolang de inschrijving geen einddatum heeft.',
    },
  ],
};

/** OOAPI `associationRole.yaml` (staff roles) → functie (the Dutch names the enumeration gives). */
export const OKE_STAFF_ROLES = [
  ['invigilator', 'surveillant'],
  ['assessor', 'beoordelaar'],
  ['coordinator', 'coördinator'],
  ['lecturer', 'docent'],
  ['teaching assistant', 'studentassistent'],
] as const;

/**
 * OOAPI `Person` in a staff role (invigilator, assessor, coordinator, …) → Onderwijsmedewerker.
 * The role comes from the association (`ComponentOfferingAssociation.role`), given as `role`.
 */
export const OKE_STAFF: ObjectMapping<Onderwijsmedewerker> = {
  id: 'oke/staff',
  concept: 'Onderwijsmedewerker',
  niveau: 'onderwijsmedewerker',
  domainConstants: { affiliations: ['employee'] },
  fields: [
    ...personFields,
    {
      domain: 'activeEnrollment',
      central: 'dienstverband',
      conversie: 'periode-open',
      note: 'Voor een medewerker: ja zolang het dienstverband loopt.',
    },
    {
      domain: 'role',
      central: 'functie',
      conversie: 'codetabel',
      codes: OKE_STAFF_ROLES,
      note: 'De rol in de toetsafname (associationRole): invigilator = surveillant, assessor = beoordelaar.',
    },
  ],
};

/** OOAPI organisation identifiers: codeType → Edu-V term. */
const ORGANIZATION_CODES = [
  ['brin', 'OIE_CODE'],
  ['onderwijsaanbiedercode', 'OA_ID'],
] as const;

/** OOAPI `Organization` (organizationType institute/school) → Onderwijsaanbieder. */
export const OKE_ORGANIZATION: ObjectMapping<Onderwijsaanbieder> = {
  id: 'oke/organization',
  concept: 'Onderwijsaanbieder',
  niveau: 'onderwijsaanbieder',
  centralConstants: { niveau: 'onderwijsaanbieder' },
  domainConstants: { organizationType: 'institute' },
  fields: [
    {
      domain: 'primaryCode',
      central: 'identificaties',
      conversie: 'edu-v-selectie',
      codes: ORGANIZATION_CODES,
      note: 'codeType brin = BRIN4 (OIE_CODE); terug de identifier die de Edu-V-selectie kiest.',
    },
    {
      domain: 'name/0/value',
      central: 'naam',
      omkeerbaar: false,
      note: 'De naam in de eerste taal; andere talen worden niet overgedragen.',
    },
    { domain: 'addresses', central: 'adressen', mapping: OKE_ADDRESS },
    {
      domain: 'otherCodes',
      central: 'identificaties',
      conversie: 'identificatielijst',
      codes: ORGANIZATION_CODES,
    },
    { domain: 'link', central: 'communicatie[soort=website].waarde' },
  ],
};

/** OOAPI `Component` (componentType test) → Toets. */
export const OKE_COMPONENT: ObjectMapping<Toets> = {
  id: 'oke/component',
  concept: 'Toets',
  fields: [
    {
      domain: 'primaryCode/code',
      central: 'code',
      note: 'componentCode in de toetscatalogus (flow 0).',
    },
    {
      domain: 'name/0/value',
      central: 'naam',
      omkeerbaar: false,
      note: 'De naam in de eerste taal.',
    },
    { domain: 'componentType', central: 'soort', note: 'Altijd "test" in OKE.' },
  ],
};

/** OOAPI `Result` (op een deelname) → Toetsresultaat. */
export const OKE_RESULT: ObjectMapping<Toetsresultaat> = {
  id: 'oke/result',
  concept: 'Toetsresultaat',
  fields: [
    { domain: 'score', central: 'score' },
    { domain: 'resultDate', central: 'afnamedatum' },
    { domain: 'pass', central: 'niveau', note: 'passState (passed, failed, unknown).' },
  ],
};

/** NL-TEST-ADMIN consumer on a result (flow 3) → Toetsresultaat. */
export const OKE_TESTADMIN_RESULT: ObjectMapping<Toetsresultaat> = {
  id: 'oke/nl-test-admin-result',
  concept: 'Toetsresultaat',
  fields: [
    { domain: 'rawScore', central: 'score', note: 'De ruwe score.' },
    { domain: 'testDate', central: 'afnamedatum' },
    { domain: 'executedOfferingName', central: 'toets', note: 'De afgenomen variant.' },
  ],
};

/** NL-TEST-ADMIN consumer on a person → Persoon (the name the test system uses). */
export const OKE_TESTADMIN_PERSON: ObjectMapping<Persoon> = {
  id: 'oke/nl-test-admin-person',
  concept: 'Persoon',
  fields: [{ domain: 'preferredName', central: 'roepnaam' }],
};

/** The role of a person in an association (associationRole.yaml): a staff role is a functie. */
export const OKE_ASSOCIATION_ROLE: ObjectMapping<Onderwijsmedewerker> = {
  id: 'oke/association-role',
  concept: 'Onderwijsmedewerker',
  fields: [
    {
      domain: 'role',
      central: 'functie',
      conversie: 'codetabel',
      codes: OKE_STAFF_ROLES,
      note: 'invigilator = surveillant, assessor = beoordelaar; student → Onderwijsdeelnemer (geen functie).',
    },
  ],
};

/*
 * Compile-time proofs (issue #18, "types that prove it"): the OOAPI properties that derive without
 * conversion have types assignable to the central attributes; a change on either side that breaks
 * the claim fails to compile here.
 */
/** OOAPI Address against the central Adres. */
export type OkeAddressProof = Proof<ProvesSameStructure<Address, Adres, typeof addressFields>>;
/** OOAPI Person against the central Persoon. */
export type OkePersonProof = Proof<
  ProvesSameStructure<PersonProperties, Persoon, typeof personFields>
>;
