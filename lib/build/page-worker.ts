/** Worker thread of the page pass (see `pool.ts`): answers batches of {@link PageJob}s. */
import { processPageFile, type PageJob, type PageResult } from "./page-pass.ts";
import { answerJobs } from "./pool.ts";

answerJobs<PageJob, PageResult>(processPageFile);
