/**
 * @edustandaard/cli — the `edustandaard` command as a library, for embedding and tests.
 * @packageDocumentation
 */
export { buildProgram, run } from './program.js';
export { EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE } from './exit.js';
export { formatReports, exitCodeFor, type OutputFormat } from './format.js';
