/**
 * Labels of codes for the dossier view (§2.7: "De codes in deze dossierweergave worden conform de
 * codelijsten vertaald"). The Excel "OSO Codelijsten" is not among the reference artefacts; these are
 * the labels the 2019.1 XSD documentation (`implementatie`) spells out, plus the category values of
 * selectief uitleveren. Labels from the code lists (`codelijsten()`) take precedence when present.
 */
import type { SourceRef } from '@edustandaard/core';

/** Labels of one code list. */
export interface CodeLabels {
  /** Code list number in "OSO codelijsten". */
  nummer: number;
  labels: Readonly<Record<string, string>>;
  source: SourceRef;
}

const xsd = (type: string): SourceRef => ({
  document: 'OSO_gegevensset_2019.1.xsd',
  version: '2019.1',
  section: `documentatie (implementatie) van ${type}`,
});

/** Code labels by code list number. */
export const CODE_LABELS: readonly CodeLabels[] = [
  {
    nummer: 10,
    labels: { '0': 'n.v.t.', '1': 'Nederlands', '2': 'Niet-Nederlands' },
    source: xsd('nnca'),
  },
  {
    nummer: 13,
    labels: {
      P: 'Peutergroep',
      '0': 'PO groep 0',
      '1': 'PO jaargroep 1',
      '2': 'PO jaargroep 2',
      '3': 'PO jaargroep 3',
      '4': 'PO jaargroep 4',
      '5': 'PO jaargroep 5',
      '6': 'PO jaargroep 6',
      '7': 'PO jaargroep 7',
      '8': 'PO jaargroep 8',
      '11': 'VO jaargroep 1',
      '12': 'VO jaargroep 2',
      '13': 'VO jaargroep 3',
      '14': 'VO jaargroep 4',
      '15': 'VO jaargroep 5',
      '16': 'VO jaargroep 6',
      S: 'SBO/SO/VSO',
    },
    source: xsd('jaargroepType'),
  },
  {
    nummer: 14,
    labels: { '0': 'onbekend', '1': 'vrouw', '2': 'man' },
    source: xsd('geslachtType'),
  },
  {
    nummer: 17,
    labels: { LWOO: 'Leerwegondersteunend onderwijs', PRO: 'Praktijkonderwijs' },
    source: xsd('rvcindicatie'),
  },
  {
    nummer: 31,
    labels: { Nvt: 'niet van toepassing', H: 'hoog', M: 'middel', L: 'laag' },
    source: xsd('tlvcategorie'),
  },
  {
    nummer: 41,
    labels: { '1': 'Vader', '2': 'Moeder', '3': 'Voogd' },
    source: xsd('relatietotkind'),
  },
  { nummer: 44, labels: { J: 'Ja', N: 'Nee' }, source: xsd('wettelijke_ontheffing') },
  {
    nummer: 45,
    labels: { '01': 'Lager dan 1F', '02': '1F', '03': '1S', '04': '2F' },
    source: xsd('ond_referentieniveau'),
  },
  {
    nummer: 48,
    labels: {
      VERPLICHT: 'verplicht',
      OPTIONEEL: 'optioneel',
      'OPT-UIT': 'uitgezet (selectief uitleveren)',
      VERBODEN: 'verboden',
    },
    source: {
      document: 'Afspraak SWV-profielen als toepassing van de OSO gegevensset',
      version: '2024.1',
      section: '§2.6 Figuur 4',
    },
  },
];
