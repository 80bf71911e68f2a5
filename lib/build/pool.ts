/**
 * A small pool of worker threads (one per core) for the page pass and the HTML check: each
 * worker takes the next batch of jobs as soon as it is done, so uneven pages do not leave a
 * core idle.
 */
import { availableParallelism } from "node:os";
import { parentPort, Worker } from "node:worker_threads";

/**
 * Heap limits of each worker. A job holds one page; without a limit V8 lets a worker's heap
 * grow to gigabytes of garbage before it collects (measured: 1.3 GB for two workers at 4,000
 * pages), which all counts in the build's memory while Pagefind runs.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 32 } as const;

/** A request to a worker: a batch of jobs. */
interface Request<J> {
  id: number;
  jobs: J[];
}

/** A worker's answer to one batch. */
type Reply<R> = { id: number; results: R[] } | { id: number; error: string };

/** Runs batches of jobs on worker threads. */
export interface WorkerPool {
  /** Runs every job; the results keep the order of the jobs. */
  run<J, R>(jobs: readonly J[], batchSize?: number): Promise<R[]>;
  /** Runs one job as soon as possible, on the worker with the fewest jobs waiting. */
  submit<J, R>(job: J): Promise<R>;
  close(): Promise<void>;
}

/** A worker with the batches it has not answered yet. */
interface PoolWorker {
  worker: Worker;
  pending: Map<number, { resolve: (results: unknown[]) => void; reject: (error: Error) => void; size: number }>;
  /** Jobs sent and not answered. */
  load: number;
}

/**
 * Starts `size` workers from `script` (a module that calls {@link answerJobs}).
 * Workers inherit the tsx loader from the parent's `execArgv`.
 *
 * @example
 * const pool = createPool(new URL("./page-worker.ts", import.meta.url), { root });
 * const reports = await pool.run(jobs);
 * await pool.close();
 */
export function createPool(script: URL, workerData: unknown, size = availableParallelism()): WorkerPool {
  const workers: PoolWorker[] = Array.from({ length: Math.max(1, size) }, () => {
    const entry: PoolWorker = { worker: new Worker(script, { workerData, resourceLimits: WORKER_LIMITS }), pending: new Map(), load: 0 };
    // One listener per worker, however many batches wait: replies find their batch by id.
    entry.worker.on("message", (reply: Reply<unknown>) => {
      const waiting = entry.pending.get(reply.id);
      if (!waiting) return;
      entry.pending.delete(reply.id);
      entry.load -= waiting.size;
      if ("error" in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.results);
    });
    entry.worker.on("error", (error) => {
      for (const waiting of entry.pending.values()) waiting.reject(error);
      entry.pending.clear();
    });
    return entry;
  });
  let nextId = 0;

  const send = <J, R>(entry: PoolWorker, jobs: J[]): Promise<R[]> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      entry.pending.set(id, { resolve: resolve as (results: unknown[]) => void, reject, size: jobs.length });
      entry.load += jobs.length;
      entry.worker.postMessage({ id, jobs } satisfies Request<J>);
    });

  return {
    async run<J, R>(jobs: readonly J[], batchSize = 16): Promise<R[]> {
      const results: R[] = new Array(jobs.length);
      let next = 0;
      await Promise.all(
        workers.map(async (entry) => {
          while (next < jobs.length) {
            const start = next;
            next = Math.min(jobs.length, next + batchSize);
            const batch = await send<J, R>(entry, jobs.slice(start, next));
            batch.forEach((result, offset) => {
              results[start + offset] = result;
            });
          }
        }),
      );
      return results;
    },
    async submit<J, R>(job: J): Promise<R> {
      const entry = workers.reduce((least, candidate) => (candidate.load < least.load ? candidate : least));
      const [result] = await send<J, R>(entry, [job]);
      return result as R;
    },
    async close() {
      await Promise.all(workers.map((entry) => entry.worker.terminate()));
    },
  };
}

/**
 * The worker side: answers every batch the pool sends with `handle` applied to each job in
 * order, or with the first error. Call it once at the top of a worker module.
 *
 * @example
 * answerJobs((job: PageJob) => processPageFile(job));
 */
export function answerJobs<J, R>(handle: (job: J) => R | Promise<R>): void {
  parentPort?.on("message", async ({ id, jobs }: Request<J>) => {
    let reply: Reply<R>;
    try {
      const results: R[] = [];
      for (const job of jobs) results.push(await handle(job));
      reply = { id, results };
    } catch (error) {
      reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    parentPort?.postMessage(reply);
  });
}
