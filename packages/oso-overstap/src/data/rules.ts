/**
 * Every business rule of the overstapprofielen, per version, as data on core's rule vocabulary.
 *
 * 2019.1: the 59 OVa/OVb entries of the official validation `OV/ValideerOverstapprofielen.xsl`
 * (inventoried in `business-rules-2019.1.json`), each message verbatim. The OVa rules apply to an
 * `overstapdossier` (profiles POPO, POVO, VOVO), the OVb rules to an `overdrachtbinnenbrin` (BB).
 * Fourteen of them never fire in the official XSLT (an `apply-templates` left inside a comment);
 * this package follows the rule text and records the divergence with both sources.
 *
 * 2024.1: not published; derived from 2019.1 plus `OSO SWV-profielen` 2024.1 §1.3, every derived
 * rule flagged with `assumption`.
 */
import { elementTable } from '@edustandaard/oso';
import type { Condition, Divergence, RuleCheck, SourceRef } from '@edustandaard/core';
import {
  OV_CONSTANTS,
  OVERDRACHTSOORT,
  OVERSTAP,
  OVERSTAP_PROFILE_IDS,
  type OvProfileId,
  type OvVersion,
} from './constants.js';
import { LEERLING as L, METADATA as M, SCHOOL as S, OV_NAMES } from './paths.js';
import {
  VOORBEELDEN_2019,
  WIJZIGINGEN_2024,
  afgeleid2024,
  inventaris2019,
  xslt2019,
} from './sources.js';
import type { OvRegelRij, OvRuleData } from './types.js';

const OVA = OVERSTAP_PROFILE_IDS;
const BB: readonly OvProfileId[] = ['BB'];
const ALL: readonly OvProfileId[] = [...OVA, ...BB];
const POPO: readonly OvProfileId[] = ['POPO'];
const POVO: readonly OvProfileId[] = ['POVO'];
const VOVO: readonly OvProfileId[] = ['VOVO'];
const NIET_POPO: readonly OvProfileId[] = ['POVO', 'VOVO'];

/** Why a rule of the 2019.1 validation never fires (the 14 rules under `leerling`'s descendants). */
function nooitUitgevoerd(code: string): Divergence {
  return {
    summary:
      'De 2019.1-validatie voert deze regel nooit uit: in de template van <leerling> staat <xsl:apply-templates/> binnen XML-commentaar, ' +
      'zodat de templates voor verzorger, overstapadvies, eindtoets_basisonderwijs, toets, resultaat, toetsscore en score niet worden bereikt ' +
      '(nagelopen met Saxon-HE 9.9). Dit profiel volgt de tekst van de regel en controleert hem wel.',
    sources: [xslt2019(code), inventaris2019(code)],
  };
}

/** A rule before the version's source is attached. */
type Regel = Omit<OvRuleData, 'source'> & { source?: SourceRef };

/** Every `communicatie` element of the dossier (OVa.LL08/OVa.OV04 iterate over all of them). */
function communicatie(version: OvVersion): string[] {
  return elementTable(version)
    .filter((r) => r.name === 'communicatie')
    .map((r) => r.path);
}

function rows(
  ...r: [path: string, cardinality: OvRegelRij['cardinality'], allowed?: readonly string[]][]
): OvRegelRij[] {
  return r.map(([path, cardinality, allowedValues]) =>
    allowedValues ? { path, cardinality, allowedValues } : { path, cardinality },
  );
}

/** `forbidden` under `context` when its `adresgeheim` is true (OVa.LL06/LL09/OV03, OVb.LL02/LL05/OV01). */
function verbodenBijGeheimAdres(context: string, forbidden: string): RuleCheck {
  return {
    kind: 'forbiddenWhen',
    context,
    when: { path: 'adresgeheim', is: 'true' },
    forbidden: [forbidden],
  };
}

/** At least one of `requires` under each `context` node, when `when` holds. */
function verplicht(
  context: string,
  requires: readonly string[],
  when?: Condition,
  at?: string,
): RuleCheck {
  return {
    kind: 'requiredWhen',
    context,
    ...(when ? { when } : {}),
    requires,
    ...(at ? { at } : {}),
  };
}

