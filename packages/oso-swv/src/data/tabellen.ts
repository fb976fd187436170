/**
 * Tabel 1 and Tabel 2 of `Afspraak SWV-profielen als toepassing van de OSO gegevensset` 2024.1 §2.6,
 * row by row as printed (XML tag, cardinality PO-SWV / VO-SWV, toelichting, BR nr), with the element
 * paths each row is about. Paths use 2024.1 names; `pathFor()` maps them to 2019.1.
 *
 * Notation (§2.6): `0` verboden, `?` optioneel, `1` verplicht, `*` optioneel meervoudig,
 * `+` verplicht meervoudig; `Ja` marks a recommendation row.
 */
import { doc2024, xslt2019 } from './sources.js';
import { LEERLING, METADATA, SCHOOL } from './paths.js';
import { VO_MBO_REGELS } from './vo-mbo.js';
import type { SwvTabelRij } from './types.js';

const T1 = doc2024('§2.6 Tabel 1');
const T2 = doc2024('§2.6 Tabel 2');

/** Tabel 1. Bijzonderheden van de SWV-profielen m.b.t. Overdracht en School. */
export const TABEL_1: readonly SwvTabelRij[] = [
  { tabel: 'Tabel 1', xmlTag: 'metadata', paths: [METADATA], 'PO-SWV': '1', 'VO-SWV': '1', toelichting: 'Verplicht volgens XSD.', br: [], source: T1 },
  {
    tabel: 'Tabel 1', xmlTag: 'deeldossier', paths: [`${METADATA}/deeldossier`], 'PO-SWV': '1', 'VO-SWV': '1',
    toelichting: 'BR: Alleen waarden “LASLVS” en “LAS” toegestaan.', br: ['PaO.MD01'], rule: 'PaO.MD01', allowedValues: ['LASLVS', 'LAS'], source: T1,
  },
  {
    tabel: 'Tabel 1', xmlTag: 'validatieversie', paths: [`${METADATA}/validatieversie`], 'PO-SWV': '1', 'VO-SWV': '1',
    toelichting: 'BR: Alleen waarde “2024.1.1” (of recentere versie) toegestaan.', br: ['PaO.MD02'], rule: 'PaO.MD02', source: T1,
  },
  {
    tabel: 'Tabel 1', xmlTag: 'categorie_uitlevering', paths: [`${METADATA}/categorie_uitlevering`], 'PO-SWV': '1', 'VO-SWV': '1',
    toelichting: 'BR: dit blok is verplicht.', br: ['PaO.MD03'], rule: 'PaO.MD03', source: T1,
  },
  {
    tabel: 'Tabel 1', xmlTag: 'overstap', paths: [`${METADATA}/overstap`], 'PO-SWV': '1', 'VO-SWV': '1',
    toelichting:
      'BR: Een SWV-dossier moet “Soort overstap/dossier” bevatten (d.w.z. dit veld overstap is verplicht). BR: Alleen waarden “POSWV” respectievelijk “VOSWV” zijn toegestaan.',
    br: ['PaO.SO01', 'PaO.SO02'], rule: 'PaO.SO01', source: T1,
  },
  {
    tabel: 'Tabel 1', xmlTag: 'overdrachtsoort', paths: ['/dossier/overdrachtsoort'], 'PO-SWV': '1', 'VO-SWV': '1',
    toelichting: 'Verplicht volgens Afspraak. BR: Alleen de waarde “swv-dossier” toegestaan.', br: ['PaO.SO03'], rule: 'PaO.SO03',
    allowedValues: ['swv-dossier'], source: T1,
  },
  { tabel: 'Tabel 1', xmlTag: 'huidigeschool', paths: [SCHOOL], 'PO-SWV': '1', 'VO-SWV': '1', toelichting: 'Verplicht volgens XSD.', br: [], source: T1 },
  {
    tabel: 'Tabel 1', xmlTag: 'adreslijst', paths: [`${SCHOOL}/adreslijst`], 'PO-SWV': '1', 'VO-SWV': '1',
    toelichting: 'BR: Minimaal één adres (deelelement adres) is verplicht bij een school (d.w.z. dit element is verplicht).',
    br: ['PaO.SL01'], rule: 'PaO.SL01', source: T1,
  },
  { tabel: 'Tabel 1', xmlTag: 'adres', paths: [`${SCHOOL}/adreslijst/adres`], 'PO-SWV': '+', 'VO-SWV': '+', toelichting: 'Verplicht volgens Afspraak.', br: [], source: T1 },
  {
    tabel: 'Tabel 1', xmlTag: 'communicatielijst', paths: [`${SCHOOL}/communicatielijst`], 'PO-SWV': '1', 'VO-SWV': '1',
    toelichting: 'BR: Minimaal één set communicatiegegevens is verplicht bij een school (d.w.z. dit element is verplicht).',
    br: ['PaO.SL02'], rule: 'PaO.SL02', source: T1,
  },
  {
    tabel: 'Tabel 1', xmlTag: 'communicatie', paths: [`${SCHOOL}/communicatielijst/communicatie`], 'PO-SWV': '+', 'VO-SWV': '+',
    toelichting: 'Verplicht volgens Afspraak.', br: [], source: T1,
  },
  {
    tabel: 'Tabel 1', xmlTag: 'leerling', paths: [LEERLING], 'PO-SWV': '1', 'VO-SWV': '1',
    toelichting: 'Verplicht volgens Afspraak. Voor bijzonderheden binnen het gegevenselement Leerling zie Tabel 2.', br: [], source: T1,
  },
];

