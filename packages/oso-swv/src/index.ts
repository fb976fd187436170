/**
 * @edustandaard/oso-swv — the SWV profiles PO-SWV and VO-SWV (`Afspraak SWV-profielen als toepassing van
 * de OSO gegevensset`, versions 2019.1 and 2024.1): the profile tables and business rules as data,
 * validation, selective export, migration and the dossier view.
 * @packageDocumentation
 */
export { validate, inferProfileId, getProfile, type SwvValidateOptions } from './validate.js';
export { select, type SelectChange, type SelectOptions, type SelectResult } from './select.js';
export { parseProfileId, parseVersion } from './parse.js';
export { parseOptOut } from './opt-out.js';
export { render, escapeHtml, type RenderOptions } from './render.js';
export { migrate, type SwvMigrationEntry, type SwvMigrationResult } from './migrate.js';
export type { DecodedDossier, SwvInput } from './input.js';
export * from './profiles-index.js';
export { SWV_MESSAGES, type SwvMessageId } from './messages.js';

/** The afsprakenset versions this package implements (issue #13: data, not the package version). */
export { SWV_VERSIONS as AFSPRAKENSET_VERSIONS } from './data/constants.js';
