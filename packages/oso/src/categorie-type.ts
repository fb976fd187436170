/** A category of selectief uitleveren (XSD `categorie_uitlevering`, codelijst 48). */
export interface Categorie {
  /** The `cat_*` element name in `categorie_uitlevering`. */
  id: string;
  naam: string;
  /** Rule codes checking the category (OS.cat01 … OS.cat16). */
  rules: string[];
  /** Element paths whose data belongs to the category. */
  paths: string[];
}
