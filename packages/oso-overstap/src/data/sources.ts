/**
 * The sources every overstapprofiel row and rule cites (DESIGN.md §2: each rule carries its source).
 *
 * - 2019.1: the official validation `OV/ValideerOverstapprofielen.xsl` (validatieversie 2019.1.1,
 *   tag 2019.1 of edustandaard/oso-gegevensset) as inventoried in `business-rules-2019.1.json`
 *   (exact Dutch wording of every message), and the eight official OV example dossiers. The profile
 *   document itself ("Afspraak Overstapprofielen") is not among the reference artefacts: where this
 *   package needs a fact only that document would give (the category table), it says so in data.
 * - 2024.1: not published as artefacts. Derived from 2019.1 plus the changes of
 *   `Afspraak SWV-profielen als toepassing van de OSO gegevensset` 2024.1 §1.3, which lists the
 *   changes to the gegevensset and to "de overstapprofielen"; every derived fact is flagged.
 */
import type { SourceRef } from '@edustandaard/core';

/** The 2019.1 overstap validation XSLT. */
export const XSLT_2019_URL =
  'https://github.com/edustandaard/oso-gegevensset/blob/2019.1/OV/ValideerOverstapprofielen.xsl';

/** Where the 2024.1 documents are published. */
export const DOCUMENT_URL =
  'https://www.edustandaard.nl/standaard_afspraken/oso-gegevensset-en-profielen-oso/oso-gegevensset-en-profielen-2024-1/';

/** A business rule of the official 2019.1 overstap validation. */
export function xslt2019(rule: string): SourceRef {
  return {
    document: 'ValideerOverstapprofielen.xsl (OSO technische bestanden Overstapprofielen)',
    version: '2019.1.1',
    section: `business rule ${rule}`,
    url: XSLT_2019_URL,
  };
}

/** The inventory of the 2019.1 validation (remarks on dead or defective checks). */
export function inventaris2019(rule: string): SourceRef {
  return {
    document:
      'business-rules-2019.1.json (inventaris van de 2019.1-validatie, met Saxon-HE 9.9 nagelopen)',
    version: '2019.1',
    section: `opmerking bij ${rule}`,
  };
}

/** The eight official OV example dossiers of 2019.1. */
export const VOORBEELDEN_2019: SourceRef = {
  document: 'Officiële voorbeelddossiers Overstapprofielen (OV/examples, full en opt-out)',
  version: '2019.1',
  section: 'metadata/categorie_uitlevering',
  url: 'https://github.com/edustandaard/oso-gegevensset/tree/2019.1/OV/examples',
};

/** A section of the 2024.1 document that lists the changes since the previous version. */
export function doc2024(section: string): SourceRef {
  return {
    document: 'Afspraak SWV-profielen als toepassing van de OSO gegevensset',
    version: '2024.1',
    section,
    url: DOCUMENT_URL,
  };
}

/** §1.3 of the 2024.1 document ("Verschillen met voorgaande versie van de afspraak"). */
export const WIJZIGINGEN_2024: SourceRef = doc2024('§1.3');

/**
 * A rule of the derived 2024.1 overstapprofielen (2019.1 rule carried over, changed per §1.3).
 * @param rule - the rule code
 */
export function afgeleid2024(rule: string): SourceRef {
  return {
    document:
      'Overstapprofielen 2024.1 (afgeleid: validatie 2019.1 plus de wijzigingen van OSO SWV-profielen 2024.1 §1.3)',
    version: '2024.1',
    section: `business rule ${rule}`,
    url: DOCUMENT_URL,
  };
}
