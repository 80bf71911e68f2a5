/** Worker thread of the page pass (see `pool.ts`): answers batches of {@link PageJob}s. */
import { parentPort, workerData } from "node:worker_threads";
import { createValidator } from "../check/validator.ts";
import { processPageFile, type PageJob, type PageResult } from "./page-pass.ts";
import type { Reply } from "./pool.ts";

const { root } = workerData as { root: string };
const validate = createValidator(root);

parentPort?.on("message", async ({ id, jobs }: { id: number; jobs: PageJob[] }) => {
  let reply: Reply<PageResult>;
  try {
    const results: PageResult[] = [];
    for (const job of jobs) results.push(await processPageFile(job, validate));
    reply = { id, results };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
