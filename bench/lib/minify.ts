/**
 * What HTML minification would cost and save on the corpus: html-minifier-terser in three
 * configurations over a sample of the published pages, CPU time per page and bytes saved per
 * page, raw and after brotli (what a CDN sends). The build does not minify (see
 * `lib/build/page-pass.ts`); this keeps the figures behind that decision reproducible.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync } from "node:zlib";
import { minify, type Options } from "html-minifier-terser";

/** The configurations measured: the build's former options, whitespace only, and none (parse and print). */
export const MINIFIER_CONFIGS: Record<string, Options> = {
  "former build options (collapse whitespace, comments, boolean and redundant attributes, short doctype)": {
    collapseWhitespace: true,
    removeComments: true,
    collapseBooleanAttributes: true,
    removeRedundantAttributes: true,
    removeScriptTypeAttributes: true,
    removeStyleLinkTypeAttributes: true,
    useShortDoctype: true,
  },
  "collapse whitespace only": { collapseWhitespace: true },
  "no options (parse and print)": {},
};

/** One configuration's figures. */
export interface MinifierRow {
  config: string;
  cpuMsPerPage: number;
  savedBytesPerPage: number;
  savedBrotliBytesPerPage: number;
}

/** The measurement: sample size, mean page size raw and brotli, one row per configuration. */
export interface MinifierResult {
  pages: number;
  meanBytes: number;
  meanBrotliBytes: number;
  rows: MinifierRow[];
}

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/**
 * Measures every configuration on up to `sample` pages of a built site (evenly spread).
 *
 * @example
 * const result = await measureMinifier("bench/.work/site-4000/_site", 300);
 */
export async function measureMinifier(siteDir: string, sample = 300): Promise<MinifierResult> {
  const files = readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html") && !entry.parentPath.includes(`${path.sep}pagefind`))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const step = Math.max(1, Math.floor(files.length / sample));
  const pages = files
    .filter((_, i) => i % step === 0)
    .slice(0, sample)
    .map((file) => readFileSync(file, "utf8"));
  const brotli = pages.map((html) => brotliCompressSync(html).length);
  // One warm-up pass, so the first configuration does not pay for compiling the minifier.
  for (const html of pages.slice(0, 20)) await minify(html, {});
  const rows: MinifierRow[] = [];
  for (const [config, options] of Object.entries(MINIFIER_CONFIGS)) {
    const started = cpuMs();
    const outputs: string[] = [];
    for (const html of pages) outputs.push(await minify(html, options));
    const spent = cpuMs() - started;
    let saved = 0;
    let savedBrotli = 0;
    outputs.forEach((out, i) => {
      saved += Buffer.byteLength(pages[i]!) - Buffer.byteLength(out);
      savedBrotli += brotli[i]! - brotliCompressSync(out).length;
    });
    rows.push({ config, cpuMsPerPage: spent / pages.length, savedBytesPerPage: saved / pages.length, savedBrotliBytesPerPage: savedBrotli / pages.length });
  }
  return {
    pages: pages.length,
    meanBytes: pages.reduce((a, html) => a + Buffer.byteLength(html), 0) / pages.length,
    meanBrotliBytes: brotli.reduce((a, b) => a + b, 0) / pages.length,
    rows,
  };
}
