/**
 * Labels of codes for the dossier view: moved to `@edustandaard/oso` with the dossier view; re-exported
 * so this package's data export stays.
 */
export { CODE_LABELS, type CodeLabels } from '@edustandaard/oso';
