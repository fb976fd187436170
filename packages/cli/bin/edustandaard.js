#!/usr/bin/env node
// A bin that exists before the build: npm links bins at install time, and on a fresh clone
// `dist/` does not exist yet, so a bin pointing into dist/ was not linked and `npx edustandaard`
// went to the registry instead (issue #13). This file only loads the built program: the
// start-up bundle (bundle/, see scripts/bundle.mjs) when present, else the tsc output (dist/).
import process from 'node:process';

const missing = (error, file) =>
  error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(file);
try {
  await import('../bundle/bin.js');
} catch (error) {
  if (!missing(error, 'bundle/bin.js')) throw error;
  try {
    await import('../dist/bin.js');
  } catch (error2) {
    if (missing(error2, 'dist/bin.js')) {
      process.stderr.write(
        'E_USAGE edustandaard: het pakket is nog niet gebouwd; voer eerst `npm run build` uit.\n',
      );
      process.exitCode = 2;
    } else {
      throw error2;
    }
  }
}
