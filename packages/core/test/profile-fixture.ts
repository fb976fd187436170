/**
 * A small synthetic data set, profile and document for the engine tests (not a real standard:
 * the element names only resemble OSO so the paths read naturally).
 */
import type { BaseElementTable, Profile } from '../src/index.js';

export const SRC = { document: 'Testprofielen', version: '1.0', section: 'Tabel A' };

export const BASE: BaseElementTable = {
  id: 'TESTSET',
  version: '1.0',
  elements: [
    { path: '/dossier', cardinality: '1' },
    { path: '/dossier/metadata', cardinality: '1' },
    { path: '/dossier/metadata/soort', cardinality: '?', allowedValues: ['A', 'B', 'C'] },
    { path: '/dossier/leerling', cardinality: '+' },
    { path: '/dossier/leerling/voornaam', cardinality: '*' },
    { path: '/dossier/leerling/geboorteplaats', cardinality: '?' },
    { path: '/dossier/leerling/bsn', cardinality: '?' },
    { path: '/dossier/leerling/adresgeheim', cardinality: '?' },
    { path: '/dossier/leerling/adres', cardinality: '*' },
    { path: '/dossier/leerling/toets', cardinality: '*' },
    { path: '/dossier/leerling/toets/score', cardinality: '1' },
    { path: '/dossier/leerling/toets/niveau', cardinality: '?', codelist: 'NIVEAU' },
    { path: '/dossier/leerling/nationaliteit', cardinality: { min: 0, max: 2 } },
  ],
};

export const PROFILE: Profile = {
  id: 'TEST-P',
  naam: 'Testprofiel',
  afsprakenset: 'TEST',
  version: '1.0',
  base: { id: 'TESTSET', version: '1.0' },
  elements: [
    {
      path: '/dossier/metadata/soort',
      cardinality: '1',
      allowedValues: ['A', 'B'],
      rule: 'T.MD01',
      source: SRC,
    },
    { path: '/dossier/leerling/voornaam', cardinality: '+', rule: 'T.LL01', source: SRC },
    { path: '/dossier/leerling/geboorteplaats', cardinality: '0', rule: 'T.LL10', source: SRC },
    { path: '/dossier/leerling/bsn', cardinality: '0', source: SRC },
    { path: '/dossier/leerling/adresgeheim', cardinality: '1', source: SRC },
    { path: '/dossier/leerling/toets/niveau', cardinality: '?', codelist: 'NIVEAU', source: SRC },
    { path: '/dossier/leerling/nationaliteit', cardinality: '?', source: SRC },
  ],
  rules: [
    {
      code: 'T.MD01',
      severity: 'fout',
      message: "Alleen waarden 'A' en 'B' zijn toegestaan voor {element}.",
      paths: ['/dossier/metadata/soort'],
      source: SRC,
    },
    {
      code: 'T.LL01',
      severity: 'fout',
      message: 'Minimaal één voornaam is verplicht bij een leerling.',
      paths: ['/dossier/leerling/voornaam'],
      source: SRC,
    },
    {
      code: 'T.LL10',
      severity: 'fout',
      message: 'Geboorteplaats is verboden.',
      paths: ['/dossier/leerling/geboorteplaats'],
      source: SRC,
      divergence: {
        summary: 'De validatie van 1.0 controleert dit niet; het document is leidend.',
        sources: [SRC, { document: 'test.xslt', version: '1.0' }],
      },
    },
    {
      code: 'T.LL06',
      severity: 'fout',
      message: 'Indien het adres geheim is, is een {element} verboden.',
      paths: ['/dossier/leerling/adres'],
      source: SRC,
      context: '/dossier/leerling',
      test: ({ match, selectFrom, valueOf }) =>
        valueOf(selectFrom(match!, 'adresgeheim')[0]?.value) === true
          ? selectFrom(match!, 'adres').map((m) => m.path)
          : true,
    },
    {
      code: 'T.TS01',
      severity: 'waarschuwing',
      message: 'Score {score} ligt buiten het bereik 0–{max}.',
      paths: ['/dossier/leerling/toets/score'],
      source: SRC,
      test: ({ select, valueOf }) =>
        select('/dossier/leerling/toets/score')
          .filter((m) => Number(valueOf(m.value)) > 100)
          .map((m) => ({ path: m.path, params: { score: valueOf(m.value), max: 100 } })),
    },
    {
      code: 'T.AB01',
      severity: 'aanbeveling',
      message: 'Aanbevolen wordt een toets mee te geven.',
      paths: ['/dossier/leerling/toets'],
      source: SRC,
      context: '/dossier/leerling',
      test: ({ match }) => Array.isArray((match!.value as { toets?: unknown[] }).toets),
    },
    {
      code: 'T.DOC01',
      severity: 'aanbeveling',
      message: 'Alleen documentatie: niet automatisch te controleren.',
      paths: ['/dossier/leerling'],
      source: SRC,
    },
  ],
};

/** A document that satisfies PROFILE. */
export function cleanDoc(): Record<string, unknown> {
  return {
    dossier: {
      metadata: { soort: 'A' },
      leerling: [
        {
          voornaam: ['Jan', 'Piet'],
          adresgeheim: false,
          adres: [{ straat: 'Dorpsstraat' }],
          toets: [{ score: 50, niveau: { $value: 'M', '@code': 'x' } }, { score: 70 }],
        },
      ],
    },
  };
}
