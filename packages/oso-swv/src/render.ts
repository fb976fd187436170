/**
 * The dossier view moved down to `@edustandaard/oso` (it shows any OSO dossier: SWV and overstap
 * profiles alike); re-exported here so this package's API stays.
 */
export { render, escapeHtml, type RenderOptions } from '@edustandaard/oso';
