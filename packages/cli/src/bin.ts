#!/usr/bin/env node
import { startEarly } from './pool.js';

// Writing into a closed pipe (`edustandaard … | head`) ends quietly: no stack trace, no
// "EPIPE" message, and no further work (issue #13).
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE')
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw e;
  });

// A validation of many files starts its worker threads first, so they load and warm up while the
// program loads (#10 item 8); the program is imported after that.
const argv = process.argv.slice(2);
const pool = startEarly(argv);
try {
  const { run } = await import('./program.js');
  process.exitCode = await run(argv, { pool });
} finally {
  pool?.close();
}
