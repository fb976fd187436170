/**
 * sha256 of the exports on a second thread while the main thread scans them (the plan records each
 * input's sha256, issue #17 item 5): hashing 470 MiB costs ~0.4 s of CPU that would otherwise add to
 * the scan. One worker per run, files hashed in the order asked; the worker reads the files itself.
 */
import { Worker } from 'node:worker_threads';

const CODE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync, fstatSync } = require('node:fs');
const buf = Buffer.allocUnsafe(1 << 20);
parentPort.on('message', ({ id, path }) => {
  let fd;
  try {
    fd = openSync(path, 'r');
    const st = fstatSync(fd);
    const h = createHash('sha256');
    let n;
    let total = 0;
    while ((n = readSync(fd, buf, 0, buf.length, null)) > 0) { h.update(buf.subarray(0, n)); total += n; }
    const st2 = fstatSync(fd);
    parentPort.postMessage({ id, sha256: h.digest('hex'), bytes: total, size: st2.size, mtimeMs: st2.mtimeMs, changed: total !== st.size || st2.size !== st.size || st2.mtimeMs !== st.mtimeMs });
  } catch (e) {
    parentPort.postMessage({ id, error: String((e && e.message) || e) });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
});
`;

/** What the worker saw of one file. */
export interface FileDigest {
  sha256: string;
  /** Bytes hashed. */
  bytes: number;
  /** The file changed while it was hashed. */
  changed: boolean;
}

/** A hashing thread; {@link Hasher.close} ends it. */
export interface Hasher {
  /** Starts hashing `path`; the promise rejects with the worker's error message. */
  digest(path: string): Promise<FileDigest>;
  close(): Promise<void>;
}

/** Starts a hashing worker. */
export function startHasher(): Hasher {
  const worker = new Worker(CODE, { eval: true });
  worker.unref();
  let next = 0;
  const pending = new Map<
    number,
    { resolve: (d: FileDigest) => void; reject: (e: Error) => void }
  >();
  worker.on('message', (m: { id: number; error?: string } & FileDigest) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.error !== undefined) p.reject(new Error(m.error));
    else p.resolve({ sha256: m.sha256, bytes: m.bytes, changed: m.changed });
  });
  worker.on('error', (e) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  });
  return {
    digest(path) {
      const id = next++;
      const promise = new Promise<FileDigest>((resolve, reject) =>
        pending.set(id, { resolve, reject }),
      );
      promise.catch(() => {}); // awaited by the scan; never an unhandled rejection
      worker.postMessage({ id, path });
      return promise;
    },
    async close() {
      await worker.terminate();
    },
  };
}