/** The 59 rules of the 2019.1 validation, with names of `version` (the checks differ only by name). */
function regels2019(version: OvVersion): Regel[] {
  const c = OV_CONSTANTS[version];
  const N = OV_NAMES[version];
  const ET = N.toetsblok;
  const R = N.resultaat;
  const COMM = communicatie(version);
  const TOETS = `${L}/toetslijst/toets`;
  const geheim: RuleCheck = {
    kind: 'secretValue',
    contexts: COMM,
    flag: 'geheim',
    soort: 'soort',
    target: 'nummer',
    values: c.geheimwaarden,
  };
  // The validation has one message per soort; the template renders each of them exactly.
  const geheimMeldingen = (dossier: string): string =>
    `De validatie meldt per soort: "In ${dossier} is geheime communicatieinfo over telefoon verplicht middels de geheimwaarde "${c.geheimwaarden.telefoon}"." ` +
    `en "In ${dossier} is geheime communicatieinfo over e-mail verplicht middels de geheimwaarde "${c.geheimwaarden['e-mail']}".".`;
  const geheimDivergentie = (code: string): Divergence => ({
    summary:
      'De validatie loopt vanuit de template van <leerling> over álle communicatie-elementen van het dossier (school, leerling, verzorger, huisarts, instellingen); dit profiel doet hetzelfde.',
    sources: [xslt2019(code), inventaris2019(code)],
  });
  return [
    // --- metadata (every profile) ---
    {
      code: 'OVa.MD01/OVb.MD01',
      severity: 'fout',
      profiles: ALL,
      message:
        'Het dossier voor overstap en overdracht-binnen-brin moet een LAS deel bevatten, en mag niet alleen een LVS of TIB deel bevatten.',
      description: `Alleen de waarden ${c.deeldossier.map((v) => `"${v}"`).join(' en ')} zijn toegestaan.`,
      paths: [`${M}/deeldossier`],
      check: {
        kind: 'codelist',
        targets: [`${M}/deeldossier`],
        name: 'Deeldossier met LAS-deel',
        codes: c.deeldossier,
      },
    },
    {
      code: 'OVa.MD02/OVb.MD02',
      severity: 'fout',
      profiles: ALL,
      message: 'De validatieversie is niet correct voor deze versie van de validatie XSLT.',
      paths: [`${M}/validatieversie`],
      check:
        version === '2019.1'
          ? { kind: 'fixedValue', path: `${M}/validatieversie`, value: c.validatieversie }
          : { kind: 'versionAtLeast', path: `${M}/validatieversie`, minimum: c.validatieversie },
    },
    {
      code: 'OVa.OS03/OVb.OS01',
      severity: 'fout',
      profiles: ALL,
      message:
        'Het veld Soort overdracht heeft waarde "overstapdossier" of "overdrachtbinnenbrin".',
      description:
        'In de profielen POPO, POVO en VOVO is de waarde "overstapdossier", in BB "overdrachtbinnenbrin".',
      paths: ['/dossier/overdrachtsoort'],
      check: { kind: 'fixedValue', path: '/dossier/overdrachtsoort', value: OVERDRACHTSOORT },
      divergence: {
        summary:
          'De 2019.1-validatie is één XSLT voor alle overstapprofielen en accepteert beide waarden; de waarde kiest welke regels (OVa of OVb) gelden. ' +
          'Een profiel van dit pakket hoort bij één waarde en eist die.',
        sources: [xslt2019('OVa.OS03/OVb.OS01')],
      },
    },
    {
      code: 'OVa.MD03',
      severity: 'fout',
      profiles: OVA,
      message: 'Een overstapdossier moet het blok "Categorie uitlevering" bevatten.',
      paths: [`${M}/categorie_uitlevering`],
      rows: rows([`${M}/categorie_uitlevering`, '1']),
    },
    {
      code: 'OVa.OS01',
      severity: 'fout',
      profiles: OVA,
      message: 'Een overstapdossier moet de aanduiding voor soort overstap bevatten.',
      paths: [`${M}/overstap`],
      rows: rows([`${M}/overstap`, '1']),
    },
    {
      code: 'OVa.OS02',
      severity: 'fout',
      profiles: OVA,
      message:
        'Het veld \'Soort overstap\' heeft waarde "POPO", "POVO" of "VOVO" binnen een overstapdossier.',
      description: 'In elk profiel de waarde van het eigen profiel (POPO, POVO of VOVO).',
      paths: [`${M}/overstap`],
      check: {
        kind: 'fixedValue',
        path: `${M}/overstap`,
        value: OVERSTAP as Record<string, string>,
      },
      divergence: {
        summary:
          'De 2019.1-validatie accepteert POPO, POVO of VOVO in elk overstapdossier; een profiel van dit pakket eist de waarde van het eigen profiel.',
        sources: [xslt2019('OVa.OS02')],
      },
    },
    {
      code: 'OVb.MD03',
      severity: 'fout',
      profiles: BB,
      message: 'Een binnen-brin dossier moet het blok "Categorie uitlevering" bevatten.',
      paths: [`${M}/categorie_uitlevering`],
      rows: rows([`${M}/categorie_uitlevering`, '1']),
    },
    // --- inzage (overstapdossier) ---
    {
      code: 'OVa.IZ01',
      severity: 'fout',
      profiles: OVA,
      message: "Een overstapdossier moet het gegevensblok 'Inzage' bevatten.",
      paths: ['/dossier/inzage'],
      rows: rows(['/dossier/inzage', '1']),
    },
    {
      code: 'OVa.IZ02',
      severity: 'fout',
      profiles: OVA,
      message:
        'Elk overstapdossier moet zijn ingezien door ouders/verzorgers, ofwel het veld \'Inzage ouders\' moet waarde "Ja" (true) bevatten.',
      paths: ['/dossier/inzage/inzage'],
      rows: rows(['/dossier/inzage/inzage', '1', ['true']]),
    },
    {
      code: 'OVa.IZ03',
      severity: 'fout',
      profiles: OVA,
      message: "In overstapdossier is 'Inzagedatum' verplicht als er inzage is geweest.",
      paths: ['/dossier/inzage/inzagedatum'],
      check: verplicht('/dossier/inzage', ['inzagedatum'], { path: 'inzage', is: 'true' }),
    },
    {
      code: 'OVa.IZ04',
      severity: 'fout',
      profiles: OVA,
      message:
        'In overstapdossier is de indicatie of ouders het wel of niet eens zijn met de inhoud verplicht als er inzage is geweest.',
      paths: ['/dossier/inzage/akkoord'],
      check: verplicht('/dossier/inzage', ['akkoord'], { path: 'inzage', is: 'true' }),
    },
    {
      code: 'OVa.IZ05',
      severity: 'fout',
      profiles: VOVO,
      message: "Het veld 'Toestemming' is verplicht bij een VOVO-overstap.",
      paths: ['/dossier/inzage/toestemming'],
      rows: rows(['/dossier/inzage/toestemming', '1']),
    },
    // --- huidige school ---
    {
      code: 'OVa.SL01',
      severity: 'fout',
      profiles: OVA,
      message: 'In een overstapdossier is minimaal één adres verplicht bij een school.',
      paths: [`${S}/adreslijst`],
      check: verplicht(S, ['adreslijst/adres'], undefined, 'adreslijst'),
      divergence: {
        summary:
          'Regelnummer OVa.SL01 wordt in de validatie twee keer gebruikt (adres van de school, schoolloopbaan van de leerling); het pad onderscheidt ze.',
        sources: [xslt2019('OVa.SL01'), inventaris2019('OVa.SL01')],
      },
    },
    {
      code: 'OVa.SL02',
      severity: 'fout',
      profiles: OVA,
      message:
        'In een overstapdossier is minimaal één set communicatiegegevens verplicht bij een school.',
      paths: [`${S}/communicatielijst`],
      check: verplicht(S, ['communicatielijst/communicatie'], undefined, 'communicatielijst'),
    },
    // --- leerling (overstapdossier) ---
    {
      code: 'OVa.LL01',
      severity: 'fout',
      profiles: OVA,
      message: 'In een overstapdossier is minimaal één voornaam verplicht bij een leerling.',
      paths: [`${L}/voornaam`],
      rows: rows([`${L}/voornaam`, '+']),
    },
    {
      code: 'OVa.LL02',
      severity: 'fout',
      profiles: OVA,
      message: 'In een overstapdossier is de geboortedatum verplicht bij een leerling.',
      paths: [`${L}/geboortedatum`],
      rows: rows([`${L}/geboortedatum`, '1']),
    },
    {
      code: 'OVa.LL03',
      severity: 'fout',
      profiles: OVA,
      message: 'In een overstapdossier is de geboortemaand verboden bij een leerling.',
      paths: [`${L}/geboortemaand`],
      rows: rows([`${L}/geboortemaand`, '0']),
    },
    {
      code: 'OVa.LL04',
      severity: 'fout',
      profiles: OVA,
      message: "In een overstapdossier is de indicatie 'adres geheim' verplicht bij een leerling.",
      paths: [`${L}/adresgeheim`],
      rows: rows([`${L}/adresgeheim`, '1']),
    },
    {
      code: 'OVa.LL05',
      severity: 'fout',
      profiles: OVA,
      message:
        'Minimaal één Nederlands of buitenlands adres is verplicht bij een leerling waarvan het adres niet geheim is.',
      paths: [`${L}/adreslijst`, `${L}/adresbuitenland`],
      check: verplicht(
        L,
        ['adreslijst/adres', 'adresbuitenland'],
        { path: 'adresgeheim', is: 'notTrue' },
        'adreslijst',
      ),
    },
    {
      code: 'OVa.LL06',
      severity: 'fout',
      profiles: OVA,
      message:
        'Indien een adres van leerling geheim, is ieder leerlingadres in overstapdossier verboden.',
      paths: [`${L}/adreslijst`],
      check: verbodenBijGeheimAdres(L, 'adreslijst'),
    },
    {
      code: 'OVa.LL07',
      severity: 'fout',
      profiles: OVA,
      message: 'In een overstapdossier is de postcode4-adres verboden bij een leerling.',
      paths: [`${L}/postcode4adres`],
      rows: rows([`${L}/postcode4adres`, '0']),
    },
    {
      code: 'OVa.LL08/OVa.OV04',
      severity: 'fout',
      profiles: OVA,
      message:
        'In een overstapdossier is geheime communicatieinfo over {soort} verplicht middels de geheimwaarde "{geheimwaarde}".',
      description: geheimMeldingen('een overstapdossier'),
      paths: COMM,
      check: geheim,
      divergence: geheimDivergentie('OVa.LL08/OVa.OV04'),
    },
    {
      code: 'OVa.LL09',
      severity: 'fout',
      profiles: OVA,
      message: 'Indien een adres van leerling geheim, is een buitenlands leerlingadres verboden.',
      paths: [`${L}/adresbuitenland`],
      check: verbodenBijGeheimAdres(L, 'adresbuitenland'),
    },
    {
      code: 'OVa.LL10',
      severity: 'fout',
      profiles: OVA,
      message: 'De geboorteplaats van de leerling is verboden in alle overstapdossiers.',
      paths: [`${L}/geboorteplaats`],
      rows: rows([`${L}/geboorteplaats`, '0']),
    },
    {
      code: 'OVa.LL11',
      severity: 'fout',
      profiles: OVA,
      message: 'De nationaliteit van de leerling is verboden in een overstapdossier.',
      paths: [`${L}/nationaliteit`],
      rows: rows([`${L}/nationaliteit`, '0']),
    },
    {
      code: 'OVa.LL12',
      severity: 'fout',
      profiles: OVA,
      message: 'BSN of onderwijsnummer is verplicht bij een leerling in een overstapdossier.',
      description:
        'Het XSD eist al één van beide (keuze bsn/onderwijsnummer); de regel geldt ook voor een gedecodeerd dossier dat niet uit XML komt.',
      paths: [`${L}/bsn`, `${L}/onderwijsnummer`],
      check: verplicht(L, ['bsn', 'onderwijsnummer']),
    },
    {
      code: 'OVa.LL13',
      severity: 'fout',
      profiles: POVO,
      message:
        'De code van de leerling in de schooladministratie is verplicht in een POVO-overstapdossier.',
      paths: [`${L}/leerlingid`],
      rows: rows([`${L}/leerlingid`, '1']),
    },
    {
      code: 'OVa.LL14',
      severity: 'fout',
      profiles: OVA,
      message: 'Inschrijfdatum is verplicht bij een leerling in een overstapdossier.',
      paths: [`${L}/datuminschrijving`],
      rows: rows([`${L}/datuminschrijving`, '1']),
    },
    {
      code: 'OVa.LL15',
      severity: 'fout',
      profiles: OVA,
      message:
        'De aanduiding of verzorgers wel of niet aansprakelijk zijn is verplicht in een overstapdossier.',
      paths: [`${L}/verzorgersaansprakelijk`],
      rows: rows([`${L}/verzorgersaansprakelijk`, '1']),
    },
    {
      code: 'OVa.AI01',
      severity: 'fout',
      profiles: POPO,
      message:
        'Aansprakelijke instelling is verplicht in een POPO-overstapdossier als de verzorgers niet aansprakelijk zijn.',
      paths: [`${L}/aansprakelijkeinstelling`],
      check: verplicht(L, ['aansprakelijkeinstelling'], {
        path: 'verzorgersaansprakelijk',
        is: 'notTrue',
      }),
    },
    {
      code: 'OVa.AI01',
      severity: 'fout',
      profiles: POVO,
      message:
        'Aansprakelijke instelling is verplicht in een POVO-overstapdossier als de verzorgers niet aansprakelijk zijn.',
      paths: [`${L}/aansprakelijkeinstelling`],
      check: verplicht(L, ['aansprakelijkeinstelling'], {
        path: 'verzorgersaansprakelijk',
        is: 'notTrue',
      }),
      divergence: {
        summary:
          'De validatie gebruikt de code OVa.AI01 voor POPO en POVO met elk een eigen melding (de POVO-melding is op 20180704 gecorrigeerd, eerder stond er VOVO). VOVO kent de regel niet.',
        sources: [xslt2019('OVa.AI01'), inventaris2019('OVa.AI01')],
      },
    },
    {
      code: 'OVa.VV01',
      severity: 'fout',
      profiles: NIET_POPO,
      message: 'Voorschools is alleen toegestaan bij een POPO-overstap.',
      paths: [`${L}/voorschools`],
      rows: rows([`${L}/voorschools`, '0']),
    },
    {
      code: 'OVa.VV02',
      severity: 'fout',
      profiles: NIET_POPO,
      message: 'Vroegschools is alleen toegestaan bij een POPO-overstap.',
      paths: [`${L}/vroegschools`],
      rows: rows([`${L}/vroegschools`, '0']),
    },
    {
      code: 'OVa.SL01',
      severity: 'fout',
      profiles: OVA,
      message: 'Minimaal één schoolloopbaan is verplicht bij een leerling in een overstapdossier.',
      paths: [`${L}/schoolloopbaanlijst`],
      check: verplicht(L, ['schoolloopbaanlijst/schoolloopbaan'], undefined, 'schoolloopbaanlijst'),
      divergence: {
        summary:
          'Regelnummer OVa.SL01 wordt in de validatie twee keer gebruikt (adres van de school, schoolloopbaan van de leerling); het pad onderscheidt ze.',
        sources: [xslt2019('OVa.SL01'), inventaris2019('OVa.SL01')],
      },
    },
    {
      code: 'OVa.OA01',
      severity: 'fout',
      profiles: OVA,
      message: "Een overstapdossier moet het gegevensblok 'Overstapadvies' bevatten.",
      paths: [`${L}/overstapadvies`],
      rows: rows([`${L}/overstapadvies`, '1']),
    },
    {
      code: 'OVa.OV01',
      severity: 'fout',
      profiles: OVA,
      message:
        'Minimaal één verzorger is verplicht in een overstapdossier als de verzorgers aansprakelijk zijn.',
      paths: [`${L}/verzorger`],
      check: verplicht(L, ['verzorger'], { path: 'verzorgersaansprakelijk', is: 'true' }),
    },
    // --- leerling (overdracht binnen brin) ---
    {
      code: 'OVb.LL01',
      severity: 'fout',
      profiles: BB,
      message: 'In een overdracht-binnen-brin is de geboortemaand verboden bij een leerling.',
      paths: [`${L}/geboortemaand`],
      rows: rows([`${L}/geboortemaand`, '0']),
    },
    {
      code: 'OVb.LL02',
      severity: 'fout',
      profiles: BB,
      message:
        'Indien een adres van leerling geheim, is ieder leerlingadres in overdracht-binnen-brin verboden.',
      paths: [`${L}/adreslijst`],
      check: verbodenBijGeheimAdres(L, 'adreslijst'),
    },
    {
      code: 'OVb.LL03',
      severity: 'fout',
      profiles: BB,
      message: 'In een overdracht-binnen-brin is de postcode4-adres verboden bij een leerling.',
      paths: [`${L}/postcode4adres`],
      rows: rows([`${L}/postcode4adres`, '0']),
    },
    {
      code: 'OVb.LL04/OVb.OV02',
      severity: 'fout',
      profiles: BB,
      message:
        'In een overdracht-binnen-brin is geheime communicatieinfo over {soort} verplicht middels de geheimwaarde "{geheimwaarde}".',
      description: geheimMeldingen('een overdracht-binnen-brin'),
      paths: COMM,
      check: geheim,
      divergence: geheimDivergentie('OVb.LL04/OVb.OV02'),
    },
    {
      code: 'OVb.LL05',
      severity: 'fout',
      profiles: BB,
      message:
        'Indien een adres van leerling geheim, is een buitenlands leerlingadres in overdracht-binnen-brin verboden.',
      paths: [`${L}/adresbuitenland`],
      check: verbodenBijGeheimAdres(L, 'adresbuitenland'),
    },
    {
      code: 'OVb.LL??',
      severity: 'fout',
      profiles: BB,
      message:
        'De geboorteplaats van de leerling is verboden in een overstapdossier, dus ook voor overdracht-binnen-brin.',
      paths: [`${L}/geboorteplaats`],
      rows: rows([`${L}/geboorteplaats`, '0']),
      divergence: {
        summary:
          "Het regelnummer is in de bron een plaatshouder ('OVb.LL??', toegevoegd 20190101) en wordt voor geboorteplaats en nationaliteit gebruikt; dit pakket houdt de code van de bron, het pad onderscheidt ze.",
        sources: [xslt2019('OVb.LL??'), inventaris2019('OVb.LL??')],
      },
    },
    {
      code: 'OVb.LL??',
      severity: 'fout',
      profiles: BB,
      message:
        'De nationaliteit van de leerling is verboden in een overstapdossier, dus ook voor overdracht-binnen-brin.',
      paths: [`${L}/nationaliteit`],
      rows: rows([`${L}/nationaliteit`, '0']),
      divergence: {
        summary:
          "Het regelnummer is in de bron een plaatshouder ('OVb.LL??', toegevoegd 20190101) en wordt voor geboorteplaats en nationaliteit gebruikt; dit pakket houdt de code van de bron, het pad onderscheidt ze.",
        sources: [xslt2019('OVb.LL??'), inventaris2019('OVb.LL??')],
      },
    },
    // --- below leerling: never reached by the 2019.1 XSLT ---
    {
      code: 'OVa.OV03',
      severity: 'fout',
      profiles: OVA,
      message:
        'Indien het adres van de verzorger geheim, is ieder verzorgeradres in overstapdossier verboden.',
      paths: [`${L}/verzorger/adreslijst`],
      check: verbodenBijGeheimAdres(`${L}/verzorger`, 'adreslijst'),
      divergence: nooitUitgevoerd('OVa.OV03'),
    },
    {
      code: 'OVb.OV01',
      severity: 'fout',
      profiles: BB,
      message:
        'Indien een adres van verzorger geheim, is ieder verzorgeradres in overdracht-binnen-brin verboden.',
      paths: [`${L}/verzorger/adreslijst`],
      check: verbodenBijGeheimAdres(`${L}/verzorger`, 'adreslijst'),
      divergence: nooitUitgevoerd('OVb.OV01'),
    },
    {
      code: 'OVa.OA02',
      severity: 'fout',
      profiles: POVO,
      message: 'Advies VO is verplicht bij een POVO-overstap, SO-scholen uitgezonderd.',
      description: 'SO-school: huidigeschool/soort is "SO".',
      paths: [`${L}/overstapadvies/advies`],
      check: verplicht(`${L}/overstapadvies`, ['advies'], { path: `${S}/soort`, notIn: ['SO'] }),
      divergence: nooitUitgevoerd('OVa.OA02'),
    },
    {
      code: 'OVa.OA03',
      severity: 'fout',
      profiles: OVA,
      message:
        'De aanduiding of contact wel of niet nodig is, is verplicht in een overstapdossier.',
      paths: [`${L}/overstapadvies/contactnodig`],
      rows: rows([`${L}/overstapadvies/contactnodig`, '1']),
      divergence: nooitUitgevoerd('OVa.OA03'),
    },
    {
      code: 'OVa.OA04',
      severity: 'fout',
      profiles: OVA,
      message: 'In overstapdossier is Contactpersoon verplicht als contact nodig is.',
      paths: [`${L}/overstapadvies/contactpersoon`],
      check: verplicht(`${L}/overstapadvies`, ['contactpersoon'], {
        path: 'contactnodig',
        is: 'true',
      }),
      divergence: nooitUitgevoerd('OVa.OA04'),
    },
    {
      code: 'OVa.OA05',
      severity: 'fout',
      profiles: OVA,
      message: 'In overstapdossier is Telefoonnummer verplicht als contact nodig is.',
      paths: [`${L}/overstapadvies/contacttelefoon`],
      check: verplicht(`${L}/overstapadvies`, ['contacttelefoon'], {
        path: 'contactnodig',
        is: 'true',
      }),
      divergence: nooitUitgevoerd('OVa.OA05'),
    },
    {
      code: 'OVa.EB02',
      severity: 'fout',
      profiles: OVA,
      message:
        "Indien leerling heeft deelgenomen aan de eindtoets basisonderwijs moet het blok 'eindtoets' aanwezig zijn.",
      paths: [`${ET}/${R}`],
      check: verplicht(ET, [R], { path: 'deelgenomen', is: 'true' }),
      divergence: nooitUitgevoerd('OVa.EB02'),
    },
    {
      code: 'OVa.EB03',
      severity: 'fout',
      profiles: OVA,
      message:
        "Indien leerling niet heeft deelgenomen aan de eindtoets basisonderwijs moet binnen eindtoets het 'Soort eindtoets' aanwezig zijn.",
      paths: [`${ET}/${R}/toetssoort`],
      check: verplicht(ET, [`${R}/toetssoort`], { path: 'deelgenomen', is: 'notTrue' }),
      divergence: nooitUitgevoerd('OVa.EB03'),
    },
    {
      code: 'OVa.EB03',
      severity: 'fout',
      profiles: OVA,
      message:
        "Indien leerling ontheffing heeft voor deelname aan de eindtoets basisonderwijs moet binnen eindtoets het 'Soort eindtoets' aanwezig zijn.",
      description: `Ontheffing: ${R}/wettelijke_ontheffing is "J" (codelijst 44); de melding staat bij ${R}/toetssoort.`,
      paths: [`${ET}/${R}/wettelijke_ontheffing`],
      check: verplicht(`${ET}/${R}`, ['toetssoort'], { path: 'wettelijke_ontheffing', in: ['J'] }),
      divergence: {
        summary:
          'De 2019.1-validatie voert deze regel nooit uit (apply-templates binnen commentaar in de template van <leerling>) en zoekt wettelijke_ontheffing bovendien direct onder eindtoets_basisonderwijs, ' +
          'terwijl het XSD het onder eindtoetsresultaat plaatst (waarden J/N, codelijst 44). Dit profiel volgt de regeltekst op de plaats van het XSD.',
        sources: [xslt2019('OVa.EB03'), inventaris2019('OVa.EB03')],
      },
    },
    {
      code: 'OVa.EB04',
      severity: 'fout',
      profiles: OVA,
      message:
        "Indien leerling heeft deelgenomen aan de eindtoets basisonderwijs moet het veld 'Toetsadvies' aanwezig zijn.",
      paths: [`${ET}/${R}/toets_advies`],
      check: verplicht(ET, [`${R}/toets_advies`], { path: 'deelgenomen', is: 'true' }),
      divergence: nooitUitgevoerd('OVa.EB04'),
    },
    {
      code: 'OVa.TR04',
      severity: 'fout',
      profiles: POVO,
      message:
        'Alleen toetsen uit het huidige en twee voorgaande schooljaren mogen aanwezig zijn in de POVO-overstap.',
      description:
        'Schooljaar: 1 augustus t/m 31 juli; peildatum metadata/datum. Selectief uitleveren laat oudere toetsen weg.',
      paths: [`${TOETS}/afname/afnamedatum`],
      check: {
        kind: 'dateWindow',
        context: TOETS,
        target: 'afname/afnamedatum',
        reference: `${M}/datum`,
        periodStart: '08-01',
        periodsBefore: 2,
      },
      divergence: {
        summary: `${nooitUitgevoerd('OVa.TR04').summary} De XSLT-regel is bovendien niet aan overdrachtsoort gebonden (alleen aan overstap POVO); dit pakket past hem toe in het profiel POVO.`,
        sources: [xslt2019('OVa.TR04'), inventaris2019('OVa.TR04')],
      },
    },
    {
      code: 'OVa.TR05',
      severity: 'fout',
      profiles: OVA,
      message:
        'Een toetsresultaat moet minimaal een score, een referentiescore of een bijlage bevatten.',
      paths: [`${TOETS}/resultaat`, `${TOETS}/toetsonderdeel/resultaat`],
      check: {
        kind: 'requiresOneOf',
        targets: [`${TOETS}/resultaat`, `${TOETS}/toetsonderdeel/resultaat`],
        children: ['toetsscore', 'referentiescore', 'document'],
      },
      divergence: nooitUitgevoerd('OVa.TR05'),
    },
    {
      code: 'OVa.TR06',
      severity: 'fout',
      profiles: OVA,
      message:
        'Een toetsscore moet minimaal het aantal opgaven, het aantal goed, het aantal fout, het aantal gelezen, de tijd of de vaardigeheidsscore bevatten.',
      paths: [`${TOETS}/resultaat/toetsscore`, `${TOETS}/toetsonderdeel/resultaat/toetsscore`],
      check: {
        kind: 'requiresOneOf',
        targets: [`${TOETS}/resultaat/toetsscore`, `${TOETS}/toetsonderdeel/resultaat/toetsscore`],
        children: [
          'aantalopgaven',
          'aantalgoed',
          'aantalfout',
          'aantalgelezen',
          'tijd',
          'vaardigheidsscore',
        ],
      },
      divergence: nooitUitgevoerd('OVa.TR06'),
    },
    {
      code: 'OVa.CL01',
      severity: 'fout',
      profiles: OVA,
      message: 'Een score moet minimaal een waarde of een kwalificatie bevatten.',
      paths: [
        `${L}/cijferlijstlijst/cijferlijst/cijferlijstTypelijst/score`,
        `${L}/cijferlijstlijst/cijferlijst/cijferlijstTypelijst/onderdeel/score`,
      ],
      check: {
        kind: 'requiresOneOf',
        targets: [
          `${L}/cijferlijstlijst/cijferlijst/cijferlijstTypelijst/score`,
          `${L}/cijferlijstlijst/cijferlijst/cijferlijstTypelijst/onderdeel/score`,
        ],
        children: ['waarde', 'kwalificatie'],
      },
      divergence: nooitUitgevoerd('OVa.CL01'),
    },
  ];
}

