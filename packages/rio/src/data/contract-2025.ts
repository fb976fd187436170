/**
 * The 2025 build of DUO's RIO V4 contracts (generated 14-07-2025) as changes to the 2022 build. The
 * 2025 XSD is not available here: every change is derived from the description in issue #12 and
 * marked `assumption: true`; what cannot be derived is listed in `nietAfgeleid`.
 */
import type { ElementParticle } from '@edustandaard/core';

/** One change of a contract build, applied to every complex type of both contracts. */
export type ContractChange =
  | { op: 'remove'; element: string; assumption: boolean; toelichting: string }
  | {
      op: 'maxOccurs';
      element: string;
      maxOccurs: number;
      assumption: boolean;
      toelichting: string;
    }
  | {
      op: 'addAfter';
      after: string;
      element: ElementParticle;
      assumption: boolean;
      toelichting: string;
    };

/** A contract build derived from another. */
export interface ContractDerivation {
  /** The build it is derived from. */
  basis: '2022';
  bron: string;
  changes: readonly ContractChange[];
  /** Differences known to exist that could not be derived. */
  nietAfgeleid: readonly string[];
}

/** The 2025 build, derived. */
export const RIO_CONTRACT_2025: ContractDerivation = {
  basis: '2022',
  bron: "issue #12: 'DUO published a newer build of the same V4 contracts (generated 14-07-2025) that removes toestemmingDeelnameSTAP, allows voertaal up to 3 times, adds laatsteInstroomdatum, changes SO/VSO kenmerken and some types.'",
  changes: [
    {
      op: 'remove',
      element: 'toestemmingDeelnameSTAP',
      assumption: true,
      toelichting: 'Verwijderd uit elk type dat het element had.',
    },
    {
      op: 'maxOccurs',
      element: 'voertaal',
      maxOccurs: 3,
      assumption: true,
      toelichting: 'voertaal tot 3 keer, overal waar het element voorkomt.',
    },
    {
      op: 'addAfter',
      after: 'eersteInstroomDatum',
      element: {
        kind: 'element',
        name: 'laatsteInstroomdatum',
        minOccurs: 0,
        maxOccurs: 1,
        type: 'EersteInstroomDatum-v01',
      },
      assumption: true,
      toelichting:
        'Naam zoals het issue het spelt; plaats (na eersteInstroomDatum), optionaliteit en type (dat van eersteInstroomDatum) zijn aannames.',
    },
  ],
  nietAfgeleid: [
    'Gewijzigde SO/VSO-kenmerken: welke kenmerken en waarden is niet bekend zonder de 2025-XSD.',
    "'Some types' gewijzigd: welke typen is niet bekend zonder de 2025-XSD.",
  ],
};
