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
import { validateOne, type ValidateTask } from './validate-one.js';

/** Fewer inputs than this are validated in the main thread (a worker costs a module load). */
export const WORKER_THRESHOLD = 4;

const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));

/**
 * Validates every input and calls `emit` with each report in input order.
 * @param inputs - the expanded inputs (an input with `error` is reported as unusable)
 * @param task - the command's options (kind, version, profile) applied to every input
 * @param emit - receives each report, in input order, as soon as it can
 * @param options - `workers`: maximum number of worker threads (default: one per core)
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
        results[next] = undefined as never;
        next++;
        await emit(ready);
      }
    });
  };
  const context = {
    afsprakenset: task.kind === 'oso' ? 'OSO' : 'OSO-SWV',
    version: task.version,
    profile: task.profile ? task.profile.toUpperCase() : null,
  };
  const todo: number[] = [];
  inputs.forEach((input, i) => {
    if (input.error) deliver(i, unusableReport(input.file, input.error, context));
    else todo.push(i);
  });

  const cores = options.workers ?? availableParallelism();
  const remote = todo.filter((i) => inputs[i]?.file !== '-');
  const useWorkers = cores > 1 && remote.length >= WORKER_THRESHOLD && existsSync(WORKER_FILE);
  const local = useWorkers ? todo.filter((i) => inputs[i]?.file === '-') : todo;
  const run = async (i: number) =>
    deliver(i, await validateOne({ ...task, file: (inputs[i] as BatchInput).file }));

  if (!useWorkers) {
    for (const i of local) await run(i);
  } else {
    for (const i of local) await run(i);
    await runInWorkers(
      remote,
      Math.min(cores, remote.length),
      (i) => ({
        ...task,
        file: (inputs[i] as BatchInput).file,
      }),
      deliver,
    );
  }
  await flushing;
}

/** Distributes indices over a pool of workers, one task at a time per worker. */
function runInWorkers(
  indices: readonly number[],
  size: number,
  taskOf: (i: number) => ValidateTask,
  deliver: (i: number, r: BatchReport) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let cursor = 0;
    let running = size;
    const workers: Worker[] = [];
    const feed = (w: Worker) => {
      if (cursor < indices.length) {
        const id = indices[cursor++] as number;
        w.postMessage({ id, task: taskOf(id) });
      } else {
        void w.terminate();
        if (--running === 0) resolve();
      }
    };
    for (let k = 0; k < size; k++) {
      const w = new Worker(WORKER_FILE);
      workers.push(w);
      w.on('message', (m: { id: number; report: BatchReport }) => {
        deliver(m.id, m.report);
        feed(w);
      });
      w.on('error', (e) => {
        for (const x of workers) void x.terminate();
        reject(e);
      });
      feed(w);
    }
  });
}
