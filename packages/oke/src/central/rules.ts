/**
 * The rest of the OKE schema properties: rules by path pattern (`/<Definition>/<property>`; `*`
 * one segment, `**` any depth), exceptions first, for what no object mapping in `mappings.ts`
 * carries. Most OOAPI definitions OKE ships are about the education offer, planning and transport;
 * they are domain-specific by group, with the reason once per group. A definition composed by
 * `allOf` (`ComponentOffering` = `OfferingId` + `ComponentOfferingProperties`) has no properties of
 * its own: its rules are its parts'. The direction views `request.<Name>` and `patch.<Name>` need
 * no rules: they resolve as `<Name>` (`resolveOkeDerivations`).
 */
import type { DerivationRule } from '@edustandaard/core';

const ds = (pattern: string, domeinspecifiek: string): DerivationRule => ({
  pattern,
  domeinspecifiek,
});
const group = (definitions: readonly string[], reden: string): DerivationRule[] =>
  definitions.flatMap((d) => [ds(`/${d}/**`, reden)]);
const derived = (
  pattern: string,
  concept: Extract<DerivationRule, { concept: string }>['concept'],
  attribute: string | undefined,
  conversie: string,
): DerivationRule => ({ pattern, concept, ...(attribute ? { attribute } : {}), conversie });

const OFFER =
  'Onderwijsaanbod (opleiding, cursus, studielast, kosten, studiejaar): AMIGO kent (nog) geen centraal Opleiding-begrip (RIO: Opleidingseenheid zonder centraal begrip).';
const TRANSPORT =
  'API-bericht (paginering, foutmelding, servicebeschrijving, consumer): transport, geen gegevens over personen of organisaties.';
const LOGISTIEK =
  'Toetsafname-logistiek (zitting, groep, lidmaatschap, lokaal, gebouw, NL-TEST-ADMIN-planning): OKE-specifiek.';

