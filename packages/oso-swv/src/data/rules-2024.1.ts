/**
 * Business rules of the SWV profiles 2024.1, transcribed from `Afspraak SWV-profielen als toepassing
 * van de OSO gegevensset` versie 2024.1, §2.6 Tabel 1 and Tabel 2 ("BR nr" column; messages are the
 * document's "BR:" sentences, the "d.w.z." part is the description), plus the rules of the official
 * validation that the document does not name (kept from 2019.1, recorded as divergence), plus the
 * category statuses of Figuur 4. Rows without a BR number get a stable id of ours (`SWV.T2.*`, `SWV.F4.*`).
 */
import { VO_MBO_REGELS } from './vo-mbo.js';
import { doc2024, xslt2019, codelijst2019 } from './sources.js';
import { LEERLING, METADATA, SCHOOL } from './paths.js';
import { SWV_CONSTANTS } from './constants.js';
import { GEDEELD } from './checks.js';
import type { SwvRuleData } from './types.js';

const T1 = doc2024('§2.6 Tabel 1');
const T2 = doc2024('§2.6 Tabel 2');
const BOTH = ['PO-SWV', 'VO-SWV'] as const;
const PO = ['PO-SWV'] as const;
const VO = ['VO-SWV'] as const;

/** Every rule of the SWV profiles 2024.1, in table order. */
export const RULES_2024_1: readonly SwvRuleData[] = [
  // ── Tabel 1: overdracht en school ───────────────────────────────────────────────────────────
  {
    code: 'PaO.MD01',
    severity: 'fout',
    profiles: BOTH,
    source: T1,
    message: 'Alleen waarden "LASLVS" en "LAS" toegestaan.',
    paths: [`${METADATA}/deeldossier`],
  },
  {
    code: 'PaO.MD02',
    severity: 'fout',
    check: {
      kind: 'versionAtLeast',
      path: `${METADATA}/validatieversie`,
      minimum: SWV_CONSTANTS['2024.1'].validatieversie,
    },
    profiles: BOTH,
    source: T1,
    message: 'Alleen waarde "2024.1.1" (of recentere versie) toegestaan.',
    paths: [`${METADATA}/validatieversie`],
    divergence: {
      summary:
        'De 2019.1-validatie controleert de validatieversie alleen als overdrachtsoort "swv-dossier" is en eist exact de eigen versie; ' +
        'het document (leidend, principe 7) staat "2024.1.1" of een recentere versie toe, voor elk SWV-dossier.',
      sources: [T1, xslt2019('PaO.MD02')],
    },
  },
  {
    code: 'PaO.MD03',
    severity: 'fout',
    profiles: BOTH,
    source: T1,
    message: 'Dit blok is verplicht.',
    description:
      'Het blok "Categorie uitlevering" (categorie_uitlevering) is verplicht in een SWV-dossier.',
    paths: [`${METADATA}/categorie_uitlevering`],
  },
  {
    code: 'PaO.SO01',
    severity: 'fout',
    profiles: BOTH,
    source: T1,
    message: 'Een SWV-dossier moet "Soort overstap/dossier" bevatten.',
    description: 'd.w.z. dit veld overstap is verplicht.',
    paths: [`${METADATA}/overstap`],
  },
  {
    code: 'PaO.SO02',
    severity: 'fout',
    check: {
      kind: 'fixedValue',
      path: `${METADATA}/overstap`,
      value: SWV_CONSTANTS['2024.1'].overstap,
    },
    profiles: BOTH,
    source: T1,
    message: 'Alleen waarden "POSWV" respectievelijk "VOSWV" zijn toegestaan.',
    description: 'In het PO SWV-profiel is overstap "POSWV", in het VO SWV-profiel "VOSWV".',
    paths: [`${METADATA}/overstap`],
  },
  {
    code: 'PaO.SO03',
    severity: 'fout',
    check: {
      kind: 'fixedValue',
      path: '/dossier/overdrachtsoort',
      value: SWV_CONSTANTS['2024.1'].overdrachtsoort,
    },
    profiles: BOTH,
    source: T1,
    message: 'Alleen de waarde "swv-dossier" toegestaan.',
    description: 'Verplicht volgens Afspraak.',
    paths: ['/dossier/overdrachtsoort'],
  },
  {
    code: 'PaO.SL01',
    severity: 'fout',
    profiles: BOTH,
    source: T1,
    message: 'Minimaal één adres (deelelement adres) is verplicht bij een school.',
    description: 'd.w.z. dit element is verplicht.',
    paths: [`${SCHOOL}/adreslijst`],
    divergence: {
      summary:
        'Het document gebruikt regelnummer PaO.SL01 twee keer: voor het adres van de school (Tabel 1) en voor de schoolloopbaan van de leerling (Tabel 2); ' +
        'de 2019.1-validatie doet hetzelfde. Beide regels houden die code; het pad van de bevinding onderscheidt ze.',
      sources: [T1, T2, xslt2019('PaO.SL01')],
    },
  },
  {
    code: 'PaO.SL02',
    severity: 'fout',
    profiles: BOTH,
    source: T1,
    message: 'Minimaal één set communicatiegegevens is verplicht bij een school.',
    description: 'd.w.z. dit element is verplicht.',
    paths: [`${SCHOOL}/communicatielijst`],
  },
  // ── Tabel 2: leerling ───────────────────────────────────────────────────────────────────────
  {
    code: 'PaO.LL01',
    severity: 'fout',
    profiles: BOTH,
    source: T2,
    message: 'Minimaal één voornaam is verplicht bij een leerling.',
    description: 'd.w.z. dit element is verplicht.',
    paths: [`${LEERLING}/voornaam`],
  },
  {
    code: 'PaO.LL02',
    severity: 'fout',
    profiles: BOTH,
    source: T2,
    message: 'In SWV-dossier is de geboortedatum verplicht bij een leerling.',
    description: 'd.w.z. dit element is verplicht.',
    paths: [`${LEERLING}/geboortedatum`],
  },
  {
    code: 'PaO.LL03',
    severity: 'fout',
    persoonsgegeven: true,
    profiles: BOTH,
    source: T2,
    message: 'In SWV-dossier is de geboortemaand verboden bij een leerling.',
    description: 'd.w.z. dit element is verboden.',
    paths: [`${LEERLING}/geboortemaand`],
  },
  {
    code: 'PaO.LL04',
    severity: 'fout',
    profiles: BOTH,
    source: T2,
    message: "De indicatie 'adres geheim' is verplicht bij een leerling.",
    description: 'd.w.z. dit element is verplicht.',
    paths: [`${LEERLING}/adresgeheim`],
  },
  {
    code: 'PaO.LL05',
    severity: 'fout',
    check: {
      kind: 'requiredWhen',
      context: LEERLING,
      when: { path: 'adresgeheim', is: 'false' },
      requires: ['adreslijst/adres', 'adresbuitenland'],
      at: 'adreslijst',
    },
    profiles: BOTH,
    source: T2,
    message:
      'Indien adres niet geheim, is minimaal 1 binnenlands of buitenlands adres verplicht bij een leerling.',
    description:
      'd.w.z. dit element is verplicht wanneer adresgeheim waarde "false" heeft en adresbuitenland ontbreekt.',
    paths: [`${LEERLING}/adreslijst`],
    divergence: {
      summary:
        'Het document eist een adres wanneer adresgeheim "false" is; de 2019.1-validatie wanneer adresgeheim niet "true" is (ook als het ontbreekt). ' +
        'Dit profiel volgt het document (principe 7); een ontbrekende adresgeheim meldt PaO.LL04.',
      sources: [T2, xslt2019('PaO.LL05')],
    },
  },
  {
    code: 'PaO.LL06',
    severity: 'fout',
    check: GEDEELD['PaO.LL06'],
    profiles: BOTH,
    source: T2,
    message:
      'Indien een adres van leerling geheim, is ieder leerlingadres in SWV-dossier verboden.',
    description: 'd.w.z. dit element is verboden wanneer adresgeheim waarde "true" heeft.',
    paths: [`${LEERLING}/adreslijst`],
  },
  {
    code: 'PaO.LL07',
    severity: 'fout',
    persoonsgegeven: true,
    profiles: BOTH,
    source: T2,
    message: 'In SWV-dossier is deze postcode4adres verboden bij een leerling.',
    description: 'd.w.z. dit element is verboden.',
    paths: [`${LEERLING}/postcode4adres`],
  },
  {
    code: 'PaO.LL08',
    severity: 'fout',
    check: {
      kind: 'secretValue',
      contexts: [`${LEERLING}/communicatielijst/communicatie`],
      flag: 'geheim',
      soort: 'soort',
      target: 'nummer',
      values: SWV_CONSTANTS['2024.1'].geheimwaarden,
    },
    profiles: BOTH,
    source: T2,
    message:
      'Indien de communicatieinfo van de leerling geheim, is de overdracht van die communicatieinfo verboden. ' +
      'Omdat het veld "Nummer of adres" verplicht is, zal een vaste geheimwaarde worden overgedragen.',
    description:
      'd.w.z. indien een communicatieinfo geheim is, zal de geheimwaarde "geheim@geheim.geheim" voor e-mail of de geheimwaarde "999999999" ' +
      'voor telefoonnummer in het veld nummer worden overgedragen.',
    paths: [`${LEERLING}/communicatielijst/communicatie/nummer`],
    divergence: {
      summary:
        'Geheimwaarde voor telefoon: het document 2024.1 (Tabel 2, PaO.LL08/PaO.OV04) schrijft "999999999" (negen cijfers) voor; de 2019.1-validatie ' +
        '(codelijsten.json "Geheimwaarde telefoonnummer") en de officiële 2019.1-voorbeelden gebruiken "9999999999" (tien cijfers). ' +
        'Het document is leidend (principe 7): dit 2024.1-profiel eist "999999999"; migrate() van @edustandaard/oso-swv zet de 2019.1-waarde om. ' +
        'Reikwijdte: de 2019.1-validatie controleert alle communicatie-elementen van het dossier (ook school, huisarts, instelling) onder de gecombineerde code ' +
        '"PaO.LL08/PaO.OV04"; Tabel 2 noemt alleen de communicatieinfo van de leerling (PaO.LL08) en van verzorgers (PaO.OV04). Dit 2024.1-profiel volgt Tabel 2; ' +
        'het 2019.1-profiel volgt de validatie (#10 item 7a).',
      sources: [T2, codelijst2019('Geheimwaarde telefoonnummer'), xslt2019('PaO.LL08/PaO.OV04')],
    },
  },
  {
    code: 'PaO.LL09',
    severity: 'fout',
    check: GEDEELD['PaO.LL09'],
    profiles: BOTH,
    source: T2,
    message: 'Indien een adres van leerling geheim, is een buitenlands leerlingadres verboden.',
    description: 'd.w.z. dit element is verboden wanneer adresgeheim waarde "true" heeft.',
    paths: [`${LEERLING}/adresbuitenland`],
  },
  {
    code: 'PaO.LL10',
    severity: 'fout',
    persoonsgegeven: true,
    profiles: BOTH,
    source: T2,
    message: 'Geboorteplaats is verboden in de alle SWV-dossiers.',
    description: 'd.w.z. dit element is verboden.',
    paths: [`${LEERLING}/geboorteplaats`],
  },
  {
    code: 'PaO.LL11',
    severity: 'fout',
    persoonsgegeven: true,
    profiles: BOTH,
    source: T2,
    message: 'Nationaliteit is verboden in alle SWV-dossiers.',
    description: 'd.w.z. dit element is verboden.',
    paths: [`${LEERLING}/nationaliteit`],
  },
  {
    code: 'PaO.LL12',
    severity: 'fout',
    persoonsgegeven: true,
    profiles: BOTH,
    source: T2,
    message: 'BSN of onderwijsnummer is verboden bij een leerling.',
    description:
      'Het BSN of onderwijsnummer mag niet als sleutel worden gebruikt (§2.5); beide elementen zijn verboden.',
    paths: [`${LEERLING}/onderwijsnummer`, `${LEERLING}/bsn`],
  },
  {
    code: 'SWV.T2.verzorgersaansprakelijk',
    severity: 'aanbeveling',
    check: GEDEELD['SWV.T2.verzorgersaansprakelijk'],
    profiles: BOTH,
    source: T2,
    message: 'Aanbevolen wordt dit veld met waarde in een SWV-dossier mee te geven.',
    description: 'Tabel 2 geeft deze aanbeveling zonder BR-nummer; de code is van ons.',
    paths: [`${LEERLING}/verzorgersaansprakelijk`],
  },
  {
    code: 'PaO.VV01',
    severity: 'fout',
    profiles: VO,
    source: T2,
    message: 'Dit veld is niet toegestaan bij VO SWV-dossier.',
    description: 'd.w.z. dit element is niet toegestaan als veld overstap heeft waarde "VOSWV".',
    paths: [`${LEERLING}/vanpeuterspeelzaal`],
  },
  {
    code: 'PaO.VV02',
    severity: 'fout',
    profiles: VO,
    source: T2,
    message: 'Dit veld is niet toegestaan bij VO SWV-dossier.',
    description: 'd.w.z. dit element is niet toegestaan als veld overstap heeft waarde "VOSWV".',
    paths: [`${LEERLING}/naampeuterspeelzaal`],
  },
  {
    code: 'PaO.VV03',
    severity: 'fout',
    profiles: VO,
    source: T2,
    message: 'Dit blok is niet toegestaan bij VO SWV-dossier.',
    description: 'd.w.z. dit element is niet toegestaan als veld overstap heeft waarde "VOSWV".',
    paths: [`${LEERLING}/voorschools`],
  },
  {
    code: 'PaO.VV04',
    severity: 'fout',
    profiles: VO,
    source: T2,
    message: 'Dit blok is niet toegestaan bij VO SWV-dossier.',
    description:
      'd.w.z. dit element is niet toegestaan als veld overstap heeft waarde "VOSWV". Het document schrijft de tag als "vroegschool"; het XSD-element heet vroegschools.',
    paths: [`${LEERLING}/vroegschools`],
  },
  {
    code: 'PaO.SL01',
    severity: 'fout',
    profiles: BOTH,
    source: T2,
    message: 'Minimaal één schoolloopbaan is verplicht bij een leerling.',
    description: 'd.w.z. dit element is verplicht.',
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
    divergence: {
      summary:
        'Tabel 2 geeft handelingsplan in VO-SWV cardinaliteit 0 maar als aanbeveling ("Aanbevolen wordt … niet … te gebruiken"), en Figuur 4 noemt ' +
        'de categorie Handelingsplannen optioneel in VO. Dit profiel volgt de toelichting: een aanbeveling, geen fout. De 2019.1-validatie controleert het niet.',
      sources: [T2, doc2024('§2.6 Figuur 4')],
    },
  },
  {
    code: 'SWV.T2.lwoo',
    severity: 'aanbeveling',
    profiles: PO,
    source: T2,
    message: 'Aanbevolen wordt om dit veld niet in de PO SWV-dossier te gebruiken.',
    description: 'Cardinaliteit 0 in PO-SWV, als aanbeveling; geen BR-nummer in het document.',
    paths: [`${LEERLING}/onderwijsondersteuning/lwoo`],
  },
  {
    code: 'SWV.T2.rvc',
    severity: 'aanbeveling',
    profiles: PO,
    source: T2,
    message: 'Aanbevolen wordt om dit veld niet in de PO SWV-dossier te gebruiken.',
    description: 'Cardinaliteit 0 in PO-SWV, als aanbeveling; geen BR-nummer in het document.',
    paths: [`${LEERLING}/onderwijsondersteuning/rvc`],
  },
  {
    code: 'PaO.EB01',
    severity: 'fout',
    profiles: PO,
    source: T2,
    message: 'Dit blok is niet toegestaan bij PO SWV-dossier.',
    description: 'd.w.z. dit element is niet toegestaan als veld overstap heeft waarde "POSWV".',
    paths: [`${LEERLING}/doorstroomtoets`],
  },
  {
    code: 'PaO.EB02',
    severity: 'aanbeveling',
    check: {
      kind: 'requiredWhen',
      context: `${LEERLING}/doorstroomtoets`,
      when: { path: 'toetsresultaat', is: 'present' },
      requires: ['document'],
    },
    profiles: VO,
    source: T2,
    message:
      'Aanbevolen wordt om in het geval het leerlingrapport van de doorstroomtoets beschikbaar is, dit leerlingrapport als bijlage bij het overstapdossier te voegen.',
    description:
      'Gemeld wanneer een doorstroomtoets met toetsresultaat geen bijlage (document, het leerlingrapport) bevat. Niet in de 2019.1-validatie (toegevoegd in het document op 28 maart 2018).',
    paths: [`${LEERLING}/doorstroomtoets/document`],
  },
  {
    code: 'SWV.T2.toetslijst',
    severity: 'aanbeveling',
    check: GEDEELD['SWV.T2.toetslijst'],
    profiles: BOTH,
    source: T2,
    message:
      'Aanbevolen wordt toetsresultaten over te dragen wanneer er relevante toetsresultaten beschikbaar zijn.',
    description:
      'Gemeld wanneer toetslijst ontbreekt terwijl de categorie Toetsresultaten niet bewust is uitgezet.',
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
    description:
      'd.w.z. alle relevante toetsen van de afgelopen jaren zijn verplicht voor beide profielen.',
    paths: [`${LEERLING}/toetslijst/toets`],
    nietToetsbaar:
      'Welke toetsresultaten relevant zijn en op de school zijn behaald, staat niet in het dossier; de regel is documentatie (PaO-validatie controleert hem evenmin).',
  },
  {
    code: 'PaO.CL01',
    severity: 'fout',
    check: GEDEELD['PaO.CL01'],
    profiles: BOTH,
    source: T2,
    message:
      'Een score moet minimaal één van de volgende deelelementen bevatten: waarde of kwalificatie.',
    description:
      'd.w.z. voor deelelement score van cijferlijst is één van beide deelelementen waarde of kwalificatie verplicht.',
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
    source: T2,
    message: 'Minimaal één verzorger is verplicht als de verzorgers aansprakelijk zijn.',
    description:
      'd.w.z. dit element is verplicht als veld verzorgersaansprakelijk heeft waarde "true".',
    paths: [`${LEERLING}/verzorger`],
  },
  {
    code: 'PaO.OV02',
    severity: 'aanbeveling',
    check: {
      kind: 'maxCount',
      context: LEERLING,
      child: 'verzorger',
      max: SWV_CONSTANTS['2024.1'].maxVerzorgers,
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
    source: T2,
    message:
      'Indien het adres van verzorger geheim, is de overdracht van een adres bij deze verzorger verboden.',
    description: 'd.w.z. dit element is verboden wanneer adresgeheim waarde "true" heeft.',
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
      values: SWV_CONSTANTS['2024.1'].geheimwaarden,
    },
    profiles: BOTH,
    source: T2,
    message:
      'Indien een communicatieinfo van een verzorger geheim, is de overdracht van die communicatieinfo verboden. ' +
      'Omdat het veld "Nummer of adres" verplicht is, zal een vaste geheimwaarde worden overgedragen.',
    description:
      'd.w.z. indien een communicatieinfo geheim is, zal de geheimwaarde "geheim@geheim.geheim" voor e-mail of de geheimwaarde "999999999" ' +
      'voor telefoonnummer in het veld nummer worden overgedragen.',
    paths: [`${LEERLING}/verzorger/communicatielijst/communicatie/nummer`],
    divergence: {
      summary:
        'Geheimwaarde voor telefoon: document 2024.1 "999999999", 2019.1-validatie "9999999999" (zie PaO.LL08). Dit profiel volgt het document (principe 7).',
      sources: [T2, codelijst2019('Geheimwaarde telefoonnummer'), xslt2019('PaO.LL08/PaO.OV04')],
    },
  },
  {
    code: 'PaO.OV05',
    severity: 'aanbeveling',
    profiles: BOTH,
    source: T2,
    message: 'Aanbevolen wordt dit veld niet meer te gebruiken; gebruik hiervoor veld iban.',
    paths: [`${LEERLING}/verzorger/banknummer`],
    divergence: {
      summary:
        'Het document 2024.1 geeft banknummer cardinaliteit 0 met de toelichting "Aanbevolen wordt dit veld niet meer te gebruiken" en geen BR-nummer; ' +
        'de 2019.1-validatie verbiedt het als fout onder PaO.OV05. Dit 2024.1-profiel volgt het document (aanbeveling) en gebruikt de code van de validatie.',
      sources: [T2, xslt2019('PaO.OV05')],
    },
  },
  // ── Rules of the official validation that the 2024.1 document does not name ─────────────────
  ...VO_MBO_REGELS.map((vm) => ({
    code: vm.code,
    severity: 'fout' as const,
    profiles: PO,
    source: xslt2019(vm.code),
    message: vm.melding,
    paths: [`${LEERLING}/${vm.element}`],
    divergence: {
      summary:
        `Niet genoemd in het document 2024.1; de 2019.1-validatie verbiedt ${vm.element} in een PO SWV-dossier en Figuur 4 kent geen categorie VO-MBO. ` +
        'Aangenomen dat deze regel in 2024.1 ongewijzigd geldt.',
      sources: [xslt2019(vm.code), doc2024('§2.6 Figuur 4')],
    },
  })),
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
    divergence: {
      summary:
        'Niet genoemd in het document 2024.1; regel van de 2019.1-validatie (versie 2018.1), aangenomen ongewijzigd in 2024.1.',
      sources: [xslt2019('PaO.TR01'), T2],
    },
  },
  {
    code: 'PaO.TR02',
    severity: 'fout',
    check: GEDEELD['PaO.TR02'],
    profiles: BOTH,
    source: xslt2019('PaO.TR02'),
    message:
      'Een toetsscore moet minimaal het aantal opgaven, het aantal goed, het aantal fout, het aantal gelezen, de tijd of de vaardigheidsscore bevatten.',
    paths: [
      `${LEERLING}/toetslijst/toets/resultaat/toetsscore`,
      `${LEERLING}/toetslijst/toets/toetsonderdeel/resultaat/toetsscore`,
    ],
    divergence: {
      summary:
        'Niet genoemd in het document 2024.1; regel van de 2019.1-validatie, aangenomen ongewijzigd in 2024.1. De 2019.1-melding schrijft "oipgaven" (tikfout); hier gecorrigeerd.',
      sources: [xslt2019('PaO.TR02'), T2],
    },
  },
  // ── Figuur 4: categories ───────────────────────────────────────────────────────────────────
  {
    code: 'SWV.F4.categorie',
    severity: 'fout',
    profiles: BOTH,
    source: doc2024('§2.6 Figuur 4'),
    message:
      'De waarde van deze categorie in "Categorie uitlevering" past niet bij het SWV-profiel: verplichte categorieën zijn VERPLICHT, ' +
      'verboden categorieën VERBODEN, en alleen optionele categorieën mogen worden uitgezet (OPTIONEEL of OPT-UIT).',
    description:
      'Figuur 4: "Alleen de optionele categorieën mogen ten behoeve van selectief uitleveren bewust worden uitgezet door de samensteller van het dossier." ' +
      'De 2019.1-validatie controleert dit niet; de code is van ons.',
    paths: [`${METADATA}/categorie_uitlevering`],
  },
];
