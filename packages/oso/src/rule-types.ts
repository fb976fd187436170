/** One check of the 2019.1 validation XSLT as inventoried in business-rules-2019.1.json. */
export interface RuleInventoryEntry {
  code: string;
  /** XSLT context element. */
  context: string | null;
  /** Exact Dutch message (`null` for checks the XSD enforces without an XSLT message). */
  melding: string | null;
  /** English summary of the check. */
  samenvatting: string | null;
  /** XSLT file it comes from. */
  bestand: string;
  /** Quirks: unreachable or dead checks, wording. */
  opmerking?: string;
  /** For OS.cat* checks: the category, the value that triggers it and the paths as the XSLT tests them. */
  categorie?: {
    id: string;
    waarde: 'VERPLICHT' | 'VERBODEN' | 'OPT-UIT';
    eis: 'gegevens' | 'geen-gegevens';
    paths: string[];
  };
}
