/** The data of `@edustandaard/oso` this package uses, per version (one place that names its exports). */
import {
  OSO_CATEGORIEEN_2019_1,
  OSO_CATEGORIEEN_2024_1,
  OSO_CODELIJSTEN_2019_1,
  OSO_CODELIJSTEN_2024_1,
} from '@edustandaard/oso';
import type { SwvVersion } from './data/constants.js';

/** A category of selectief uitleveren with its element paths (from `@edustandaard/oso`). */
export interface OsoCategorie {
  id: string;
  naam: string;
  paths: readonly string[];
}

/** A code list with absolute element paths and codes (labels where known). */
export interface OsoCodelijst {
  nummer: number | null;
  naam: string;
  paths: readonly string[];
  codes: readonly { code: string; label?: string }[];
}

/** Categories per version. */
export function osoCategorieen(version: SwvVersion): readonly OsoCategorie[] {
  return version === '2019.1' ? OSO_CATEGORIEEN_2019_1 : OSO_CATEGORIEEN_2024_1;
}

/** Code lists per version. */
export function osoCodelijsten(version: SwvVersion): readonly OsoCodelijst[] {
  return version === '2019.1' ? OSO_CODELIJSTEN_2019_1 : OSO_CODELIJSTEN_2024_1;
}
