/**
 * What selective export (`select()`) does beyond the table rows and categories, as data: the
 * conditional removals and secret-value replacements of Tabel 2, and the metadata it sets (Tabel 1).
 * `select()` reads only these lists, the profile's element rows (cardinality `0` = remove) and the
 * category table (Figuur 4 + the category paths of `@edustandaard/oso`).
 */
import { LEERLING, METADATA } from './paths.js';
import type { SwvConstants } from './constants.js';

/** Remove children of a context node when a boolean child is true (e.g. addresses when adresgeheim). */
export interface ConditioneleVerwijdering {
  /** The rule that forbids the children. */
  rule: string;
  /** Absolute path of the context node (2024.1 names). */
  context: string;
  /** The boolean child that triggers the removal. */
  wanneerWaar: string;
  /** Children of the context node to remove. */
  verwijder: readonly string[];
}

/** Tabel 2: PaO.LL06, PaO.LL09 (leerling) and PaO.OV03 (verzorger). */
export const CONDITIONELE_VERWIJDERINGEN: readonly ConditioneleVerwijdering[] = [
  { rule: 'PaO.LL06', context: LEERLING, wanneerWaar: 'adresgeheim', verwijder: ['adreslijst'] },
  {
    rule: 'PaO.LL09',
    context: LEERLING,
    wanneerWaar: 'adresgeheim',
    verwijder: ['adresbuitenland'],
  },
  {
    rule: 'PaO.OV03',
    context: `${LEERLING}/verzorger`,
    wanneerWaar: 'adresgeheim',
    verwijder: ['adreslijst'],
  },
];

/** Where secret communicatie is replaced by the secret value of its soort, and under which rule. */
export interface GeheimeCommunicatie {
  rule: string;
  /** Absolute path of the `communicatie` elements. */
  context: string;
}

/** Tabel 2: PaO.LL08 (leerling) and PaO.OV04 (verzorger). */
export const GEHEIME_COMMUNICATIE: readonly GeheimeCommunicatie[] = [
  { rule: 'PaO.LL08', context: `${LEERLING}/communicatielijst/communicatie` },
  { rule: 'PaO.OV04', context: `${LEERLING}/verzorger/communicatielijst/communicatie` },
];

/**
 * Any other `communicatie` with geheim "true" (school, huisarts, instelling) is replaced too, under the
 * code the 2019.1 validation uses for every communicatie of the dossier.
 */
export const GEHEIME_COMMUNICATIE_OVERIG = {
  rule: 'PaO.LL08/PaO.OV04',
  element: 'communicatie',
} as const;

/** A metadata value `select()` sets from the version's constants. */
export interface MetadataInstelling {
  rule: string;
  path: string;
  /** Which constant holds the value (`overstap` is per profile). */
  constante: 'overstap' | 'overdrachtsoort' | 'validatieversie' | 'standaardversie';
}

/** Tabel 1: overstap (PaO.SO02), overdrachtsoort (PaO.SO03), validatieversie (PaO.MD02); standaardversie (gegevensset OG.02). */
export const METADATA_INSTELLINGEN: readonly MetadataInstelling[] = [
  { rule: 'OG.02', path: `${METADATA}/standaardversie`, constante: 'standaardversie' },
  { rule: 'PaO.MD02', path: `${METADATA}/validatieversie`, constante: 'validatieversie' },
  { rule: 'PaO.SO02', path: `${METADATA}/overstap`, constante: 'overstap' },
  { rule: 'PaO.SO03', path: '/dossier/overdrachtsoort', constante: 'overdrachtsoort' },
];

/**
 * The value of a metadata setting.
 * @param c - the version's constants
 * @param i - the setting
 * @param profile - the profile (for `overstap`)
 */
export function instellingWaarde(
  c: SwvConstants,
  i: MetadataInstelling,
  profile: 'PO-SWV' | 'VO-SWV',
): string {
  return i.constante === 'overstap' ? c.overstap[profile] : c[i.constante];
}
