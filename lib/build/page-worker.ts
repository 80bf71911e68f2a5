/** Worker thread of the page pass and the search copies (see `pool.ts`): answers batches of jobs. */
import { processPageFile, type PageJob, type PageResult } from "./page-pass.ts";
import { answerJobs } from "./pool.ts";
import { type CopyJob, writeCopyJob } from "./search-prep.ts";

answerJobs<PageJob | CopyJob, PageResult | null>((job) => (job.kind === "copy" ? writeCopyJob(job) : processPageFile(job)));
