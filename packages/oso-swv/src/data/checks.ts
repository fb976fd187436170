/**
 * Rule checks that are the same in 2019.1 and 2024.1, declared once (core's rule vocabulary) and
 * referenced by both versions' rule data (`rules-2019.1.ts`, `rules-2024.1.ts`). Checks whose values
 * or paths differ per version (secret values, validatieversie, the PaO.LL05 condition, the renamed
 * doorstroomtoets) stay in the version's file.
 */
import type { RuleCheck } from '@edustandaard/core';
import { LEERLING, METADATA } from './paths.js';

/** The shared checks, by rule code. */
export const GEDEELD = {
  'PaO.LL06': {
    kind: 'forbiddenWhen',
    context: LEERLING,
    when: { path: 'adresgeheim', is: 'true' },
    forbidden: ['adreslijst'],
  },
  'PaO.LL09': {
    kind: 'forbiddenWhen',
    context: LEERLING,
    when: { path: 'adresgeheim', is: 'true' },
    forbidden: ['adresbuitenland'],
  },
  'SWV.T2.toetslijst': {
    kind: 'requiredWhen',
    context: LEERLING,
    when: {
      path: `${METADATA}/categorie_uitlevering/cat_toetsresultaten`,
      notIn: ['OPT-UIT', 'VERBODEN'],
    },
    requires: ['toetslijst'],
  },
  'PaO.CL01': {
    kind: 'requiresOneOf',
    targets: [
      `${LEERLING}/cijferlijstlijst/cijferlijst/cijferlijstTypelijst/score`,
      `${LEERLING}/cijferlijstlijst/cijferlijst/cijferlijstTypelijst/onderdeel/score`,
    ],
    children: ['waarde', 'kwalificatie'],
  },
  'PaO.OV01': {
    kind: 'requiredWhen',
    context: LEERLING,
    when: { path: 'verzorgersaansprakelijk', is: 'true' },
    requires: ['verzorger'],
  },
  'PaO.OV03': {
    kind: 'forbiddenWhen',
    context: `${LEERLING}/verzorger`,
    when: { path: 'adresgeheim', is: 'true' },
    forbidden: ['adreslijst'],
  },
  'PaO.TR01': {
    kind: 'requiresOneOf',
    targets: [
      `${LEERLING}/toetslijst/toets/resultaat`,
      `${LEERLING}/toetslijst/toets/toetsonderdeel/resultaat`,
    ],
    children: ['toetsscore', 'referentiescore', 'document'],
  },
  'PaO.TR02': {
    kind: 'requiresOneOf',
    targets: [
      `${LEERLING}/toetslijst/toets/resultaat/toetsscore`,
      `${LEERLING}/toetslijst/toets/toetsonderdeel/resultaat/toetsscore`,
    ],
    children: [
      'aantalopgaven',
      'aantalgoed',
      'aantalfout',
      'aantalgelezen',
      'tijd',
      'vaardigheidsscore',
    ],
  },
  'SWV.T2.verzorgersaansprakelijk': {
    kind: 'requiredWhen',
    context: LEERLING,
    requires: ['verzorgersaansprakelijk'],
  },
} as const satisfies Readonly<Record<string, RuleCheck>>;
