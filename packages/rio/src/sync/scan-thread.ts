/**
 * A second thread for the big DUO exports: it reads the second half of a file while the scan reads
 * the first (see {@link CsvParallel} in csv.ts). DUO's three national NFO files are 65–205 MiB and
 * the synchronisation reads them one after the other, each stage needing the keys of the one
 * before; splitting each file is what lets a second processor core help (issue #12: ≤ 2× DuckDB,
 * which reads with every core).
 *
 * The thread runs `rio-scan-worker.js` next to this module (dist/sync/, or the CLI's bundle/). When
 * that file is not there (the library run from its TypeScript sources) or the machine has one core,
 * there is no second thread and the scan reads alone: the same result, only slower.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { scanPart, type PartRequest, type PartResult } from './csv-body.js';
import type { CsvParallel } from './csv.js';

/**
 * Below this many bytes of records a file is read by one thread. Handing a part over costs a few
 * milliseconds, and on the bench's 10 and 13 MiB HO files no gain could be measured: the second core
 * is then busy hashing anyway.
 */
export const SPLIT_MIN_BYTES = 16 * 1024 * 1024;

const WORKER = new URL('./rio-scan-worker.js', import.meta.url);

/** What the worker answers (rio-scan-worker.ts). */
export type WorkerAnswer =
  { id: number; result: PartResult<string> } | { id: number; crashed: string };

/** A {@link CsvParallel} on a worker thread; {@link ScanThread.close} ends the thread. */
export interface ScanThread extends CsvParallel {
  close(): Promise<void>;
}

/**
 * Starts the second thread, or returns undefined when there is none to start (one core, or no
 * worker file next to this module).
 * @param minBytes - files with at least this many bytes of records are split
 */
export function startScanThread(minBytes = SPLIT_MIN_BYTES): ScanThread | undefined {
  if (availableParallelism() < 2) return undefined;
  let file: string;
  try {
    file = fileURLToPath(WORKER);
  } catch {
    return undefined;
  }
  if (!existsSync(file)) return undefined;
  const worker = new Worker(file);
  worker.unref();
  let next = 0;
  let dead: string | undefined;
  const pending = new Map<number, (a: WorkerAnswer) => void>();
  const failAll = (why: string) => {
    dead = why;
    for (const [id, resolve] of pending) resolve({ id, crashed: why });
    pending.clear();
  };
  worker.on('message', (a: WorkerAnswer) => {
    const resolve = pending.get(a.id);
    pending.delete(a.id);
    if (pending.size === 0) worker.unref();
    resolve?.(a);
  });
  worker.on('error', (e) => failAll(e.message));
  worker.on('exit', (code) => failAll(`thread beëindigd (${code})`));
  return {
    minBytes,
    scan<K extends string>(req: PartRequest<K>) {
      const id = next++;
      const result = new Promise<PartResult<K> | { crashed: string }>((resolve) => {
        if (dead !== undefined) return resolve({ crashed: dead });
        pending.set(id, (a) =>
          resolve('crashed' in a ? { crashed: a.crashed } : (a.result as PartResult<K>)),
        );
        worker.ref();
        worker.postMessage({ id, req });
      });
      return {
        result,
        cancel: () => {
          if (pending.has(id)) worker.postMessage({ id, cancel: true });
        },
      };
    },
    async close() {
      failAll('thread gesloten');
      await worker.terminate();
    },
  };
}

/**
 * The same contract on this thread: the part is scanned interleaved with the first half. For tests,
 * which run the TypeScript sources (no worker file), and to compare with the threaded result.
 * @param minBytes - files with at least this many bytes of records are split
 */
export function inThreadScanner(
  minBytes: number,
): CsvParallel & { parts: number; cancelled: number } {
  const self = {
    minBytes,
    /** Parts started. */
    parts: 0,
    /** Parts whose result was not used (the cut was inside a record, or the first half failed). */
    cancelled: 0,
    scan<K extends string>(req: PartRequest<K>) {
      self.parts++;
      let cancelled = false;
      return {
        result: scanPart(req, () => cancelled),
        cancel: () => {
          self.cancelled++;
          cancelled = true;
        },
      };
    },
  };
  return self;
}
