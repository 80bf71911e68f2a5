/** Worker thread of {@link validateSiteHtml} (see `lib/build/pool.ts`): validates batches of pages. */
import { parentPort, workerData } from "node:worker_threads";
import type { Reply } from "../build/pool.ts";
import type { ValidatedPage } from "./output.ts";
import { validateFile, type ValidationJob } from "./site-html.ts";
import { createValidator } from "./validator.ts";

const validate = createValidator((workerData as { root: string }).root);

parentPort?.on("message", ({ id, jobs }: { id: number; jobs: ValidationJob[] }) => {
  let reply: Reply<ValidatedPage>;
  try {
    reply = { id, results: jobs.map((job) => validateFile(validate, job)) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
