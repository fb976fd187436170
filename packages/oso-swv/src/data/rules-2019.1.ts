/**
 * Business rules of the SWV profiles 2019.1. Messages of rules the official 2019.1 validation checks
 * are its exact Dutch wording (`PaO/ValideerSwvPaO-profielen.xsl`, inventoried in
 * business-rules-2019.1.json, quirks kept); rules only the document states (recommendations) are worded
 * as in the document, whose 2019.1 tables equal the 2024.1 tables minus the changes of §1.3.
 */
import { VO_MBO_REGELS } from './vo-mbo.js';
import { doc2019, xslt2019, codelijst2019, doc2024 } from './sources.js';
import { LEERLING, METADATA, SCHOOL } from './paths.js';
import { SWV_CONSTANTS } from './constants.js';
import { GEDEELD } from './checks.js';
import type { SwvRuleData } from './types.js';

const T1 = doc2019('§2.6 Tabel 1');
const T2 = doc2019('§2.6 Tabel 2');
const BOTH = ['PO-SWV', 'VO-SWV'] as const;
const PO = ['PO-SWV'] as const;
const VO = ['VO-SWV'] as const;
const ET = `${LEERLING}/eindtoets_basisonderwijs`;

/**
 * Every `communicatie` of the 2019.1 gegevensset except the verzorger's (those are PaO.OV04): the
 * 2019.1 validation checks the secret value on *all* communicatie of the dossier ("Iterates over all
 * communicatie elements of the dossier from inside the leerling template", business-rules-2019.1.json,
 * PaO.LL08/PaO.OV04), school and huisarts included (#10 item 7a). The paths are the XSD's.
 */
const COMMUNICATIE_BUITEN_VERZORGER: readonly string[] = [
  `${SCHOOL}/communicatielijst/communicatie`,
  `${LEERLING}/communicatielijst/communicatie`,
  `${LEERLING}/huisarts/communicatielijst/communicatie`,
  `${LEERLING}/aansprakelijkeinstelling/communicatielijst/communicatie`,
  `${LEERLING}/stage/instelling/communicatielijst/communicatie`,
  `${LEERLING}/toetslijst/toets/afname/afgenomendoor/werktbijinstelling/instelling/communicatielijst/communicatie`,
  `${LEERLING}/toetslijst/toets/afname/afgenomendoor/werktbijinstelling/school/communicatielijst/communicatie`,
];

