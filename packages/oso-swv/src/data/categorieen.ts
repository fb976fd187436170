/**
 * Figuur 4 of `Afspraak SWV-profielen` 2024.1 §2.6 ("Categorieën van SWV-profielen"): per category of
 * selectief uitleveren whether it is verplicht (v), optioneel (o) or verboden (x) in each profile.
 * "Alleen de optionele categorieën mogen ten behoeve van selectief uitleveren bewust worden uitgezet
 * door de samensteller van het dossier. Indien een categorie (hoofdblok) is uitgezet, dan mogen er
 * ook geen gegevens uit deze categorie in het dossier zitten."
 */
import { doc2024, xslt2019 } from './sources.js';
import type { SwvCategorieRij } from './types.js';

const F4 = doc2024('§2.6 Figuur 4');

/** Figuur 4, in the order printed (element names of 2024.1; 2019.1 uses `cat_eindtoetsbo`). */
export const CATEGORIEEN: readonly SwvCategorieRij[] = [
  {
    categorie: 'Metadata',
    element: 'cat_metadata',
    'PO-SWV': 'v',
    'VO-SWV': 'v',
    inFiguur4: true,
    source: F4,
  },
  {
    categorie: 'Ouderinzage',
    element: 'cat_ouderinzage',
    'PO-SWV': 'o',
    'VO-SWV': 'o',
    inFiguur4: true,
    source: F4,
  },
  {
    categorie: 'School',
    element: 'cat_school',
    'PO-SWV': 'v',
    'VO-SWV': 'v',
    inFiguur4: true,
    source: F4,
  },
  {
    categorie: 'Leerling',
    element: 'cat_leerling',
    'PO-SWV': 'v',
    'VO-SWV': 'v',
    inFiguur4: true,
    source: F4,
  },
  {
    categorie: 'Ouders/Verzorgers',
    element: 'cat_oudersverzorgers',
    'PO-SWV': 'v',
    'VO-SWV': 'v',
    inFiguur4: true,
    source: F4,
  },
  {
    categorie: 'VVE',
    element: 'cat_vve',
    'PO-SWV': 'o',
    'VO-SWV': 'x',
    inFiguur4: true,
    source: F4,
  },
  {
    categorie: 'Schoolloopbaan',
    element: 'cat_schoolloopbaan',
    'PO-SWV': 'v',
    'VO-SWV': 'v',
    inFiguur4: true,
    source: F4,
  },
  {
    categorie: 'Overstapadvies',
    element: 'cat_overstapadvies',
    'PO-SWV': 'o',
    'VO-SWV': 'o',
    inFiguur4: true,
    source: F4,
  },
  {
    categorie: 'Onderwijsondersteuning',
    element: 'cat_onderwijsondersteuning',
    'PO-SWV': 'v',
    'VO-SWV': 'v',
    inFiguur4: true,
    source: F4,
  },
  {
    categorie: 'Handelingsplannen',
    element: 'cat_handelingsplannen',
    'PO-SWV': 'o',
    'VO-SWV': 'o',
    inFiguur4: true,
    source: F4,
  },
  {
    categorie: 'Verzuim',
    element: 'cat_verzuim',
    'PO-SWV': 'o',
    'VO-SWV': 'o',
    inFiguur4: true,
    source: F4,
  },
  {
    categorie: 'Doorstroomtoets',
    element: 'cat_doorstroomtoets',
    'PO-SWV': 'x',
    'VO-SWV': 'o',
    inFiguur4: true,
    source: F4,
  },
  {
    categorie: 'Toetsresultaten',
    element: 'cat_toetsresultaten',
    'PO-SWV': 'o',
    'VO-SWV': 'o',
    inFiguur4: true,
    source: F4,
  },
  {
    categorie: 'Cijferlijsten',
    element: 'cat_cijferlijsten',
    'PO-SWV': 'o',
    'VO-SWV': 'o',
    inFiguur4: true,
    source: F4,
  },
  {
    categorie: 'Bijlagedocumenten',
    element: 'cat_bijlagedocs',
    'PO-SWV': 'o',
    'VO-SWV': 'o',
    inFiguur4: true,
    source: F4,
  },
  {
    categorie: 'VO-MBO',
    element: 'cat_vombo',
    'PO-SWV': 'x',
    'VO-SWV': 'o',
    inFiguur4: false,
    opmerking:
      'Niet in Figuur 4. De 2019.1-validatie verbiedt de VO-MBO-blokken in PO-SWV (PaO.VM01–VM07) en de officiële VO-SWV-voorbeelden ' +
      'hebben cat_vombo OPTIONEEL/OPT-UIT met VO-MBO-gegevens; aangenomen: verboden in PO-SWV, optioneel in VO-SWV.',
    source: xslt2019('PaO.VM01–VM07'),
  },
];

/** The `categorie_uitlevering` value(s) a Figuur 4 status allows. */
export const CATEGORIE_WAARDEN_PER_STATUS = {
  v: ['VERPLICHT'],
  o: ['OPTIONEEL', 'OPT-UIT'],
  x: ['VERBODEN'],
} as const;
