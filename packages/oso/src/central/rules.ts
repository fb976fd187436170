/**
 * The rest of the OSO element table (both versions): rules by path pattern, exceptions first, for
 * the elements that no object mapping in `mappings.ts` carries. Each rule either names the central
 * concept (documented derivation the engine does not run, with the conversion in words) or says
 * why the element is OSO-specific. `**` matches any depth, `*` one element. Paths are those of the
 * element tables (`elementTable(version)`).
 */
import type { DerivationRule } from '@edustandaard/core';

const L = '/dossier/huidigeschool/leerling';

const ds = (pattern: string, domeinspecifiek: string): DerivationRule => ({
  pattern,
  domeinspecifiek,
});

const BIJLAGE =
  'Bijlage (bestandsnaam, omschrijving, base64-inhoud) bij een OSO-onderdeel; het centrale model kent geen documenten.';

/** Rules shared by OSO 2019.1 and 2024.1, in order of precedence. */
export const OSO_RULES: readonly DerivationRule[] = [
  // Het bericht zelf: geen gegeven over een persoon of organisatie.
  ds('/dossier', 'Het OSO-dossier als bericht (wortel); geen centraal begrip.'),
  ds(
    '/dossier/metadata/**',
    'Metadata van het OSO-bericht (pakket, versies, categorieën selectief uitleveren, overstap): transport en profiel, geen gegevens over een persoon of organisatie.',
  ),
  ds('/dossier/overdrachtsoort', 'Soort overdracht (overstapdossier, …): procesgegeven van OSO.'),
  ds(
    '/dossier/inzage',
    'Ouderinzage in het dossier: procesgegeven van OSO (Wet op het primair onderwijs art. 42).',
  ),
  ds('/dossier/inzage/*', 'Ouderinzage in het dossier: procesgegeven van OSO.'),

  // Bijlagen overal.
  ds('**/document', BIJLAGE),
  ds('**/document/*', BIJLAGE),
  ds('**/documentLijst', BIJLAGE),
  ds('**/overigdocumentlijst', BIJLAGE),

  // Adres en communicatie: lijsten en de elementen die het centrale model niet kent.
  {
    pattern: '**/adreslijst',
    concept: 'Adres',
    conversie: 'lijst',
    note: 'Lijst van adressen.',
  },
  {
    pattern: '**/communicatielijst',
    concept: 'Communicatie',
    conversie: 'lijst',
    note: 'Lijst van communicatiegegevens.',
  },
  ds(
    '**/adres/aanduiding',
    'Aanduiding bij huisnummer (BAG "by"/"to"); het centrale Adres kent die niet.',
  ),
  ds(
    '**/adres/locatieomschrijving',
    'Vrije locatieomschrijving van OSO; het centrale Adres kent die niet.',
  ),
  ds(
    '**/adres/gemeente',
    'Gemeente naast de plaats; het centrale Adres kent alleen de plaatsnaam.',
  ),
  ds(
    '**/communicatie/noodnummer',
    'Of het nummer voor noodgevallen is: OSO-specifiek (geen attribuut van Communicatie).',
  ),
  {
    pattern: '**/adresgeheim',
    concept: 'Adres',
    attribute: 'geheim',
    conversie:
      'Eén vlag voor alle adressen van de persoon → geheim op elk Adres (niet omkeerbaar als de adressen verschillen).',
  },

  // School (schoolType), ook onder werktbijinstelling/school.
  {
    pattern: '**/vestigingscode',
    concept: 'Onderwijslocatie',
    attribute: 'identificaties',
    conversie: 'VE_CODE = brincode + vestigingscode (BRIN6); samengesteld uit twee elementen.',
    note: 'Vestigingsvolgnummer bij de BRIN-code.',
  },
  ds(
    '/dossier/huidigeschool/aanleverpunt',
    'Aanleverpunt van het OSO-berichtenverkeer: transport.',
  ),
  ds(
    '**/werktbijinstelling/school/aanleverpunt',
    'Aanleverpunt van het OSO-berichtenverkeer: transport.',
  ),
  ds(
    '/dossier/huidigeschool/soort',
    'Soort school (BAO, SBO, SO, VO, …; codelijst): OSO-classificatie, geen centraal attribuut.',
  ),
  ds('**/werktbijinstelling/school/soort', 'Soort school (codelijst): OSO-classificatie.'),
  ds(
    '/dossier/huidigeschool/type',
    'Type school (codelijst): OSO-classificatie, geen centraal attribuut.',
  ),
  ds('**/werktbijinstelling/school/type', 'Type school (codelijst): OSO-classificatie.'),
  ds(
    '**/naamdirecteur',
    'Naam van de directeur; de centrale Onderwijsorganisatie kent geen contactpersoon.',
  ),

  // Niet-onderwijsinstellingen (aansprakelijke instelling, stagebedrijf, instelling van de toetsafnemer).
  ds(
    `${L}/aansprakelijkeinstelling`,
    'Aansprakelijke instelling (jeugdzorg e.d.): geen onderwijsorganisatie; AMIGO kent (nog) geen centrale Organisatie.',
  ),
  ds(
    `${L}/aansprakelijkeinstelling/naam`,
    'Naam van de aansprakelijke instelling: geen onderwijsorganisatie.',
  ),
  ds(`${L}/verzorgersaansprakelijk`, 'Of de verzorgers aansprakelijk zijn: OSO-procesgegeven.'),
  ds(
    '**/werktbijinstelling/instelling',
    'Instelling van de toetsafnemer die geen school is: geen onderwijsorganisatie.',
  ),
  ds(
    '**/werktbijinstelling/instelling/naam',
    'Naam van die instelling: geen onderwijsorganisatie.',
  ),
  {
    pattern: '**/werktbijinstelling',
    concept: 'Onderwijsmedewerker',
    attribute: 'onderwijsorganisatie',
    conversie:
      'De school (brincode) waar de medewerker werkt wordt de Identificatie van de onderwijsorganisatie.',
  },
  {
    pattern: '**/afgenomendoor/naammedewerker',
    concept: 'Onderwijsmedewerker',
    attribute: 'achternaam',
    conversie:
      'Volledige naam in één element; niet in voornamen/voorvoegsel/achternaam te splitsen.',
  },

  // Leerling: persoonsgegevens die het centrale model anders of niet kent.
  {
    pattern: `${L}/geboortemaand`,
    concept: 'Onderwijsdeelnemer',
    attribute: 'geboortedatum',
    conversie: 'Alleen jaar en maand (profielen zonder volledige geboortedatum); niet omkeerbaar.',
  },
  {
    pattern: `${L}/postcode4adres`,
    concept: 'Adres',
    attribute: 'postcode',
    conversie: 'Alleen de vier cijfers van de postcode; niet omkeerbaar.',
  },
  {
    pattern: `${L}/gba`,
    concept: 'Onderwijsdeelnemer',
    conversie:
      'Naam en geboortedatum zoals in de BRP (GBA) geregistreerd, naast de gebruikte naam.',
  },
  {
    pattern: `${L}/gba/gbavoornaam`,
    concept: 'Onderwijsdeelnemer',
    attribute: 'voornamen',
    conversie: 'gelijk (BRP-registratie)',
  },
  {
    pattern: `${L}/gba/gbavoorvoegsel`,
    concept: 'Onderwijsdeelnemer',
    attribute: 'voorvoegsel',
    conversie: 'gelijk (BRP-registratie)',
  },
  {
    pattern: `${L}/gba/gbaachternaam`,
    concept: 'Onderwijsdeelnemer',
    attribute: 'achternaam',
    conversie: 'gelijk (BRP-registratie)',
  },
  {
    pattern: `${L}/gba/gbageboortedatum`,
    concept: 'Onderwijsdeelnemer',
    attribute: 'geboortedatum',
    conversie:
      'DD-MM-JJJJ (BRP, 00 voor onbekend) naar JJJJ-MM-DD; onbekende delen niet omkeerbaar.',
  },
  {
    pattern: `${L}/adresbuitenland`,
    concept: 'Adres',
    attribute: 'adresregels',
    conversie: 'De regels van een buitenlands adres, in volgorde.',
  },
  ds(
    `${L}/geboorteplaats`,
    'Geboorteplaats: het centrale Persoon kent die niet (en SWV-profielen verbieden haar, PaO.LL10).',
  ),
  ds(
    `${L}/onderwijssinds`,
    'Datum sinds de leerling in Nederland onderwijs volgt: OSO/bekostiging (nieuwkomers).',
  ),
  ds(`${L}/startdatumhuidigonderwijs`, 'Start in het huidige onderwijstype: OSO-specifiek.'),
  ds(`${L}/teruggeplaatstnaarbrin`, 'Terugplaatsing naar een BRIN (SBO/SO): OSO-procesgegeven.'),
  ds(`${L}/leerlinggewicht`, 'Leerlinggewicht (bekostiging PO).'),
  ds(`${L}/nnca`, 'Niet-Nederlandse culturele achtergrond (bekostiging PO).'),
  ds(`${L}/tehuis`, 'Of de leerling in een tehuis verblijft: OSO-specifiek.'),

  // Ouder/verzorger: de persoon is afgeleid (mapping), de relatie tot het kind niet.
  ds(
    '**/verzorger/relatietotkind',
    'Relatie tot het kind (codelijst): een relatie, geen eigenschap van Persoon.',
  ),
  ds('**/verzorger/overleden', 'Of de verzorger is overleden: OSO-specifiek.'),
  ds('**/verzorger/overlijdensdatum', 'Overlijdensdatum van de verzorger: OSO-specifiek.'),
  ds(
    '**/verzorger/wettigevertegenwoordiger',
    'Of de verzorger wettig vertegenwoordiger is: een relatie, geen eigenschap van Persoon.',
  ),
  ds('**/verzorger/banknummer', 'Bankrekening: financieel gegeven buiten het centrale model.'),
  ds('**/verzorger/iban', 'IBAN: financieel gegeven buiten het centrale model.'),

  // Onderwijsinhoudelijke onderdelen van het dossier.
  ds(`${L}/overstapadvies`, 'Overstapadvies PO-VO: inhoud van het OSO-dossier.'),
  ds(
    `${L}/overstapadvies/*`,
    'Overstapadvies PO-VO (adviezen, wensen, contactpersoon): inhoud van het OSO-dossier.',
  ),
  ds(`${L}/vanpeuterspeelzaal`, 'Voor- en vroegschoolse educatie (VVE): OSO-specifiek.'),
  ds(`${L}/naampeuterspeelzaal`, 'Voor- en vroegschoolse educatie (VVE): OSO-specifiek.'),
  ds(`${L}/voorschools/**`, 'Voor- en vroegschoolse educatie (VVE): OSO-specifiek.'),
  ds(`${L}/vroegschools/**`, 'Voor- en vroegschoolse educatie (VVE): OSO-specifiek.'),
  ds(
    `${L}/schoolloopbaanlijst`,
    'Schoolloopbaan per schooljaar: lijst (de onderdelen zijn hieronder afgeleid).',
  ),
  {
    pattern: `${L}/schoolloopbaanlijst/schoolloopbaan`,
    concept: 'Onderwijsdeelnemer',
    attribute: 'inschrijving',
    conversie:
      'Eén schooljaar van de loopbaan; het centrale model kent alleen de huidige inschrijving.',
  },
  {
    pattern: `${L}/schoolloopbaanlijst/schoolloopbaan/jaargroep`,
    concept: 'Onderwijsdeelnemer',
    attribute: 'leerjaar',
    conversie: 'Codelijst 13; per schooljaar (het laatste is het huidige leerjaar).',
  },
  {
    pattern: `${L}/schoolloopbaanlijst/schoolloopbaan/begindatum`,
    concept: 'Periode',
    attribute: 'begindatum',
    conversie: 'gelijk',
  },
  {
    pattern: `${L}/schoolloopbaanlijst/schoolloopbaan/einddatum`,
    concept: 'Periode',
    attribute: 'einddatum',
    conversie: 'gelijk',
  },
  {
    pattern: `${L}/schoolloopbaanlijst/schoolloopbaan/brincode`,
    concept: 'Onderwijsaanbieder',
    attribute: 'identificaties',
    conversie: 'BRIN-code → Identificatie OIE_CODE.',
  },
  ds(
    `${L}/schoolloopbaanlijst/schoolloopbaan/*`,
    'Schooljaar, groep, schoolsoort/-type en VO-element van de loopbaan: OSO-classificaties.',
  ),
  ds(
    `${L}/onderwijsondersteuning`,
    'Onderwijsondersteuning (diagnose, OPP, TLV, arrangementen, LWOO, RVC): inhoud van het OSO-dossier.',
  ),
  ds(
    `${L}/onderwijsondersteuning/**`,
    'Onderwijsondersteuning (diagnose, OPP, TLV, arrangementen, LWOO, RVC): inhoud van het OSO-dossier.',
  ),
  ds(`${L}/verzuim`, 'Verzuim (dagdelen, uren, leerplicht, RMC): inhoud van het OSO-dossier.'),
  ds(`${L}/verzuim/*`, 'Verzuim (dagdelen, uren, leerplicht, RMC): inhoud van het OSO-dossier.'),

  // Toetsen en resultaten.
  ds(`${L}/toetslijst`, 'Lijst van toetsen (de toetsen zijn afgeleid).'),
  ds(
    `${L}/toetslijst/toets/toetsidentificatie/toetsversie`,
    'Versie van de toets bij de uitgever: OSO-specifiek.',
  ),
  {
    pattern: `${L}/toetslijst/toets/afname/afnamedatum`,
    concept: 'Toetsresultaat',
    attribute: 'afnamedatum',
    conversie: 'gelijk (de afname hoort bij elk resultaat van de toets)',
  },
  ds(`${L}/toetslijst/toets/afname/dl`, 'Didactische leeftijd bij afname: OSO-specifiek.'),
  ds(
    `${L}/toetslijst/toets/**/toetsscore/**`,
    'Aantallen opgaven/goed/fout/gelezen, tijd en betrouwbaarheidsinterval: toetstechnische details.',
  ),
  ds(
    `${L}/toetslijst/toets/**/referentiescore/*`,
    'Referentiescore (code, vergelijkingsgroep, waarde): toetstechnische details.',
  ),
  ds(
    `${L}/toetslijst/toets/toetsonderdeel`,
    'Onderdeel van een toets met eigen resultaat: OSO-structuur; de resultaten zijn afgeleid.',
  ),
  ds(
    `${L}/toetslijst/toets/toetsonderdeel/eldonderdeelcode`,
    'Code van het toetsonderdeel: OSO-specifiek.',
  ),
  ds(
    `${L}/toetslijst/toets/toetsonderdeel/onderdeelnaam`,
    'Naam van het toetsonderdeel: OSO-specifiek.',
  ),
  ds(`${L}/toetslijst/toets/opmerking`, 'Vrije opmerking bij de toets.'),
  ds(
    `${L}/*/*/onderdelen`,
    'Scores per onderdeel en domein van de eind-/doorstroomtoets: OSO-structuur.',
  ),
  ds(`${L}/*/*/onderdelen/onderdeel`, 'Onderdeel van de eind-/doorstroomtoets.'),
  ds(
    `${L}/*/*/onderdelen/onderdeel/*`,
    'Code en omschrijving van het onderdeel; het referentieniveau is afgeleid.',
  ),
  ds(
    `${L}/*/*/onderdelen/onderdeel/domeinen/**`,
    'Domeinen binnen een onderdeel van de eind-/doorstroomtoets.',
  ),
  {
    pattern: '**/toetssoort',
    concept: 'Toets',
    attribute: 'soort',
    conversie: 'Codelijst 42 (soort eind-/doorstroomtoets).',
  },
  {
    pattern: '**/toetsomschrijving',
    concept: 'Toets',
    attribute: 'naam',
    conversie: 'gelijk',
  },
  {
    pattern: '**/toetsniveau',
    concept: 'Toetsresultaat',
    attribute: 'niveau',
    conversie: 'gelijk (code)',
  },
  ds(
    '**/wettelijke_ontheffing',
    'Wettelijke ontheffing van de eind-/doorstroomtoets: OSO-procesgegeven.',
  ),
  ds(
    `${L}/*/deelgenomen`,
    'Of de leerling aan de eind-/doorstroomtoets heeft deelgenomen: OSO-procesgegeven.',
  ),
  ds(
    `${L}/eindtoets_basisonderwijs`,
    'Groep eindtoets basisonderwijs (het resultaat is afgeleid).',
  ),
  ds(`${L}/doorstroomtoets`, 'Groep doorstroomtoets (het resultaat is afgeleid).'),
  ds(`${L}/cijferlijstlijst`, 'Lijst van cijferlijsten.'),
  ds(
    `${L}/cijferlijstlijst/cijferlijst`,
    'Een cijferlijst (rapport): OSO-structuur; de scores zijn afgeleid.',
  ),
  ds(
    `${L}/cijferlijstlijst/cijferlijst/cijferlijstTypelijst`,
    'Groep van een cijferlijst per type.',
  ),
  {
    pattern: `${L}/cijferlijstlijst/**/afnamedatum`,
    concept: 'Toetsresultaat',
    attribute: 'afnamedatum',
    conversie: 'gelijk',
  },
  ds(
    `${L}/cijferlijstlijst/**`,
    'Naam, onderdeel, jaargroep en periode van de cijferlijst: OSO-structuur.',
  ),

  // VO, MBO-overstap en examen.
  ds(`${L}/bevorderd`, 'Bevordering (VO): OSO-procesgegeven.'),
  ds(`${L}/bevorderd/*`, 'Bevordering (VO): OSO-procesgegeven.'),
  ds(`${L}/examenresultaat/*`, 'Soort diploma en examenjaar: OSO-specifiek.'),
  {
    pattern: `${L}/resultaatvakkenvo/cijferce`,
    concept: 'Toetsresultaat',
    attribute: 'score',
    conversie: 'gelijk (cijfer centraal examen)',
  },
  {
    pattern: `${L}/resultaatvakkenvo/eindcijferse`,
    concept: 'Toetsresultaat',
    attribute: 'score',
    conversie: 'gelijk (eindcijfer schoolexamen)',
  },
  {
    pattern: `${L}/resultaatvakkenvo/cijferse`,
    concept: 'Toetsresultaat',
    attribute: 'score',
    conversie: 'gelijk (cijfer schoolexamen)',
  },
  {
    pattern: `${L}/resultaatvakkenvo/rapportcijfer`,
    concept: 'Toetsresultaat',
    attribute: 'score',
    conversie: 'gelijk (rapportcijfer)',
  },
  {
    pattern: `${L}/resultaatvakkenvo/vakleergebied`,
    concept: 'Toets',
    attribute: 'domein',
    conversie: 'gelijk',
  },
  ds(`${L}/resultaatvakkenvo/**`, 'Afgerond, examenvak, beoordeling en werkstuk: OSO-specifiek.'),
  ds(`${L}/certificaat`, 'Behaalde certificaten: OSO-specifiek.'),
  ds(`${L}/competenties`, 'Competenties (VO-MBO): OSO-specifiek.'),
  ds(`${L}/competenties/*`, 'Competenties (VO-MBO): OSO-specifiek.'),
  ds(`${L}/stage`, 'Stage (VO-MBO): OSO-specifiek; het stagebedrijf is geen onderwijsorganisatie.'),
  ds(
    `${L}/stage/instelling`,
    'Stagebedrijf: geen onderwijsorganisatie; AMIGO kent (nog) geen centrale Organisatie.',
  ),
  ds(`${L}/stage/instelling/naam`, 'Naam van het stagebedrijf: geen onderwijsorganisatie.'),
  ds(`${L}/stage/*`, 'Stageperiode, soort, functie en beoordeling: OSO-specifiek.'),
  ds(`${L}/overigvombo`, 'Overige VO-MBO-gegevens (keuze vervolgopleiding, LOB): OSO-specifiek.'),
  ds(`${L}/overigvombo/*`, 'Overige VO-MBO-gegevens (keuze vervolgopleiding, LOB): OSO-specifiek.'),
];