/** Tabel 2. Bijzonderheden van de SWV-profielen m.b.t. Leerling. */
export const TABEL_2: readonly SwvTabelRij[] = [
  {
    tabel: 'Tabel 2', xmlTag: 'voornaam', paths: [`${LEERLING}/voornaam`], 'PO-SWV': '+', 'VO-SWV': '+',
    toelichting: 'BR: Minimaal één voornaam is verplicht bij een leerling (d.w.z. dit element is verplicht).', br: ['PaO.LL01'], rule: 'PaO.LL01', source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'geboortedatum', paths: [`${LEERLING}/geboortedatum`], 'PO-SWV': '1', 'VO-SWV': '1',
    toelichting: 'BR: In SWV-dossier is de geboortedatum verplicht bij een leerling (d.w.z. dit element is verplicht).', br: ['PaO.LL02'], rule: 'PaO.LL02', source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'geboortemaand', paths: [`${LEERLING}/geboortemaand`], 'PO-SWV': '0', 'VO-SWV': '0',
    toelichting: 'BR: In SWV-dossier is de geboortemaand verboden bij een leerling (d.w.z. dit element is verboden).', br: ['PaO.LL03'], rule: 'PaO.LL03', source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'adresgeheim', paths: [`${LEERLING}/adresgeheim`], 'PO-SWV': '1', 'VO-SWV': '1',
    toelichting: "BR: De indicatie 'adres geheim' is verplicht bij een leerling (d.w.z. dit element is verplicht).", br: ['PaO.LL04'], rule: 'PaO.LL04', source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'adreslijst', paths: [`${LEERLING}/adreslijst`], 'PO-SWV': '?', 'VO-SWV': '?',
    toelichting:
      'BR: Indien adres niet geheim, is minimaal 1 binnenlands of buitenlands adres verplicht bij een leerling (d.w.z. dit element is verplicht wanneer adresgeheim waarde "false" heeft en adresbuitenland ontbreekt).',
    br: ['PaO.LL05'], source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'adreslijst', paths: [`${LEERLING}/adreslijst`], 'PO-SWV': '?', 'VO-SWV': '?', vervolg: true,
    toelichting:
      'BR: Indien een adres van leerling geheim, is ieder leerlingadres in SWV-dossier verboden (d.w.z. dit element is verboden wanneer adresgeheim waarde "true" heeft).',
    br: ['PaO.LL06'], source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'postcode4adres', paths: [`${LEERLING}/postcode4adres`], 'PO-SWV': '0', 'VO-SWV': '0',
    toelichting: 'BR: In SWV-dossier is deze postcode4adres verboden bij een leerling (d.w.z. dit element is verboden).', br: ['PaO.LL07'], rule: 'PaO.LL07', source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'communicatielijst', paths: [`${LEERLING}/communicatielijst`], 'PO-SWV': '?', 'VO-SWV': '?',
    toelichting:
      'BR: Indien de communicatieinfo van de leerling geheim, is de overdracht van die communicatieinfo verboden. Omdat het veld "Nummer of adres" verplicht is, zal een vaste geheimwaarde worden overgedragen. (d.w.z. indien een communicatieinfo geheim is, zal de geheimwaarde "geheim@geheim.geheim" voor e-mail of de geheimwaarde "999999999" voor telefoonnummer in het veld nummer worden overgedragen).',
    br: ['PaO.LL08'], source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'adresbuitenland', paths: [`${LEERLING}/adresbuitenland`], 'PO-SWV': '?', 'VO-SWV': '?',
    toelichting:
      'BR: Indien een adres van leerling geheim, is een buitenlands leerlingadres verboden (d.w.z. dit element is verboden wanneer adresgeheim waarde "true" heeft).',
    br: ['PaO.LL09'], source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'geboorteplaats', paths: [`${LEERLING}/geboorteplaats`], 'PO-SWV': '0', 'VO-SWV': '0',
    toelichting: 'BR: Geboorteplaats is verboden in de alle SWV-dossiers (d.w.z. dit element is verboden).', br: ['PaO.LL10'], rule: 'PaO.LL10', source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'nationaliteit', paths: [`${LEERLING}/nationaliteit`], 'PO-SWV': '0', 'VO-SWV': '0',
    toelichting: 'BR: Nationaliteit is verboden in alle SWV-dossiers (d.w.z. dit element is verboden).', br: ['PaO.LL11'], rule: 'PaO.LL11', source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'onderwijsnummer of BSN', paths: [`${LEERLING}/onderwijsnummer`, `${LEERLING}/bsn`], 'PO-SWV': '0', 'VO-SWV': '0',
    toelichting: 'BR: BSN of onderwijsnummer is verboden bij een leerling.', br: ['PaO.LL12'], rule: 'PaO.LL12', source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'verzorgersaansprakelijk', paths: [`${LEERLING}/verzorgersaansprakelijk`], 'PO-SWV': 'Ja', 'VO-SWV': 'Ja',
    toelichting: 'BR: Aanbevolen wordt dit veld met waarde in een SWV-dossier mee te geven.', br: [], source: T2,
    opmerking: 'Aanbeveling zonder BR-nummer: code SWV.T2.verzorgersaansprakelijk.',
  },
  {
    tabel: 'Tabel 2', xmlTag: 'vanpeuterspeelzaal', paths: [`${LEERLING}/vanpeuterspeelzaal`], 'PO-SWV': '?', 'VO-SWV': '0',
    toelichting: 'BR: Dit veld is niet toegestaan bij VO SWV-dossier. (d.w.z. dit element is niet toegestaan als veld overstap heeft waarde "VOSWV").',
    br: ['PaO.VV01'], rule: 'PaO.VV01', source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'naampeuterspeelzaal', paths: [`${LEERLING}/naampeuterspeelzaal`], 'PO-SWV': '?', 'VO-SWV': '0',
    toelichting: 'BR: Dit veld is niet toegestaan bij VO SWV-dossier. (d.w.z. dit element is niet toegestaan als veld overstap heeft waarde "VOSWV").',
    br: ['PaO.VV02'], rule: 'PaO.VV02', source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'voorschools', paths: [`${LEERLING}/voorschools`], 'PO-SWV': '?', 'VO-SWV': '0',
    toelichting: 'BR: Dit blok is niet toegestaan bij VO SWV-dossier. (d.w.z. dit element is niet toegestaan als veld overstap heeft waarde "VOSWV").',
    br: ['PaO.VV03'], rule: 'PaO.VV03', source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'vroegschool', paths: [`${LEERLING}/vroegschools`], 'PO-SWV': '*', 'VO-SWV': '0',
    toelichting: 'BR: Dit blok is niet toegestaan bij VO SWV-dossier. (d.w.z. dit element is niet toegestaan als veld overstap heeft waarde "VOSWV").',
    br: ['PaO.VV04'], rule: 'PaO.VV04', source: T2, opmerking: 'Het document schrijft "vroegschool"; het XSD-element heet vroegschools.',
  },
  {
    tabel: 'Tabel 2', xmlTag: 'schoolloopbaanlijst', paths: [`${LEERLING}/schoolloopbaanlijst`], 'PO-SWV': '1', 'VO-SWV': '1',
    toelichting: 'BR: Minimaal één schoolloopbaan is verplicht bij een leerling (d.w.z. dit element is verplicht).', br: ['PaO.SL01'], rule: 'PaO.SL01', source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'schoolloopbaan', paths: [`${LEERLING}/schoolloopbaanlijst/schoolloopbaan`], 'PO-SWV': '+', 'VO-SWV': '+',
    toelichting: 'Verplicht volgens Afspraak.', br: [], source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'onderwijsondersteuning', paths: [`${LEERLING}/onderwijsondersteuning`], 'PO-SWV': '?', 'VO-SWV': '?',
    toelichting: 'Toegestaan volgens Afspraak.', br: [], source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'handelingsplan', paths: [`${LEERLING}/onderwijsondersteuning/handelingsplan`], 'PO-SWV': '?', 'VO-SWV': '0',
    toelichting: 'BR: Aanbevolen wordt om dit veld niet in de VO SWV-dossier te gebruiken.', br: [], rule: 'SWV.T2.handelingsplan', source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'lwoo', paths: [`${LEERLING}/onderwijsondersteuning/lwoo`], 'PO-SWV': '0', 'VO-SWV': '?',
    toelichting: 'BR: Aanbevolen wordt om dit veld niet in de PO SWV-dossier te gebruiken.', br: [], rule: 'SWV.T2.lwoo', source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'rvc', paths: [`${LEERLING}/onderwijsondersteuning/rvc`], 'PO-SWV': '0', 'VO-SWV': '?',
    toelichting: 'BR: Aanbevolen wordt om dit veld niet in de PO SWV-dossier te gebruiken.', br: [], rule: 'SWV.T2.rvc', source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'doorstroomtoets', paths: [`${LEERLING}/doorstroomtoets`], 'PO-SWV': '0', 'VO-SWV': '?',
    toelichting: 'BR: Dit blok is niet toegestaan bij PO SWV-dossier. (d.w.z. dit element is niet toegestaan als veld overstap heeft waarde "POSWV").',
    br: ['PaO.EB01'], rule: 'PaO.EB01', source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'leerlingrapport', paths: [], 'PO-SWV': '0', 'VO-SWV': '?',
    toelichting:
      'BR: Aanbevolen wordt om in het geval het leerlingrapport van de doorstroomtoets beschikbaar is, dit leerlingrapport als bijlage bij het overstapdossier te voegen.',
    br: ['PaO.EB02'], source: T2,
    opmerking: 'Het leerlingrapport is een bijlage (document) binnen doorstroomtoets; geen eigen element in de gegevensset.',
  },
  {
    tabel: 'Tabel 2', xmlTag: 'toetslijst', paths: [`${LEERLING}/toetslijst`], 'PO-SWV': '?', 'VO-SWV': '?',
    toelichting: 'BR: Aanbevolen wordt toetsresultaten over te dragen wanneer er relevante toetsresultaten beschikbaar zijn.', br: [], source: T2,
    opmerking: 'Aanbeveling zonder BR-nummer: code SWV.T2.toetslijst.',
  },
  {
    tabel: 'Tabel 2', xmlTag: 'toetslijst', paths: [`${LEERLING}/toetslijst`], 'PO-SWV': 'Ja', 'VO-SWV': 'Ja', vervolg: true,
    toelichting:
      'BR: Aanbevolen wordt om alle relevante toetsresultaten mee te geven wanneer deze resultaten op de school zijn behaald. Wanneer een leerling korter op school is ingeschreven geweest, dan zou dit evenredig minder toetsresultaten kunnen opleveren. (d.w.z. alle relevante toetsen van de afgelopen jaren zijn verplicht voor beide profielen).',
    br: [], source: T2, opmerking: 'Aanbeveling zonder BR-nummer: code SWV.T2.toetsresultaten (niet machinaal toetsbaar).',
  },
  {
    tabel: 'Tabel 2', xmlTag: 'cijferlijstlijst', paths: [`${LEERLING}/cijferlijstlijst`], 'PO-SWV': '?', 'VO-SWV': '?',
    toelichting:
      'BR: Een score moet minimaal één van de volgende deelelementen bevatten: waarde of kwalificatie (d.w.z. voor deelelement score van cijferlijst is één van beide deelelementen waarde of kwalificatie verplicht).',
    br: ['PaO.CL01'], source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'verzorger', paths: [`${LEERLING}/verzorger`], 'PO-SWV': '*', 'VO-SWV': '*',
    toelichting:
      'BR: Minimaal één verzorger is verplicht als de verzorgers aansprakelijk zijn (d.w.z. dit element is verplicht als veld verzorgersaansprakelijk heeft waarde "true").',
    br: ['PaO.OV01'], source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'verzorger', paths: [`${LEERLING}/verzorger`], 'PO-SWV': '', 'VO-SWV': '', vervolg: true,
    toelichting:
      'BR: Aanbevolen wordt om in een SWV-dossier maximaal 4 ouders/verzorgers te specificeren; meer mag wel maar zeer waarschijnlijk zullen dan niet meer dan de eerste 4 worden ingelezen in de ontvangende applicatie. Zorg er dan voor dat de belangrijkste vooraan in de lijst staan.',
    br: ['PaO.OV02'], source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'adreslijst', paths: [`${LEERLING}/verzorger/adreslijst`], 'PO-SWV': '?', 'VO-SWV': '?',
    toelichting:
      'BR: Indien het adres van verzorger geheim, is de overdracht van een adres bij deze verzorger verboden (d.w.z. dit element is verboden wanneer adresgeheim waarde "true" heeft).',
    br: ['PaO.OV03'], source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'communicatielijst', paths: [`${LEERLING}/verzorger/communicatielijst`], 'PO-SWV': '?', 'VO-SWV': '?',
    toelichting:
      'BR: Indien een communicatieinfo van een verzorger geheim, is de overdracht van die communicatieinfo verboden. Omdat het veld "Nummer of adres" verplicht is, zal een vaste geheimwaarde worden overgedragen. (d.w.z. indien een communicatieinfo geheim is, zal de geheimwaarde "geheim@geheim.geheim" voor e-mail of de geheimwaarde "999999999" voor telefoonnummer in het veld nummer worden overgedragen).',
    br: ['PaO.OV04'], source: T2,
  },
  {
    tabel: 'Tabel 2', xmlTag: 'banknummer', paths: [`${LEERLING}/verzorger/banknummer`], 'PO-SWV': '0', 'VO-SWV': '0',
    toelichting: 'BR: Aanbevolen wordt dit veld niet meer te gebruiken; gebruik hiervoor veld iban.', br: [], rule: 'PaO.OV05', source: T2,
    opmerking: 'Geen BR-nummer in het document; de 2019.1-validatie controleert dit als PaO.OV05.',
  },
  {
    tabel: 'Tabel 2', xmlTag: 'iban', paths: [`${LEERLING}/verzorger/iban`], 'PO-SWV': '?', 'VO-SWV': '?', toelichting: 'Toegestaan volgens Afspraak.', br: [], source: T2,
  },
  // Rows of the official validation the document does not print (PaO.VM01–VM07, VO-MBO blocks in PO-SWV).
  ...VO_MBO_REGELS.map(
    (vm): SwvTabelRij => ({
      tabel: 'Tabel 2', xmlTag: vm.element, paths: [`${LEERLING}/${vm.element}`], 'PO-SWV': '0', 'VO-SWV': '',
      toelichting: vm.melding, br: [vm.code], rule: vm.code, source: xslt2019(vm.code),
      opmerking: 'Niet in het document; uit de 2019.1-validatie (VO-MBO-blokken zijn verboden in PO-SWV).',
    }),
  ),
];
