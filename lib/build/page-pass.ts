/**
 * What happens to one built page, in a worker: minify and hyphenate it, write it back and read its links,
 * ids and inline code. Results are cached by the page's HTML (see `page-cache.ts`). Whether
 * the HTML is valid is checked by `npm run check:html` (`lib/check/site-html.ts`), part of
 * `npm test`, not here.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { analyzeHtml } from "../check/html.ts";
import type { PageReport } from "./context.ts";
import { hyphenateHtml } from "./hyphenate.ts";
import { minifyHtml } from "./minify.ts";
import { pageKey, readCachedPage, writeCachedPage } from "./page-cache.ts";

/** A page job: the output folder, the page's file in it and the cache folder. */
export interface PageJob {
  outDir: string;
  file: string;
  cacheDir?: string | undefined;
}

/** A page job's result: the report and the cache key of the page's rendered HTML. */
export interface PageResult {
  report: PageReport;
  key: string;
}

/**
 * Minifies one HTML string, inserts soft hyphens into its long German words (after
 * minifying: less text to walk) and analyses it.
 *
 * @example
 * const { html, report } = await processHtml("<!doctype html>...", "index.html");
 */
export async function processHtml(source: string, file: string): Promise<{ html: string; report: PageReport }> {
  const html = hyphenateHtml(await minifyHtml(source));
  return { html, report: { file, bytes: Buffer.byteLength(html), ...analyzeHtml(html) } };
}

/**
 * Processes one page file in place, using and filling the cache when the job names one.
 *
 * @example
 * await processPageFile({ outDir: ".site-next", file: "kontakt/index.html" })
 */
export async function processPageFile(job: PageJob): Promise<PageResult> {
  const absolute = path.join(job.outDir, job.file);
  const source = readFileSync(absolute, "utf8");
  const key = pageKey(source);
  const cached = job.cacheDir ? readCachedPage(job.cacheDir, key) : undefined;
  if (cached) {
    writeFileSync(absolute, cached.html);
    return { report: { ...cached.report, file: job.file }, key };
  }
  const { html, report } = await processHtml(source, job.file);
  if (job.cacheDir) {
    const { file: _file, ...rest } = report;
    writeCachedPage(job.cacheDir, key, { html, report: rest });
  }
  writeFileSync(absolute, html);
  return { report, key };
}
