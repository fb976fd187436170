/**
 * Runs a validation batch (issue #13, #10 item 8): every input is validated, in worker threads
 * when there are several files and more than one core, and each report is handed to the writer
 * as soon as it and every earlier input are done, so output streams in input order.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BatchInput } from './inputs.js';
import { unusableReport, type BatchReport } from './format/report.js';
import { reportContext, validateOne, type ValidateTask } from './validate-one.js';

/**
 * Fewer files than this are validated in the main thread only. A worker thread costs a module load
 * and a cold JIT of its own (~100–150 ms of CPU before it runs at full speed, measured with
 * bench/cli), while a warm thread validates an official example in ~3 ms: below a few dozen files
 * a worker finishes its first file when the main thread is nearly done.
 */
export const WORKER_THRESHOLD = 32;

/**
 * Tasks each worker holds at once. The main thread hands out the next file only between two of its
 * own files; with one task per worker, the worker sat idle for about half a file after every file
 * (bench/cli: 2 threads were no faster than 1). With a few in hand it never waits, and at the end
 * the main thread waits for at most this many files.
 */
export const WORKER_PREFETCH = 3;

const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));

/**
 * Validates every input and calls `emit` with each report in input order.
 *
 * One queue is shared by the main thread and `cores - 1` worker threads: the main thread starts at
 * once while the workers load their modules, so a small batch never waits for a worker and a large
 * one uses every core. Each worker holds {@link WORKER_PREFETCH} tasks, so it never waits for the
 * main thread to hand out the next one. Standard input (`-`) is always read in the main thread.
 * @param inputs - the expanded inputs (an input with `error` is reported as unusable)
 * @param task - the command's options (kind, version, profile) applied to every input
 * @param emit - receives each report, in input order, as soon as it can
 * @param options - `workers`: threads in total including the main thread (default:
 *   `EDUSTANDAARD_WORKERS` when set, else one per core; 1 = main thread only)
 */
export async function runBatch(
  inputs: readonly BatchInput[],
  task: Omit<ValidateTask, 'file'>,
  emit: (report: BatchReport) => Promise<void> | void,
  options: { workers?: number } = {},
): Promise<void> {
  const results: Array<BatchReport | undefined> = new Array(inputs.length);
  let next = 0;
  let flushing = Promise.resolve();
  const deliver = (i: number, r: BatchReport) => {
    results[i] = r;
    flushing = flushing.then(async () => {
      while (next < results.length && results[next]) {
        const ready = results[next] as BatchReport;
        results[next] = undefined;
        next++;
        await emit(ready);
      }
    });
  };
  const context = reportContext(task);
  const queue: number[] = [];
  const mainOnly: number[] = [];
  inputs.forEach((input, i) => {
    if (input.error) deliver(i, unusableReport(input.file, input.error, context));
    else if (input.file === '-') mainOnly.push(i);
    else queue.push(i);
  });
  const taskOf = (i: number): ValidateTask => ({ ...task, file: (inputs[i] as BatchInput).file });
  const run = async (i: number) => deliver(i, await validateOne(taskOf(i)));

  const fromEnv = Number(process.env.EDUSTANDAARD_WORKERS);
  const threads =
    options.workers ??
    (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : availableParallelism());
  const size = Math.min(threads - 1, queue.length - 1);
  const pool =
    size > 0 && queue.length >= WORKER_THRESHOLD && existsSync(WORKER_FILE)
      ? startWorkers(size, task.kind, queue, taskOf, deliver)
      : undefined;
  for (const i of mainOnly) await run(i);
  for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
    await run(i);
    // Let the workers' finished reports through between two files.
    await new Promise<void>((r) => setImmediate(r));
  }
  await pool?.done;
  await flushing;
}

/** Worker threads that take indices from the shared queue until it is empty. */
function startWorkers(
  size: number,
  kind: ValidateTask['kind'],
  queue: number[],
  taskOf: (i: number) => ValidateTask,
  deliver: (i: number, r: BatchReport) => void,
): { done: Promise<void> } {
  const done = new Promise<void>((resolve, reject) => {
    let running = size;
    const workers: Worker[] = [];
    /** Tops a worker up to WORKER_PREFETCH tasks; a worker with none left and the queue empty ends. */
    const feed = (w: Worker, held: { n: number }) => {
      while (held.n < WORKER_PREFETCH) {
        const id = queue.shift();
        if (id === undefined) break;
        w.postMessage({ id, task: taskOf(id) });
        held.n++;
      }
      if (held.n === 0) {
        void w.terminate();
        if (--running === 0) resolve();
      }
    };
    for (let k = 0; k < size; k++) {
      // The worker loads the command's library at once (workerData.kind); the first tasks wait in
      // its port meanwhile.
      const w = new Worker(WORKER_FILE, { workerData: { kind } });
      const held = { n: 0 };
      workers.push(w);
      w.on('message', (m: { id: number; report: BatchReport }) => {
        held.n--;
        deliver(m.id, m.report);
        feed(w, held);
      });
      w.on('error', (e) => {
        for (const x of workers) void x.terminate();
        reject(e);
      });
      feed(w, held);
    }
  });
  return { done };
}