/** OKE's rules, in order of precedence. */
export const OKE_RULES: readonly DerivationRule[] = [
  // Common OOAPI properties.
  ds('/*/ext', 'OOAPI-uitbreidingspunt (ext) zonder vaste inhoud.'),
  ds(
    '/*/consumers',
    'Consumer-specifieke uitbreidingen (o.a. NL-TEST-ADMIN); hun velden staan onder de consumer-definities.',
  ),
  ds('/*/consumerKey', 'Sleutel van de consumer (nl-test-admin): techniek.'),

  // Identifiers and texts.
  derived(
    '/IdentifierEntry/code',
    'Identificatie',
    'waarde',
    'gelijk (met de parser van @edustandaard/identifiers gecontroleerd)',
  ),
  derived(
    '/IdentifierEntry/codeType',
    'Identificatie',
    'soort',
    'codeType → technical term via tabel (eckid → eckId, studentNumber → ASI, brin → OIE_CODE)',
  ),
  ds(
    '/LanguageTypedString/*',
    'Tekst met taalcode: OOAPI-vorm van meertalige tekst (centraal: één tekst).',
  ),

  // Person: what the central Persoon does not know.
  ds('/PersonId/personId', 'OOAPI-resource-id (uuid) van de persoon: geen Edu-V-identifier.'),
  derived(
    '/PersonProperties/affiliations',
    'Persoon',
    undefined,
    'student → Onderwijsdeelnemer, employee → Onderwijsmedewerker (de rol, geen attribuut)',
  ),
  derived(
    '/PersonProperties/secondaryMail',
    'Persoon',
    'communicatie',
    'Tweede e-mailadres als Communicatie soort email.',
  ),
  derived(
    '/PersonProperties/nationality',
    'Persoon',
    'nationaliteiten',
    'CCA3-code; de centrale codes volgen de afsprakenset (OSO: GBA tabel 32), een vertaaltabel ontbreekt: niet omgezet.',
  ),
  ds('/PersonProperties/cityOfBirth', 'Geboorteplaats: het centrale Persoon kent die niet.'),
  ds('/PersonProperties/countryOfBirth', 'Geboorteland: het centrale Persoon kent dat niet.'),
  ds('/PersonProperties/dateOfNationality', 'Datum van nationaliteit: OOAPI-specifiek.'),
  ds('/PersonProperties/photoSocial', 'Foto (URL): OOAPI-specifiek.'),
  ds(
    '/PersonProperties/photoOfficial',
    'Pasfoto (URL) voor de identiteitscontrole bij de afname: OKE-specifiek.',
  ),
  ds('/PersonProperties/titlePrefix', 'Titel vóór de naam: het centrale Persoon kent die niet.'),
  ds('/PersonProperties/titleSuffix', 'Titel na de naam: het centrale Persoon kent die niet.'),
  ds('/PersonProperties/office', 'Kantoor van de medewerker: OOAPI-specifiek.'),
  ds(
    '/PersonProperties/ICEName',
    'Contactpersoon voor noodgevallen: een andere persoon, geen attribuut van Persoon.',
  ),
  ds('/PersonProperties/ICEPhoneNumber', 'Telefoon van de contactpersoon voor noodgevallen.'),
  ds('/PersonProperties/ICERelation', 'Relatie met de contactpersoon voor noodgevallen.'),
  ds('/PersonProperties/languageOfChoice', 'Voorkeurstaal: OOAPI-specifiek.'),
  ds(
    '/NlTestAdminPerson/idCheckName',
    'Naam zoals op het identiteitsbewijs, voor de controle bij de afname: OKE-specifiek.',
  ),
  ds(
    '/NlTestAdminPerson/assignedNeeds',
    'Toegekende faciliteiten (extra tijd, voorlezen): OKE-specifiek.',
  ),
  ds(
    '/NlTestAdminPerson/assignedNeeds/**',
    'Toegekende faciliteiten (extra tijd, voorlezen): OKE-specifiek.',
  ),

  // Organisation.
  ds(
    '/Organization/organizationId',
    'OOAPI-resource-id (uuid) van de organisatie: geen Edu-V-identifier.',
  ),
  derived(
    '/Organization/organizationType',
    'Onderwijsaanbieder',
    'niveau',
    'institute/school → niveau onderwijsaanbieder (OKE_ORGANIZATION); root zou een onderwijsbestuur zijn, branch een onderwijslocatie (niet omgezet)',
  ),
  derived(
    '/Organization/shortName',
    'Onderwijsorganisatie',
    'naam',
    'Korte naam naast de naam; niet omkeerbaar.',
  ),
  ds('/Organization/description', 'Beschrijving van de organisatie: OOAPI-specifiek.'),
  ds('/Organization/logo', 'Logo (URL): OOAPI-specifiek.'),
  derived(
    '/Organization/parent',
    'Onderwijsaanbieder',
    'onderwijsbesturen',
    'De bovenliggende organisatie (uuid-verwijzing); het Edu-V-niveau volgt uit organizationType.',
  ),
  ds(
    '/Organization/children',
    'Onderliggende organisatie-eenheden (uuid-verwijzingen): OOAPI-structuur.',
  ),

  // Address.
  ds('/Address/additional', 'Extra adresregels met taalcode: OOAPI-specifiek.'),
  ds('/Address/geolocation', 'Coördinaten van de ingang: het centrale Adres kent die niet.'),
  ds('/Address/geolocation/*', 'Coördinaten van de ingang: het centrale Adres kent die niet.'),

  // Toets (component) and toetsresultaat.
  ds('/Component/componentId', 'OOAPI-resource-id (uuid) van de toets.'),
  derived(
    '/Component/organization',
    'Toets',
    'toetsaanbieder',
    'De organisatie die de toets aanbiedt (uuid-verwijzing).',
  ),
  ds(
    '/Component/*',
    'Toetscatalogus-detail (afkorting, beschrijving, duur, leeruitkomsten, hulpmiddelen, taal): OKE-specifiek.',
  ),
  ds(
    '/NlTestAdminComponent/**',
    'Toetsafname-eigenschappen van NL-TEST-ADMIN (examen, licentie, cesuur, herkansingen, beveiliging): OKE-specifiek.',
  ),
  ds('/Result/*', 'Status en opmerking bij het resultaat: OOAPI-specifiek.'),
  derived(
    '/NlTestAdminResult/assessorId',
    'Onderwijsmedewerker',
    'identificaties',
    'De beoordelaar (assessor) als Onderwijsmedewerker: zijn id.',
  ),
  derived(
    '/NlTestAdminResult/assessorCode',
    'Onderwijsmedewerker',
    'identificaties',
    'De beoordelaar (assessor): zijn code.',
  ),
  ds(
    '/NlTestAdminResult/**',
    'Aanwezigheid, definitief, onregelmatigheden, maximale score en documenten: OKE-specifiek.',
  ),
  ds('/ComponentResult/weight', 'Weging van het deelresultaat: OOAPI-specifiek.'),

  // Deelname (association): role, person,
  ds('/AssociationProperties/*', 'Status en soort van de deelname: OKE-logistiek.'),
  ds('/AssociationId/associationId', 'OOAPI-resource-id (uuid) van de deelname.'),
  ds('/*/offering', 'De zitting van de deelname (verwijzing): OKE-logistiek.'),
  ds('/PartialUpdateAssociationByIdResponse200/state', 'Status van de deelname na de wijziging.'),

  // Zitting (offering): its period is the Toets' afnameperiode.
  derived(
    '/ComponentOffering*/startDateTime',
    'Toets',
    'afnameperiode',
    'Begin van de zitting (datum-tijd → begindatum).',
  ),
  derived(
    '/ComponentOffering*/endDateTime',
    'Toets',
    'afnameperiode',
    'Einde van de zitting (datum-tijd → einddatum).',
  ),
  derived(
    '/RioCourse/educationOffererCode',
    'Onderwijsaanbieder',
    'identificaties',
    'OA_ID (RIO onderwijsaanbiedercode).',
  ),
  derived(
    '/RioProgram/educationOffererCode',
    'Onderwijsaanbieder',
    'identificaties',
    'OA_ID (RIO onderwijsaanbiedercode).',
  ),
  derived(
    '/RioCourse/educationLocationCode',
    'Onderwijslocatie',
    'identificaties',
    'OL_CODE (RIO onderwijslocatiecode).',
  ),
  derived(
    '/RioProgram/educationLocationCode',
    'Onderwijslocatie',
    'identificaties',
    'OL_CODE (RIO onderwijslocatiecode).',
  ),

  ...group(
    [
      'ComponentOfferingProperties',
      'OfferingId',
      'OfferingProperties',
      'NlTestAdminOffering',
      'NlTestAdminAssociation',
      'Group',
      'MembershipItem',
      'Building',
      'Room',
    ],
    LOGISTIEK,
  ),
  ...group(
    [
      'AcademicSession',
      'Cost',
      'Course',
      'CourseId',
      'CourseProperties',
      'CourseOfferingProperties',
      'CourseResult',
      'EducationSpecification',
      'EducationSpecificationId',
      'EducationSpecificationProperties',
      'Program',
      'ProgramId',
      'ProgramProperties',
      'ProgramOfferingProperties',
      'ProgramResult',
      'RioCourse',
      'RioEducationSpecification',
      'RioOffering',
      'RioProgram',
      'StudyLoadDescriptor',
    ],
    OFFER,
  ),
  ...group(
    [
      'ConsumerVersion',
      'TestConsumer',
      'Pagination',
      'PostResponse',
      'Problem',
      'Service',
      'ListAssociationsByOfferingIdResponse200',
      'ListAssociationsByPersonIdResponse200',
      'ListComponentsResponse200',
      'ListGroupsResponse200',
      'ListMembersByGroupIdResponse200',
      'ListOfferingsResponse200',
    ],
    TRANSPORT,
  ),
];
