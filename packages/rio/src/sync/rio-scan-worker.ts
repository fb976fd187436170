/**
 * The second thread of the CSV scan (scan-thread.ts): scans the part of a file it is asked for and
 * answers with what it found. A part the owner cancels stops at the next block.
 */
import { parentPort } from 'node:worker_threads';
import { scanPart, type PartRequest } from './csv-body.js';

const cancelled = new Set<number>();
const port = parentPort!;
port.on('message', (m: { id: number; req?: PartRequest<string>; cancel?: true }) => {
  if (m.cancel) {
    cancelled.add(m.id);
    return;
  }
  scanPart(m.req!, () => cancelled.has(m.id)).then(
    (result) => {
      cancelled.delete(m.id);
      const transfer = result.adds
        .filter((w): w is Uint32Array => w !== null)
        .map((w) => w.buffer as ArrayBuffer);
      port.postMessage({ id: m.id, result }, transfer);
    },
    (e: unknown) => port.postMessage({ id: m.id, crashed: String((e as Error)?.message ?? e) }),
  );
});
