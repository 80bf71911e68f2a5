/**
 * html-validate over every page of a built site (`npm run check:html`, part of `npm test` and
 * so of the deploy workflow). It runs after the build instead of inside it: the build's own
 * checks (links, anchors, CSP, budgets) catch what editors can break, while invalid HTML
 * comes from templates, and validating costs about 7 ms per page, more than rendering it.
 * Large sites are validated on a worker pool, one worker per core.
 */
import { availableParallelism } from "node:os";
import { readFileSync } from "node:fs";
import path from "node:path";
import { listFiles } from "../build/context.ts";
import { createPool } from "../build/pool.ts";
import type { Problem } from "../shared/problems.ts";
import { createLocator } from "./locate.ts";
import { checkValidation, type ValidatedPage } from "./output.ts";
import { createValidator } from "./validator.ts";

/** A job for the validation worker. */
export interface ValidationJob {
  dir: string;
  file: string;
}

/** Below this many pages one thread is faster than starting workers. */
const POOL_FROM = 200;

/**
 * Validates one built page.
 *
 * @example
 * validateFile(createValidator(root), { dir: "_site", file: "index.html" }) // => { file: "index.html", inputPath: undefined, validation: [] }
 */
export function validateFile(validate: ReturnType<typeof createValidator>, job: ValidationJob): ValidatedPage {
  return { file: job.file, inputPath: undefined, validation: validate(readFileSync(path.join(job.dir, job.file), "utf8")) };
}

/**
 * Every html-validate error in the HTML files below `dir`, as problems (merged across pages).
 *
 * @example
 * const { pages, problems } = await validateSiteHtml(process.cwd(), "_site");
 */
export async function validateSiteHtml(root: string, dir: string): Promise<{ pages: number; problems: Problem[] }> {
  const jobs: ValidationJob[] = listFiles(dir)
    .filter((file) => file.endsWith(".html"))
    .map((file) => ({ dir, file }));
  let pages: ValidatedPage[];
  if (jobs.length < POOL_FROM) {
    const validate = createValidator(root);
    pages = jobs.map((job) => validateFile(validate, job));
  } else {
    const pool = createPool(new URL("./validate-worker.ts", import.meta.url), { root }, availableParallelism());
    try {
      pages = await pool.run<ValidationJob, ValidatedPage>(jobs);
    } finally {
      await pool.close();
    }
  }
  return { pages: jobs.length, problems: checkValidation(pages, createLocator(root)) };
}