/** The category rule (code of ours): each category carries the value its status allows. */
function categorieRegel(): Regel {
  return {
    code: 'OV.categorie',
    severity: 'fout',
    profiles: ALL,
    message:
      'De waarde van deze categorie in "Categorie uitlevering" past niet bij het overstapprofiel: verplichte categorieën zijn VERPLICHT, ' +
      'verboden categorieën VERBODEN, en alleen optionele categorieën mogen worden uitgezet (OPTIONEEL of OPT-UIT).',
    description:
      'De 2019.1-validatie controleert per categorie dat een VERBODEN of OPT-UIT categorie geen gegevens bevat (OS.cat*, basisvalidatie); welke waarde een categorie in een profiel mag hebben, staat in het profieldocument. De code is van ons.',
    paths: [`${M}/categorie_uitlevering`],
    source: VOORBEELDEN_2019,
    assumption:
      'De status per categorie en profiel is afgeleid uit de officiële voorbeelddossiers 2019.1 (zie OV_CATEGORIEEN); het profieldocument is niet bij de referenties.',
  };
}

/** Messages of 2019.1 with the block names of 2024.1 (§1.3: Eindtoets → Doorstroomtoets). */
function hernoemMelding(m: string): string {
  return m
    .replace('eindtoets basisonderwijs', 'doorstroomtoets')
    .replace("het blok 'eindtoets'", "het blok 'toetsresultaat'")
    .replace(
      "binnen eindtoets het 'Soort eindtoets'",
      "binnen toetsresultaat het 'Soort doorstroomtoets'",
    );
}

