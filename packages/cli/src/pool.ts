/**
 * The worker threads of a validation batch (issue #10 item 8). Kept apart from the rest of the CLI
 * (it imports only Node built-ins) so the `edustandaard` entry can start the workers before it loads
 * the program: a worker then loads its library and warms up while the main thread is still starting
 * (node, the program, the inputs), which is most of the time a batch waits for a worker.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Fewer files than this are validated in the main thread only. A worker thread costs a module load
 * and a cold JIT of its own (~200 ms of CPU before it runs at full speed, measured with bench/cli),
 * while a warm thread validates an official example in ~3 ms: below a few dozen files a worker
 * finishes its first file when the main thread is nearly done.
 */
export const WORKER_THRESHOLD = 32;

/**
 * Tasks each worker holds at once. The main thread hands out the next file only between two of its
 * own files; with one task per worker, the worker sat idle for about half a file after every file
 * (bench/cli: 2 threads were no faster than 1). With a few in hand it never waits, and at the end
 * the main thread waits for at most this many files.
 */
export const WORKER_PREFETCH = 3;

/** The validation kinds (the command groups with a `validate` over many files). */
export type BatchKind = 'oso' | 'swv' | 'ov';

const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));

/**
 * Threads to use in total, the main thread included: `EDUSTANDAARD_WORKERS` when set (1 = the main
 * thread only), else one per core.
 */
export function threadCount(): number {
  const fromEnv = Number(process.env.EDUSTANDAARD_WORKERS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : availableParallelism();
}

/** A message from a worker: the report of task `id`. */
export interface WorkerAnswer<R> {
  id: number;
  report: R;
}

/** What the entry hands the program: workers it started before loading it (see {@link startEarly}). */
export interface CliContext {
  pool?: WorkerPool | undefined;
}

/** Worker threads that load a library at start and then take tasks from a shared queue. */
export class WorkerPool {
  readonly kind: BatchKind;
  private readonly workers: Worker[];
  private closed = false;

  private constructor(kind: BatchKind, size: number) {
    this.kind = kind;
    // Each worker loads the command's library at once (workerData.kind).
    this.workers = Array.from(
      { length: size },
      () => new Worker(WORKER_FILE, { workerData: { kind } }),
    );
  }

  /**
   * Starts `size` workers for `kind`, or none when the worker file is absent (running from src/).
   * @returns the pool, or undefined
   */
  static start(kind: BatchKind, size: number): WorkerPool | undefined {
    return size > 0 && existsSync(WORKER_FILE) ? new WorkerPool(kind, size) : undefined;
  }

  /** The number of workers. */
  get size(): number {
    return this.workers.length;
  }

  /**
   * Runs tasks from the shared queue until it is empty; each worker holds up to
   * {@link WORKER_PREFETCH} tasks. Resolves when every task a worker took is answered; the workers
   * end then.
   * @param queue - task indices, shared with the main thread (which takes from it too)
   * @param taskOf - the message for a task
   * @param deliver - receives each answer
   */
  run<T, R>(
    queue: number[],
    taskOf: (i: number) => T,
    deliver: (i: number, report: R) => void,
  ): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let running = this.workers.length;
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
      for (const w of this.workers) {
        const held = { n: 0 };
        w.on('message', (m: WorkerAnswer<R>) => {
          held.n--;
          deliver(m.id, m.report);
          feed(w, held);
        });
        w.on('error', (e) => {
          this.close();
          reject(e);
        });
        feed(w, held);
      }
    });
  }

  /** Ends every worker (a pool started early that the command did not need). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const w of this.workers) void w.terminate();
  }
}

/**
 * Starts the workers before the program is loaded when the command line is a validation of many
 * files (`edustandaard swv validate a.xml b.xml …`): the arguments that are not options count as
 * files. A directory (`-r`) or a quoted glob counts as one; such a batch starts its workers when
 * it knows its files. Undefined when no early start applies.
 * @param argv - the arguments after `edustandaard`
 */
export function startEarly(argv: readonly string[]): WorkerPool | undefined {
  const [group, command, ...rest] = argv;
  if (command !== 'validate' || (group !== 'oso' && group !== 'swv' && group !== 'ov'))
    return undefined;
  if (rest.filter((a) => !a.startsWith('-')).length < WORKER_THRESHOLD) return undefined;
  return WorkerPool.start(group, threadCount() - 1);
}
