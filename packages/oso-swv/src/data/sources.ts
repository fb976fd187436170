/**
 * The sources every SWV profile row and rule cites (DESIGN.md §2: each rule carries its source).
 *
 * - The leading document (principle 7 of §2.3): "Afspraak SWV-profielen als toepassing van de OSO
 *   gegevensset", versie 2024.1 (21 december 2023), §2.6 Tabel 1–3 and Figuur 4.
 * - For 2019.1: the official 2019.1 validation `PaO/ValideerSwvPaO-profielen.xsl` (validatieversie
 *   2019.1.1) as inventoried in `oso/2019.1/business-rules-2019.1.json` (exact Dutch wording). The
 *   2019.1 profile document itself is not among the reference artefacts; its tables are the 2024.1
 *   tables minus the changes the 2024.1 document lists in §1.3 and its document history.
 */
import type { SourceRef } from '@edustandaard/core';

/** The title of the profile document. */
export const DOCUMENT_TITEL = 'Afspraak SWV-profielen als toepassing van de OSO gegevensset';

/** Where the profile documents are published. */
export const DOCUMENT_URL =
  'https://www.edustandaard.nl/standaard_afspraken/oso-gegevensset-en-profielen-oso/oso-gegevensset-en-profielen-2024-1/';

/** The 2019.1 validation XSLT of the SWV-PaO profiles (tag 2019.1 of edustandaard/oso-gegevensset). */
export const XSLT_2019_URL =
  'https://github.com/edustandaard/oso-gegevensset/blob/2019.1/PaO/ValideerSwvPaO-profielen.xsl';

/** A section of the 2024.1 profile document. */
export function doc2024(section: string): SourceRef {
  return { document: DOCUMENT_TITEL, version: '2024.1', section, url: DOCUMENT_URL };
}

/**
 * A section of the 2019.1 profile document as reconstructed from the 2024.1 document (§1.3 and the
 * document history list every change since 2019.1).
 */
export function doc2019(section: string): SourceRef {
  return {
    document: `${DOCUMENT_TITEL} (2019.1, afgeleid uit versie 2024.1 §1.3 en documentgeschiedenis)`,
    version: '2019.1',
    section,
    url: DOCUMENT_URL,
  };
}

/** A business rule of the official 2019.1 validation XSLT. */
export function xslt2019(rule: string): SourceRef {
  return {
    document: 'ValideerSwvPaO-profielen.xsl (OSO technische bestanden SWV-PaO)',
    version: '2019.1.1',
    section: `business rule ${rule}`,
    url: XSLT_2019_URL,
  };
}

/** A value check of the 2019.1 validation as listed in `codelijsten.json` (entries without list number). */
export function codelijst2019(naam: string): SourceRef {
  return {
    document: 'OSO codelijsten 2019.1 (codelijsten.json, uit de validatie-XSLT)',
    version: '2019.1',
    section: naam,
  };
}