/** The new and changed rules of 2024.1 (§1.3). */
function regels2024Nieuw(): Regel[] {
  const OA = `${L}/overstapadvies`;
  return [
    {
      code: 'OVa.OA02',
      severity: 'fout',
      profiles: POVO,
      message: 'Het veld "Voorlopig schooladvies" is verplicht bij POVO-overstap.',
      description:
        '§1.3: "Veld \'Voorlopig schooladvies\' (<voorlopig_schooladvies>) is verplicht bij POVO-overstap". Vervangt in 2024.1 de regel over "Advies VO" (veld verwijderd).',
      paths: [`${OA}/voorlopig_schooladvies`],
      check: verplicht(OA, ['voorlopig_schooladvies']),
      source: WIJZIGINGEN_2024,
      assumption:
        'De 2024.1-validatie is niet gepubliceerd: het regelnummer OVa.OA02 (de 2019.1-regel die "Advies VO" bij POVO eiste) is voortgezet voor het veld dat het advies vervangt. ' +
        '§1.3 noemt geen uitzondering voor SO-scholen; de 2019.1-regel had die wel. Dit profiel volgt de tekst van §1.3.',
    },
    {
      code: 'OV.OA.argumentatie',
      severity: 'aanbeveling',
      profiles: POVO,
      message:
        'Het veld "Argumentatie" wordt aanbevolen als het "Definitief schooladvies" lager is dan het toetsadvies van de doorstroomtoets.',
      paths: [`${OA}/argumentatie`],
      source: WIJZIGINGEN_2024,
      nietToetsbaar:
        'Het toetsadvies (doorstroomtoets/toetsresultaat/toets_advies) is vrije tekst zonder codelijst (de voorbeelden: "vmbo kb/vmbo gl-tl"), het definitief schooladvies een code van codelijst 2; ' +
        'of het ene "lager" is dan het andere is op de gegevens alleen niet vast te stellen.',
      assumption:
        'Code van ons; de aanbeveling geldt bij de overstap PO-VO (het toetsadvies van de doorstroomtoets hoort bij die overstap).',
    },
  ];
}

