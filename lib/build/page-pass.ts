/**
 * What happens to one built page, in a worker: minify it, write it back, validate the
 * minified HTML (what ships) and read its links, ids and inline code.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { analyzeHtml } from "../check/html.ts";
import type { HtmlValidator } from "../check/validator.ts";
import type { PageReport } from "./context.ts";
import { minifyHtml } from "./minify.ts";

/** A page job: the output folder and the page's file in it. */
export interface PageJob {
  outDir: string;
  file: string;
}

/**
 * Minifies, validates and analyses one HTML string.
 *
 * @example
 * const { html, report } = await processHtml("<!doctype html>...", "index.html", validate);
 */
export async function processHtml(source: string, file: string, validate: HtmlValidator): Promise<{ html: string; report: PageReport }> {
  const html = await minifyHtml(source);
  return { html, report: { file, bytes: Buffer.byteLength(html), validation: validate(html), ...analyzeHtml(html) } };
}

/**
 * Processes one page file in place.
 *
 * @example
 * await processPageFile({ outDir: ".site-next", file: "kontakt/index.html" }, validate)
 */
export async function processPageFile(job: PageJob, validate: HtmlValidator): Promise<PageReport> {
  const absolute = path.join(job.outDir, job.file);
  const { html, report } = await processHtml(readFileSync(absolute, "utf8"), job.file, validate);
  writeFileSync(absolute, html);
  return report;
}
