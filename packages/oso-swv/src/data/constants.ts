/**
 * Fixed values of the SWV profiles, per version (data the rule declarations, `select()` and
 * `migrate()` read; the site renders them). Every value cites where it comes from.
 */
import { OSO_VERSION_INFO } from '@edustandaard/oso';

/** The two SWV profiles (`OSO SWV-profielen` §2.6: "PO SWV PaO" and "VO SWV PaO"). */
export type SwvProfileId = 'PO-SWV' | 'VO-SWV';

/** The afsprakenset versions this package defines profiles for. */
export type SwvVersion = '2019.1' | '2024.1';

/**
 * A profile id as callers may write it: the id or its lower-case form (`'po-swv'`, the CLI's
 * `--profile`). For signatures that accept a profile (issue #13: a misspelt `'PO-SVW'` must not
 * compile).
 */
export type SwvProfileName = SwvProfileId | Lowercase<SwvProfileId>;

/**
 * The optional categories of Figuur 4 (`OSO SWV-profielen` §2.6) by the names `select`'s `optOut`
 * accepts: the element name (`cat_vve`) or its short form (`vve`). Which are optional depends on
 * the profile (`vve` is verboden in VO-SWV, `doorstroomtoets` in PO-SWV); `select` checks that.
 */
export type SwvOptOutCategorie = SwvCategorieNaam | `cat_${SwvCategorieNaam}`;

/**
 * Short names of the categories of Figuur 4 that are optional in at least one profile (the element
 * name without `cat_`; `eindtoetsbo` is the 2019.1 name of `doorstroomtoets`). A test checks this
 * list against the statuses in `CATEGORIEEN`.
 */
export const SWV_CATEGORIE_NAMEN = [
  'ouderinzage',
  'vve',
  'overstapadvies',
  'handelingsplannen',
  'verzuim',
  'doorstroomtoets',
  'eindtoetsbo',
  'toetsresultaten',
  'cijferlijsten',
  'bijlagedocs',
  'vombo',
] as const;

/** A short name of {@link SWV_CATEGORIE_NAMEN}. */
export type SwvCategorieNaam = (typeof SWV_CATEGORIE_NAMEN)[number];

/**
 * A version option as callers may write it: a version, or `auto` (from the namespace, or
 * `metadata/standaardversie` for a decoded dossier).
 */
export type SwvVersionOption = SwvVersion | 'auto';

/** All profile ids, in document order. */
export const SWV_PROFILE_IDS: readonly SwvProfileId[] = ['PO-SWV', 'VO-SWV'];

/** All versions, oldest first. */
export const SWV_VERSIONS: readonly SwvVersion[] = ['2019.1', '2024.1'];

/** The afsprakenset id used in every report. */
export const AFSPRAKENSET = 'OSO-SWV';

/** Per-version constants of the SWV profiles. */
export interface SwvConstants {
  /** `metadata/standaardversie` of the gegevensset version. */
  standaardversie: string;
  /** `metadata/validatieversie` (PaO.MD02). */
  validatieversie: string;
  /** PaO.MD02: also accept a more recent validatieversie ("of recentere versie", 2024.1 Tabel 1). */
  validatieversieOfRecenter: boolean;
  /** `overdrachtsoort` value (PaO.SO03). */
  overdrachtsoort: string;
  /** `metadata/overstap` value per profile (PaO.SO02: "POSWV" respectievelijk "VOSWV"). */
  overstap: Readonly<Record<SwvProfileId, string>>;
  /** Allowed `metadata/deeldossier` values (PaO.MD01). */
  deeldossier: readonly string[];
  /** Secret values for `communicatie/nummer` when `geheim` is true, per `communicatie/soort` (PaO.LL08/OV04). */
  geheimwaarden: Readonly<Record<string, string>>;
  /**
   * PaO.LL05 condition: `true` = only when `adresgeheim` is "false" (2024.1 document wording);
   * `false` = whenever `adresgeheim` is not "true" (2019.1 validation).
   */
  ll05AlleenBijAdresgeheimFalse: boolean;
  /** PaO.OV02: recommended maximum number of verzorgers. */
  maxVerzorgers: number;
}

/** Constants per version (standaardversie and validatieversie are the gegevensset's `OSO_VERSION_INFO`). */
export const SWV_CONSTANTS: Readonly<Record<SwvVersion, SwvConstants>> = {
  '2019.1': {
    standaardversie: OSO_VERSION_INFO['2019.1'].standaardversie,
    validatieversie: OSO_VERSION_INFO['2019.1'].validatieversie,
    validatieversieOfRecenter: false,
    overdrachtsoort: 'swv-dossier',
    overstap: { 'PO-SWV': 'POSWV', 'VO-SWV': 'VOSWV' },
    deeldossier: ['LASLVS', 'LAS'],
    // 2019.1 validation (codelijsten.json "Geheimwaarde telefoonnummer"/"e-mailadres"; the official
    // 2019.1 examples use these values). See the divergence on PaO.LL08.
    geheimwaarden: { telefoon: '9999999999', 'e-mail': 'geheim@geheim.geheim' },
    ll05AlleenBijAdresgeheimFalse: false,
    maxVerzorgers: 4,
  },
  '2024.1': {
    standaardversie: OSO_VERSION_INFO['2024.1'].standaardversie,
    validatieversie: OSO_VERSION_INFO['2024.1'].validatieversie,
    validatieversieOfRecenter: true,
    overdrachtsoort: 'swv-dossier',
    overstap: { 'PO-SWV': 'POSWV', 'VO-SWV': 'VOSWV' },
    deeldossier: ['LASLVS', 'LAS'],
    // Document 2024.1, Tabel 2, PaO.LL08/PaO.OV04: "999999999" (nine digits) and "geheim@geheim.geheim".
    geheimwaarden: { telefoon: '999999999', 'e-mail': 'geheim@geheim.geheim' },
    ll05AlleenBijAdresgeheimFalse: true,
    maxVerzorgers: 4,
  },
};
