/**
 * Fixed values of the overstapprofielen, per version: the profile ids, how a dossier names its
 * profile (`overdrachtsoort` codelijst 29, `metadata/overstap` codelijst 16) and the values the
 * rules prescribe. Every value cites where it comes from; assumptions say so.
 */

/** The four overstapprofielen: three overstappen between schools and the overdracht binnen brin. */
export type OvProfileId = 'POPO' | 'POVO' | 'VOVO' | 'BB';

/** The afsprakenset versions this package defines profiles for. */
export type OvVersion = '2019.1' | '2024.1';

/**
 * A profile id as callers may write it: the id or its lower-case form (`'popo'`, the CLI's
 * `--profile`). For signatures that accept a profile (issue #13: a misspelt id must not compile).
 */
export type OvProfileName = OvProfileId | Lowercase<OvProfileId>;

/**
 * A version option as callers may write it: a version, or `auto` (from the namespace, or
 * `metadata/standaardversie` for a decoded dossier).
 */
export type OvVersionOption = OvVersion | 'auto';

/**
 * Short names of the categories that are optional in at least one overstapprofiel (the
 * `categorie_uitlevering` element without `cat_`; `eindtoetsbo` is the 2019.1 name of
 * `doorstroomtoets`). A test checks this list against the statuses in `OV_CATEGORIEEN`.
 */
export const OV_CATEGORIE_NAMEN = [
  'ouderinzage',
  'oudersverzorgers',
  'vve',
  'schoolloopbaan',
  'overstapadvies',
  'onderwijsondersteuning',
  'verzuim',
  'doorstroomtoets',
  'eindtoetsbo',
  'toetsresultaten',
  'handelingsplannen',
  'cijferlijsten',
  'vombo',
  'bijlagedocs',
] as const;

/** A short name of {@link OV_CATEGORIE_NAMEN}. */
export type OvCategorieNaam = (typeof OV_CATEGORIE_NAMEN)[number];

/**
 * A category `select()`'s `optOut` accepts: the short name (`verzuim`) or the element name
 * (`cat_verzuim`). Which are optional depends on the profile (`vve` is verboden in POVO); `select`
 * checks that at run time.
 */
export type OvOptOutCategorie = OvCategorieNaam | `cat_${OvCategorieNaam}`;

/** All profile ids, in the order of the official examples and the 2019.1 validation. */
export const OV_PROFILE_IDS: readonly OvProfileId[] = ['POPO', 'POVO', 'VOVO', 'BB'];

/** The three overstap profiles (overdrachtsoort `overstapdossier`; the OVa rules). */
export const OVERSTAP_PROFILE_IDS: readonly OvProfileId[] = ['POPO', 'POVO', 'VOVO'];

/** All versions, oldest first. */
export const OV_VERSIONS: readonly OvVersion[] = ['2019.1', '2024.1'];

/** The afsprakenset id used in every report. */
export const AFSPRAKENSET = 'OSO-OVERSTAP';

/** Dutch names of the profiles. */
export const OV_PROFILE_NAMEN: Readonly<Record<OvProfileId, string>> = {
  POPO: 'Overstap PO-PO',
  POVO: 'Overstap PO-VO',
  VOVO: 'Overstap VO-VO',
  BB: 'Overdracht binnen brin',
};

/**
 * `overdrachtsoort` per profile (OVa.OS03/OVb.OS01; codelijst 29): the OVa rules apply to an
 * `overstapdossier`, the OVb rules to an `overdrachtbinnenbrin`.
 */
export const OVERDRACHTSOORT: Readonly<Record<OvProfileId, string>> = {
  POPO: 'overstapdossier',
  POVO: 'overstapdossier',
  VOVO: 'overstapdossier',
  BB: 'overdrachtbinnenbrin',
};

/**
 * `metadata/overstap` of the three overstap profiles (OVa.OS02; codelijst 16). An overdracht binnen
 * brin has no prescribed value (the official BB examples carry `POPO`).
 */
export const OVERSTAP: Readonly<Partial<Record<OvProfileId, string>>> = {
  POPO: 'POPO',
  POVO: 'POVO',
  VOVO: 'VOVO',
};

/** Per-version constants. */
export interface OvConstants {
  /** `metadata/standaardversie`. */
  standaardversie: string;
  /** `metadata/validatieversie` (OVa.MD02/OVb.MD02). */
  validatieversie: string;
  /** Allowed `metadata/deeldossier` values: the dossier has a LAS part (OVa.MD01/OVb.MD01). */
  deeldossier: readonly string[];
  /** Secret `communicatie/nummer` per `soort` when `geheim` is true (OVa.LL08/OVa.OV04, OVb.LL04/OVb.OV02). */
  geheimwaarden: Readonly<Record<'telefoon' | 'e-mail', string>>;
  /** What in these values is assumed rather than published (absent when nothing is). */
  assumption?: string;
}

/** Constants per version. */
export const OV_CONSTANTS: Readonly<Record<OvVersion, OvConstants>> = {
  '2019.1': {
    standaardversie: '2019.1',
    // OV/ValideerOverstapprofielen.xsl: hard-coded "2019.1.1" (codelijsten.json "Validatieversie").
    validatieversie: '2019.1.1',
    deeldossier: ['LAS', 'LASLVS'],
    // codelijsten.json "Geheimwaarde telefoonnummer" / "Geheimwaarde e-mailadres" (OV and PaO alike).
    geheimwaarden: { telefoon: '9999999999', 'e-mail': 'geheim@geheim.geheim' },
  },
  '2024.1': {
    standaardversie: '2024.1',
    validatieversie: '2024.1.1',
    deeldossier: ['LAS', 'LASLVS'],
    geheimwaarden: { telefoon: '999999999', 'e-mail': 'geheim@geheim.geheim' },
    assumption:
      'De overstapprofielen 2024.1 en hun validatie zijn niet bij de referenties. Validatieversie "2024.1.1" komt uit `OSO SWV-profielen` 2024.1 §1.3 (Tabel 1 en 4); ' +
      'de geheimwaarde voor telefoon "999999999" (negen cijfers) uit Tabel 2 van hetzelfde document (PaO.LL08/PaO.OV04). In 2019.1 gebruikten de overstap- en de SWV-validatie dezelfde geheimwaarden; ' +
      'dit profiel neemt aan dat dat in 2024.1 zo blijft, zodat één migratie van de gegevensset voor elk profiel geldt.',
  },
};
