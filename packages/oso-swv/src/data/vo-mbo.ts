/**
 * The VO-MBO blocks that the 2019.1 validation forbids in a PO SWV-dossier (PaO.VM01–VM07,
 * `ValideerSwvPaO-profielen.xsl`; exact 2019.1 messages from business-rules-2019.1.json).
 */
export interface VoMboRegel {
  code: string;
  /** The leerling child element. */
  element: string;
  /** The 2019.1 validation message, verbatim. */
  melding: string;
}

/** PaO.VM01–VM07. */
export const VO_MBO_REGELS: readonly VoMboRegel[] = [
  {
    code: 'PaO.VM01',
    element: 'bevorderd',
    melding: 'Het blok "Bevorderd" is niet toegestaan in een PO SWV-dossier.',
  },
  {
    code: 'PaO.VM02',
    element: 'examenresultaat',
    melding: 'Het blok "Examens en uitslagen" is niet toegestaan in een PO SWV-dossier.',
  },
  {
    code: 'PaO.VM03',
    element: 'resultaatvakkenvo',
    melding: 'Het blok "VO vakresultaat" is niet toegestaan in een PO SWV-dossier.',
  },
  {
    code: 'PaO.VM04',
    element: 'certificaat',
    melding: 'Het blok "Certificaat" is niet toegestaan in een PO SWV-dossier.',
  },
  {
    code: 'PaO.VM05',
    element: 'competenties',
    melding: 'Het blok "Competentie" is niet toegestaan in een PO SWV-dossier.',
  },
  {
    code: 'PaO.VM06',
    element: 'stage',
    melding: 'Het blok "Stages" is niet toegestaan in een PO SWV-dossier.',
  },
  {
    code: 'PaO.VM07',
    element: 'overigvombo',
    melding: 'Het blok "Overige vo-mbo gegevens" is niet toegestaan in een PO SWV-dossier.',
  },
];