/**
 * The rules of a version, in table order.
 * @param version - `2019.1` or `2024.1`
 */
export function ovRules(version: OvVersion): OvRuleData[] {
  const basis = regels2019(version);
  if (version === '2019.1')
    return [
      ...basis.map((r) => ({ ...r, source: r.source ?? xslt2019(r.code) })),
      { ...categorieRegel(), source: VOORBEELDEN_2019 },
    ];
  const nieuw = regels2024Nieuw();
  const out: OvRuleData[] = [];
  for (const r of basis) {
    if (r.code === 'OVa.OA02') {
      // "VO advies volgens school" is removed in 2024.1 (§1.3): the rule on voorlopig_schooladvies replaces it.
      for (const n of nieuw) out.push({ ...n, source: n.source ?? afgeleid2024(n.code) });
      continue;
    }
    const message = hernoemMelding(r.message);
    out.push({
      ...r,
      message,
      source: afgeleid2024(r.code),
      assumption:
        message !== r.message
          ? 'Overgenomen uit de 2019.1-validatie; in de melding is "eindtoets" vervangen door de 2024.1-benaming doorstroomtoets/toetsresultaat (§1.3). De 2024.1-validatie is niet gepubliceerd.'
          : r.code.startsWith('OVa.MD02') || r.code.includes('LL08') || r.code.includes('LL04')
            ? `Overgenomen uit de 2019.1-validatie met de waarde van 2024.1. ${OV_CONSTANTS['2024.1'].assumption}`
            : 'Ongewijzigd overgenomen uit de 2019.1-validatie: §1.3 noemt voor deze regel geen wijziging. De 2024.1-validatie is niet gepubliceerd.',
    });
  }
  out.push({
    ...categorieRegel(),
    source: VOORBEELDEN_2019,
    assumption: `${categorieRegel().assumption} In 2024.1 heet cat_eindtoetsbo cat_doorstroomtoets (§1.3).`,
  });
  return out;
}

/** The rule data per version (for the site: with `profiles`, `rows`, `nietToetsbaar`, `assumption`). */
export const OV_RULES: Readonly<Record<OvVersion, readonly OvRuleData[]>> = {
  '2019.1': ovRules('2019.1'),
  '2024.1': ovRules('2024.1'),
};
