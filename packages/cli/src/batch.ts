/**
 * Runs a validation batch (issue #13, #10 item 8): every input is validated, in worker threads
 * when there are several files and more than one core, and each report is handed to the writer
 * as soon as it and every earlier input are done, so output streams in input order.
 */
import type { BatchInput } from './inputs.js';
import { unusableReport, type BatchReport } from './format/report.js';
import { reportContext, validateOne, type ValidateTask } from './validate-one.js';
import { threadCount, WORKER_THRESHOLD, WorkerPool } from './pool.js';

export { WORKER_PREFETCH, WORKER_THRESHOLD } from './pool.js';

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
 *   `EDUSTANDAARD_WORKERS` when set, else one per core; 1 = main thread only); `pool`: workers
 *   started before the program was loaded (`startEarly`), used when the batch is large enough and
 *   closed otherwise
 */
export async function runBatch(
  inputs: readonly BatchInput[],
  task: Omit<ValidateTask, 'file'>,
  emit: (report: BatchReport) => Promise<void> | void,
  options: { workers?: number; pool?: WorkerPool | undefined } = {},
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

  const threads = options.workers ?? threadCount();
  const size = Math.min(threads - 1, queue.length - 1);
  const wanted = size > 0 && queue.length >= WORKER_THRESHOLD;
  let pool = options.pool;
  if (pool && (!wanted || pool.kind !== task.kind)) {
    pool.close();
    pool = undefined;
  }
  if (wanted) pool ??= WorkerPool.start(task.kind, size);
  const done = pool?.run(queue, taskOf, deliver);
  for (const i of mainOnly) await run(i);
  for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
    await run(i);
    // Let the workers' finished reports through between two files.
    await new Promise<void>((r) => setImmediate(r));
  }
  await done;
  await flushing;
}
