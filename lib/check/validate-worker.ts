/** Worker thread of {@link validateSiteHtml} (see `lib/build/pool.ts`): validates batches of pages. */
import { workerData } from "node:worker_threads";
import { answerJobs } from "../build/pool.ts";
import type { ValidatedPage } from "./output.ts";
import { validateFile, type ValidationJob } from "./site-html.ts";
import { createValidator } from "./validator.ts";

const validate = createValidator((workerData as { root: string }).root);

answerJobs<ValidationJob, ValidatedPage>((job) => validateFile(validate, job));
