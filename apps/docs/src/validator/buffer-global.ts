// core's XML reader uses the global `Buffer` (Buffer.from, toString('latin1')); in the browser it is the
// `buffer` package's. Imported first by app.ts so it is set before any package code runs. TEMPORARY, see
// shims/node-buffer.ts.
import { Buffer } from 'buffer';

(globalThis as { Buffer?: unknown }).Buffer ??= Buffer;
