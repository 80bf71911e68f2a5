/** Worker thread of the page pass (see `pool.ts`): answers batches of {@link PageJob}s. */
import { parentPort } from "node:worker_threads";
import { processPageFile, type PageJob, type PageResult } from "./page-pass.ts";
import type { Reply } from "./pool.ts";

parentPort?.on("message", async ({ id, jobs }: { id: number; jobs: PageJob[] }) => {
  let reply: Reply<PageResult>;
  try {
    const results: PageResult[] = [];
    for (const job of jobs) results.push(await processPageFile(job));
    reply = { id, results };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
