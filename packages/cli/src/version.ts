import { createRequire } from 'node:module';

/**
 * The CLI package version. Read from package.json one folder up, which holds for both `dist/`
 * (tsc output) and `bundle/` (the start-up bundle), so this module must stay at the top level.
 */
export const CLI_VERSION = (
  createRequire(import.meta.url)('../package.json') as { version: string }
).version;
