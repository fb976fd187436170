/**
 * OSO's catalogue (#10 item 4). OSO's own findings are the gegevensset's rules (OG.*, OS.cat*,
 * OSO.CODELIJST.n), whose templates are declared with each rule (`rules.ts`, from the 2019.1 rule
 * inventory), and the XSD's structural findings `OSO.XSD.<kind>`, rendered from core's codec
 * catalogue (`XSD_MESSAGES`). Here: how OSO words the codec's templates that name the schema — the
 * schema is the gegevensset.
 */
import type { XsdWording } from '@edustandaard/core';

/** OSO's wording of core's codec templates (same ids and placeholders as `XSD_MESSAGES`). */
export const OSO_XSD_MESSAGES = {
  nl: {
    unexpected: "Element '{element}' is niet toegestaan in '{parent}' volgens de gegevensset.",
    'unexpected#namespace':
      "Element '{element}' (namespace '{namespace}') is niet toegestaan in '{parent}' volgens de gegevensset.",
    attribute: "Attribuut '{attribute}' is niet toegestaan volgens de gegevensset.",
    order:
      "Element '{element}' staat op een plaats waar het niet is toegestaan (volgorde of aantal volgens de gegevensset).",
  },
} as const satisfies XsdWording;
