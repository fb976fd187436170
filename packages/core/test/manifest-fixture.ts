/** A complete manifest, written from `OSO SWV profielen 2024.1` §2.2–2.5, for the manifest tests. */
import type { AfsprakensetManifest } from '../src/index.js';

const DOC = {
  document: 'Afspraak SWV-profielen als toepassing van de OSO gegevensset',
  version: '2024.1',
};

export function sampleManifest(): AfsprakensetManifest {
  return {
    id: 'OSO-SWV',
    naam: 'SWV-profielen op de OSO gegevensset',
    version: '2024.1',
    status: 'in beheer',
    beheerder: 'Edustandaard',
    sources: [DOC],
    context: {
      toepassingsdomein: 'Passend onderwijs',
      beschrijving:
        'Overdracht van het leerlingdossier binnen de school ten behoeve van de aanvraag van onderwijsondersteuning bij een SWV.',
      scenarios: [
        { id: 'po-swv', naam: 'PO SWV PaO', beschrijving: 'Overdracht binnen de PO-school.' },
        {
          id: 'vo-swv',
          naam: 'VO SWV PaO',
          beschrijving: 'Overdracht binnen de VO-school.',
          buitenScope: ['Deeldossiers', 'De terugkoppeling van het resultaat van de aanvraag'],
        },
      ],
      sources: [{ ...DOC, section: '§2.2' }],
    },
    actors: [
      {
        id: 'las',
        naam: 'LAS (School)',
        beschrijving: 'Leerlingadministratiesysteem van de huidige school.',
        rollen: ['DossierBron'],
      },
      {
        id: 'swv',
        naam: 'SWV/RP (School)',
        beschrijving: 'SWV-systeem of regionaal platform van de school.',
        rollen: ['DossierDoel'],
      },
    ],
    process: {
      beschrijving: 'Selectief uitleveren en overdragen van het SWV-dossier.',
      stappen: [
        {
          id: 'samenstellen',
          naam: 'Dossier samenstellen',
          actor: 'las',
          beschrijving: 'De IB-er kiest de relevante gegevens (selectief uitleveren).',
        },
        {
          id: 'importeren',
          naam: 'Dossier importeren',
          actor: 'swv',
          beschrijving: 'Het SWV-systeem toont alle ontvangen gegevens.',
        },
      ],
    },
    data: {
      gegevensset: { id: 'OSO', version: '2024.1' },
      profielen: ['PO-SWV', 'VO-SWV'],
      codelijsten: ['OSO.CODELIJST.29'],
    },
    interactions: [
      {
        flow: 'overdracht',
        naam: 'Overdracht SWV-dossier',
        van: 'las',
        naar: 'swv',
        patroon: 'push',
        bericht: 'overstapdossier',
      },
    ],
    transport: {
      standaarden: ['OSO-infrastructuur', 'Edukoppeling'],
      beschrijving: 'Via de OSO-infrastructuur of een vergelijkbaar beveiligd kanaal.',
    },
    security: {
      classificatie: 'risicoklasse II (AV-23)',
      beschrijving: 'Transport voldoende beveiligd tegen onrechtmatige toegang.',
      sources: [{ ...DOC, section: '§2.4' }],
    },
    legal: {
      doel: 'Veilige gegevensoverdracht binnen de eigen instelling ter voorbereiding op de onderwijsondersteuningsaanvraag.',
      grondslagen: [
        {
          naam: 'Algemene verordening gegevensbescherming (AVG)',
          beschrijving: 'Gerechtvaardigd belang.',
        },
        {
          naam: 'Wet op het primair onderwijs',
          artikel: 'artikel 18a',
          beschrijving: 'Taak van het samenwerkingsverband.',
        },
      ],
      sources: [{ ...DOC, section: '§2.5' }],
    },
  };
}
