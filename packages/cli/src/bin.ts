#!/usr/bin/env node
import { run } from './program.js';

// Writing into a closed pipe (`edustandaard … | head`) ends quietly: no stack trace, no
// "EPIPE" message, and no further work (issue #13).
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE')
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw e;
  });

process.exitCode = await run(process.argv.slice(2));
