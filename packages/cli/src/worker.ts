/**
 * A worker thread of `oso validate` / `swv validate` over many files (issue #10 item 8): receives
 * `{ id, task }`, answers `{ id, report }`. Reading and validating happen here, so a batch uses
 * every core; the main thread only orders the reports.
 */
import { parentPort } from 'node:worker_threads';
import { validateOne, type ValidateTask } from './validate-one.js';

parentPort?.on('message', (msg: { id: number; task: ValidateTask }) => {
  void validateOne(msg.task).then((report) => parentPort?.postMessage({ id: msg.id, report }));
});
