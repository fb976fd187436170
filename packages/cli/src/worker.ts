/**
 * A worker thread of `oso validate` / `swv validate` / `ov validate` over many files (issue #10
 * item 8): receives `{ id, task }`, answers `{ id, report }`. Reading and validating happen here, so
 * a batch uses every core; the main thread only orders the reports.
 *
 * The library of the command (`workerData.kind`) is loaded as soon as the worker starts, while the
 * main thread is still busy with its own start, so the first task does not wait for a module load.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { preload, validateOne, type ValidateTask } from './validate-one.js';

const kind = (workerData as { kind?: ValidateTask['kind'] } | null)?.kind;
if (kind) void preload(kind);

parentPort?.on('message', (msg: { id: number; task: ValidateTask }) => {
  void validateOne(msg.task).then((report) => parentPort?.postMessage({ id: msg.id, report }));
});
