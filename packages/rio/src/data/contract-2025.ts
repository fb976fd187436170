/**
 * The 2025 build of DUO's RIO V4 contracts (generated 14-07-2025) as changes to the 2022 build. DUO's
 * 14-07-2025 XSDs were not found publicly; every change is derived from the description in issue #12,
 * checked against the public evidence listed in {@link ContractDerivation.bronnen}, and marked
 * `assumption: true`; what cannot be derived is listed in `nietAfgeleid`.
 *
 * Where the changes live: in the 2022 XSDs `toestemmingDeelnameSTAP` and `voertaal` occur only in the
 * `Kenmerkwaardenbereik_*` types — the documented range of a RIO object's `kenmerken` (name/value
 * pairs), referenced with `maxOccurs="0"`, so never an element of a message. A real message carries
 * them as `<kenmerken><kenmerknaam>voertaal</kenmerknaam><kenmerkwaardeEnumeratiewaarde>…`. The changes
 * are therefore applied to those types only: the 2025 build accepts the same message structure, and
 * says which kenmerken an object has (the friendly model reads that range per build).
 */
import type { ElementParticle } from '@edustandaard/core';

/** Where a change applies: a complex type's exact name, or a prefix ending in `*`. */
export type TypeScope = string;

/** One change of a contract build, applied to the complex types in its scope in both contracts. */
export type ContractChange =
  | { op: 'remove'; in: TypeScope; element: string; assumption: boolean; toelichting: string }
  | {
      op: 'maxOccurs';
      in: TypeScope;
      element: string;
      maxOccurs: number;
      assumption: boolean;
      toelichting: string;
    }
  | {
      op: 'addAfter';
      in: TypeScope;
      after: string;
      element: ElementParticle;
      assumption: boolean;
      toelichting: string;
    };

/** A public source a derivation was checked against. */
export interface ContractBron {
  /** What it is and what it shows. */
  omschrijving: string;
  /** Repository, path and commit (or the issue) it was read from. */
  waar: string;
}

/** A contract build derived from another. */
export interface ContractDerivation {
  /** The build it is derived from. */
  basis: '2022';
  bron: string;
  /** Public evidence the changes were checked against (none of it is DUO's 14-07-2025 XSD). */
  bronnen: readonly ContractBron[];
  changes: readonly ContractChange[];
  /** Differences known to exist that could not be derived. */
  nietAfgeleid: readonly string[];
}

/**
 * True when a complex type's name is in a change's scope.
 * @param scope - exact name, or a prefix ending in `*`
 * @param typeName - the complex type's name
 */
export function inScope(scope: TypeScope, typeName: string): boolean {
  return scope.endsWith('*') ? typeName.startsWith(scope.slice(0, -1)) : typeName === scope;
}

/** The 2025 build, derived. */
export const RIO_CONTRACT_2025: ContractDerivation = {
  basis: '2022',
  bron: "issue #12: 'DUO published a newer build of the same V4 contracts (generated 14-07-2025) that removes toestemmingDeelnameSTAP, allows voertaal up to 3 times, adds laatsteInstroomdatum, changes SO/VSO kenmerken and some types.'",
  bronnen: [
    {
      omschrijving:
        "DUO's Beheren-XSD 'gegenereerd op 25-02-2025 11:24:26.99 op basis van commit-versie 5828' (a build between 2022 and 14-07-2025): toestemmingDeelnameSTAP is gone from every Kenmerkwaardenbereik_Aangeboden* type; voertaal is still maxOccurs 1; SO/VSO: doelgroepSpeciaalOnderwijs type v02 → v03, bijzondereInrichting (SO, VSO) and doorlopendeLeerlijnVsoMbo (VSO) added; laatsteInstroomdatum not yet there.",
      waar: 'github.com/SURFnet/eduhub-rio-mapper resources/DUO_RIO_Beheren_OnderwijsOrganisatie_V4.xsd @ 970c5c6048670050307732bd84eb7a6ef9e437b2 (Raadplegen, same build: @ 433b35d7e72a0a0edadf7554ac3f9421419166a3)',
    },
    {
      omschrijving:
        "SURF's RIO mapper writes laatsteInstroomdatum from the OOAPI consumer's lastStartDate and up to 3 teachingLanguages as voertaal; its end-to-end test reads them back from RIO as kenmerken (kenmerkwaardeDatum for laatsteInstroomdatum; voertaal #{FRA DEU} as two kenmerken).",
      waar: 'eduhub-rio-mapper (jomco / SURFnet): namespace nl.surf.eduhub-rio-mapper.rio.aangeboden-opleiding and its e2e test, found by public code search; file path and commit not recorded',
    },
  ],
  changes: [
    {
      op: 'remove',
      in: 'Kenmerkwaardenbereik_*',
      element: 'toestemmingDeelnameSTAP',
      assumption: true,
      toelichting:
        'Verwijderd uit elk kenmerkwaardenbereik dat het had (in de build van 25-02-2025 al zo).',
    },
    {
      op: 'maxOccurs',
      in: 'Kenmerkwaardenbereik_*',
      element: 'voertaal',
      maxOccurs: 3,
      assumption: true,
      toelichting: 'Kenmerk voertaal tot 3 keer, in elk kenmerkwaardenbereik dat het heeft.',
    },
    {
      op: 'addAfter',
      // the base range and, as the descriptor flattens extensions, each Aangeboden* range after it
      in: 'Kenmerkwaardenbereik_Aangeboden*',
      after: 'eigenAangebodenOpleidingSleutel',
      element: {
        kind: 'element',
        name: 'laatsteInstroomdatum',
        minOccurs: 0,
        maxOccurs: 1,
        type: 'EersteInstroomDatum-v01',
      },
      assumption: true,
      toelichting:
        'Een kenmerk (kenmerkwaardeDatum), zoals SURF het leest; in het gemeenschappelijke bereik van elke aangeboden opleiding, optioneel, met het datumtype van eersteInstroomDatum: plaats, optionaliteit en type zijn aannames.',
    },
  ],
  nietAfgeleid: [
    'Gewijzigde SO/VSO-kenmerken: de build van 25-02-2025 toont doelgroepSpeciaalOnderwijs met type v03 en nieuwe kenmerken bijzondereInrichting (SO, VSO) en doorlopendeLeerlijnVsoMbo (VSO), maar hun waardenlijsten (BijzondereInrichtingSo-v01, -Vso-v01, OpleidingskenmerkcodeDoelgroeponderwijsSoVso-v03) staan niet in de 2022-XSD en zijn hier niet overgenomen.',
    "'Some types' gewijzigd: welke typen verder, is niet bekend zonder de 14-07-2025-XSD.",
  ],
};