/** Every rule of the SWV profiles 2019.1, in table order. */
export const RULES_2019_1: readonly SwvRuleData[] = [
  {
    code: 'PaO.MD01',
    severity: 'fout',
    profiles: BOTH,
    source: xslt2019('PaO.MD01'),
    message:
      'Het dossier voor SWV-profielen moet een LAS deel bevatten, en mag niet alleen een LVS of TIB deel bevatten.',
    description: 'Alleen waarden "LASLVS" en "LAS" toegestaan (Tabel 1).',
    paths: [`${METADATA}/deeldossier`],
  },
  {
    code: 'PaO.MD02',
    severity: 'fout',
    check: {
      kind: 'fixedValue',
      path: `${METADATA}/validatieversie`,
      value: SWV_CONSTANTS['2019.1'].validatieversie,
    },
    profiles: BOTH,
    source: xslt2019('PaO.MD02'),
    message: 'De validatieversie is niet correct voor deze versie van de standaard.',
    description: 'Alleen waarde "2019.1.1" toegestaan.',
    paths: [`${METADATA}/validatieversie`],
  },
  {
    code: 'PaO.MD03',
    severity: 'fout',
    profiles: BOTH,
    source: xslt2019('PaO.MD03'),
    message: 'Een SWV-dossier moet het blok "Categorie uitlevering" bevatten.',
    paths: [`${METADATA}/categorie_uitlevering`],
  },
  {
    code: 'PaO.SO01',
    severity: 'fout',
    profiles: BOTH,
    source: xslt2019('PaO.SO01'),
    message: 'Een SWV-dossier moet de aanduiding voor soort overstap/dossier bevatten.',
    paths: [`${METADATA}/overstap`],
  },
  {
    code: 'PaO.SO02',
    severity: 'fout',
    check: {
      kind: 'fixedValue',
      path: `${METADATA}/overstap`,
      value: SWV_CONSTANTS['2019.1'].overstap,
    },
    profiles: BOTH,
    source: xslt2019('PaO.SO02'),
    message:
      'Het veld \'Soort overstap/dossier\' heeft waarde "POSWV" of "VOSWV" binnen een SWV-dossier.',
    description:
      'In het PO SWV-profiel is overstap "POSWV", in het VO SWV-profiel "VOSWV" (Tabel 1: "respectievelijk").',
    paths: [`${METADATA}/overstap`],
    divergence: {
      summary:
        'De 2019.1-validatie accepteert POSWV of VOSWV in beide profielen; het document zegt "respectievelijk": dit profiel eist de waarde van het eigen profiel.',
      sources: [T1, xslt2019('PaO.SO02')],
    },
  },
  {
    code: 'PaO.SO03',
    severity: 'fout',
    check: {
      kind: 'fixedValue',
      path: '/dossier/overdrachtsoort',
      value: SWV_CONSTANTS['2019.1'].overdrachtsoort,
    },
    profiles: BOTH,
    source: xslt2019('PaO.SO03'),
    message: 'Een SWV-dossier moet de aanduiding "swv-dossier" voor soort overdracht bevatten.',
    paths: ['/dossier/overdrachtsoort'],
  },
  {
    code: 'PaO.SL01',
    severity: 'fout',
    profiles: BOTH,
    source: xslt2019('PaO.SL01'),
    message: 'In een SWV-dossier is minimaal één adres verplicht bij een school.',
    paths: [`${SCHOOL}/adreslijst`],
    divergence: {
      summary:
        'Regelnummer PaO.SL01 wordt in document en validatie twee keer gebruikt (adres school, schoolloopbaan leerling); het pad onderscheidt ze.',
      sources: [T1, T2, xslt2019('PaO.SL01')],
    },
  },
  {
    code: 'PaO.SL02',
    severity: 'fout',
    profiles: BOTH,
    source: xslt2019('PaO.SL02'),
    message:
      'In een SWV-dossier is minimaal één set communicatiegegevens verplicht bij een school.',
    paths: [`${SCHOOL}/communicatielijst`],
  },
  {
    code: 'PaO.LL01',
    severity: 'fout',
    profiles: BOTH,
    source: xslt2019('PaO.LL01'),
    message: 'In een SWV-dossier is minimaal één voornaam verplicht bij een leerling.',
    paths: [`${LEERLING}/voornaam`],
  },
  {
    code: 'PaO.LL02',
    severity: 'fout',
    profiles: BOTH,
    source: xslt2019('PaO.LL02'),
    message: 'In een SWV-dossier is de geboortedatum verplicht bij een leerling.',
    paths: [`${LEERLING}/geboortedatum`],
  },
  {
    code: 'PaO.LL03',
    severity: 'fout',
    persoonsgegeven: true,
    profiles: BOTH,
    source: xslt2019('PaO.LL03'),
    message: 'In een SWV-dossier is de geboortemaand verboden bij een leerling.',
    paths: [`${LEERLING}/geboortemaand`],
  },
  {
    code: 'PaO.LL04',
    severity: 'fout',
    profiles: BOTH,
    source: xslt2019('PaO.LL04'),
    message: "In een SWV-dossier is de indicatie 'adres geheim' verplicht bij een leerling.",
    paths: [`${LEERLING}/adresgeheim`],
  },
  {
    code: 'PaO.LL05',
    severity: 'fout',
    check: {
      kind: 'requiredWhen',
      context: LEERLING,
      when: { path: 'adresgeheim', is: 'notTrue' },
      requires: ['adreslijst/adres', 'adresbuitenland'],
      at: 'adreslijst',
    },
    profiles: BOTH,
    source: xslt2019('PaO.LL05'),
    message:
      'Minimaal één Nederlands of buitenlands adres is verplicht bij een leerling waarvan het adres niet geheim is.',
    description:
      'Gemeld wanneer adresgeheim niet "true" is en adreslijst/adres en adresbuitenland ontbreken (2019.1-validatie).',
    paths: [`${LEERLING}/adreslijst`],
  },
  {
    code: 'PaO.LL06',
    severity: 'fout',
    check: GEDEELD['PaO.LL06'],
    profiles: BOTH,
    source: xslt2019('PaO.LL06'),
    message:
      'Indien een adres van leerling geheim, is ieder leerlingadres in SWV-dossier verboden.',
    paths: [`${LEERLING}/adreslijst`],
  },
  {
    code: 'PaO.LL07',
    severity: 'fout',
    persoonsgegeven: true,
    profiles: BOTH,
    source: xslt2019('PaO.LL07'),
    message: 'In een SWV-dossier is de postcode4-adres verboden bij een leerling.',
    paths: [`${LEERLING}/postcode4adres`],
  },
  {
    code: 'PaO.LL08',
    severity: 'fout',
    check: {
      kind: 'secretValue',
      contexts: COMMUNICATIE_BUITEN_VERZORGER,
      flag: 'geheim',
      soort: 'soort',
      target: 'nummer',
      values: SWV_CONSTANTS['2019.1'].geheimwaarden,
    },
    profiles: BOTH,
    source: xslt2019('PaO.LL08/PaO.OV04'),
    message:
      'In een SWV-dossier is geheime communicatieinfo over {soort} verplicht middels de geheimwaarde "{geheimwaarde}".',
    description:
      'Gemeld per communicatie met geheim "true" waarvan het nummer niet de geheimwaarde van de soort is: die van de leerling en elke andere ' +
      'communicatie van het dossier (school, huisarts, instelling) behalve die van verzorgers (PaO.OV04), zoals de 2019.1-validatie.',
    paths: COMMUNICATIE_BUITEN_VERZORGER.map((p) => `${p}/nummer`),
    divergence: {
      summary:
        'Dit 2019.1-profiel volgt de 2019.1-validatie en de officiële 2019.1-voorbeelden: geheimwaarde telefoon "9999999999" (tien cijfers). ' +
        'Het document 2024.1 (Tabel 2) noemt "999999999" (negen cijfers); het 2019.1-document ontbreekt in de referentieset. De validatie meldt de regel ' +
        'onder de gecombineerde code "PaO.LL08/PaO.OV04" voor alle communicatie van het dossier; hier één code per bevinding: PaO.OV04 voor verzorgers, ' +
        'PaO.LL08 voor alle andere communicatie (leerling, school, huisarts, instelling), zoals de validatie ze controleert.',
      sources: [
        codelijst2019('Geheimwaarde telefoonnummer'),
        xslt2019('PaO.LL08/PaO.OV04'),
        doc2024('§2.6 Tabel 2'),
      ],
    },
  },
  {
    code: 'PaO.LL09',
    severity: 'fout',
    check: GEDEELD['PaO.LL09'],
    profiles: BOTH,
    source: xslt2019('PaO.LL09'),
    message: 'Indien een adres van leerling geheim, is een buitenlands leerlingadres verboden.',
    paths: [`${LEERLING}/adresbuitenland`],
  },
  {
    code: 'PaO.LL10',
    severity: 'fout',
    persoonsgegeven: true,
    profiles: BOTH,
    source: xslt2019('PaO.LL10'),
    message: 'De geboorteplaats van de leerling is verboden in alle SWV-dossiers.',
    paths: [`${LEERLING}/geboorteplaats`],
  },
  {
    code: 'PaO.LL11',
    severity: 'fout',
    persoonsgegeven: true,
    profiles: BOTH,
    source: xslt2019('PaO.LL11'),
    message: 'De nationaliteit van de leerling is verboden in een SWV-dossier.',
    paths: [`${LEERLING}/nationaliteit`],
  },
  {
    code: 'PaO.LL12',
    severity: 'fout',
    persoonsgegeven: true,
    profiles: BOTH,
    source: xslt2019('PaO.LL12'),
    message: 'BSN of onderwijsnummer is verboden bij een leerling in een SWV-dossier.',
    paths: [`${LEERLING}/onderwijsnummer`, `${LEERLING}/bsn`],
  },
  {
    code: 'SWV.T2.verzorgersaansprakelijk',
    severity: 'aanbeveling',
    check: GEDEELD['SWV.T2.verzorgersaansprakelijk'],
    profiles: BOTH,
    source: T2,
    message: 'Aanbevolen wordt dit veld met waarde in een SWV-dossier mee te geven.',
    paths: [`${LEERLING}/verzorgersaansprakelijk`],
  },
  {
    code: 'PaO.VV01',
    severity: 'fout',
    profiles: VO,
    source: xslt2019('PaO.VV01'),
    message: 'Het veld "Afkomstig van PSZ" is niet toegestaan in een VO SWV-dossier.',
    paths: [`${LEERLING}/vanpeuterspeelzaal`],
  },
  {
    code: 'PaO.VV02',
    severity: 'fout',
    profiles: VO,
    source: xslt2019('PaO.VV02'),
    message: 'Het veld "Naam van PSZ" is niet toegestaan in een VO SWV-dossier.',
    paths: [`${LEERLING}/naampeuterspeelzaal`],
  },
  {
    code: 'PaO.VV03',
    severity: 'fout',
    profiles: VO,
    source: xslt2019('PaO.VV03'),
    message: 'Voorschools is niet toegestaan in een VO SWV-dossier.',
    paths: [`${LEERLING}/voorschools`],
  },
  {
    code: 'PaO.VV04',
    severity: 'fout',
    profiles: VO,
    source: xslt2019('PaO.VV04'),
    message: 'Vroegschools is niet toegestaan in een VO SWV-dossier.',
    paths: [`${LEERLING}/vroegschools`],
  },
  {
    code: 'PaO.SL01',
    severity: 'fout',
    profiles: BOTH,
    source: xslt2019('PaO.SL01'),
    message: 'Minimaal één schoolloopbaan is verplicht bij een leerling in een SWV-dossier .',
    paths: [`${LEERLING}/schoolloopbaanlijst`],
    divergence: {
      summary:
        'Tweede regel onder regelnummer PaO.SL01 (het document nummert het adres van de school en de schoolloopbaan van de leerling gelijk); ' +
        'de code blijft die van het document, het pad van de bevinding onderscheidt ze.',
      sources: [T2, T1, xslt2019('PaO.SL01')],
    },
  },
  {
    code: 'SWV.T2.handelingsplan',
    severity: 'aanbeveling',
    profiles: VO,
    source: T2,
    message: 'Aanbevolen wordt om dit veld niet in de VO SWV-dossier te gebruiken.',
    paths: [`${LEERLING}/onderwijsondersteuning/handelingsplan`],
  },
  {
    code: 'SWV.T2.lwoo',
    severity: 'aanbeveling',
    profiles: PO,
    source: T2,
    message: 'Aanbevolen wordt om dit veld niet in de PO SWV-dossier te gebruiken.',
    paths: [`${LEERLING}/onderwijsondersteuning/lwoo`],
  },
  {
    code: 'SWV.T2.rvc',
    severity: 'aanbeveling',
    profiles: PO,
    source: T2,
    message: 'Aanbevolen wordt om dit veld niet in de PO SWV-dossier te gebruiken.',
    paths: [`${LEERLING}/onderwijsondersteuning/rvc`],
  },
  {
    code: 'PaO.EB01',
    severity: 'fout',
    profiles: PO,
    source: xslt2019('PaO.EB01'),
    message: 'Het blok "Eindtoets basisonderwijs" is niet toegestaan in een PO SWV-dossier.',
    paths: [ET],
  },
  {
    code: 'PaO.EB02',
    severity: 'aanbeveling',
    check: {
      kind: 'requiredWhen',
      context: `${ET}`,
      when: { path: 'eindtoetsresultaat', is: 'present' },
      requires: ['document'],
    },
    profiles: VO,
    source: T2,
    message:
      'Aanbevolen wordt om in het geval het leerlingrapport van de eindtoets beschikbaar is, dit leerlingrapport als bijlage bij het overstapdossier te voegen.',
    description:
      'Toegevoegd in het document op 28 maart 2018 (documentgeschiedenis); niet gecontroleerd door de 2019.1-validatie.',
    paths: [`${ET}/document`],
  },
  {
    code: 'SWV.T2.toetslijst',
    severity: 'aanbeveling',
    check: GEDEELD['SWV.T2.toetslijst'],
    profiles: BOTH,
    source: T2,
    message:
      'Aanbevolen wordt toetsresultaten over te dragen wanneer er relevante toetsresultaten beschikbaar zijn.',
    paths: [`${LEERLING}/toetslijst`],
  },
  {
    code: 'SWV.T2.toetsresultaten',
    severity: 'aanbeveling',
    profiles: BOTH,
    source: T2,
    message:
      'Aanbevolen wordt om alle relevante toetsresultaten mee te geven wanneer deze resultaten op de school zijn behaald. ' +
      'Wanneer een leerling korter op school is ingeschreven geweest, dan zou dit evenredig minder toetsresultaten kunnen opleveren.',
    paths: [`${LEERLING}/toetslijst/toets`],
    nietToetsbaar:
      'Welke toetsresultaten relevant zijn en op de school zijn behaald, staat niet in het dossier.',
  },
  {
    code: 'PaO.CL01',
    severity: 'fout',
    check: GEDEELD['PaO.CL01'],
    profiles: BOTH,
    source: xslt2019('PaO.CL01'),
    message: 'Een score moet minimaal een waarde of een kwalificatie bevatten.',
    paths: [
      `${LEERLING}/cijferlijstlijst/cijferlijst/cijferlijstTypelijst/score`,
      `${LEERLING}/cijferlijstlijst/cijferlijst/cijferlijstTypelijst/onderdeel/score`,
    ],
  },
  {
    code: 'PaO.OV01',
    severity: 'fout',
    check: GEDEELD['PaO.OV01'],
    profiles: BOTH,
    source: xslt2019('PaO.OV01'),
    message:
      'Minimaal één verzorger is verplicht in een SWV-dossier als de verzorgers aansprakelijk zijn.',
    paths: [`${LEERLING}/verzorger`],
  },
  {
    code: 'PaO.OV02',
    severity: 'aanbeveling',
    check: {
      kind: 'maxCount',
      context: LEERLING,
      child: 'verzorger',
      max: SWV_CONSTANTS['2019.1'].maxVerzorgers,
    },
    profiles: BOTH,
    source: T2,
    message:
      'Aanbevolen wordt om in een SWV-dossier maximaal 4 ouders/verzorgers te specificeren; meer mag wel maar zeer waarschijnlijk zullen dan niet meer ' +
      'dan de eerste 4 worden ingelezen in de ontvangende applicatie. Zorg er dan voor dat de belangrijkste vooraan in de lijst staan.',
    paths: [`${LEERLING}/verzorger`],
  },
  {
    code: 'PaO.OV03',
    severity: 'fout',
    check: GEDEELD['PaO.OV03'],
    profiles: BOTH,
    source: xslt2019('PaO.OV03'),
    message:
      'Indien het adres van de verzorger geheim, is ieder verzorgeradres in SWV-dossier verboden.',
    paths: [`${LEERLING}/verzorger/adreslijst`],
  },
  {
    code: 'PaO.OV04',
    severity: 'fout',
    check: {
      kind: 'secretValue',
      contexts: [`${LEERLING}/verzorger/communicatielijst/communicatie`],
      flag: 'geheim',
      soort: 'soort',
      target: 'nummer',
      values: SWV_CONSTANTS['2019.1'].geheimwaarden,
    },
    profiles: BOTH,
    source: xslt2019('PaO.LL08/PaO.OV04'),
    message:
      'In een SWV-dossier is geheime communicatieinfo over {soort} verplicht middels de geheimwaarde "{geheimwaarde}".',
    paths: [`${LEERLING}/verzorger/communicatielijst/communicatie/nummer`],
    divergence: {
      summary:
        'Geheimwaarde telefoon "9999999999" volgens de 2019.1-validatie; het document 2024.1 noemt "999999999" (zie PaO.LL08).',
      sources: [
        codelijst2019('Geheimwaarde telefoonnummer'),
        xslt2019('PaO.LL08/PaO.OV04'),
        doc2024('§2.6 Tabel 2'),
      ],
    },
  },
  {
    code: 'PaO.OV05',
    severity: 'fout',
    profiles: BOTH,
    source: xslt2019('PaO.OV05'),
    message: 'Voor een verzorger is een banknummer in SWV-dossier verboden.',
    paths: [`${LEERLING}/verzorger/banknummer`],
    divergence: {
      summary:
        'De 2019.1-validatie verbiedt banknummer als fout; het document (Tabel 2, cardinaliteit 0) formuleert het als aanbeveling zonder BR-nummer. ' +
        'Dit 2019.1-profiel volgt de 2019.1-validatie; het 2024.1-profiel het document.',
      sources: [xslt2019('PaO.OV05'), doc2024('§2.6 Tabel 2')],
    },
  },
  ...VO_MBO_REGELS.map((vm) => ({
    code: vm.code,
    severity: 'fout' as const,
    profiles: PO,
    source: xslt2019(vm.code),
    message: vm.melding,
    paths: [`${LEERLING}/${vm.element}`],
  })),
  {
    code: 'PaO.ZB01',
    severity: 'fout',
    profiles: BOTH,
    source: xslt2019('PaO.ZB01'),
    message:
      'De gegevens van de leerling m.b.t. VIR (Verwijsindex jongeren) zijn verboden in een SWV-dossier.',
    paths: [`${LEERLING}/onderwijsondersteuning`],
    nietToetsbaar:
      'Dode regel: de 2019.1-validatie test zorg/vir, maar het 2019.1-XSD kent geen <zorg> (vervangen door <onderwijsondersteuning>) en geen <vir>; ' +
      'de regel kan nooit afgaan. Alleen als documentatie opgenomen.',
  },
  {
    code: 'PaO.ZB02',
    severity: 'fout',
    profiles: BOTH,
    source: xslt2019('PaO.ZB02'),
    message:
      'De gegevens van de leerling m.b.t. ZAT (Zorgadviesteam) zijn verboden in een SWV-dossier.',
    paths: [`${LEERLING}/onderwijsondersteuning`],
    nietToetsbaar:
      'Dode regel: de 2019.1-validatie test zorg/zat, maar het 2019.1-XSD kent geen <zorg> en geen <zat>; de regel kan nooit afgaan. Alleen als documentatie opgenomen.',
  },
  {
    code: 'PaO.TR01',
    severity: 'fout',
    check: GEDEELD['PaO.TR01'],
    profiles: BOTH,
    source: xslt2019('PaO.TR01'),
    message:
      'Een toetsresultaat moet minimaal een score, een referentiescore of een bijlage bevatten.',
    paths: [
      `${LEERLING}/toetslijst/toets/resultaat`,
      `${LEERLING}/toetslijst/toets/toetsonderdeel/resultaat`,
    ],
  },
  {
    code: 'PaO.TR02',
    severity: 'fout',
    check: GEDEELD['PaO.TR02'],
    profiles: BOTH,
    source: xslt2019('PaO.TR02'),
    message:
      'Een toetsscore moet minimaal het aantal oipgaven, het aantal goed, het aantal fout, het aantal gelezen, de tijd of de vaardigeheidsscore bevatten.',
    paths: [
      `${LEERLING}/toetslijst/toets/resultaat/toetsscore`,
      `${LEERLING}/toetslijst/toets/toetsonderdeel/resultaat/toetsscore`,
    ],
  },
  {
    code: 'SWV.F4.categorie',
    severity: 'fout',
    profiles: BOTH,
    source: doc2019('§2.6 Figuur 4'),
    message:
      'De waarde van deze categorie in "Categorie uitlevering" past niet bij het SWV-profiel: verplichte categorieën zijn VERPLICHT, ' +
      'verboden categorieën VERBODEN, en alleen optionele categorieën mogen worden uitgezet (OPTIONEEL of OPT-UIT).',
    description: 'Figuur 4; niet gecontroleerd door de 2019.1-validatie; de code is van ons.',
    paths: [`${METADATA}/categorie_uitlevering`],
  },
];
